import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isId } from './tree-index';
import type { Answer, Answers, ComputeInput } from './types';
import {
  MAX_KEYS,
  MAX_VALUE_LENGTH,
  RESERVED_KEYS,
  decodeAnswers,
  encodeAnswers,
  sameAnswer,
  withAnswer,
  withoutAnswer,
} from './url';

describe('encodeAnswers', () => {
  it('encodes choices as node=option and inputs as node.field=value', () => {
    expect(encodeAnswers({ platform: 'alibaba', pool: { cidr: '10.0.0.0/24' } })).toBe(
      'platform=alibaba&pool.cidr=10.0.0.0%2F24',
    );
    expect(encodeAnswers({})).toBe('');
  });

  it('keeps the map order and the field order', () => {
    expect(encodeAnswers({ b: '1', a: { y: '2', x: '3' }, c: '4' })).toBe('b=1&a.y=2&a.x=3&c=4');
  });

  it('leaves out empty answers and empty fields', () => {
    expect(encodeAnswers({ a: '', b: { x: '', y: 'ok' }, c: { x: '' } })).toBe('b.y=ok');
  });

  it('percent-encodes reserved characters and non-ASCII text', () => {
    const q = encodeAnswers({ n: { f: 'a&b=c d+e/%?#' }, j: '日本語' });
    expect(q).toBe('n.f=a%26b%3Dc+d%2Be%2F%25%3F%23&j=%E6%97%A5%E6%9C%AC%E8%AA%9E');
    expect(decodeAnswers(q)).toEqual({ n: { f: 'a&b=c d+e/%?#' }, j: '日本語' });
  });
});

describe('decodeAnswers: examples', () => {
  it('decodes choices and inputs', () => {
    expect(decodeAnswers('platform=alibaba&pool.cidr=10.0.0.0%2F24&pool.connections=50')).toEqual({
      platform: 'alibaba',
      pool: { cidr: '10.0.0.0/24', connections: '50' },
    });
  });

  it('accepts a leading ?, and URLSearchParams', () => {
    expect(decodeAnswers('?platform=alibaba')).toEqual({ platform: 'alibaba' });
    expect(decodeAnswers(new URLSearchParams('platform=fjcloud&x.y=1'))).toEqual({
      platform: 'fjcloud',
      x: { y: '1' },
    });
    expect(decodeAnswers(new URL('https://e.x/en/diagnose/t?a=1#b=2').searchParams)).toEqual({
      a: '1',
    });
    expect(decodeAnswers('??a=1')).toEqual({});
  });

  it('decodes + as a space and keeps surrounding blanks', () => {
    expect(decodeAnswers('a=+x+&b.f=%20')).toEqual({ a: ' x ', b: { f: ' ' } });
  });

  it('returns {} for the empty query', () => {
    expect(decodeAnswers('')).toEqual({});
    expect(decodeAnswers('?')).toEqual({});
    expect(decodeAnswers('&&&')).toEqual({});
  });
});

