import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkClientCidr } from '@/network/client-cidr-check';
import { buildFirewallRules } from '@/network/firewall-rules';
import {
  EMPTY_CLIENT_CIDR_FORM,
  EMPTY_DESTINATION,
  EMPTY_FIREWALL_FORM,
  MAX_QUERY_VALUE,
  clientCidrInput,
  decodeClientCidr,
  decodeFirewall,
  encodeClientCidr,
  encodeFirewall,
  firewallInput,
  rowOfItem,
  type ClientCidrForm,
  type FirewallForm,
} from './url-state';

const faq: ClientCidrForm = {
  platform: 'alibaba',
  clientCidr: '192.168.0.0/24',
  connections: '5',
  localNetworks: ['172.16.0.0/16', '10.0.0.0/8'],
  clientLans: '192.168.1.0/24, 192.168.11.0/24',
  ipsecRoutes: '10.10.0.0/16\n10.20.0.0/16',
};

const fw: FirewallForm = {
  platform: '',
  protocol: 'udp',
  endpointPort: '',
  internalGateway: '192.168.10.5',
  clientPublic: '203.0.113.10',
  clientPublicHostBits: '',
  poolCidr: '10.8.0.0/24',
  firewallBefore: 'no',
  availabilityZone: '',
  destinations: [
    { address: '192.168.10.20', service: 'ssh', protocol: 'tcp', port: '', hostBits: '' },
    {
      address: '192.168.10.30',
      service: 'custom',
      protocol: 'udp',
      port: '5000:5100',
      hostBits: '',
    },
    { address: '192.168.10.40', service: 'custom', protocol: 'icmp', port: '', hostBits: '' },
  ],
};

describe('client CIDR query', () => {
  it('round-trips a form and the submitted flag', () => {
    expect(decodeClientCidr(encodeClientCidr(faq))).toEqual({ form: faq, run: true });
    expect(decodeClientCidr(encodeClientCidr(faq, false))).toEqual({ form: faq, run: false });
  });

  it('reads a hand-written link', () => {
    const { form, run } = decodeClientCidr(
      '?platform=fjcloud&client-cidr=10.8.0.0%2F24&connections=50&local-network=172.16.0.0%2F16&run=1',
    );
    expect(run).toBe(true);
    expect(form).toEqual({
      ...EMPTY_CLIENT_CIDR_FORM,
      platform: 'fjcloud',
      clientCidr: '10.8.0.0/24',
      connections: '50',
      localNetworks: ['172.16.0.0/16'],
    });
  });

  it('gives an empty form for an empty query', () => {
    expect(decodeClientCidr('')).toEqual({ form: EMPTY_CLIENT_CIDR_FORM, run: false });
  });

  it('drops unknown platforms, extra rows, over-long values and unknown keys', () => {
    const long = 'x'.repeat(MAX_QUERY_VALUE + 1);
    const q = new URLSearchParams([
      ['platform', '<script>'],
      ['client-cidr', long],
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ...Array.from(
        { length: 9 },
        (_, i) => ['local-network', `10.${i}.0.0/16`] as [string, string],
      ),
      ['local-network', long],
      ['run', 'yes'],
    ]);
    const { form, run } = decodeClientCidr(q);
    expect(form.platform).toBe('');
    expect(form.clientCidr).toBe('');
    expect(form.localNetworks).toHaveLength(5);
    expect(run).toBe(false);
    expect(Object.getPrototypeOf(form)).toBe(Object.prototype);
  });

  it('keeps the first of repeated single keys', () => {
    expect(decodeClientCidr('client-cidr=10.0.0.0/24&client-cidr=x').form.clientCidr).toBe(
      '10.0.0.0/24',
    );
  });

  it('never throws on arbitrary queries, and the checker never throws on what it decodes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const { form } = decodeClientCidr(q);
        expect(form.localNetworks.length).toBeGreaterThan(0);
        checkClientCidr(clientCidrInput(form));
      }),
    );
  });

  it('round-trips arbitrary text values (trimmed)', () => {
    const text = fc.string({ maxLength: 40 }).map((s) => s.trim());
    fc.assert(
      fc.property(
        fc.constantFrom('alibaba', 'fjcloud', 'openvpn', '' as const),
        text,
        text,
        fc.array(
          text.filter((s) => s !== ''),
          { minLength: 1, maxLength: 5 },
        ),
        text,
        text,
        (platform, clientCidr, connections, localNetworks, clientLans, ipsecRoutes) => {
          const form = {
            platform,
            clientCidr,
            connections,
            localNetworks,
            clientLans,
            ipsecRoutes,
          };
          expect(decodeClientCidr(encodeClientCidr(form)).form).toEqual(form);
        },
      ),
    );
  });
});

describe('rowOfItem', () => {
  it('maps an item of the split list back to the row that holds it', () => {
    const rows = ['10.0.0.0/8, 172.16.0.0/12', '', '192.168.0.0/16'];
    expect([0, 1, 2, 3].map((i) => rowOfItem(rows, i))).toEqual([0, 0, 2, undefined]);
  });
});

