import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NETWORK_MESSAGE_CODES,
  PRIVATE_RANGES,
  cidrFrom,
  contains,
  overlap,
  parseCidr,
  type Cidr,
} from './cidr';
import {
  checkClientCidr,
  suggestClientCidr,
  worstStatus,
  type ClientCidrCheckInput,
  type ClientCidrReport,
  type Verdict,
} from './client-cidr-check';

const RUNS = { numRuns: 1000 };

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`test setup: ${text} is not a CIDR`);
  return parsed.cidr;
}

function check(overrides: Partial<ClientCidrCheckInput>): ClientCidrReport {
  return checkClientCidr({
    platform: 'alibaba',
    clientCidr: '192.168.0.0/24',
    connections: '50',
    localNetworks: ['172.16.0.0/16'],
    ...overrides,
  });
}

function verdict(report: ClientCidrReport, id: string): Verdict | undefined {
  return report.verdicts.find((v) => v.id === id);
}

const arbCidr = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      fc.integer({ min: 10 * 2 ** 24, max: 10 * 2 ** 24 + 2 ** 24 - 1 }),
      fc.integer({ min: 0xc0a80000, max: 0xc0a8ffff }),
      fc.integer({ min: 0xac100000, max: 0xac1fffff }),
    ),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([first, prefix]) => cidrFrom(first, prefix));

describe('checkClientCidr: the FAQ example and capacity', () => {
  it('192.168.0.0/24 holds 256 addresses → at most 64 clients; first client from 192.168.0.4/30', () => {
    const report = check({
      clientCidr: '192.168.0.0/24',
      connections: '64',
      localNetworks: ['172.16.0.0/12'],
    });
    expect(report.ok).toBe(true);
    expect(report.pool).toEqual({
      cidr: '192.168.0.0/24',
      size: 256,
      maxClients: 64,
      firstClientBlock: '192.168.0.4/30',
    });
    expect(verdict(report, 'capacity')).toMatchObject({
      status: 'pass',
      code: 'capacity-enough',
      params: {
        value: '192.168.0.0/24',
        size: 256,
        maxClients: 64,
        connections: 64,
        neededPrefix: 24,
      },
    });
  });

  it('65 connections do not fit a /24: says how many it serves and the mask needed', () => {
    const report = check({ connections: '65' });
    expect(verdict(report, 'capacity')).toEqual({
      id: 'capacity',
      check: 'capacity',
      status: 'fail',
      code: 'capacity-too-small',
      params: {
        value: '192.168.0.0/24',
        size: 256,
        maxClients: 64,
        connections: 65,
        needed: 260,
        neededPrefix: 23,
      },
      field: 'client-cidr',
    });
    expect(report.status).toBe('fail');
  });

  it.each([
    ['5', 27],
    ['10', 26],
    ['20', 25],
    ['50', 24],
    ['100', 23],
    ['200', 22],
    ['500', 21],
    ['1000', 20],
  ])('Alibaba spec %s needs a /%i', (connections, prefix) => {
    const report = check({ connections });
    expect(report.neededPrefix).toBe(prefix);
    expect(verdict(report, 'connections-spec')).toBeUndefined();
  });

  it('FJcloud-O: a /29 serves only 1 client', () => {
    const one = check({ platform: 'fjcloud', clientCidr: '192.168.0.0/29', connections: '1' });
    expect(one.pool).toEqual({ cidr: '192.168.0.0/29', size: 8, maxClients: 1 });
    expect(verdict(one, 'capacity')).toMatchObject({ status: 'pass', code: 'capacity-enough' });
    const two = check({ platform: 'fjcloud', clientCidr: '192.168.0.0/29', connections: '2' });
    expect(verdict(two, 'capacity')).toMatchObject({
      status: 'fail',
      code: 'capacity-too-small',
      params: { maxClients: 1, connections: 2, needed: 16, neededPrefix: 28 },
    });
  });

  it('FJcloud-O counts 8 addresses for the server', () => {
    const report = check({ platform: 'fjcloud', clientCidr: '10.0.0.0/24', connections: '63' });
    expect(verdict(report, 'capacity')).toMatchObject({
      code: 'capacity-too-small',
      params: { maxClients: 62, needed: 260, neededPrefix: 23 },
    });
  });

  it('more connections than a /16 serves: the largest pool is not enough, no suggestion', () => {
    const report = check({ connections: '20000' });
    expect(verdict(report, 'capacity')).toMatchObject({
      status: 'fail',
      code: 'capacity-exceeds-largest-pool',
      params: { largestPrefix: 16, largestMaxClients: 16384, neededPrefix: 15 },
    });
    expect(report.suggestion).toEqual({
      code: 'no-suggestion',
      params: { prefix: 15, connections: 20000 },
    });
  });

  it('warns when an Alibaba connection count is not a gateway spec', () => {
    expect(verdict(check({ connections: '30' }), 'connections-spec')).toMatchObject({
      status: 'warn',
      code: 'connections-not-spec',
      params: { connections: 30, specs: '5, 10, 20, 50, 100, 200, 500, 1000' },
    });
    expect(
      verdict(check({ platform: 'openvpn', connections: '30' }), 'connections-spec'),
    ).toBeUndefined();
  });
});

