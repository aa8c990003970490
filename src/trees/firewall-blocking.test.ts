import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { firewallBlocking as tree } from './firewall-blocking';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;
const diagnoses = new Set<string>(
  tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id),
);

const endpointOk = {
  protocol: 'udp',
  'rule-protocol': 'udp',
  'rule-port': '1194',
  'rule-destination': '192.168.10.5',
  'internal-gateway': '192.168.10.5',
};
const endpointAnyOk = {
  protocol: 'tcp',
  'rule-protocol': 'any',
  'rule-port': '',
  'rule-destination': '',
  'internal-gateway': '192.168.10.5',
};
const endpointWrongPort = { ...endpointOk, 'rule-port': '443' };
const endpointWrongProtocol = { ...endpointOk, protocol: 'tcp', 'rule-port': '443' };
const endpointWrongDestination = { ...endpointOk, 'rule-destination': '192.168.20.0/24' };
const ruleCovers = {
  'pool-cidr': '10.8.0.0/24',
  'rule-source': '10.8.0.0/24',
  'service-port': '22',
};
const ruleMissing = { 'pool-cidr': '10.8.0.0/24', 'rule-source': '', 'service-port': '22' };
const ruleElsewhere = {
  'pool-cidr': '10.8.0.0/24',
  'rule-source': '203.0.113.10',
  'service-port': '22',
};

const base = { platform: 'fjcloud' } as const;
const toTunnel = { ...base, stage: 'no-tunnel' } as const;
const toEndpointRule = { ...toTunnel, 'tunnel-firewall': 'yes' } as const;
const toSgSet = { ...toTunnel, 'tunnel-firewall': 'no' } as const;
const toSgIngress = { ...toSgSet, 'sg-set': 'yes' } as const;
const toService = { ...base, stage: 'service-fails' } as const;
const toServiceRule = { ...toService, 'service-firewall': 'yes' } as const;
const toSgEgress = { ...toService, 'service-firewall': 'no' } as const;
const toServerSg = { ...toSgEgress, 'sg-egress': 'pass' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → stage', (platform) => {
    expect(at({ platform })).toBe('stage');
  });
});

describe('question: stage', () => {
  it('no-tunnel → tunnel-firewall', () => {
    expect(at({ ...base, stage: 'no-tunnel' })).toBe('tunnel-firewall');
  });
  it('service-fails → service-firewall', () => {
    expect(at({ ...base, stage: 'service-fails' })).toBe('service-firewall');
  });
  it('unsure → tunnel-firewall', () => {
    expect(at({ ...base, stage: 'unsure' })).toBe('tunnel-firewall');
  });
});

describe('question: tunnel-firewall', () => {
  it('yes → endpoint-rule', () => {
    expect(at({ ...toTunnel, 'tunnel-firewall': 'yes' })).toBe('endpoint-rule');
  });
  it('no → sg-set', () => {
    expect(at({ ...toTunnel, 'tunnel-firewall': 'no' })).toBe('sg-set');
  });
  it('unsure → sg-set', () => {
    expect(at({ ...toTunnel, 'tunnel-firewall': 'unsure' })).toBe('sg-set');
  });
});

describe('question: endpoint-rule', () => {
  it('rule-ok → sg-set', () => {
    expect(at({ ...toEndpointRule, 'endpoint-rule': endpointOk })).toBe('sg-set');
  });
  it('rule-ok (any protocol, port and destination) → sg-set', () => {
    expect(at({ ...toEndpointRule, 'endpoint-rule': endpointAnyOk })).toBe('sg-set');
  });
  it.each([
    ['port', endpointWrongPort],
    ['protocol', endpointWrongProtocol],
    ['destination', endpointWrongDestination],
  ])('rule-wrong (%s) → endpoint-blocked', (_what, input) => {
    expect(at({ ...toEndpointRule, 'endpoint-rule': input })).toBe('endpoint-blocked');
  });
  it('stays on the step when the protocol is not tcp or udp', () => {
    const r = resolve(
      tree,
      { ...toEndpointRule, 'endpoint-rule': { ...endpointOk, protocol: 'sctp' } },
      { evaluators },
    );
    expect(r.current.id).toBe('endpoint-rule');
    expect(r.invalid?.reason).toBe('malformed-input');
  });
});

