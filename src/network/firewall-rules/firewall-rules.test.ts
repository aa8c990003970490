import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NETWORK_MESSAGE_CODES, parseCidr } from '../cidr';
import {
  FIREWALL_RULE_FIELDS,
  SECURITY_GROUP_PLACEHOLDER,
  buildFirewallRules,
  formatPortRange,
  parsePortRange,
  type FirewallPlan,
  type FirewallRulesInput,
} from '.';

const RUNS = { numRuns: 500 };

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

/** The `firewall_rule` object of a body. */
const fwBody = (body: string | undefined) =>
  (JSON.parse(body ?? '') as { firewall_rule: Record<string, unknown> }).firewall_rule;
/** The `security_group_rule` object of a body. */
const sgBody = (body: string | undefined) =>
  (JSON.parse(body ?? '') as { security_group_rule: Record<string, unknown> }).security_group_rule;

/** Splits a command line on spaces (the renderers never print quoted arguments). */
const argv = (line: string) => line.split(' ').filter((t) => t !== '');

/**
 * What python-neutronclient's `openstack firewall group rule create` sends for these flags:
 * `_get_common_parser` / `_get_common_attrs` of neutronclient/osc/v2/fwaas/firewallrule.py,
 * written out independently of the builder's mapping (protocol and action lower-cased, ports
 * and addresses as strings, `--enable-rule` → `enabled: True`).
 */
function neutronFirewallRuleAttrs(line: string): Record<string, unknown> {
  const tokens = argv(line);
  expect(tokens.slice(0, 5)).toEqual(['openstack', 'firewall', 'group', 'rule', 'create']);
  const valued: Record<string, string> = {
    '--name': 'name',
    '--description': 'description',
    '--protocol': 'protocol',
    '--action': 'action',
    '--ip-version': 'ip_version',
    '--source-ip-address': 'source_ip_address',
    '--destination-ip-address': 'destination_ip_address',
    '--source-port': 'source_port',
    '--destination-port': 'destination_port',
  };
  const attrs: Record<string, unknown> = {};
  for (let i = 5; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (t === '--enable-rule') attrs.enabled = true;
    else if (t === '--disable-rule') attrs.enabled = false;
    else if (valued[t]) {
      const v = tokens[++i] ?? '';
      expect(v.startsWith('--'), `${t} needs a value`).toBe(false);
      attrs[valued[t]] = t === '--protocol' || t === '--action' ? v.toLowerCase() : v;
    } else throw new Error(`flag the neutron client does not know: ${t}`);
  }
  if (attrs.protocol !== undefined) {
    expect(['tcp', 'udp', 'icmp', 'any']).toContain(attrs.protocol);
  }
  return attrs;
}

/**
 * What python-openstackclient's `openstack security group rule create` sends: `--ingress` /
 * `--egress` → direction, `--ethertype`, `--protocol`, `--dst-port a:b` → port_range_min/max
 * (integers), `--remote-ip` → remote_ip_prefix, the last argument = the group.
 */
function openstackSecurityGroupRuleAttrs(line: string): Record<string, unknown> {
  const tokens = argv(line);
  expect(tokens.slice(0, 5)).toEqual(['openstack', 'security', 'group', 'rule', 'create']);
  const attrs: Record<string, unknown> = { security_group_id: tokens[tokens.length - 1] };
  for (let i = 5; i < tokens.length - 1; i++) {
    const t = tokens[i] ?? '';
    if (t === '--ingress' || t === '--egress') attrs.direction = t.slice(2);
    else if (t === '--ethertype') attrs.ethertype = tokens[++i];
    else if (t === '--protocol') attrs.protocol = tokens[++i];
    else if (t === '--remote-ip') attrs.remote_ip_prefix = tokens[++i];
    else if (t === '--dst-port') {
      const [min, max] = (tokens[++i] ?? '').split(':').map(Number);
      attrs.port_range_min = min;
      attrs.port_range_max = max ?? min;
    } else throw new Error(`flag the openstack client does not know: ${t}`);
  }
  return attrs;
}

