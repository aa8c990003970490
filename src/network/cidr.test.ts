import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NETWORK_MESSAGE_CODES,
  PRIVATE_RANGES,
  cidrFrom,
  contains,
  hasControlChars,
  intToIp,
  isPrivate,
  maxClients,
  overlap,
  parseAddress,
  parseCidr,
  parseHostOrBlock,
  prefixFor,
  prefixForClients,
  splitList,
  textIssue,
  type Cidr,
} from './cidr';

const RUNS = { numRuns: 1000 };

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`test setup: ${text} is not a CIDR`);
  return parsed.cidr;
}

/** Any CIDR block, biased towards short prefixes and a few /8s so overlaps happen. */
const arbCidr: fc.Arbitrary<Cidr> = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      fc.integer({ min: 10 * 2 ** 24, max: 10 * 2 ** 24 + 2 ** 20 }),
    ),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([first, prefix]) => cidrFrom(first, prefix));

/** Strings made of the characters a CIDR parser has to think about. */
const arbCidrish: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '0',
        '1',
        '2',
        '5',
        '9',
        '.',
        '/',
        ':',
        ' ',
        '-',
        'a',
        'f',
        '３',
        '／',
        '．',
        '\n',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
  arbCidr.map((c) => c.normalized),
);

describe('parseCidr', () => {
  it('parses and normalises a block', () => {
    expect(parseCidr(' 192.168.0.0/24 ')).toEqual({
      ok: true,
      cidr: {
        network: '192.168.0.0',
        prefix: 24,
        first: 3232235520,
        last: 3232235775,
        size: 256,
        normalized: '192.168.0.0/24',
        hostBitsSet: false,
      },
    });
  });

  it('clears and reports host bits', () => {
    const parsed = parseCidr('10.0.0.1/24');
    expect(parsed.ok && parsed.cidr.normalized).toBe('10.0.0.0/24');
    expect(parsed.ok && parsed.cidr.hostBitsSet).toBe(true);
  });

  it('handles /0 and /32', () => {
    expect(parseCidr('1.2.3.4/0')).toMatchObject({
      ok: true,
      cidr: { normalized: '0.0.0.0/0', size: 2 ** 32 },
    });
    expect(parseCidr('1.2.3.4/32')).toMatchObject({
      ok: true,
      cidr: { normalized: '1.2.3.4/32', size: 1 },
    });
  });

  it('folds full-width input typed with a Japanese IME', () => {
    expect(parseCidr('１９２．１６８．０．０／２４')).toMatchObject({
      ok: true,
      cidr: { normalized: '192.168.0.0/24' },
    });
  });

  it.each([
    ['', 'empty', undefined],
    ['   ', 'empty', undefined],
    ['2001:db8::/32', 'ipv6', undefined],
    ['fe80::1', 'ipv6', undefined],
    ['10.0.0.0', 'not-cidr', { value: '10.0.0.0' }],
    ['10.0.0.0/33', 'bad-prefix', { value: '10.0.0.0/33', prefix: '33' }],
    ['10.0.0.0/', 'bad-prefix', { value: '10.0.0.0/', prefix: '' }],
    ['10.0.0.0/2a', 'bad-prefix', { value: '10.0.0.0/2a', prefix: '2a' }],
    ['10.0.0.256/24', 'bad-address', { value: '10.0.0.256' }],
    ['010.0.0.0/8', 'bad-address', { value: '010.0.0.0' }],
    ['10.0.0/8', 'bad-address', { value: '10.0.0' }],
    ['0x0a.0.0.0/8', 'bad-address', { value: '0x0a.0.0.0' }],
    ['10.0.0.0:443/24', 'bad-address', { value: '10.0.0.0:443' }],
  ])('rejects %j as %s', (text, code, params) => {
    expect(parseCidr(text)).toEqual({ ok: false, code, ...(params ? { params } : {}) });
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(arbCidrish, (text) => {
        const parsed = parseCidr(text);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('normalised output re-parses to itself', () => {
    fc.assert(
      fc.property(arbCidrish, (text) => {
        const parsed = parseCidr(text);
        if (!parsed.ok) return;
        const again = parseCidr(parsed.cidr.normalized);
        expect(again).toEqual({ ok: true, cidr: { ...parsed.cidr, hostBitsSet: false } });
      }),
      RUNS,
    );
    fc.assert(
      fc.property(arbCidr, (c) => {
        expect(parseCidr(c.normalized)).toEqual({ ok: true, cidr: { ...c, hostBitsSet: false } });
      }),
      RUNS,
    );
  });
});

describe('parseAddress / parseHostOrBlock', () => {
  it('parses an address', () => {
    expect(parseAddress(' 192.168.10.5 ')).toEqual({
      ok: true,
      address: '192.168.10.5',
      value: 3232238085,
    });
  });

  it.each([
    ['', 'empty'],
    ['::1', 'ipv6'],
    ['192.168.1', 'bad-address'],
    ['example.com', 'bad-address'],
    ['10.0.0.0/8', 'bad-address'],
  ])('rejects %j as %s', (text, code) => {
    expect(parseAddress(text)).toMatchObject({ ok: false, code });
  });

  it('takes an address as a /32 and a block as a block', () => {
    expect(parseHostOrBlock('10.0.0.5')).toMatchObject({
      ok: true,
      value: { isAddress: true, text: '10.0.0.5', cidr: { normalized: '10.0.0.5/32' } },
    });
    expect(parseHostOrBlock('10.0.0.5/24')).toMatchObject({
      ok: true,
      value: { isAddress: false, text: '10.0.0.0/24' },
    });
  });

  it('uses ip-* codes without a slash and cidr-* codes with one', () => {
    expect(parseHostOrBlock('')).toMatchObject({ ok: false, code: 'ip-empty' });
    expect(parseHostOrBlock('2001:db8::1')).toMatchObject({ ok: false, code: 'ip-ipv6' });
    expect(parseHostOrBlock('10.0.0.300')).toMatchObject({ ok: false, code: 'ip-bad-address' });
    expect(parseHostOrBlock('10.0.0.0/40')).toMatchObject({
      ok: false,
      code: 'cidr-bad-prefix',
      params: { value: '10.0.0.0/40', prefix: '40' },
    });
    expect(parseHostOrBlock('2001:db8::/32')).toMatchObject({ ok: false, code: 'cidr-ipv6' });
  });

  it('never throws, and its codes are known', () => {
    fc.assert(
      fc.property(arbCidrish, (text) => {
        const a = parseAddress(text);
        const h = parseHostOrBlock(text);
        if (!h.ok) expect(NETWORK_MESSAGE_CODES).toContain(h.code);
        if (a.ok) expect(parseAddress(a.address)).toEqual(a);
      }),
      RUNS,
    );
  });
});

describe('overlap / contains', () => {
  it('finds the shared range of nested blocks', () => {
    expect(overlap(cidr('192.168.0.0/16'), cidr('192.168.1.0/24'))?.normalized).toBe(
      '192.168.1.0/24',
    );
    expect(overlap(cidr('192.168.0.0/24'), cidr('192.168.1.0/24'))).toBeUndefined();
    expect(contains(cidr('10.0.0.0/8'), cidr('10.1.0.0/16'))).toBe(true);
    expect(contains(cidr('10.1.0.0/16'), cidr('10.0.0.0/8'))).toBe(false);
  });

  it('is symmetric, and the shared range lies in both blocks', () => {
    fc.assert(
      fc.property(arbCidr, arbCidr, (a, b) => {
        const ab = overlap(a, b);
        const ba = overlap(b, a);
        expect(ab?.normalized).toBe(ba?.normalized);
        if (ab) {
          expect(contains(a, ab) && contains(b, ab)).toBe(true);
        } else {
          expect(a.last < b.first || b.last < a.first).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('helpers', () => {
  it('intToIp inverts parsing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => {
        const parsed = parseAddress(intToIp(n));
        expect(parsed.ok && parsed.value).toBe(n);
      }),
      RUNS,
    );
  });

  it('splitList splits on lines, commas, semicolons, spaces and Japanese commas', () => {
    expect(splitList('10.0.0.0/8,\n172.16.0.0/12 ; 192.168.0.0/16、100.64.0.0/10\u3000 ')).toEqual([
      '10.0.0.0/8',
      '172.16.0.0/12',
      '192.168.0.0/16',
      '100.64.0.0/10',
    ]);
    expect(splitList(' \n ')).toEqual([]);
  });

  it('textIssue flags control characters and length', () => {
    expect(textIssue('10.0.0.0/8\n10.1.0.0/16\t', 100)).toBeUndefined();
    expect(textIssue('10.0.0.0/8\u0000', 100)).toEqual({ code: 'control-chars' });
    expect(textIssue('10.0.0.0/8\u202e', 100)).toEqual({ code: 'control-chars' });
    expect(textIssue('x'.repeat(101), 100)).toEqual({ code: 'too-long', params: { max: 100 } });
    expect(hasControlChars('\u007f')).toBe(true);
    expect(hasControlChars('１０．０．０．０')).toBe(false);
  });

  it('isPrivate: inside one RFC 1918 range', () => {
    expect(PRIVATE_RANGES.map((r) => r.normalized)).toEqual([
      '10.0.0.0/8',
      '172.16.0.0/12',
      '192.168.0.0/16',
    ]);
    expect(isPrivate(cidr('172.31.255.0/24'))).toBe(true);
    expect(isPrivate(cidr('172.32.0.0/24'))).toBe(false);
    expect(isPrivate(cidr('192.168.0.0/15'))).toBe(false);
  });
});

describe('capacity maths', () => {
  it('Alibaba: each client takes a /30 (FAQ: a /24 serves 64)', () => {
    expect(maxClients(256, 'alibaba')).toBe(64);
    expect(maxClients(8, 'alibaba')).toBe(2);
  });

  it('own OpenVPN follows helper.c: net30 (2.6 default) 62 on a /24, subnet 253', () => {
    // v2.6.14 helper.c: net30 pool .4–.251 of a /24 = 62 /30s; subnet pool .2–.254 = 253.
    expect(maxClients(256, 'openvpn')).toBe(62);
    expect(maxClients(256, 'openvpn', 'net30')).toBe(62);
    expect(maxClients(8, 'openvpn')).toBe(1);
    expect(maxClients(256, 'openvpn', 'subnet')).toBe(253);
    expect(maxClients(8, 'openvpn', 'subnet')).toBe(5);
  });

  it('FJcloud-O: clients × 4 + 8, and a /29 serves only one client', () => {
    expect(maxClients(8, 'fjcloud')).toBe(1);
    expect(maxClients(16, 'fjcloud')).toBe(2);
    expect(maxClients(256, 'fjcloud')).toBe(62);
    expect(maxClients(4, 'fjcloud')).toBe(0);
  });

  it.each([
    [5, 27],
    [10, 26],
    [20, 25],
    [50, 24],
    [100, 23],
    [200, 22],
    [500, 21],
    [1000, 20],
  ])('Alibaba spec %i connections needs a /%i', (connections, prefix) => {
    expect(prefixForClients(connections, 'alibaba')).toBe(prefix);
    expect(prefixFor(connections * 4)).toBe(prefix);
  });

  it('never asks for a pool smaller than /29', () => {
    expect(prefixForClients(1, 'alibaba')).toBe(29);
    expect(prefixForClients(1, 'fjcloud')).toBe(29);
    expect(prefixForClients(2, 'fjcloud')).toBe(28);
  });

  it('the needed prefix serves the clients, and one longer would not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.constantFrom('alibaba', 'fjcloud', 'openvpn' as const),
        (clients, platform) => {
          const prefix = prefixForClients(clients, platform);
          expect(maxClients(2 ** (32 - prefix), platform)).toBeGreaterThanOrEqual(clients);
          if (prefix < 29) expect(maxClients(2 ** (31 - prefix), platform)).toBeLessThan(clients);
        },
      ),
      RUNS,
    );
  });
});