describe('firewall query', () => {
  it('round-trips a form', () => {
    expect(decodeFirewall(encodeFirewall(fw))).toEqual({ form: fw, run: true });
  });

  it('uses d<n>.<part> keys and leaves out parts a service does not use', () => {
    const q = encodeFirewall({
      ...fw,
      destinations: [
        { address: '10.0.0.5', service: 'rdp', protocol: 'udp', port: '99', hostBits: '' },
      ],
    });
    expect(q).toBe(
      'protocol=udp&internal-gateway=192.168.10.5&client-public=203.0.113.10&pool-cidr=10.8.0.0%2F24&firewall-before=no&d1.address=10.0.0.5&d1.service=rdp&run=1',
    );
  });

  it('keeps a port typed with ICMP, which the rule builder then refuses (issue 17.5)', () => {
    const icmp = { ...EMPTY_DESTINATION, address: '192.168.10.40', service: 'custom' as const };
    const form: FirewallForm = { ...fw, destinations: [{ ...icmp, protocol: 'icmp', port: '22' }] };
    const q = encodeFirewall(form, false);
    expect(q).toContain('d1.protocol=icmp&d1.port=22');
    expect(decodeFirewall(q)).toEqual({ form, run: false });
    const built = buildFirewallRules(firewallInput(form));
    expect(built.ok ? [] : built.errors).toContainEqual(
      expect.objectContaining({
        field: 'destination-port',
        index: 0,
        code: 'port-not-allowed-icmp',
      }),
    );
  });

  it('round-trips the platform, endpoint port, zone and host-bits choices', () => {
    const full: FirewallForm = {
      ...fw,
      platform: 'openvpn',
      endpointPort: '1195',
      clientPublicHostBits: 'block',
      availabilityZone: 'jp-east-3a',
      destinations: [{ ...EMPTY_DESTINATION, address: '192.168.20.37/24', hostBits: 'block' }],
    };
    const q = encodeFirewall(full);
    expect(q).toContain('platform=openvpn');
    expect(q).toContain('endpoint-port=1195');
    expect(q).toContain('client-public-host-bits=block');
    expect(q).toContain('availability-zone=jp-east-3a');
    expect(q).toContain('d1.host-bits=block');
    expect(decodeFirewall(q)).toEqual({ form: full, run: true });
    // Unknown choices are dropped, never passed on.
    const junk = decodeFirewall(
      `${q}&platform=aws`.replace('d1.host-bits=block', 'd1.host-bits=x'),
    );
    expect(junk.form.platform).toBe('openvpn');
    expect(junk.form.destinations[0]?.hostBits).toBe('');
  });

  it('passes the choices to the rule builder, which keeps or widens as chosen', () => {
    const row = { ...EMPTY_DESTINATION, address: '192.168.20.37/24' };
    const host = buildFirewallRules(firewallInput({ ...fw, destinations: [row] }));
    const block = buildFirewallRules(
      firewallInput({ ...fw, destinations: [{ ...row, hostBits: 'block' }] }),
    );
    expect(host.ok && host.plan.serviceRules[0]?.destination).toBe('192.168.20.37');
    expect(block.ok && block.plan.serviceRules[0]?.destination).toBe('192.168.20.0/24');
    const zone = buildFirewallRules(firewallInput({ ...fw, availabilityZone: 'jp-east-3a' }));
    expect(zone.ok && zone.plan.exports.firewallRuleBodies[0]).toContain('jp-east-3a');
    const alibaba = buildFirewallRules(firewallInput({ ...fw, platform: 'alibaba' }));
    expect(alibaba.ok ? [] : alibaba.errors.map((e) => e.field)).toContain('platform');
  });

  it('gives the default form for an empty query (client any, one SSH row)', () => {
    expect(decodeFirewall('')).toEqual({ form: EMPTY_FIREWALL_FORM, run: false });
  });

  it('keeps an emptied client address empty instead of turning it back into any', () => {
    const q = encodeFirewall({ ...fw, clientPublic: '' });
    expect(decodeFirewall(q).form.clientPublic).toBe('');
  });

  it('orders rows by number, closes gaps and ignores junk rows and parts', () => {
    const { form } = decodeFirewall(
      'd7.address=10.0.0.7&d2.address=10.0.0.2&d2.service=https&d0.address=x&d21.address=y' +
        '&d3.colour=red&dx.address=z&d2.address=dup&d9.service=telnet&d9.protocol=gre&protocol=icmp' +
        '&firewall-before=maybe',
    );
    expect(form.destinations).toEqual([
      { ...EMPTY_DESTINATION, address: '10.0.0.2', service: 'https' },
      { ...EMPTY_DESTINATION, address: '10.0.0.7' },
      { ...EMPTY_DESTINATION, service: '' },
    ]);
    expect(form.protocol).toBe('');
    expect(form.firewallBefore).toBe('');
  });

  it('maps the answers to the rule builder input', () => {
    const input = firewallInput(fw);
    expect(input.firewallCreatedBeforeConnection).toBe(false);
    expect(input.destinations[0]).toEqual({ address: '192.168.10.20', service: 'ssh' });
    expect(input.destinations[1]).toEqual({
      address: '192.168.10.30',
      service: 'custom',
      protocol: 'udp',
      port: '5000:5100',
    });
    expect(firewallInput({ ...fw, firewallBefore: 'unsure' })).not.toHaveProperty(
      'firewallCreatedBeforeConnection',
    );
    expect(buildFirewallRules(input).ok).toBe(true);
  });

  it('never throws on arbitrary queries, and the builder never throws on what it decodes', () => {
    const key = fc.oneof(
      fc.constantFrom('protocol', 'internal-gateway', 'client-public', 'pool-cidr', 'run'),
      fc
        .tuple(
          fc.integer({ min: -1, max: 30 }),
          fc.constantFrom('address', 'service', 'port', 'protocol', 'x'),
        )
        .map(([n, p]) => `d${n}.${p}`),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.string({ maxLength: 50 })), { maxLength: 30 }),
        (pairs) => {
          const { form } = decodeFirewall(new URLSearchParams(pairs));
          expect(form.destinations.length).toBeGreaterThan(0);
          expect(form.destinations.length).toBeLessThanOrEqual(20);
          buildFirewallRules(firewallInput(form));
        },
      ),
    );
  });
});