describe('checkClientCidr: syntax, masks and ranges', () => {
  it('passes a clean private block with all checks', () => {
    const report = check({});
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('pass');
    expect(report.verdicts.map((v) => [v.id, v.code])).toEqual([
      ['syntax:client-cidr', 'cidr-valid'],
      ['client-prefix', 'client-prefix-ok'],
      ['private:client-cidr', 'client-cidr-private'],
      ['local-prefix', 'local-prefix-ok'],
      ['capacity', 'capacity-enough'],
      ['overlap:local-networks', 'no-overlap-local-networks'],
    ]);
  });

  it('explains host bits and gives the normalised form', () => {
    const report = check({ clientCidr: '192.168.0.77/24', localNetworks: ['172.16.5.1/16'] });
    expect(verdict(report, 'syntax:client-cidr')).toMatchObject({
      status: 'warn',
      code: 'host-bits-set',
      params: { value: '192.168.0.77/24', normalized: '192.168.0.0/24' },
    });
    expect(verdict(report, 'syntax:local-networks:0')).toMatchObject({
      code: 'host-bits-set',
      params: { value: '172.16.5.1/16', normalized: '172.16.0.0/16' },
      index: 0,
    });
  });

  it.each(['10.0.0.0/15', '10.0.0.0/30', '10.0.0.0/32'])(
    'client mask out of /16–/29 fails: %s',
    (clientCidr) => {
      expect(verdict(check({ clientCidr }), 'client-prefix')).toMatchObject({
        status: 'fail',
        code: 'client-prefix-out-of-range',
        params: { min: 16, max: 29 },
      });
    },
  );

  it('plain OpenVPN only warns about the mask range', () => {
    expect(
      verdict(check({ platform: 'openvpn', clientCidr: '10.0.0.0/30' }), 'client-prefix'),
    ).toMatchObject({
      status: 'warn',
    });
  });

  it('local network masks must be /8–/32', () => {
    const report = check({ localNetworks: ['172.16.0.0/16', '20.0.0.0/7'] });
    expect(verdict(report, 'local-prefix:1')).toMatchObject({
      status: 'fail',
      code: 'local-prefix-out-of-range',
      params: { value: '20.0.0.0/7', prefix: 7, min: 8, max: 32 },
    });
    expect(verdict(report, 'local-prefix')).toBeUndefined();
    expect(verdict(check({ localNetworks: ['172.16.0.5/32'] }), 'local-prefix')?.status).toBe(
      'pass',
    );
  });

  it.each([
    ['127.0.0.0/24', '127.0.0.0/8 (RFC 1122 §3.2.1.3)'],
    ['169.254.0.0/16', '169.254.0.0/16 (RFC 3927)'],
    ['224.0.0.0/24', '224.0.0.0/4 (RFC 5771)'],
    ['239.1.0.0/24', '224.0.0.0/4 (RFC 5771)'],
    ['255.0.0.0/24', '240.0.0.0/4 (RFC 1112 §4)'],
    ['0.0.0.0/24', '0.0.0.0/8 (RFC 791 §3.2)'],
    ['240.0.0.0/24', '240.0.0.0/4 (RFC 1112 §4)'],
  ])('reserved client CIDR %s fails (%s)', (clientCidr, ranges) => {
    const report = check({ clientCidr });
    expect(verdict(report, 'reserved:client-cidr')).toMatchObject({
      status: 'fail',
      code: 'reserved-range',
      params: { value: clientCidr, ranges },
    });
    expect(verdict(report, 'private:client-cidr')).toBeUndefined();
  });

  it('a local network touching reserved ranges fails, naming each range', () => {
    const report = check({ localNetworks: ['0.0.0.0/0'] });
    expect(verdict(report, 'reserved:local-networks:0')?.params.ranges).toBe(
      '0.0.0.0/8 (RFC 791 §3.2), 127.0.0.0/8 (RFC 1122 §3.2.1.3), 169.254.0.0/16 (RFC 3927), 224.0.0.0/4 (RFC 5771), 240.0.0.0/4 (RFC 1112 §4)',
    );
    expect(verdict(report, 'shared:local-networks:0')?.status).toBe('warn');
  });

  it('100.64.0.0/10 warns, does not fail', () => {
    const report = check({ clientCidr: '100.64.0.0/24' });
    expect(verdict(report, 'shared:client-cidr')).toMatchObject({
      status: 'warn',
      code: 'shared-address-range',
      params: { value: '100.64.0.0/24', range: '100.64.0.0/10', rfc: 'RFC 6598' },
    });
    expect(report.status).toBe('warn');
  });

  it('a pool outside RFC 1918 warns', () => {
    expect(verdict(check({ clientCidr: '8.8.8.0/24' }), 'private:client-cidr')).toMatchObject({
      status: 'warn',
      code: 'client-cidr-not-private',
      params: { value: '8.8.8.0/24', ranges: '10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16' },
    });
  });
});