/** The `-d '…'` payload and the URL of a curl command. */
function curlParts(command: string): { url: string; token: string; payload: unknown } {
  const url = /curl -sS -X POST "([^"]+)"/.exec(command)?.[1] ?? '';
  const token = /-H "X-Auth-Token: ([^"]+)"/.exec(command)?.[1] ?? '';
  const start = command.indexOf("-d '");
  const body = command.slice(start + 4, command.lastIndexOf("'"));
  expect(body.includes("'")).toBe(false);
  return { url, token, payload: JSON.parse(body) as unknown };
}

describe('parsePortRange', () => {
  it.each([
    ['22', { min: 22, max: 22 }],
    [' 8000:8080 ', { min: 8000, max: 8080 }],
    ['8000-8080', { min: 8000, max: 8080 }],
    ['１１９４', { min: 1194, max: 1194 }],
  ])('parses %j', (text, range) => {
    expect(parsePortRange(text)).toEqual({ ok: true, range });
  });

  it('formats one port plainly and a range with a colon', () => {
    expect(formatPortRange({ min: 22, max: 22 })).toBe('22');
    expect(formatPortRange({ min: 8000, max: 8080 })).toBe('8000:8080');
  });
});

describe('per platform: the API that platform really has (issue 17.3)', () => {
  it('FJcloud-O (also when the platform is left empty): FWaaS v1 JSON + curl, no v2 CLI', () => {
    for (const p of [plan(), plan({ platform: 'fjcloud' })]) {
      expect(p.exports).toMatchObject({
        platform: 'fjcloud',
        api: 'fwaas-v1',
        firewallRulesPath: '/v2.0/fw/firewall_rules',
        firewallCli: [],
      });
      expect(p.exports.cli.some((l) => l.includes('firewall group'))).toBe(false);
      expect(p.exports.firewallCurl).toHaveLength(p.exports.firewallRuleBodies.length);
      expect(p.notes[0]).toEqual({
        code: 'firewall-api-fwaas-v1',
        params: { path: '/v2.0/fw/firewall_rules' },
      });
    }
  });

  it('own OpenVPN on OpenStack: FWaaS v2 CLI + JSON, no curl, and its own port', () => {
    const p = plan({ platform: 'openvpn', endpointPort: '1195', protocol: 'tcp' });
    expect(p.exports).toMatchObject({
      platform: 'openvpn',
      api: 'fwaas-v2',
      firewallRulesPath: '/v2.0/fwaas/firewall_rules',
      firewallCurl: [],
      securityGroupCurl: [],
    });
    expect(p.exports.firewallCli[0]).toBe(
      'openstack firewall group rule create --name sslvpn-endpoint-tcp-1195 --protocol tcp --source-ip-address 203.0.113.10 --destination-ip-address 192.168.10.5 --destination-port 1195 --action allow --enable-rule',
    );
    expect(p.notes[0]).toEqual({
      code: 'firewall-api-fwaas-v2',
      params: { path: '/v2.0/fwaas/firewall_rules' },
    });
    expect(p.securityGroup.ingress).toMatchObject({ portRangeMin: 1195, portRangeMax: 1195 });
    // An own server's default port is 1194 whatever the protocol (FJcloud-O's tcp is 443).
    expect(plan({ platform: 'openvpn', protocol: 'tcp' }).endpointRule.destinationPort).toBe(
      '1194',
    );
    expect(plan({ protocol: 'tcp' }).endpointRule.destinationPort).toBe('443');
  });

  it('an own server never has rule A added for it', () => {
    const p = plan({ platform: 'openvpn', firewallCreatedBeforeConnection: true });
    expect(p.endpointRule.autoAdded).toBe(false);
    expect(p.notes.map((n) => n.code)).toContain('endpoint-rule-add-manually');
  });

  it('Alibaba Cloud has no OpenStack firewall: refused at the platform field', () => {
    expect(errorsOf({ platform: 'alibaba' })).toEqual([
      { field: 'platform', code: 'platform-no-firewall-service', params: { value: 'alibaba' } },
    ]);
    expect(errorsOf({ platform: 'gcp' })).toEqual([
      {
        field: 'platform',
        code: 'choice-invalid',
        params: { value: 'gcp', choices: 'fjcloud, openvpn' },
      },
    ]);
  });

  it('FJcloud-O: a typed endpoint port other than the fixed one is refused, not ignored', () => {
    expect(errorsOf({ endpointPort: '1195' })).toEqual([
      {
        field: 'endpoint-port',
        code: 'endpoint-port-fixed',
        params: { value: 1195, expected: 1194, protocol: 'udp' },
      },
    ]);
    expect(errorsOf({ endpointPort: '1194' })).toEqual([]);
  });

  it('FJcloud-O curl posts exactly the v1 body to /v2.0/fw/firewall_rules with a token placeholder', () => {
    const p = plan({ availabilityZone: 'jp-east-3a' });
    p.exports.firewallCurl.forEach((command, i) => {
      const { url, token, payload } = curlParts(command);
      expect(url).toBe(
        'https://networking.${REGION}.cloud.global.fujitsu.com/v2.0/fw/firewall_rules',
      );
      expect(token).toBe('${OS_AUTH_TOKEN}');
      expect(payload).toEqual(JSON.parse(p.exports.firewallRuleBodies[i] ?? '') as unknown);
    });
    p.exports.securityGroupCurl.forEach((command, i) => {
      const { url, payload } = curlParts(command);
      expect(url.endsWith('/v2.0/security-group-rules')).toBe(true);
      expect(payload).toEqual(JSON.parse(p.exports.securityGroupRuleBodies[i] ?? '') as unknown);
    });
  });
});

