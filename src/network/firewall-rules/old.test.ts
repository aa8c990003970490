import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NETWORK_MESSAGE_CODES } from './cidr';
import {
  SECURITY_GROUP_PLACEHOLDER,
  buildFirewallRules,
  formatPortRange,
  parsePortRange,
  type FirewallPlan,
  type FirewallRulesInput,
} from './firewall-rules';

const RUNS = { numRuns: 1000 };

const base: FirewallRulesInput = {
  protocol: 'udp',
  internalGateway: '192.168.10.5',
  clientPublic: '203.0.113.10',
  poolCidr: '10.8.0.0/24',
  destinations: [
    { address: '192.168.10.20', service: 'ssh' },
    { address: '192.168.20.0/24', service: 'rdp' },
    { address: '192.168.10.30', service: 'custom', protocol: 'tcp', port: '8000-8080' },
    { address: '192.168.10.40', service: 'custom', protocol: 'icmp' },
    { address: '192.168.10.50', service: 'https' },
  ],
  firewallCreatedBeforeConnection: false,
};

function plan(overrides: Partial<FirewallRulesInput> = {}): FirewallPlan {
  const result = buildFirewallRules({ ...base, ...overrides });
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function errorsOf(overrides: Partial<FirewallRulesInput>): unknown {
  const result = buildFirewallRules({ ...base, ...overrides });
  return result.ok ? [] : result.errors;
}

describe('parsePortRange', () => {
  it.each([
    ['22', { min: 22, max: 22 }],
    [' 8000:8080 ', { min: 8000, max: 8080 }],
    ['8000-8080', { min: 8000, max: 8080 }],
    ['１１９４', { min: 1194, max: 1194 }],
    ['1:65535', { min: 1, max: 65535 }],
  ])('parses %j', (text, range) => {
    expect(parsePortRange(text)).toEqual({ ok: true, range });
  });

  it.each([
    ['', 'port-empty', undefined],
    ['ssh', 'port-invalid', { value: 'ssh' }],
    ['22,23', 'port-invalid', { value: '22,23' }],
    ['-22', 'port-invalid', { value: '-22' }],
    ['0', 'port-out-of-range', { value: '0', min: 1, max: 65535 }],
    ['65536', 'port-out-of-range', { value: '65536', min: 1, max: 65535 }],
    ['80:70000', 'port-out-of-range', { value: '80:70000', min: 1, max: 65535 }],
    ['9000:8000', 'port-range-reversed', { value: '9000:8000', from: 9000, to: 8000 }],
  ])('rejects %j as %s', (text, code, params) => {
    expect(parsePortRange(text)).toEqual({ ok: false, code, ...(params ? { params } : {}) });
  });

  it('formats one port plainly and a range with a colon', () => {
    expect(formatPortRange({ min: 22, max: 22 })).toBe('22');
    expect(formatPortRange({ min: 8000, max: 8080 })).toBe('8000:8080');
  });

  it('never throws; a parsed range re-parses from its formatted form', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{0,6}[:-]?\d{0,6}$/)), (text) => {
        const parsed = parsePortRange(text);
        if (parsed.ok) expect(parsePortRange(formatPortRange(parsed.range))).toEqual(parsed);
        else expect(NETWORK_MESSAGE_CODES).toContain(parsed.code);
      }),
      RUNS,
    );
  });
});

