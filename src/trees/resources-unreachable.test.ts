import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { resourcesUnreachable as tree } from './resources-unreachable';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;
const diagnoses = new Set<string>(
  tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id),
);

const poolOverlaps = { 'client-cidr': '172.16.5.0/24', 'local-networks': '172.16.0.0/16' };
const poolApart = {
  'client-cidr': '10.255.0.0/24',
  'local-networks': '172.16.0.0/16, 192.168.10.0/24',
};
const ipsecCovers = { 'client-cidr': '10.255.0.0/24', 'ipsec-routes': '10.0.0.0/8' };
const ipsecApart = { 'client-cidr': '10.255.0.0/24', 'ipsec-routes': '10.1.0.0/16\n10.2.0.0/16' };
const ruleCovers = {
  'pool-cidr': '10.255.0.0/24',
  'rule-source': '10.255.0.0/16',
  'service-port': '22',
};
const ruleMissing = { 'pool-cidr': '10.255.0.0/24', 'rule-source': '', 'service-port': '22' };
const rulePartial = {
  'pool-cidr': '10.255.0.0/24',
  'rule-source': '10.255.0.0/25',
  'service-port': '',
};

const lanOverlaps = { 'client-lan': '192.168.1.0/24', 'local-networks': '192.168.0.0/16' };
const lanApart = { 'client-lan': '192.168.1.0/24', 'local-networks': '172.16.0.0/16' };

const base = { platform: 'alibaba' } as const;
const toLocal = base;
const toLan = { ...toLocal, 'local-network-set': 'yes' } as const;
const toRoutes = { ...toLan, 'lan-conflict': lanApart } as const;
const toOverlap = { ...toRoutes, 'client-routes': 'pass' } as const;
const toIpsec = { ...toOverlap, 'pool-overlap': poolApart } as const;
const toVpcRoute = { ...toIpsec, 'ipsec-on-gateway': 'no' } as const;
const toSecurity = { ...toVpcRoute, 'vpc-pool-route': 'pass' } as const;
const toFirewall = { ...toSecurity, 'security-rules': 'pass' } as const;
const toServiceRule = { ...toFirewall, 'firewall-service': 'yes' } as const;
const toMtu = { ...toFirewall, 'firewall-service': 'no' } as const;
const toVersion = { ...toMtu, 'mtu-probe': 'pass' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → local-network-set', (platform) => {
    expect(at({ platform })).toBe('local-network-set');
  });
});

describe('question: local-network-set', () => {
  it('yes → lan-conflict', () => {
    expect(at({ ...toLocal, 'local-network-set': 'yes' })).toBe('lan-conflict');
  });
  it('no → local-network-missing', () => {
    expect(at({ ...toLocal, 'local-network-set': 'no' })).toBe('local-network-missing');
  });
  it('unsure → lan-conflict', () => {
    expect(at({ ...toLocal, 'local-network-set': 'unsure' })).toBe('lan-conflict');
  });
});

describe('question: lan-conflict', () => {
  it('conflict (client LAN inside the VPC) → address-conflict', () => {
    expect(at({ ...toLan, 'lan-conflict': lanOverlaps })).toBe('address-conflict');
  });
  it('no-conflict → client-routes', () => {
    expect(at({ ...toLan, 'lan-conflict': lanApart })).toBe('client-routes');
  });
});

describe('question: client-routes', () => {
  it('pass → pool-overlap', () => {
    expect(at({ ...toRoutes, 'client-routes': 'pass' })).toBe('pool-overlap');
  });
  it('fail → local-network-missing', () => {
    expect(at({ ...toRoutes, 'client-routes': 'fail' })).toBe('local-network-missing');
  });
  it('unsure → pool-overlap', () => {
    expect(at({ ...toRoutes, 'client-routes': 'unsure' })).toBe('pool-overlap');
  });
});

describe('question: pool-overlap', () => {
  it('overlap → local-network-overlaps-pool', () => {
    expect(at({ ...toOverlap, 'pool-overlap': poolOverlaps })).toBe('local-network-overlaps-pool');
  });
  it('no-overlap → ipsec-on-gateway', () => {
    expect(at({ ...toOverlap, 'pool-overlap': poolApart })).toBe('ipsec-on-gateway');
  });
  it('stays on the step when a block is malformed', () => {
    const r = resolve(
      tree,
      {
        ...toOverlap,
        'pool-overlap': { 'client-cidr': '10.255.0.0', 'local-networks': '172.16.0.0/16' },
      },
      { evaluators },
    );
    expect(r.current.id).toBe('pool-overlap');
    expect(r.invalid?.reason).toBe('malformed-input');
  });
});

describe('question: ipsec-on-gateway', () => {
  it('yes → ipsec-overlap', () => {
    expect(at({ ...toIpsec, 'ipsec-on-gateway': 'yes' })).toBe('ipsec-overlap');
  });
  it('no → vpc-pool-route', () => {
    expect(at({ ...toIpsec, 'ipsec-on-gateway': 'no' })).toBe('vpc-pool-route');
  });
  it('unsure → vpc-pool-route', () => {
    expect(at({ ...toIpsec, 'ipsec-on-gateway': 'unsure' })).toBe('vpc-pool-route');
  });
});

describe('question: ipsec-overlap', () => {
  const here = { ...toIpsec, 'ipsec-on-gateway': 'yes' } as const;
  it('overlap → ipsec-route-overlaps-pool', () => {
    expect(at({ ...here, 'ipsec-overlap': ipsecCovers })).toBe('ipsec-route-overlaps-pool');
  });
  it('no-overlap → vpc-pool-route', () => {
    expect(at({ ...here, 'ipsec-overlap': ipsecApart })).toBe('vpc-pool-route');
  });
});

