import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComputeInput, EvaluatorResult } from '../engine/types';
import {
  NETWORK_MESSAGE_CODES,
  addressConflict,
  endpointRule,
  evaluators,
  ipsecOverlap,
  platformOf,
  poolCapacity,
  poolOverlap,
  serviceRule,
} from './evaluators';

const RUNS = { numRuns: 1000 };

function ok(result: EvaluatorResult): { result: string; details: unknown } {
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return { result: result.result, details: result.details };
}

describe('registry', () => {
  it('registers every evaluator under its name', () => {
    expect(Object.keys(evaluators).sort()).toEqual([
      'address-conflict',
      'endpoint-rule',
      'ipsec-overlap',
      'pool-capacity',
      'pool-overlap',
      'service-rule',
    ]);
  });

  it.each(Object.entries(evaluators))(
    '%s: each example gives its result, and results are unique',
    (_, ev) => {
      expect(new Set(ev.results).size).toBe(ev.results.length);
      expect(Object.keys(ev.examples).sort()).toEqual([...ev.results].sort());
      for (const r of ev.results) {
        const example = ev.examples[r];
        expect(example).toBeDefined();
        expect(ok(ev.evaluate(example ?? {})).result).toBe(r);
      }
    },
  );

  it('message codes are unique kebab-case', () => {
    expect(new Set(NETWORK_MESSAGE_CODES).size).toBe(NETWORK_MESSAGE_CODES.length);
    for (const code of NETWORK_MESSAGE_CODES) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  const fieldIds = [
    'client-cidr',
    'connections',
    'client-lan',
    'local-networks',
    'ipsec-routes',
    'protocol',
    'rule-protocol',
    'rule-port',
    'rule-destination',
    'internal-gateway',
    'pool-cidr',
    'rule-source',
    'service-port',
  ];
  const arbValue = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      '',
      'any',
      'tcp',
      'udp',
      '10.0.0.0/8',
      '10.0.0.1',
      '192.168.0.0/24 10.0.0.0/8',
      '22',
      '1:65535',
      '5',
    ),
  );

  it('never throw, return only their result keys and known message codes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(evaluators)),
        fc.dictionary(fc.constantFrom(...fieldIds), arbValue),
        fc.constantFrom(
          undefined,
          { platform: 'fjcloud' },
          { platform: 'openvpn' },
          { platform: 'unsure' },
        ),
        (name, input, context) => {
          const ev = evaluators[name];
          if (!ev) throw new Error(name);
          const verdict = ev.evaluate(input, context);
          if (verdict.ok) {
            expect(ev.results).toContain(verdict.result);
            const differences =
              (verdict.details as { differences?: { code: string }[] }).differences ?? [];
            for (const d of differences) expect(NETWORK_MESSAGE_CODES).toContain(d.code);
          } else {
            expect(verdict.errors.length).toBeGreaterThan(0);
            for (const e of verdict.errors) expect(NETWORK_MESSAGE_CODES).toContain(e.code);
          }
        },
      ),
      RUNS,
    );
  });

  it('survive input that is not what the types say', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, context) => {
        for (const ev of Object.values(evaluators)) {
          expect(() => ev.evaluate(input as ComputeInput, context as never)).not.toThrow();
        }
      }),
      RUNS,
    );
  });
});

describe('pool-capacity', () => {
  it('keeps its Alibaba 4× rule and details', () => {
    expect(
      ok(poolCapacity.evaluate({ 'client-cidr': '192.168.0.0/24', connections: '64' })),
    ).toEqual({
      result: 'enough',
      details: {
        cidr: '192.168.0.0/24',
        size: 256,
        maxClients: 64,
        needed: 256,
        neededPrefix: 24,
        connections: 64,
        platform: 'alibaba',
      },
    });
    expect(
      ok(poolCapacity.evaluate({ 'client-cidr': '192.168.0.0/24', connections: '65' })).result,
    ).toBe('too-small');
  });

  it('FJcloud-O: a /29 serves one client, two need a /28', () => {
    const ctx = { platform: 'fjcloud' };
    expect(
      ok(poolCapacity.evaluate({ 'client-cidr': '10.0.0.0/29', connections: '1' }, ctx)).result,
    ).toBe('enough');
    expect(
      ok(poolCapacity.evaluate({ 'client-cidr': '10.0.0.0/29', connections: '2' }, ctx)),
    ).toMatchObject({
      result: 'too-small',
      details: { maxClients: 1, neededPrefix: 28, platform: 'fjcloud' },
    });
  });

  it('reports both field errors', () => {
    expect(poolCapacity.evaluate({ 'client-cidr': '10.0.0.0/33', connections: '' })).toEqual({
      ok: false,
      errors: [
        {
          field: 'client-cidr',
          code: 'cidr-bad-prefix',
          params: { value: '10.0.0.0/33', prefix: '33' },
        },
        { field: 'connections', code: 'required' },
      ],
    });
  });

  it('platformOf defaults to Alibaba', () => {
    expect(platformOf(undefined)).toBe('alibaba');
    expect(platformOf({ platform: 'unsure' })).toBe('alibaba');
    expect(platformOf({ platform: 'openvpn' })).toBe('openvpn');
  });
});