describe('ICMP with a port is refused at the field (issue 17.5)', () => {
  it('names the destination row and the port', () => {
    expect(
      errorsOf({
        destinations: [
          { address: '192.168.10.40', service: 'custom', protocol: 'icmp', port: '22' },
        ],
      }),
    ).toEqual([
      {
        field: 'destination-port',
        index: 0,
        code: 'port-not-allowed-icmp',
        params: { value: '22' },
      },
    ]);
  });

  it('ICMP without a port: no port in any output', () => {
    const p = plan();
    const icmp = p.serviceRules.find((r) => r.protocol === 'icmp');
    expect(icmp?.destinationPort).toBeUndefined();
    const egress = p.securityGroup.egress.find((r) => r.protocol === 'icmp');
    expect(egress?.portRangeMin).toBeUndefined();
  });
});

describe('availability zone (issue 17.6)', () => {
  it('goes into every FJcloud-O v1 body, with a note; none without it', () => {
    const p = plan({ availabilityZone: 'jp-east-3a' });
    for (const body of p.exports.firewallRuleBodies) {
      expect(fwBody(body).availability_zone).toBe('jp-east-3a');
    }
    expect(p.notes).toContainEqual({
      code: 'availability-zone-set',
      params: { zone: 'jp-east-3a' },
    });
    const q = plan();
    for (const body of q.exports.firewallRuleBodies) {
      expect(fwBody(body)).not.toHaveProperty('availability_zone');
    }
    expect(q.notes).toContainEqual({ code: 'availability-zone-default' });
  });

  it('refuses names that are not zone names, and any zone for FWaaS v2', () => {
    expect(errorsOf({ availabilityZone: "jp'; rm -rf /" })).toEqual([
      {
        field: 'availability-zone',
        code: 'availability-zone-invalid',
        params: { value: "jp'; rm -rf /", max: 63 },
      },
    ]);
    expect(errorsOf({ platform: 'openvpn', availabilityZone: 'AZ1' })).toEqual([
      {
        field: 'availability-zone',
        code: 'availability-zone-not-applicable',
        params: { platform: 'openvpn' },
      },
    ]);
  });
});