describe('rule A: reaching the SSL-VPN endpoint', () => {
  it('udp: client public IP → internal_gateway on 1194/udp, added by hand', () => {
    const rule = plan().endpointRule;
    expect(rule).toMatchObject({
      kind: 'endpoint',
      name: 'sslvpn-endpoint-udp-1194',
      action: 'allow',
      protocol: 'udp',
      source: '203.0.113.10',
      destination: '192.168.10.5',
      destinationPort: '1194',
      autoAdded: false,
    });
    expect(rule.cli).toBe(
      'openstack firewall group rule create --protocol udp --source-ip-address 203.0.113.10 --destination-ip-address 192.168.10.5 --destination-port 1194 --action allow --name sslvpn-endpoint-udp-1194',
    );
    expect(JSON.parse(rule.apiBody)).toEqual({
      firewall_rule: {
        action: 'allow',
        protocol: 'udp',
        source_ip_address: '203.0.113.10',
        destination_ip_address: '192.168.10.5',
        destination_port: '1194',
        enabled: true,
        name: 'sslvpn-endpoint-udp-1194',
      },
    });
    expect(plan().notes[0]).toEqual({
      code: 'endpoint-rule-add-manually',
      params: { protocol: 'udp', port: 1194 },
    });
  });

  it('tcp with any source: 443/tcp, source omitted', () => {
    const rule = plan({ protocol: 'tcp', clientPublic: 'ANY' }).endpointRule;
    expect(rule.source).toBeUndefined();
    expect(rule.cli).toBe(
      'openstack firewall group rule create --protocol tcp --destination-ip-address 192.168.10.5 --destination-port 443 --action allow --name sslvpn-endpoint-tcp-443',
    );
    expect(JSON.parse(rule.apiBody)).toEqual({
      firewall_rule: {
        action: 'allow',
        protocol: 'tcp',
        destination_ip_address: '192.168.10.5',
        destination_port: '443',
        enabled: true,
        name: 'sslvpn-endpoint-tcp-443',
      },
    });
  });

  it('firewall created before the connection: rule A was added automatically (source omitted)', () => {
    const p = plan({ firewallCreatedBeforeConnection: true });
    expect(p.endpointRule).toMatchObject({ autoAdded: true, destinationPort: '1194' });
    expect(p.endpointRule.source).toBeUndefined();
    expect(p.notes[0]).toEqual({
      code: 'endpoint-rule-auto-added',
      params: { protocol: 'udp', port: 1194 },
    });
    expect(p.exports.cli).not.toContain(p.endpointRule.cli);
    expect(p.exports.firewallRuleBodies).toHaveLength(5);
  });

  it('creation order unknown: asks to check that rule A exists', () => {
    const result = buildFirewallRules({ ...base, firewallCreatedBeforeConnection: undefined });
    expect(result.ok && result.plan.notes[0]?.code).toBe('endpoint-rule-check-exists');
    expect(result.ok && result.plan.endpointRule.autoAdded).toBe(false);
  });

  it('notes a private "public" address and the allow-all defaults', () => {
    expect(plan({ clientPublic: '192.168.1.10' }).notes).toEqual([
      { code: 'endpoint-rule-add-manually', params: { protocol: 'udp', port: 1194 } },
      { code: 'client-ip-private', params: { value: '192.168.1.10' } },
      { code: 'egress-default-allows-all' },
      { code: 'security-group-unset-allows-all' },
    ]);
  });
});

describe('rule B: after the tunnel, one per destination', () => {
  it('source = pool, destination = server, the service protocol/port', () => {
    const rules = plan().serviceRules;
    expect(rules.map((r) => r.cli)).toEqual([
      'openstack firewall group rule create --protocol tcp --source-ip-address 10.8.0.0/24 --destination-ip-address 192.168.10.20 --destination-port 22 --action allow --name sslvpn-to-server-1-ssh',
      'openstack firewall group rule create --protocol tcp --source-ip-address 10.8.0.0/24 --destination-ip-address 192.168.20.0/24 --destination-port 3389 --action allow --name sslvpn-to-server-2-rdp',
      'openstack firewall group rule create --protocol tcp --source-ip-address 10.8.0.0/24 --destination-ip-address 192.168.10.30 --destination-port 8000:8080 --action allow --name sslvpn-to-server-3-tcp-8000-8080',
      'openstack firewall group rule create --protocol icmp --source-ip-address 10.8.0.0/24 --destination-ip-address 192.168.10.40 --action allow --name sslvpn-to-server-4-icmp',
      'openstack firewall group rule create --protocol tcp --source-ip-address 10.8.0.0/24 --destination-ip-address 192.168.10.50 --destination-port 443 --action allow --name sslvpn-to-server-5-https',
    ]);
    expect(rules[0]).toMatchObject({ kind: 'service', destinationIndex: 0 });
    expect(JSON.parse(rules[2]?.apiBody ?? '')).toEqual({
      firewall_rule: {
        action: 'allow',
        protocol: 'tcp',
        source_ip_address: '10.8.0.0/24',
        destination_ip_address: '192.168.10.30',
        destination_port: '8000:8080',
        enabled: true,
        name: 'sslvpn-to-server-3-tcp-8000-8080',
      },
    });
    expect(JSON.parse(rules[3]?.apiBody ?? '')).toEqual({
      firewall_rule: {
        action: 'allow',
        protocol: 'icmp',
        source_ip_address: '10.8.0.0/24',
        destination_ip_address: '192.168.10.40',
        enabled: true,
        name: 'sslvpn-to-server-4-icmp',
      },
    });
  });

  it('normalises a pool typed with host bits, and a custom destination defaults to tcp', () => {
    const rules = plan({
      poolCidr: '10.8.0.9/24',
      destinations: [{ address: '10.0.0.7', service: 'custom', port: '5432' }],
    }).serviceRules;
    expect(rules[0]).toMatchObject({
      source: '10.8.0.0/24',
      protocol: 'tcp',
      destinationPort: '5432',
    });
  });
});