describe('checkClientCidr: overlaps', () => {
  it('names each overlapping pair and the shared range', () => {
    const report = check({
      clientCidr: '192.168.0.0/22',
      connections: '200',
      localNetworks: ['172.16.0.0/16', '192.168.1.0/24'],
      clientLans: ['192.168.0.0/16'],
      ipsecRoutes: ['10.0.0.0/8', '192.168.3.128/25'],
    });
    expect(verdict(report, 'overlap:local-networks:1')).toMatchObject({
      status: 'fail',
      code: 'overlap-local-network',
      params: { a: '192.168.0.0/22', b: '192.168.1.0/24', shared: '192.168.1.0/24' },
    });
    expect(verdict(report, 'overlap:client-lans:0')).toMatchObject({
      code: 'overlap-client-lan',
      params: { a: '192.168.0.0/22', b: '192.168.0.0/16', shared: '192.168.0.0/22' },
    });
    expect(verdict(report, 'overlap:ipsec-routes:1')).toMatchObject({
      code: 'overlap-ipsec-route',
      params: { b: '192.168.3.128/25', shared: '192.168.3.128/25' },
    });
    expect(verdict(report, 'overlap:ipsec-routes:0')).toBeUndefined();
    expect(verdict(report, 'overlap:client-lans:0:local-networks:1')).toMatchObject({
      code: 'overlap-lan-local-network',
      params: { a: '192.168.0.0/16', b: '192.168.1.0/24', shared: '192.168.1.0/24' },
    });
    expect(verdict(report, 'overlap:local-networks')).toBeUndefined();
  });

  it('passes each list without overlaps', () => {
    const report = check({
      clientLans: ['192.168.1.0/24'],
      ipsecRoutes: ['10.0.0.0/8'],
      clientCidr: '172.20.0.0/24',
    });
    expect(verdict(report, 'overlap:client-lans')).toMatchObject({
      status: 'pass',
      code: 'no-overlap-client-lans',
    });
    expect(verdict(report, 'overlap:ipsec-routes')).toMatchObject({
      status: 'pass',
      code: 'no-overlap-ipsec-routes',
    });
  });

  it('accepts lists typed in one box (lines, commas, spaces)', () => {
    const report = check({ localNetworks: ['172.16.0.0/16,\n10.0.0.0/8 192.168.200.0/24'] });
    expect(report.ok).toBe(true);
    expect(verdict(report, 'local-prefix')?.params.count).toBe(3);
  });
});