describe('no silent widening (issue 17.4)', () => {
  const typed = { address: '192.168.20.37/24', service: 'ssh' } as const;

  it('keeps the host by default and says so', () => {
    const p = plan({ destinations: [typed] });
    expect(p.serviceRules[0]?.destination).toBe('192.168.20.37');
    expect(p.securityGroup.egress[0]?.remoteIpPrefix).toBe('192.168.20.37/32');
    expect(p.notes).toContainEqual({
      code: 'host-bits-kept-host',
      params: { value: '192.168.20.37/24', host: '192.168.20.37/32', block: '192.168.20.0/24' },
    });
  });

  it('uses the block when the user chooses it, and says so', () => {
    const p = plan({ destinations: [{ ...typed, hostBits: 'block' }] });
    expect(p.serviceRules[0]?.destination).toBe('192.168.20.0/24');
    expect(p.securityGroup.egress[0]?.remoteIpPrefix).toBe('192.168.20.0/24');
    expect(p.notes.map((n) => n.code)).toContain('host-bits-used-block');
  });

  it('the client address too', () => {
    const p = plan({ clientPublic: '203.0.113.10/24' });
    expect(p.endpointRule.source).toBe('203.0.113.10');
    expect(p.securityGroup.ingress.remoteIpPrefix).toBe('203.0.113.10/32');
    expect(p.notes.map((n) => n.code)).toContain('host-bits-kept-host');
    expect(errorsOf({ destinations: [{ ...typed, hostBits: 'wide' }] })).toMatchObject([
      { field: 'destination-host-bits', index: 0, code: 'choice-invalid' },
    ]);
  });

  it('property: every rule address is what was typed, or a note names the choice', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const address = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
    const typedText = fc.oneof(
      address,
      fc.tuple(address, fc.integer({ min: 8, max: 32 })).map(([a, p]) => `${a}/${p}`),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(typedText, fc.constantFrom('', 'host', 'block')), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const p = plan({
            destinations: rows.map(([a, hostBits]) => ({ address: a, service: 'ssh', hostBits })),
          });
          rows.forEach(([text, choice], i) => {
            const rule = p.serviceRules[i];
            const sg = p.securityGroup.egress[i];
            if (!text.includes('/')) {
              expect(rule?.destination).toBe(text);
              expect(sg?.remoteIpPrefix).toBe(`${text}/32`);
              return;
            }
            const parsed = parseCidr(text);
            if (!parsed.ok) throw new Error(text);
            if (!parsed.cidr.hostBitsSet) {
              expect(rule?.destination).toBe(parsed.cidr.normalized);
              return;
            }
            const code = choice === 'block' ? 'host-bits-used-block' : 'host-bits-kept-host';
            expect(p.notes.some((n) => n.code === code && n.params?.value === text)).toBe(true);
            const host = text.slice(0, text.indexOf('/'));
            expect(rule?.destination).toBe(choice === 'block' ? parsed.cidr.normalized : host);
            expect(sg?.remoteIpPrefix).toBe(
              choice === 'block' ? parsed.cidr.normalized : `${host}/32`,
            );
          });
        },
      ),
      RUNS,
    );
  });
});