describe('security group', () => {
  it('ingress from the client on the endpoint port', () => {
    const { ingress } = plan().securityGroup;
    expect(ingress.cli).toBe(
      `openstack security group rule create --ingress --ethertype IPv4 --protocol udp --dst-port 1194:1194 --remote-ip 203.0.113.10/32 ${SECURITY_GROUP_PLACEHOLDER}`,
    );
    expect(JSON.parse(ingress.apiBody)).toEqual({
      security_group_rule: {
        direction: 'ingress',
        ethertype: 'IPv4',
        protocol: 'udp',
        port_range_min: 1194,
        port_range_max: 1194,
        remote_ip_prefix: '203.0.113.10/32',
        security_group_id: 'SECURITY_GROUP_ID',
      },
    });
    expect(ingress.onlyIfDefaultEgressRemoved).toBe(false);
  });

  it('ingress from anywhere on 443/tcp', () => {
    expect(plan({ protocol: 'tcp', clientPublic: 'any' }).securityGroup.ingress.cli).toBe(
      'openstack security group rule create --ingress --ethertype IPv4 --protocol tcp --dst-port 443:443 --remote-ip 0.0.0.0/0 SECURITY_GROUP_ID',
    );
  });

  it('egress to each server, needed only when the default allow-all rule was removed', () => {
    const { egress } = plan().securityGroup;
    expect(egress.map((r) => r.cli)).toEqual([
      'openstack security group rule create --egress --ethertype IPv4 --protocol tcp --dst-port 22:22 --remote-ip 192.168.10.20/32 SECURITY_GROUP_ID',
      'openstack security group rule create --egress --ethertype IPv4 --protocol tcp --dst-port 3389:3389 --remote-ip 192.168.20.0/24 SECURITY_GROUP_ID',
      'openstack security group rule create --egress --ethertype IPv4 --protocol tcp --dst-port 8000:8080 --remote-ip 192.168.10.30/32 SECURITY_GROUP_ID',
      'openstack security group rule create --egress --ethertype IPv4 --protocol icmp --remote-ip 192.168.10.40/32 SECURITY_GROUP_ID',
      'openstack security group rule create --egress --ethertype IPv4 --protocol tcp --dst-port 443:443 --remote-ip 192.168.10.50/32 SECURITY_GROUP_ID',
    ]);
    expect(egress.every((r) => r.onlyIfDefaultEgressRemoved)).toBe(true);
    expect(JSON.parse(egress[2]?.apiBody ?? '')).toEqual({
      security_group_rule: {
        direction: 'egress',
        ethertype: 'IPv4',
        protocol: 'tcp',
        port_range_min: 8000,
        port_range_max: 8080,
        remote_ip_prefix: '192.168.10.30/32',
        security_group_id: 'SECURITY_GROUP_ID',
      },
    });
    expect(JSON.parse(egress[3]?.apiBody ?? '')).toEqual({
      security_group_rule: {
        direction: 'egress',
        ethertype: 'IPv4',
        protocol: 'icmp',
        remote_ip_prefix: '192.168.10.40/32',
        security_group_id: 'SECURITY_GROUP_ID',
      },
    });
  });
});

