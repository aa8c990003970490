import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FAIL_THRESHOLD_MS,
  HTTP_DATE_RESOLUTION_MS,
  WARN_THRESHOLD_MS,
  classifySkew,
  measureSkew,
  parseAgeMs,
  parseHttpDate,
  type SkewMeasured,
  type SkewResult,
} from './clock-skew';

const RFC_EXAMPLE = Date.UTC(1994, 10, 6, 8, 49, 37);
const MIN = 60_000;
const HALF = HTTP_DATE_RESOLUTION_MS / 2;

function measured(r: SkewResult): SkewMeasured {
  if (r.status !== 'measured') throw new Error(`not measured: ${r.reason}`);
  return r;
}

describe('parseHttpDate', () => {
  it('reads the three forms of RFC 9110', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(RFC_EXAMPLE);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(2026, 0, 1))).toBe(RFC_EXAMPLE);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(RFC_EXAMPLE);
    expect(parseHttpDate('Thu Nov 26 08:49:37 1994')).toBe(Date.UTC(1994, 10, 26, 8, 49, 37));
  });

  it('ignores surrounding white space', () => {
    expect(parseHttpDate('  Sun, 06 Nov 1994 08:49:37 GMT \t')).toBe(RFC_EXAMPLE);
  });

  it('reads RFC 850 two-digit years as at most 50 years ahead', () => {
    const now = Date.UTC(2026, 5, 1);
    expect(parseHttpDate('Friday, 20-Nov-26 09:14:03 GMT', now)).toBe(
      Date.UTC(2026, 10, 20, 9, 14, 3),
    );
    expect(parseHttpDate('Monday, 01-Jan-80 00:00:00 GMT', now)).toBe(Date.UTC(1980, 0, 1));
    expect(parseHttpDate('Monday, 01-Jan-76 00:00:00 GMT', now)).toBe(Date.UTC(2076, 0, 1));
  });

  it('reads a leap second as :59 of the same day', () => {
    expect(parseHttpDate('Sat, 31 Dec 2016 23:59:60 GMT')).toBe(Date.UTC(2016, 11, 31, 23, 59, 59));
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['   '],
    ['garbage'],
    ['1994-11-06T08:49:37Z'],
    ['Sun, 06 Nov 1994 08:49:37 UTC'],
    ['Sun, 06 Nov 1994 08:49:37 +0000'],
    ['Sun, 6 Nov 1994 08:49:37 GMT'],
    ['sun, 06 nov 1994 08:49:37 gmt'],
    ['Sun, 06 Foo 1994 08:49:37 GMT'],
    ['Sun, 31 Feb 1994 08:49:37 GMT'],
    ['Sun, 00 Nov 1994 08:49:37 GMT'],
    ['Sun, 06 Nov 1994 24:00:00 GMT'],
    ['Sun, 06 Nov 1994 08:60:00 GMT'],
    ['Sun, 06 Nov 1994 08:49:61 GMT'],
    ['Sun, 06 Nov 1994 08:49:37 GMT extra'],
    ['Sun, 06 Nov 1994 08:49:37 GMT'.repeat(3)],
  ])('rejects %j', (value) => {
    expect(parseHttpDate(value)).toBeNull();
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseHttpDate('Thu, 29 Feb 2024 12:00:00 GMT')).toBe(Date.UTC(2024, 1, 29, 12));
    expect(parseHttpDate('Sun, 29 Feb 2026 12:00:00 GMT')).toBeNull();
  });

  it('round-trips toUTCString() for any date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        const whole = Math.floor(ms / 1000) * 1000;
        expect(parseHttpDate(new Date(whole).toUTCString())).toBe(whole);
      }),
    );
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseHttpDate(s);
        expect(r === null || Number.isFinite(r)).toBe(true);
      }),
    );
  });
});

describe('parseAgeMs', () => {
  it('reads delta-seconds, else 0', () => {
    expect(parseAgeMs('120')).toBe(120_000);
    expect(parseAgeMs(' 5 ')).toBe(5000);
    expect(parseAgeMs(null)).toBe(0);
    expect(parseAgeMs('-3')).toBe(0);
    expect(parseAgeMs('1.5')).toBe(0);
    expect(parseAgeMs('abc')).toBe(0);
  });
});

describe('classifySkew', () => {
  it('is ok up to and including exactly 2 minutes', () => {
    expect(classifySkew(0)).toBe('ok');
    expect(classifySkew(WARN_THRESHOLD_MS)).toBe('ok');
    expect(classifySkew(-WARN_THRESHOLD_MS)).toBe('ok');
    expect(WARN_THRESHOLD_MS).toBe(2 * MIN);
  });

  it('warns above 2 minutes, up to and including exactly 10 minutes', () => {
    expect(classifySkew(WARN_THRESHOLD_MS + 1)).toBe('warn');
    expect(classifySkew(-(WARN_THRESHOLD_MS + 1))).toBe('warn');
    expect(classifySkew(FAIL_THRESHOLD_MS)).toBe('warn');
    expect(classifySkew(-FAIL_THRESHOLD_MS)).toBe('warn');
    expect(FAIL_THRESHOLD_MS).toBe(10 * MIN);
  });

  it('fails above 10 minutes, either way', () => {
    expect(classifySkew(FAIL_THRESHOLD_MS + 1)).toBe('fail');
    expect(classifySkew(-(FAIL_THRESHOLD_MS + 1))).toBe('fail');
    expect(classifySkew(24 * 60 * MIN)).toBe('fail');
  });
});

