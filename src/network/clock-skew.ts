/**
 * Clock skew between this device and a web server, from one HTTP response's `Date` header.
 *
 * SEED-FAQ: client and SSL server clocks may differ by at most 10 minutes, or SSL verification
 * fails ("certificate is not yet valid"). The browser cannot ask the VPN gateway for its time,
 * so the UI compares the device clock with the `Date` header of a request to the page's own
 * origin (web servers keep standard time). This module is the pure part: parse the header,
 * correct for the round trip, classify. No DOM, no fetch, no React.
 *
 * Sign: the offset is device clock − server clock; positive means the device is ahead.
 *
 * @packageDocumentation
 */

/** Above this absolute offset the result is a warning (2 minutes). */
export const WARN_THRESHOLD_MS = 2 * 60_000;
/** Above this absolute offset SSL verification fails (SEED-FAQ: 10 minutes). */
export const FAIL_THRESHOLD_MS = 10 * 60_000;
/** HTTP dates have whole seconds, truncated: the server's clock was on average 0.5 s past it. */
export const HTTP_DATE_RESOLUTION_MS = 1000;

/** `ok` ≤ 2 min, `warn` ≤ 10 min, `fail` above. */
export type SkewLevel = 'ok' | 'warn' | 'fail';

/** Why no offset could be computed. The UI says so and never guesses. */
export type SkewUnavailableReason = 'no-date-header' | 'invalid-date-header' | 'bad-timing';

/** One request: when it started and ended on the device clock, and the headers it returned. */
export interface ClockSample {
  /** Device clock (epoch ms) just before the request was sent. */
  readonly startedAtMs: number;
  /** Device clock (epoch ms) when the response headers arrived. */
  readonly finishedAtMs: number;
  /** The response's `Date` header, or null when absent. */
  readonly dateHeader: string | null | undefined;
  /** The response's `Age` header (a cache's seconds since the origin made it), if any. */
  readonly ageHeader?: string | null | undefined;
}

/** A computed offset. */
export interface SkewMeasured {
  readonly status: 'measured';
  /** Device clock − server clock, in ms; positive: the device is ahead. */
  readonly offsetMs: number;
  readonly level: SkewLevel;
  /** The server's clock at the midpoint of the request (epoch ms). */
  readonly serverTimeMs: number;
  /** The device's clock at the midpoint of the request (epoch ms). */
  readonly deviceTimeMs: number;
  readonly roundTripMs: number;
  /** The offset is right within ± this: half the round trip plus half the header's second. */
  readonly uncertaintyMs: number;
}

/** No offset: the header is missing or unreadable, or the timing makes no sense. */
export interface SkewUnavailable {
  readonly status: 'unavailable';
  readonly reason: SkewUnavailableReason;
}

/** What {@link measureSkew} returns. */
export type SkewResult = SkewMeasured | SkewUnavailable;

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const LONG_DAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const MON = MONTHS.join('|');

/** IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT` (the format servers must send). */
const RE_IMF = new RegExp(
  `^(${DAYS.join('|')}), (\\d{2}) (${MON}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`,
);
/** Obsolete RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT`. */
const RE_RFC850 = new RegExp(
  `^(${LONG_DAYS.join('|')}), (\\d{2})-(${MON})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`,
);
/** Obsolete asctime: `Sun Nov  6 08:49:37 1994`. */
const RE_ASCTIME = new RegExp(
  `^(${DAYS.join('|')}) (${MON}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$`,
);

function utc(y: number, mon: string, d: number, h: number, mi: number, s: number): number | null {
  const mo = (MONTHS as readonly string[]).indexOf(mon);
  if (mo < 0 || d < 1 || h > 23 || mi > 59 || s > 60) return null;
  // A leap second (:60) is read as :59, so the date cannot roll over.
  const t = Date.UTC(y, mo, d, h, mi, Math.min(s, 59));
  if (!Number.isFinite(t)) return null;
  // Reject days the month does not have (31 Feb would roll into March).
  if (new Date(t).getUTCDate() !== d) return null;
  return t;
}