describe('question: sg-set', () => {
  it('yes → sg-ingress', () => {
    expect(at({ ...toSgSet, 'sg-set': 'yes' })).toBe('sg-ingress');
  });
  it('no (unset = allow-all group) → read-the-logs', () => {
    expect(at({ ...toSgSet, 'sg-set': 'no' })).toBe('read-the-logs');
  });
  it('unsure → sg-ingress', () => {
    expect(at({ ...toSgSet, 'sg-set': 'unsure' })).toBe('sg-ingress');
  });
});

describe('question: sg-ingress', () => {
  it('pass → read-the-logs', () => {
    expect(at({ ...toSgIngress, 'sg-ingress': 'pass' })).toBe('read-the-logs');
  });
  it('fail → sg-ingress-missing', () => {
    expect(at({ ...toSgIngress, 'sg-ingress': 'fail' })).toBe('sg-ingress-missing');
  });
  it('unsure → sg-ingress-missing', () => {
    expect(at({ ...toSgIngress, 'sg-ingress': 'unsure' })).toBe('sg-ingress-missing');
  });
});

describe('question: service-firewall', () => {
  it('yes → service-rule', () => {
    expect(at({ ...toService, 'service-firewall': 'yes' })).toBe('service-rule');
  });
  it('no → sg-egress', () => {
    expect(at({ ...toService, 'service-firewall': 'no' })).toBe('sg-egress');
  });
  it('unsure → sg-egress', () => {
    expect(at({ ...toService, 'service-firewall': 'unsure' })).toBe('sg-egress');
  });
});

describe('question: service-rule', () => {
  it('rule-wrong (no rule) → post-tunnel-rule-missing', () => {
    expect(at({ ...toServiceRule, 'service-rule': ruleMissing })).toBe('post-tunnel-rule-missing');
  });
  it('rule-wrong (other source) → post-tunnel-rule-missing', () => {
    expect(at({ ...toServiceRule, 'service-rule': ruleElsewhere })).toBe(
      'post-tunnel-rule-missing',
    );
  });
  it('rule-ok → sg-egress', () => {
    expect(at({ ...toServiceRule, 'service-rule': ruleCovers })).toBe('sg-egress');
  });
});

describe('question: sg-egress', () => {
  it('pass → server-sg', () => {
    expect(at({ ...toSgEgress, 'sg-egress': 'pass' })).toBe('server-sg');
  });
  it('fail → sg-egress-removed', () => {
    expect(at({ ...toSgEgress, 'sg-egress': 'fail' })).toBe('sg-egress-removed');
  });
  it('unsure → server-sg', () => {
    expect(at({ ...toSgEgress, 'sg-egress': 'unsure' })).toBe('server-sg');
  });
});

describe('question: server-sg', () => {
  it('pass → trace-packet-path', () => {
    expect(at({ ...toServerSg, 'server-sg': 'pass' })).toBe('trace-packet-path');
  });
  it('fail → security-group-blocks-pool', () => {
    expect(at({ ...toServerSg, 'server-sg': 'fail' })).toBe('security-group-blocks-pool');
  });
  it('unsure → security-group-blocks-pool', () => {
    expect(at({ ...toServerSg, 'server-sg': 'unsure' })).toBe('security-group-blocks-pool');
  });
});

/** Each rule of SEED-FW tables 1–3 → the diagnosis for when it is missing or wrong. */
const fwRules: readonly (readonly [string, Answers, string])[] = [
  [
    'table 1: firewall rule to internal_gateway, 443/tcp or 1194/udp',
    { ...toEndpointRule, 'endpoint-rule': endpointWrongPort },
    'endpoint-blocked',
  ],
  [
    'table 2: firewall rule from client_address_pool_cidr to the server (e.g. tcp/22)',
    { ...toServiceRule, 'service-rule': ruleMissing },
    'post-tunnel-rule-missing',
  ],
  [
    'table 3 inbound: security group ingress from the client, tcp/443 or udp/1194',
    { ...toSgIngress, 'sg-ingress': 'fail' },
    'sg-ingress-missing',
  ],
  [
    'table 3 outbound: security group egress to the server (default allow-all removed)',
    { ...toSgEgress, 'sg-egress': 'fail' },
    'sg-egress-removed',
  ],
  [
    'tip: no security group set = allow-all group, so not the cause',
    { ...toSgSet, 'sg-set': 'no' },
    'read-the-logs',
  ],
];

describe('SEED-FW tables 1–3', () => {
  it.each(fwRules)('%s', (_rule, answers, id) => {
    expect(diagnoses.has(id)).toBe(true);
    expect(at(answers)).toBe(id);
  });
});