describe('checkClientCidr: field errors', () => {
  it('reports every field error at once', () => {
    const report = check({
      clientCidr: '10.0.0.0/33',
      connections: 'lots',
      localNetworks: ['2001:db8::/32', 'x', '1.1.1.0/24 2.2.2.0/24 3.3.3.0/24 4.4.4.0/24'],
      clientLans: ['192.168.1.0'],
      ipsecRoutes: ['10.0.0.0/8\u0000'],
    });
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      {
        field: 'client-cidr',
        code: 'cidr-bad-prefix',
        params: { value: '10.0.0.0/33', prefix: '33' },
      },
      {
        field: 'connections',
        code: 'integer-range',
        params: { value: 'lots', min: 1, max: 100000 },
      },
      { field: 'local-networks', code: 'too-many', params: { max: 5 } },
      { field: 'local-networks', index: 0, code: 'cidr-ipv6', params: { value: '2001:db8::/32' } },
      { field: 'local-networks', index: 1, code: 'cidr-not-cidr', params: { value: 'x' } },
      { field: 'client-lans', index: 0, code: 'cidr-not-cidr', params: { value: '192.168.1.0' } },
      { field: 'ipsec-routes', code: 'control-chars' },
    ]);
    expect(report.suggestion).toBeUndefined();
  });

  it('requires the client CIDR and the count, not a local network', () => {
    const report = check({ clientCidr: ' ', connections: '', localNetworks: [] });
    expect(report.errors).toEqual([
      { field: 'client-cidr', code: 'cidr-empty' },
      { field: 'connections', code: 'required' },
    ]);
    expect(report.verdicts).toEqual([]);
    expect(report.status).toBeUndefined();
  });

  it('computes capacity from the pool and the connections alone, and says the overlap was not checked', () => {
    for (const localNetworks of [[], [''], ['  ']]) {
      const report = check({ clientCidr: '192.168.0.0/24', connections: '50', localNetworks });
      expect(report.ok).toBe(true);
      expect(verdict(report, 'capacity')?.status).toBe('pass');
      expect(verdict(report, 'overlap:local-networks')).toMatchObject({
        status: 'warn',
        code: 'local-networks-not-checked',
        field: 'local-networks',
      });
      expect(verdict(report, 'local-prefix')).toBeUndefined();
    }
    const checked = check({ clientCidr: '192.168.0.0/24', connections: '50' });
    expect(verdict(checked, 'overlap:local-networks')?.code).toBe('no-overlap-local-networks');
  });

  it('flags too-long text, bad addresses and an unknown platform', () => {
    const report = checkClientCidr({
      platform: 'azure' as never,
      clientCidr: `${'1'.repeat(200)}/24`,
      connections: '0',
      localNetworks: ['10.0.0.256/24'],
    });
    expect(report.errors).toEqual([
      {
        field: 'platform',
        code: 'choice-invalid',
        params: { value: 'azure', choices: 'alibaba, fjcloud, openvpn' },
      },
      { field: 'client-cidr', code: 'too-long', params: { max: 100 } },
      { field: 'connections', code: 'integer-range', params: { value: '0', min: 1, max: 100000 } },
      {
        field: 'local-networks',
        index: 0,
        code: 'cidr-bad-address',
        params: { value: '10.0.0.256' },
      },
    ]);
  });

  it('still checks the fields that parsed', () => {
    const report = check({ connections: 'x', localNetworks: ['192.168.0.0/16'] });
    expect(report.ok).toBe(false);
    expect(verdict(report, 'overlap:local-networks:0')?.code).toBe('overlap-local-network');
    expect(verdict(report, 'capacity')).toBeUndefined();
  });
});