describe('decodeAnswers: junk tolerance', () => {
  it.each([
    'Platform=x',
    'plat_form=x',
    '-a=x',
    'a-=x',
    'a--b=x',
    '%20a=x',
    'a%2Eb.c=x',
    'a.b.c=x',
    '.a=x',
    'a.=x',
    'a.B=x',
    'A.b=x',
    '__proto__=x',
    '__proto__.polluted=x',
    'constructor.prototype.x=1',
    `${'a'.repeat(65)}=x`,
    `a.${'b'.repeat(65)}=x`,
  ])('ignores the non-id key in %s', (q) => {
    expect(decodeAnswers(q)).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts ids up to 64 characters', () => {
    const id = 'a'.repeat(64);
    expect(decodeAnswers(`${id}=1&b.${id}=2`)).toEqual({ [id]: '1', b: { [id]: '2' } });
  });

  it('keeps prototype-named kebab keys as own data', () => {
    const out = decodeAnswers('constructor=x&tostring.f=1');
    expect(Object.hasOwn(out, 'constructor')).toBe(true);
    expect(out).toEqual({ constructor: 'x', tostring: { f: '1' } });
    const input = decodeAnswers('a.constructor=1').a as ComputeInput;
    expect(Object.hasOwn(input, 'constructor')).toBe(true);
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
  });

  it.each([...RESERVED_KEYS])('ignores the reserved key %s (alone or with a field)', (key) => {
    expect(decodeAnswers(`${key}=platform&${key}.f=1&a=1`)).toEqual({ a: '1' });
  });

  it('ignores empty and over-long values', () => {
    const max = 'x'.repeat(MAX_VALUE_LENGTH);
    expect(decodeAnswers(`a=&b.f=&c=${max}&d=${max}x&e.f=${max}y`)).toEqual({ c: max });
  });

  it('keeps the first of repeated keys and fields', () => {
    expect(decodeAnswers('a=1&a=2&b.f=1&b.f=2&b.g=3')).toEqual({ a: '1', b: { f: '1', g: '3' } });
  });

  it('takes the first valid value when an earlier repeat was junk', () => {
    expect(decodeAnswers(`a=&a=${'x'.repeat(MAX_VALUE_LENGTH + 1)}&a=ok&a=late`)).toEqual({
      a: 'ok',
    });
  });

  it('resolves an a=x & a.f=y conflict in favour of the first', () => {
    expect(decodeAnswers('a=x&a.f=y')).toEqual({ a: 'x' });
    expect(decodeAnswers('a.f=y&a=x&a.g=z')).toEqual({ a: { f: 'y', g: 'z' } });
  });

  it('tolerates malformed percent-encoding', () => {
    expect(decodeAnswers('a=%&b=%zz&c=%E0%A4%A&d=%%41&e=%C3%28')).toEqual({
      a: '%',
      b: '%zz',
      c: '\uFFFD%A',
      d: '%A',
      e: '\uFFFD(',
    });
    expect(decodeAnswers('%ZZ=1&a%=2&%61=3')).toEqual({ a: '3' });
  });

  it('tolerates lone surrogates (as the replacement character)', () => {
    expect(decodeAnswers('a=\uD800&b=%ED%A0%80')).toEqual({ a: '\uFFFD', b: '\uFFFD\uFFFD\uFFFD' });
  });

  it.each([
    ['x', 'x'.repeat(10_000)],
    ['&', '&'.repeat(10_000)],
    ['=', '='.repeat(10_000)],
    ['%', `a=${'%'.repeat(10_000)}`],
    ['.', `a${'.'.repeat(10_000)}=1`],
    ['long key', `${'a'.repeat(10_000)}=1`],
    ['long value', `a=${'b'.repeat(10_000)}`],
    ['unicode', `a=${'𝒳'.repeat(5_000)}`],
  ])('survives a 10k-character %s string', (_name, q) => {
    expect(() => decodeAnswers(q)).not.toThrow();
    expect(decodeAnswers(q)).toEqual({});
  });

  it(`reads at most ${MAX_KEYS} keys (fields count one each)`, () => {
    const many = Array.from({ length: MAX_KEYS + 50 }, (_, i) => `k${i}=v`).join('&');
    const out = decodeAnswers(many);
    expect(Object.keys(out)).toHaveLength(MAX_KEYS);
    expect(out[`k${MAX_KEYS - 1}`]).toBe('v');
    expect(out[`k${MAX_KEYS}`]).toBeUndefined();
    const fields = Array.from({ length: MAX_KEYS + 5 }, (_, i) => `n.f${i}=v`).join('&');
    expect(Object.keys(decodeAnswers(`${fields}&late=1`).n as ComputeInput)).toHaveLength(MAX_KEYS);
  });

  it('does not count ignored keys against the limit', () => {
    const junk = Array.from({ length: MAX_KEYS * 2 }, (_, i) => `Bad${i}=v`).join('&');
    expect(decodeAnswers(`${junk}&good=1`)).toEqual({ good: '1' });
  });
});