/**
 * Parses an HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime
 * forms a recipient must accept. Returns epoch ms, or null for a missing or invalid value.
 * Strict on purpose (unlike `Date.parse`): a value that is not an HTTP-date is not a time.
 *
 * @param value - the header value; surrounding white space is ignored.
 * @param nowMs - for RFC 850's two-digit year: a year more than 50 years ahead of this is read
 *   as the previous century (RFC 9110). Defaults to the current time.
 */
export function parseHttpDate(value: string | null | undefined, nowMs = Date.now()): number | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v.length === 0 || v.length > 64) return null;
  let m = RE_IMF.exec(v);
  if (m) {
    return utc(Number(m[4]), m[3] ?? '', Number(m[2]), Number(m[5]), Number(m[6]), Number(m[7]));
  }
  m = RE_RFC850.exec(v);
  if (m) {
    const nowYear = new Date(nowMs).getUTCFullYear();
    let year = Math.floor(nowYear / 100) * 100 + Number(m[4]);
    if (year > nowYear + 50) year -= 100;
    return utc(year, m[3] ?? '', Number(m[2]), Number(m[5]), Number(m[6]), Number(m[7]));
  }
  m = RE_ASCTIME.exec(v);
  if (m) {
    const day = Number((m[3] ?? '').trim());
    return utc(Number(m[7]), m[2] ?? '', day, Number(m[4]), Number(m[5]), Number(m[6]));
  }
  return null;
}

/** `Age` (delta-seconds) in ms; 0 when absent or invalid. */
export function parseAgeMs(value: string | null | undefined): number {
  if (typeof value !== 'string' || !/^\s*\d{1,10}\s*$/.test(value)) return 0;
  return Number(value.trim()) * 1000;
}

/** `ok` when |offset| ≤ 2 min, `warn` when ≤ 10 min, `fail` when more than 10 minutes. */
export function classifySkew(offsetMs: number): SkewLevel {
  const abs = Math.abs(offsetMs);
  if (abs > FAIL_THRESHOLD_MS) return 'fail';
  if (abs > WARN_THRESHOLD_MS) return 'warn';
  return 'ok';
}

/**
 * The offset between the device clock and the server's, from one request. The server wrote its
 * `Date` somewhere during the request; the best estimate is the midpoint of the request's start
 * and end on the device clock, so half the round trip is the timing error. A cache's `Age` is
 * added (the `Date` of a cached response is when the origin made it).
 */
export function measureSkew(sample: ClockSample): SkewResult {
  const { startedAtMs, finishedAtMs } = sample;
  if (
    !Number.isFinite(startedAtMs) ||
    !Number.isFinite(finishedAtMs) ||
    finishedAtMs < startedAtMs
  ) {
    return { status: 'unavailable', reason: 'bad-timing' };
  }
  if (sample.dateHeader === null || sample.dateHeader === undefined) {
    return { status: 'unavailable', reason: 'no-date-header' };
  }
  const date = parseHttpDate(sample.dateHeader, finishedAtMs);
  if (date === null) return { status: 'unavailable', reason: 'invalid-date-header' };
  const serverTimeMs = date + parseAgeMs(sample.ageHeader) + HTTP_DATE_RESOLUTION_MS / 2;
  const roundTripMs = finishedAtMs - startedAtMs;
  const deviceTimeMs = startedAtMs + roundTripMs / 2;
  const offsetMs = deviceTimeMs - serverTimeMs;
  return {
    status: 'measured',
    offsetMs,
    level: classifySkew(offsetMs),
    serverTimeMs,
    deviceTimeMs,
    roundTripMs,
    uncertaintyMs: roundTripMs / 2 + HTTP_DATE_RESOLUTION_MS / 2,
  };
}