describe('question: vpc-pool-route', () => {
  it('pass → security-rules', () => {
    expect(at({ ...toVpcRoute, 'vpc-pool-route': 'pass' })).toBe('security-rules');
  });
  it('fail → vpc-pool-route-wrong', () => {
    expect(at({ ...toVpcRoute, 'vpc-pool-route': 'fail' })).toBe('vpc-pool-route-wrong');
  });
  it('unsure → security-rules', () => {
    expect(at({ ...toVpcRoute, 'vpc-pool-route': 'unsure' })).toBe('security-rules');
  });
});

describe('question: security-rules', () => {
  it('pass → firewall-service', () => {
    expect(at({ ...toSecurity, 'security-rules': 'pass' })).toBe('firewall-service');
  });
  it('fail → security-group-blocks-pool', () => {
    expect(at({ ...toSecurity, 'security-rules': 'fail' })).toBe('security-group-blocks-pool');
  });
  it('unsure → security-group-blocks-pool', () => {
    expect(at({ ...toSecurity, 'security-rules': 'unsure' })).toBe('security-group-blocks-pool');
  });
});

describe('question: firewall-service', () => {
  it('yes → service-rule', () => {
    expect(at({ ...toFirewall, 'firewall-service': 'yes' })).toBe('service-rule');
  });
  it('no → mtu-probe', () => {
    expect(at({ ...toFirewall, 'firewall-service': 'no' })).toBe('mtu-probe');
  });
  it('unsure → mtu-probe', () => {
    expect(at({ ...toFirewall, 'firewall-service': 'unsure' })).toBe('mtu-probe');
  });
});

describe('question: service-rule', () => {
  it('rule-wrong (no rule) → post-tunnel-rule-missing', () => {
    expect(at({ ...toServiceRule, 'service-rule': ruleMissing })).toBe('post-tunnel-rule-missing');
  });
  it('rule-wrong (source covers half the pool) → post-tunnel-rule-missing', () => {
    expect(at({ ...toServiceRule, 'service-rule': rulePartial })).toBe('post-tunnel-rule-missing');
  });
  it('rule-ok → mtu-probe', () => {
    expect(at({ ...toServiceRule, 'service-rule': ruleCovers })).toBe('mtu-probe');
  });
});

describe('question: mtu-probe', () => {
  it('pass → client-version', () => {
    expect(at({ ...toMtu, 'mtu-probe': 'pass' })).toBe('client-version');
  });
  it('fail (small pings pass, large ones do not) → mtu-fragmentation', () => {
    expect(at({ ...toMtu, 'mtu-probe': 'fail' })).toBe('mtu-fragmentation');
  });
  it('unsure → client-version', () => {
    expect(at({ ...toMtu, 'mtu-probe': 'unsure' })).toBe('client-version');
  });
});

describe('question: client-version (asked last, content review #4)', () => {
  it('pass → trace-packet-path', () => {
    expect(at({ ...toVersion, 'client-version': 'pass' })).toBe('trace-packet-path');
  });
  it('fail (e.g. OpenVPN 2.6.6 on Windows) → openvpn-version-incompatible', () => {
    expect(at({ ...toVersion, 'client-version': 'fail' })).toBe('openvpn-version-incompatible');
  });
  it('unsure → trace-packet-path', () => {
    expect(at({ ...toVersion, 'client-version': 'unsure' })).toBe('trace-packet-path');
  });
  it('a Windows 2.6 client is not sent to the version cause before the routing checks', () => {
    expect(at({ ...base, 'client-version': 'fail' })).toBe('local-network-set');
  });
});

/** SEED-FAQ "クライアントがクラウドリソースにアクセスできない" rows → the diagnosis that answers them. */
const faqRows: readonly (readonly [string, Answers, string])[] = [
  [
    'ルートの問題: local network not set or invalid',
    { ...toLocal, 'local-network-set': 'no' },
    'local-network-missing',
  ],
  [
    'ルートの問題: route to the client CIDR added by hand (domain-facts §2)',
    { ...toVpcRoute, 'vpc-pool-route': 'fail' },
    'vpc-pool-route-wrong',
  ],
  [
    'CIDRブロックの問題: Local Network overlaps the Client CIDR block',
    { ...toOverlap, 'pool-overlap': poolOverlaps },
    'local-network-overlaps-pool',
  ],
  [
    'CIDRブロックの問題: IPsec-VPN route overlaps the Client Subnet',
    { ...toIpsec, 'ipsec-on-gateway': 'yes', 'ipsec-overlap': ipsecCovers },
    'ipsec-route-overlaps-pool',
  ],
  [
    'セキュリティグループの問題: security group or client network ACL',
    { ...toSecurity, 'security-rules': 'fail' },
    'security-group-blocks-pool',
  ],
  [
    'VPNアプリケーションに関連する問題: OpenVPN 2.6.6 on Windows',
    { ...toVersion, 'client-version': 'fail' },
    'openvpn-version-incompatible',
  ],
  [
    'SEED-FW table 2: firewall rule after the tunnel',
    { ...toServiceRule, 'service-rule': ruleMissing },
    'post-tunnel-rule-missing',
  ],
];

describe('SEED-FAQ rows', () => {
  it.each(faqRows)('%s', (_row, answers, id) => {
    expect(diagnoses.has(id)).toBe(true);
    expect(at(answers)).toBe(id);
  });
});