describe('one field mapping, both renderers (issue 17.3)', () => {
  const octet = fc.integer({ min: 1, max: 254 });
  const address = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
  const destination = fc.oneof(
    fc.record({
      address,
      service: fc.constantFrom('ssh' as const, 'rdp' as const, 'https' as const),
    }),
    fc.record({
      address: fc.tuple(address, fc.integer({ min: 16, max: 32 })).map(([a, p]) => `${a}/${p}`),
      service: fc.constant('custom' as const),
      protocol: fc.constantFrom('tcp' as const, 'udp' as const),
      port: fc
        .tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 0, max: 100 }))
        .map(([a, d]) => (d === 0 ? String(a) : `${a}:${Math.min(65535, a + d)}`)),
      hostBits: fc.constantFrom('host', 'block'),
    }),
    fc.record({
      address,
      service: fc.constant('custom' as const),
      protocol: fc.constant('icmp' as const),
    }),
  );
  const input = fc.record({
    protocol: fc.constantFrom('tcp' as const, 'udp' as const),
    internalGateway: address,
    clientPublic: fc.oneof(fc.constantFrom('any', '*', '0.0.0.0/0'), address),
    poolCidr: fc.constantFrom('10.8.0.0/24', '172.16.0.0/16'),
    destinations: fc.array(destination, { minLength: 1, maxLength: 4 }),
    firewallCreatedBeforeConnection: fc.boolean(),
    endpointPort: fc.constantFrom('', '1194', '4443'),
  });

  it('FWaaS v2: every CLI line parses (as neutronclient does) to exactly its JSON body', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = buildFirewallRules({ ...i, platform: 'openvpn' });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const { firewallCli, firewallRuleBodies } = r.plan.exports;
        expect(firewallCli).toHaveLength(firewallRuleBodies.length);
        firewallCli.forEach((line, n) => {
          expect(neutronFirewallRuleAttrs(line)).toEqual(fwBody(firewallRuleBodies[n]));
        });
      }),
      RUNS,
    );
  });

  it('security groups, both platforms: every CLI line parses (as openstackclient does) to its JSON', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('fjcloud', 'openvpn'), (i, platform) => {
        const r = buildFirewallRules({
          ...i,
          platform,
          endpointPort: platform === 'fjcloud' ? '' : i.endpointPort,
        });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const { securityGroupCli, securityGroupRuleBodies } = r.plan.exports;
        securityGroupCli.forEach((line, n) => {
          const body = sgBody(securityGroupRuleBodies[n]);
          expect(openstackSecurityGroupRuleAttrs(line)).toEqual(body);
          expect(body.security_group_id).toBe(SECURITY_GROUP_PLACEHOLDER);
        });
      }),
      RUNS,
    );
  });

  it('the v1 and v2 bodies carry the same fields, except the v1-only availability zone', () => {
    fc.assert(
      fc.property(input, (i) => {
        const v1 = buildFirewallRules({
          ...i,
          platform: 'fjcloud',
          endpointPort: '',
          availabilityZone: 'AZ1',
        });
        const v2 = buildFirewallRules({ ...i, platform: 'openvpn', endpointPort: '' });
        if (!v1.ok || !v2.ok) throw new Error('unexpected errors');
        // FJcloud-O may leave out rule A (auto-added); compare the service rules.
        const tail = (bodies: readonly string[]) => bodies.slice(-v1.plan.serviceRules.length);
        tail(v1.plan.exports.firewallRuleBodies).forEach((body, n) => {
          const a = fwBody(body);
          const b = fwBody(tail(v2.plan.exports.firewallRuleBodies)[n]);
          expect(a.availability_zone).toBe('AZ1');
          delete a.availability_zone;
          expect(a).toEqual(b);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('the mapping covers every JSON key the renderers print', () => {
    const keys = new Set(FIREWALL_RULE_FIELDS.map((m) => m.json));
    const p = plan({ availabilityZone: 'AZ1' });
    for (const body of p.exports.firewallRuleBodies) {
      for (const k of Object.keys(fwBody(body))) expect(keys.has(k)).toBe(true);
    }
  });
});

describe('hostile input', () => {
  it('never throws; errors carry known codes; outputs hold only safe characters', () => {
    fc.assert(
      fc.property(
        fc.record({
          platform: fc.oneof(fc.constantFrom('', 'fjcloud', 'openvpn', 'alibaba'), fc.string()),
          protocol: fc.oneof(fc.constantFrom('tcp', 'udp'), fc.string()),
          internalGateway: fc.oneof(fc.constant('10.0.0.1'), fc.string()),
          clientPublic: fc.oneof(fc.constantFrom('any', '*', '1.2.3.4/24'), fc.string()),
          poolCidr: fc.oneof(fc.constant('10.8.0.0/24'), fc.string()),
          availabilityZone: fc.oneof(fc.constantFrom('', 'AZ1'), fc.string()),
          endpointPort: fc.oneof(fc.constantFrom('', '1194'), fc.string()),
          destinations: fc.array(
            fc.record({
              address: fc.oneof(fc.constant('10.0.0.9/8'), fc.string()),
              service: fc.constantFrom('ssh', 'custom', 'x'),
              protocol: fc.oneof(fc.constantFrom('tcp', 'icmp'), fc.string()),
              port: fc.oneof(fc.constantFrom('', '22'), fc.string()),
              hostBits: fc.oneof(fc.constantFrom('', 'block'), fc.string()),
            }),
            { maxLength: 3 },
          ),
        }),
        (i) => {
          const r = buildFirewallRules(i as never);
          if (!r.ok) {
            for (const e of r.errors) expect(NETWORK_MESSAGE_CODES).toContain(e.code);
            return;
          }
          for (const line of [...r.plan.exports.cli, ...r.plan.exports.firewallCurl]) {
            expect(line).toMatch(/^[A-Za-z0-9 ./:_\-{}$"'\\\n,]+$/);
          }
        },
      ),
      RUNS,
    );
  });
});