describe('suggestClientCidr', () => {
  it('suggests the first free block of the needed size', () => {
    expect(suggestClientCidr(24, [])?.normalized).toBe('10.0.0.0/24');
    expect(suggestClientCidr(24, [cidr('10.0.0.0/16')])?.normalized).toBe('10.1.0.0/24');
    expect(suggestClientCidr(20, [cidr('10.0.0.0/8')])?.normalized).toBe('172.16.0.0/20');
    expect(suggestClientCidr(16, [cidr('10.0.0.0/8'), cidr('172.16.0.0/12')])?.normalized).toBe(
      '192.168.0.0/16',
    );
    expect(suggestClientCidr(8, [])?.normalized).toBe('10.0.0.0/8');
  });

  it('returns undefined when nothing fits or the prefix is not 0–32', () => {
    expect(suggestClientCidr(24, [cidr('0.0.0.0/0')])).toBeUndefined();
    expect(suggestClientCidr(7, [])).toBeUndefined();
    expect(suggestClientCidr(33, [])).toBeUndefined();
    expect(suggestClientCidr(24.5, [])).toBeUndefined();
    expect(suggestClientCidr(Number.NaN, [])).toBeUndefined();
  });

  it('the suggestion overlaps no input, is the needed size and is private', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 32 }),
        fc.array(arbCidr, { maxLength: 12 }),
        (prefix, avoid) => {
          const found = suggestClientCidr(prefix, avoid);
          if (!found) {
            // Nothing free: every aligned block in the three ranges must be hit. Check a sample.
            for (const range of PRIVATE_RANGES) {
              if (2 ** (32 - prefix) > range.size) continue;
              expect(avoid.some((a) => overlap(a, cidrFrom(range.first, prefix)))).toBe(true);
            }
            return;
          }
          expect(found.prefix).toBe(prefix);
          expect(found.size).toBe(2 ** (32 - prefix));
          expect(found.hostBitsSet).toBe(false);
          expect(PRIVATE_RANGES.some((r) => contains(r, found))).toBe(true);
          for (const a of avoid) expect(overlap(found, a)).toBeUndefined();
        },
      ),
      RUNS,
    );
  });

  it('for /8–/16 it is the first free block (brute-force oracle)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 16 }),
        fc.array(arbCidr, { maxLength: 12 }),
        (prefix, avoid) => {
          let expected: Cidr | undefined;
          for (const range of PRIVATE_RANGES) {
            const size = 2 ** (32 - prefix);
            for (
              let start = range.first;
              !expected && start + size - 1 <= range.last;
              start += size
            ) {
              const candidate = cidrFrom(start, prefix);
              if (!avoid.some((a) => overlap(candidate, a))) expected = candidate;
            }
            if (expected) break;
          }
          expect(suggestClientCidr(prefix, avoid)?.normalized).toBe(expected?.normalized);
        },
      ),
      RUNS,
    );
  });

  it('survives null-prototype objects in the input', () => {
    expect(() =>
      checkClientCidr({
        platform: Object.create(null) as never,
        clientCidr: Object.create(null) as never,
        connections: '5',
        localNetworks: [],
      }),
    ).not.toThrow();
  });

  it('the report suggestion avoids every given network and serves the connections', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('alibaba', 'fjcloud', 'openvpn' as const),
        fc.constantFrom(1, 5, 10, 20, 50, 100, 200, 500, 1000, 4000),
        fc.array(arbCidr, { maxLength: 5 }),
        fc.array(arbCidr, { maxLength: 5 }),
        fc.array(arbCidr, { maxLength: 5 }),
        (platform, connections, locals, lans, routes) => {
          const report = checkClientCidr({
            platform,
            clientCidr: '10.0.0.0/24',
            connections: String(connections),
            localNetworks: locals.length > 0 ? locals.map((c) => c.normalized) : ['172.16.0.0/16'],
            clientLans: lans.map((c) => c.normalized),
            ipsecRoutes: routes.map((c) => c.normalized),
          });
          expect(report.ok).toBe(true);
          const s = report.suggestion;
          if (s?.code !== 'suggest-client-cidr') return;
          const block = cidr(s.cidr);
          for (const a of [...locals, ...lans, ...routes])
            expect(overlap(block, a)).toBeUndefined();
          expect(s.params.maxClients).toBeGreaterThanOrEqual(connections);
          expect(block.prefix).toBeLessThanOrEqual(29);
        },
      ),
      RUNS,
    );
  });
});

describe('checkClientCidr: robustness', () => {
  const arbText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    arbCidr.map((c) => c.normalized),
    fc.constantFrom(
      '',
      ' ',
      '10.0.0.0/8',
      '１９２．１６８．０．０／２４',
      '::1',
      '5',
      '1000',
      '\u0000',
    ),
  );

  it('never throws, and every code it returns is a known message code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('alibaba', 'fjcloud', 'openvpn', 'unsure', ''),
        arbText,
        arbText,
        fc.array(arbText, { maxLength: 7 }),
        fc.option(fc.array(arbText, { maxLength: 4 }), { nil: undefined }),
        fc.option(fc.array(arbText, { maxLength: 4 }), { nil: undefined }),
        (platform, clientCidr, connections, localNetworks, clientLans, ipsecRoutes) => {
          const report = checkClientCidr({
            platform: platform as ClientCidrCheckInput['platform'],
            clientCidr,
            connections,
            localNetworks,
            ...(clientLans ? { clientLans } : {}),
            ...(ipsecRoutes ? { ipsecRoutes } : {}),
          });
          const codes = [
            ...report.errors.map((e) => e.code),
            ...report.verdicts.map((v) => v.code),
            ...(report.suggestion ? [report.suggestion.code] : []),
          ];
          for (const code of codes) expect(NETWORK_MESSAGE_CODES).toContain(code);
          expect(report.ok).toBe(report.errors.length === 0);
          expect(new Set(report.verdicts.map((v) => v.id)).size).toBe(report.verdicts.length);
          expect(report.status).toBe(worstStatus(report.verdicts));
        },
      ),
      RUNS,
    );
  });

  it('survives input that is not what the types say', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => checkClientCidr(value as ClientCidrCheckInput)).not.toThrow();
        expect(() =>
          checkClientCidr({
            platform: 'alibaba',
            clientCidr: value,
            connections: value,
            localNetworks: [value],
          } as never),
        ).not.toThrow();
      }),
      RUNS,
    );
  });
});