describe('address-conflict / pool-overlap / ipsec-overlap', () => {
  it('address-conflict names the pairs', () => {
    expect(
      ok(
        addressConflict.evaluate({
          'client-lan': '192.168.1.0/24',
          'local-networks': '192.168.0.0/16, 10.0.0.0/8',
        }),
      ),
    ).toEqual({
      result: 'conflict',
      details: { pairs: [{ a: '192.168.1.0/24', b: '192.168.0.0/16', shared: '192.168.1.0/24' }] },
    });
  });

  it('pool-overlap finds each local network the client CIDR overlaps', () => {
    expect(
      ok(
        poolOverlap.evaluate({
          'client-cidr': '10.0.0.0/16',
          'local-networks': '10.0.1.0/24\n10.0.2.0/24\n172.16.0.0/12',
        }),
      ),
    ).toEqual({
      result: 'overlap',
      details: {
        pairs: [
          { a: '10.0.0.0/16', b: '10.0.1.0/24', shared: '10.0.1.0/24' },
          { a: '10.0.0.0/16', b: '10.0.2.0/24', shared: '10.0.2.0/24' },
        ],
      },
    });
    expect(
      ok(poolOverlap.evaluate({ 'client-cidr': '10.1.0.0/16', 'local-networks': '10.0.0.0/16' })),
    ).toEqual({
      result: 'no-overlap',
      details: { pairs: [] },
    });
  });

  it('pool-overlap: at most 5 local networks, every bad item reported', () => {
    const verdict = poolOverlap.evaluate({
      'client-cidr': '10.0.0.0/16',
      'local-networks': '1.0.0.0/8 2.0.0.0/8 3.0.0.0/8 4.0.0.0/8 x 6.0.0.0/33',
    });
    expect(verdict).toEqual({
      ok: false,
      errors: [
        { field: 'local-networks', code: 'too-many', params: { max: 5 } },
        { field: 'local-networks', index: 4, code: 'cidr-not-cidr', params: { value: 'x' } },
        {
          field: 'local-networks',
          index: 5,
          code: 'cidr-bad-prefix',
          params: { value: '6.0.0.0/33', prefix: '33' },
        },
      ],
    });
  });

  it('ipsec-overlap compares against every route', () => {
    expect(
      ok(
        ipsecOverlap.evaluate({
          'client-cidr': '192.168.8.0/22',
          'ipsec-routes': '192.168.9.0/24 10.0.0.0/8',
        }),
      ),
    ).toEqual({
      result: 'overlap',
      details: { pairs: [{ a: '192.168.8.0/22', b: '192.168.9.0/24', shared: '192.168.9.0/24' }] },
    });
    expect(ipsecOverlap.evaluate({ 'client-cidr': '192.168.8.0/22', 'ipsec-routes': '' })).toEqual({
      ok: false,
      errors: [{ field: 'ipsec-routes', code: 'cidr-empty' }],
    });
  });

  it('overlap is symmetric between the two fields', () => {
    const arbCidr = fc
      .tuple(fc.integer({ min: 0, max: 2 ** 16 - 1 }), fc.integer({ min: 8, max: 32 }))
      .map(([n, p]) => `10.${Math.floor(n / 256)}.${n % 256}.0/${p}`);
    fc.assert(
      fc.property(arbCidr, arbCidr, (a, b) => {
        const ab = ok(poolOverlap.evaluate({ 'client-cidr': a, 'local-networks': b })).result;
        const ba = ok(poolOverlap.evaluate({ 'client-cidr': b, 'local-networks': a })).result;
        expect(ab).toBe(ba);
      }),
      RUNS,
    );
  });
});