describe('exports', () => {
  it('lists every command and body in rule order', () => {
    const p = plan();
    expect(p.exports.cli).toEqual([
      p.endpointRule.cli,
      ...p.serviceRules.map((r) => r.cli),
      p.securityGroup.ingress.cli,
      ...p.securityGroup.egress.map((r) => r.cli),
    ]);
    expect(p.exports.firewallRuleBodies).toEqual([
      p.endpointRule.apiBody,
      ...p.serviceRules.map((r) => r.apiBody),
    ]);
    expect(p.exports.securityGroupRuleBodies).toEqual([
      p.securityGroup.ingress.apiBody,
      ...p.securityGroup.egress.map((r) => r.apiBody),
    ]);
  });
});

describe('bad input', () => {
  it.each([
    [{ internalGateway: '2001:db8::1' }, [{ field: 'internal-gateway', code: 'ip-ipv6' }]],
    [{ internalGateway: '' }, [{ field: 'internal-gateway', code: 'ip-empty' }]],
    [
      { internalGateway: '192.168.10.0/24' },
      [{ field: 'internal-gateway', code: 'ip-not-address', params: { value: '192.168.10.0/24' } }],
    ],
    [
      { internalGateway: 'gw.example.com' },
      [{ field: 'internal-gateway', code: 'ip-bad-address', params: { value: 'gw.example.com' } }],
    ],
    [{ clientPublic: '' }, [{ field: 'client-public', code: 'ip-empty' }]],
    [{ clientPublic: '2001:db8::5' }, [{ field: 'client-public', code: 'ip-ipv6' }]],
    [{ poolCidr: '' }, [{ field: 'pool-cidr', code: 'cidr-empty' }]],
    [{ poolCidr: 'fd00::/64' }, [{ field: 'pool-cidr', code: 'cidr-ipv6' }]],
    [
      { poolCidr: '10.8.0.0' },
      [{ field: 'pool-cidr', code: 'cidr-not-cidr', params: { value: '10.8.0.0' } }],
    ],
    [{ poolCidr: '10.8.0.0/24\u0007' }, [{ field: 'pool-cidr', code: 'control-chars' }]],
    [
      { protocol: 'sctp' as never },
      [
        {
          field: 'protocol',
          code: 'choice-invalid',
          params: { value: 'sctp', choices: 'tcp, udp' },
        },
      ],
    ],
    [{ destinations: [] }, [{ field: 'destinations', code: 'required' }]],
  ])('%j', (overrides, errors) => {
    expect(errorsOf(overrides)).toEqual(errors);
  });

  it('reports destination errors by index, all at once', () => {
    expect(
      errorsOf({
        internalGateway: '::1',
        destinations: [
          { address: '2001:db8::10', service: 'ssh' },
          { address: '10.0.0.5', service: 'custom', protocol: 'tcp', port: 'http' },
          { address: '10.0.0.6', service: 'custom', protocol: 'udp', port: '70000' },
          { address: '10.0.0.7', service: 'custom', protocol: 'tcp', port: '9000:8000' },
          { address: '10.0.0.8', service: 'custom', protocol: 'tcp', port: '' },
          { address: '', service: 'ftp' as never },
          { address: '10.0.0.0/33', service: 'custom', protocol: 'gre' as never, port: '1' },
        ],
      }),
    ).toEqual([
      { field: 'internal-gateway', code: 'ip-ipv6' },
      { field: 'destination-address', index: 0, code: 'ip-ipv6' },
      { field: 'destination-port', index: 1, code: 'port-invalid', params: { value: 'http' } },
      {
        field: 'destination-port',
        index: 2,
        code: 'port-out-of-range',
        params: { value: '70000', min: 1, max: 65535 },
      },
      {
        field: 'destination-port',
        index: 3,
        code: 'port-range-reversed',
        params: { value: '9000:8000', from: 9000, to: 8000 },
      },
      { field: 'destination-port', index: 4, code: 'port-empty' },
      { field: 'destination-address', index: 5, code: 'ip-empty' },
      {
        field: 'destination-service',
        index: 5,
        code: 'choice-invalid',
        params: { value: 'ftp', choices: 'ssh, rdp, https, custom' },
      },
      {
        field: 'destination-address',
        index: 6,
        code: 'cidr-bad-prefix',
        params: { value: '10.0.0.0/33', prefix: '33' },
      },
      {
        field: 'destination-protocol',
        index: 6,
        code: 'choice-invalid',
        params: { value: 'gre', choices: 'tcp, udp, icmp' },
      },
    ]);
  });

  it('caps the number of destinations', () => {
    const destinations = Array.from({ length: 21 }, () => ({
      address: '10.0.0.1',
      service: 'ssh' as const,
    }));
    expect(errorsOf({ destinations })).toEqual([
      { field: 'destinations', code: 'too-many', params: { max: 20 } },
    ]);
  });

  const arbText = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '',
      'any',
      '10.0.0.1',
      '10.0.0.0/24',
      '::1',
      '22',
      '1:2',
      '443',
      '\u0000',
      'tcp',
      'udp',
    ),
  );

  it('never throws, codes are known, and commands hold only shell-safe characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('tcp', 'udp', 'icmp', ''),
        arbText,
        arbText,
        arbText,
        fc.array(
          fc.record({
            address: arbText,
            service: fc.constantFrom('ssh', 'rdp', 'https', 'custom', 'x'),
            protocol: fc.option(fc.constantFrom('tcp', 'udp', 'icmp', 'x'), { nil: undefined }),
            port: fc.option(arbText, { nil: undefined }),
          }),
          { maxLength: 4 },
        ),
        fc.option(fc.boolean(), { nil: undefined }),
        (protocol, internalGateway, clientPublic, poolCidr, destinations, before) => {
          const result = buildFirewallRules({
            protocol,
            internalGateway,
            clientPublic,
            poolCidr,
            destinations,
            ...(before === undefined ? {} : { firewallCreatedBeforeConnection: before }),
          } as FirewallRulesInput);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) expect(NETWORK_MESSAGE_CODES).toContain(e.code);
            return;
          }
          for (const n of result.plan.notes) expect(NETWORK_MESSAGE_CODES).toContain(n.code);
          for (const line of result.plan.exports.cli) expect(line).toMatch(/^[A-Za-z0-9 ./:_-]+$/);
          for (const body of [
            ...result.plan.exports.firewallRuleBodies,
            ...result.plan.exports.securityGroupRuleBodies,
          ]) {
            expect(() => JSON.parse(body) as unknown).not.toThrow();
          }
        },
      ),
      RUNS,
    );
  });

  it('valid input always builds a plan with one rule B and one egress rule per destination', () => {
    const arbIp = fc
      .integer({ min: 0, max: 2 ** 32 - 1 })
      .map((n) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.'));
    const arbPort = fc
      .tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }))
      .map(([a, b]) => (a === b ? String(a) : `${Math.min(a, b)}:${Math.max(a, b)}`));
    fc.assert(
      fc.property(
        fc.constantFrom('tcp' as const, 'udp' as const),
        arbIp,
        fc.oneof(arbIp, fc.constant('any')),
        fc.tuple(arbIp, fc.integer({ min: 0, max: 32 })).map(([ip, p]) => `${ip}/${p}`),
        fc.array(
          fc.record({
            address: arbIp,
            service: fc.constantFrom(
              'ssh' as const,
              'rdp' as const,
              'https' as const,
              'custom' as const,
            ),
            protocol: fc.constantFrom('tcp' as const, 'udp' as const, 'icmp' as const),
            port: arbPort,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (protocol, internalGateway, clientPublic, poolCidr, destinations) => {
          const result = buildFirewallRules({
            protocol,
            internalGateway,
            clientPublic,
            poolCidr,
            destinations,
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const p = result.plan;
          expect(p.serviceRules).toHaveLength(destinations.length);
          expect(p.securityGroup.egress).toHaveLength(destinations.length);
          expect(p.endpointRule.destinationPort).toBe(protocol === 'tcp' ? '443' : '1194');
          for (const line of p.exports.cli) expect(line).toMatch(/^[A-Za-z0-9 ./:_-]+$/);
          expect(p.exports.cli).toHaveLength(1 + 2 * destinations.length + 1);
        },
      ),
      RUNS,
    );
  });

  it('survives input that is not what the types say', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => buildFirewallRules(value as FirewallRulesInput)).not.toThrow();
        expect(() =>
          buildFirewallRules({ ...base, destinations: [value] } as FirewallRulesInput),
        ).not.toThrow();
      }),
      RUNS,
    );
  });
});