describe('measureSkew', () => {
  const server = Date.UTC(2026, 10, 20, 9, 14, 3);
  const header = new Date(server).toUTCString();

  it('uses the midpoint of the request and half the header second', () => {
    // The request took 400 ms; the device clock is exactly on the server's (+ half a second).
    const r = measured(
      measureSkew({
        startedAtMs: server + HALF - 200,
        finishedAtMs: server + HALF + 200,
        dateHeader: header,
      }),
    );
    expect(r.offsetMs).toBe(0);
    expect(r.roundTripMs).toBe(400);
    expect(r.uncertaintyMs).toBe(200 + HALF);
    expect(r.serverTimeMs).toBe(server + HALF);
    expect(r.deviceTimeMs).toBe(server + HALF);
    expect(r.level).toBe('ok');
  });

  it('is positive when the device is ahead, negative when it is behind', () => {
    const ahead = measured(
      measureSkew({
        startedAtMs: server + HALF + 5 * MIN,
        finishedAtMs: server + HALF + 5 * MIN,
        dateHeader: header,
      }),
    );
    expect(ahead.offsetMs).toBe(5 * MIN);
    expect(ahead.level).toBe('warn');
    const behind = measured(
      measureSkew({
        startedAtMs: server + HALF - 11 * MIN,
        finishedAtMs: server + HALF - 11 * MIN,
        dateHeader: header,
      }),
    );
    expect(behind.offsetMs).toBe(-11 * MIN);
    expect(behind.level).toBe('fail');
  });

  it('classifies exactly 2 and exactly 10 minutes at the threshold', () => {
    const at = (offset: number) =>
      measured(
        measureSkew({
          startedAtMs: server + HALF + offset - 50,
          finishedAtMs: server + HALF + offset + 50,
          dateHeader: header,
        }),
      );
    expect(at(2 * MIN).level).toBe('ok');
    expect(at(2 * MIN + 1).level).toBe('warn');
    expect(at(-10 * MIN).level).toBe('warn');
    expect(at(-10 * MIN - 1).level).toBe('fail');
  });

  it('adds a cache’s Age to the Date', () => {
    const r = measured(
      measureSkew({
        startedAtMs: server + HALF + 60_000,
        finishedAtMs: server + HALF + 60_000,
        dateHeader: header,
        ageHeader: '60',
      }),
    );
    expect(r.offsetMs).toBe(0);
  });

  it('says the check could not be made when the header is missing or invalid', () => {
    expect(
      measureSkew({ startedAtMs: server, finishedAtMs: server + 10, dateHeader: null }),
    ).toEqual({
      status: 'unavailable',
      reason: 'no-date-header',
    });
    expect(
      measureSkew({ startedAtMs: server, finishedAtMs: server + 10, dateHeader: undefined }),
    ).toEqual({ status: 'unavailable', reason: 'no-date-header' });
    expect(measureSkew({ startedAtMs: server, finishedAtMs: server + 10, dateHeader: '' })).toEqual(
      {
        status: 'unavailable',
        reason: 'invalid-date-header',
      },
    );
    expect(
      measureSkew({ startedAtMs: server, finishedAtMs: server + 10, dateHeader: 'yesterday' }),
    ).toEqual({ status: 'unavailable', reason: 'invalid-date-header' });
  });

  it('refuses timings that make no sense', () => {
    for (const [s, f] of [
      [server, server - 1],
      [Number.NaN, server],
      [server, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(measureSkew({ startedAtMs: s, finishedAtMs: f, dateHeader: header })).toEqual({
        status: 'unavailable',
        reason: 'bad-timing',
      });
    }
  });

  it('the offset is the device minus the server, within the stated uncertainty (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        (skew, toServer, back) => {
          // The true server clock is `trueServer` when it writes the header, `toServer` ms after
          // the device sent the request; the device's clock reads trueServer + skew then.
          const trueServer = server + 123;
          const start = trueServer + skew - toServer;
          const end = trueServer + skew + back;
          const r = measured(
            measureSkew({
              startedAtMs: start,
              finishedAtMs: end,
              dateHeader: new Date(Math.floor(trueServer / 1000) * 1000).toUTCString(),
            }),
          );
          expect(Math.abs(r.offsetMs - skew)).toBeLessThanOrEqual(r.uncertaintyMs);
        },
      ),
    );
  });
});