describe('withAnswer / withoutAnswer / sameAnswer', () => {
  const base: Answers = { platform: 'alibaba', pool: { cidr: '10.0.0.0/24' }, other: 'x' };

  it('withAnswer sets or replaces one answer without touching the input', () => {
    const copy = structuredClone(base);
    expect(withAnswer(base, 'new', 'y')).toEqual({ ...base, new: 'y' });
    const replaced = withAnswer(base, 'platform', 'fjcloud');
    expect(replaced).toEqual({ ...base, platform: 'fjcloud' });
    expect(Object.keys(replaced)).toEqual(['pool', 'other', 'platform']);
    expect(withAnswer(base, 'pool', { cidr: '10.1.0.0/24' }).pool).toEqual({ cidr: '10.1.0.0/24' });
    expect(base).toEqual(copy);
  });

  it('withoutAnswer drops one answer without touching the input', () => {
    const copy = structuredClone(base);
    expect(withoutAnswer(base, 'pool')).toEqual({ platform: 'alibaba', other: 'x' });
    expect(withoutAnswer(base, 'missing')).toEqual(base);
    expect(withoutAnswer(base, 'missing')).not.toBe(base);
    expect(base).toEqual(copy);
  });

  it('withoutAnswer keeps an own __proto__ key as a key, never as the prototype', () => {
    const answers = JSON.parse('{"__proto__": {"platform": "gcp"}, "x": "1"}') as Answers;
    const out = withoutAnswer(answers, 'x');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as Record<string, unknown>).platform).toBeUndefined();
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(Object.hasOwn(withAnswer(answers, 'y', '2'), '__proto__')).toBe(true);
    expect(Object.hasOwn(withoutAnswer(answers, '__proto__'), '__proto__')).toBe(false);
  });

  it.each([
    ['equal strings', 'a', 'a', true],
    ['different strings', 'a', 'b', false],
    ['both undefined', undefined, undefined, true],
    ['one undefined', 'a', undefined, false],
    ['undefined and empty', undefined, '', false],
    ['string and input', 'a', { a: 'a' }, false],
    ['equal inputs, any order', { x: '1', y: '2' }, { y: '2', x: '1' }, true],
    ['inputs ignoring empty fields', { x: '1', y: '' }, { x: '1' }, true],
    ['empty inputs', {}, { x: '' }, true],
    ['different values', { x: '1' }, { x: '2' }, false],
    ['different fields', { x: '1' }, { y: '1' }, false],
    ['extra field', { x: '1' }, { x: '1', y: '2' }, false],
    ['prototype-named field', { constructor: '1' }, {}, false],
  ] as [string, Answer | undefined, Answer | undefined, boolean][])(
    'sameAnswer: %s',
    (_name, a, b, same) => {
      expect(sameAnswer(a, b)).toBe(same);
      expect(sameAnswer(b, a)).toBe(same);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Properties.

/** A kebab-case id that is not a reserved key. */
const id = fc
  .stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/)
  .filter((s) => isId(s) && !RESERVED_KEYS.has(s));
/** Any well-formed (no lone surrogates) non-empty text up to MAX_VALUE_LENGTH code units. */
const value = fc
  .oneof(
    { weight: 8, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }) },
    { weight: 1, arbitrary: fc.constantFrom('&', '=', '+', '%', '%20', '.', '#', '?', ' ') },
  )
  .filter((s) => s.length <= MAX_VALUE_LENGTH);
const input = fc
  .uniqueArray(fc.tuple(id, value), { minLength: 1, maxLength: 5, selector: ([k]) => k })
  .map((entries) => Object.fromEntries(entries) as ComputeInput);
const validAnswers = fc
  .uniqueArray(fc.tuple(id, fc.oneof(value, input)), { maxLength: 12, selector: ([k]) => k })
  .map((entries) => Object.fromEntries(entries) as Answers);