describe('endpoint-rule', () => {
  const good = {
    protocol: 'udp',
    'rule-protocol': 'udp',
    'rule-port': '1194',
    'rule-destination': '192.168.10.5',
    'internal-gateway': '192.168.10.5',
  };

  it('accepts a matching rule, "any" values, ranges and blocks', () => {
    expect(ok(endpointRule.evaluate(good))).toEqual({
      result: 'rule-ok',
      details: {
        differences: [],
        expected: { destination: '192.168.10.5', protocol: 'udp', port: '1194' },
        expectedDestination: '192.168.10.5',
        expectedProtocol: 'udp',
        expectedPort: '1194',
      },
    });
    for (const patch of [
      { 'rule-protocol': 'any' },
      { 'rule-port': '' },
      { 'rule-port': 'any' },
      { 'rule-port': '1000:2000' },
      { 'rule-destination': '' },
      { 'rule-destination': '192.168.10.0/24' },
      { 'rule-destination': 'any' },
    ]) {
      expect(ok(endpointRule.evaluate({ ...good, ...patch })).result).toBe('rule-ok');
    }
  });

  it('lists every difference and the expected rule', () => {
    expect(
      ok(
        endpointRule.evaluate(
          {
            protocol: 'tcp',
            'rule-protocol': 'udp',
            'rule-port': '1194',
            'rule-destination': '192.168.11.0/24',
            'internal-gateway': '192.168.10.5',
          },
          { platform: 'fjcloud' },
        ),
      ),
    ).toEqual({
      result: 'rule-wrong',
      details: {
        differences: [
          { code: 'rule-protocol-mismatch', params: { actual: 'udp', expected: 'tcp' } },
          { code: 'rule-port-mismatch', params: { actual: '1194', expected: 443 } },
          {
            code: 'rule-destination-mismatch',
            params: { actual: '192.168.11.0/24', expected: '192.168.10.5' },
          },
        ],
        expected: { destination: '192.168.10.5', protocol: 'tcp', port: '443' },
        expectedDestination: '192.168.10.5',
        expectedProtocol: 'tcp',
        expectedPort: '443',
      },
    });
  });

  it('an ICMP rule does not let the client in', () => {
    expect(ok(endpointRule.evaluate({ ...good, 'rule-protocol': 'icmp' })).result).toBe(
      'rule-wrong',
    );
  });

  it('reports bad fields', () => {
    expect(
      endpointRule.evaluate({
        protocol: 'sctp',
        'rule-protocol': '',
        'rule-port': '0',
        'rule-destination': '2001:db8::1',
        'internal-gateway': '10.0.0.0/24',
      }),
    ).toEqual({
      ok: false,
      errors: [
        {
          field: 'protocol',
          code: 'choice-invalid',
          params: { value: 'sctp', choices: 'tcp, udp' },
        },
        { field: 'rule-protocol', code: 'required' },
        {
          field: 'rule-port',
          code: 'port-out-of-range',
          params: { value: '0', min: 1, max: 65535 },
        },
        { field: 'rule-destination', code: 'ip-ipv6' },
        { field: 'internal-gateway', code: 'ip-not-address', params: { value: '10.0.0.0/24' } },
      ],
    });
  });
});

describe('service-rule', () => {
  const pool = { 'pool-cidr': '10.8.0.0/24', 'service-port': '22' };

  it('ok when the source holds the whole pool (or is any)', () => {
    for (const source of ['10.8.0.0/24', '10.0.0.0/8', 'any', '0.0.0.0/0', '10.8.0.1/24']) {
      expect(ok(serviceRule.evaluate({ ...pool, 'rule-source': source }))).toEqual({
        result: 'rule-ok',
        details: {
          differences: [],
          expected: { source: '10.8.0.0/24', port: '22' },
          expectedSource: '10.8.0.0/24',
          expectedPort: '22',
        },
      });
    }
  });

  it('wrong when the source is missing, partial or elsewhere', () => {
    expect(ok(serviceRule.evaluate({ ...pool, 'rule-source': '' })).details).toEqual({
      differences: [{ code: 'rule-source-missing', params: { pool: '10.8.0.0/24' } }],
      expected: { source: '10.8.0.0/24', port: '22' },
      expectedSource: '10.8.0.0/24',
      expectedPort: '22',
    });
    expect(ok(serviceRule.evaluate({ ...pool, 'rule-source': '10.8.0.6' })).details).toMatchObject({
      differences: [
        {
          code: 'rule-source-partial',
          params: { source: '10.8.0.6', pool: '10.8.0.0/24', shared: '10.8.0.6/32' },
        },
      ],
    });
    expect(
      ok(serviceRule.evaluate({ ...pool, 'rule-source': '203.0.113.10' })).details,
    ).toMatchObject({
      differences: [
        { code: 'rule-source-disjoint', params: { source: '203.0.113.10', pool: '10.8.0.0/24' } },
      ],
    });
  });

  it('the service port is optional but checked when given', () => {
    expect(
      ok(serviceRule.evaluate({ 'pool-cidr': '10.8.0.0/24', 'rule-source': '10.8.0.0/24' }))
        .details,
    ).toEqual({
      differences: [],
      expected: { source: '10.8.0.0/24' },
      expectedSource: '10.8.0.0/24',
    });
    expect(
      serviceRule.evaluate({ 'pool-cidr': '', 'rule-source': 'x', 'service-port': '99999' }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'pool-cidr', code: 'cidr-empty' },
        { field: 'rule-source', code: 'ip-bad-address', params: { value: 'x' } },
        {
          field: 'service-port',
          code: 'port-out-of-range',
          params: { value: '99999', min: 1, max: 65535 },
        },
      ],
    });
  });
});