/** Query-ish strings: mostly plausible keys and values, with junk mixed in. */
const keyToken = fc.oneof(
  fc.constantFrom('a', 'b', 'a.f', 'a.g', 'b.f', 'edit', 'support', 'A', 'a.f.g', 'a.', '.f'),
  fc.constantFrom('__proto__', 'constructor', 'constructor.f', 'a.constructor', '%61', 'a%2Ef'),
  id,
  fc.string({ maxLength: 10 }),
);
const valueToken = fc.oneof(
  fc.constantFrom('', 'x', 'y', '%', '%zz', '%E0%A4%A', '+', '%2B', '\uD800'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant('v'.repeat(MAX_VALUE_LENGTH)),
  fc.constant('v'.repeat(MAX_VALUE_LENGTH + 1)),
);
const queryish = fc
  .tuple(
    fc.constantFrom('', '?'),
    fc.array(fc.tuple(keyToken, fc.boolean(), valueToken), { maxLength: 25 }),
  )
  .map(
    ([prefix, pairs]) => prefix + pairs.map(([k, eq, v]) => (eq || v ? `${k}=${v}` : k)).join('&'),
  );

/** What every decoded map satisfies. */
function expectWellFormed(out: Answers): void {
  let count = 0;
  for (const [key, answer] of Object.entries(out)) {
    expect(isId(key)).toBe(true);
    expect(RESERVED_KEYS.has(key)).toBe(false);
    const values = typeof answer === 'string' ? [answer] : Object.values(answer);
    if (typeof answer !== 'string') {
      expect(Object.keys(answer).length).toBeGreaterThan(0);
      for (const field of Object.keys(answer)) expect(isId(field)).toBe(true);
    }
    for (const v of values) {
      expect(typeof v).toBe('string');
      expect(v.length).toBeGreaterThan(0);
      expect(v.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    }
    count += values.length;
  }
  expect(count).toBeLessThanOrEqual(MAX_KEYS);
}

describe('url: properties', () => {
  it('decodes any string without throwing, to well-formed answers (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ maxLength: 200 }),
        ),
        (q) => {
          expectWellFormed(decodeAnswers(q));
          expectWellFormed(decodeAnswers(`?${q}`));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('decodes the query of any web URL without throwing (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const u = new URL(url);
        expectWellFormed(decodeAnswers(u.search));
        expectWellFormed(decodeAnswers(u.searchParams));
        expectWellFormed(decodeAnswers(url));
      }),
      { numRuns: 1000 },
    );
  });

  it('decodes query-ish junk to well-formed answers (2,000 runs)', () => {
    fc.assert(
      fc.property(queryish, (q) => expectWellFormed(decodeAnswers(q))),
      { numRuns: 2000 },
    );
  });

  it('round-trips valid answer maps through encode → decode (2,000 runs)', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const q = encodeAnswers(answers);
        const back = decodeAnswers(q);
        expect(back).toEqual(answers);
        expect(Object.keys(back)).toEqual(Object.keys(answers));
        expect(decodeAnswers(`?${q}`)).toEqual(answers);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises idempotently: decode(encode(decode(q))) = decode(q) (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(queryish, fc.string({ unit: 'binary', maxLength: 100 })), (q) => {
        const once = decodeAnswers(q);
        const encoded = encodeAnswers(once);
        expect(decodeAnswers(encoded)).toEqual(once);
        expect(encodeAnswers(decodeAnswers(encoded))).toBe(encoded);
      }),
      { numRuns: 2000 },
    );
  });

  it('withAnswer / withoutAnswer / sameAnswer agree (1,000 runs)', () => {
    fc.assert(
      fc.property(validAnswers, id, fc.oneof(value, input), (answers, key, answer) => {
        const set = withAnswer(answers, key, answer);
        expect(sameAnswer(set[key], answer)).toBe(true);
        expect(withoutAnswer(set, key)).toEqual(withoutAnswer(answers, key));
        expect(Object.hasOwn(withoutAnswer(set, key), key)).toBe(false);
        expect(decodeAnswers(encodeAnswers(set))).toEqual(set);
        for (const [k, v] of Object.entries(answers)) {
          expect(sameAnswer(v, v)).toBe(true);
          if (k !== key) expect(set[k]).toBe(v);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
