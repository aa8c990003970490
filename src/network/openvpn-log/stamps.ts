/**
 * Line-leading timestamps of OpenVPN logs: 2.4 ctime (`Fri Nov 20 09:14:03 2026 us=146679`),
 * 2.5+ ISO (`2026-11-20 09:14:03`), Tunnelblick (`….123456`), syslog / journal
 * (`Nov 20 09:14:03 host openvpn[1234]: `), journal short-iso, management `>LOG:` echoes and
 * OpenVPN Connect (`[Dec 4, 2026, 21:07:19] `). Every pattern is anchored at the start of the
 * line with bounded quantifiers, so a stamp costs constant time.
 */
import type { LogTimestamp } from './types';

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};
const MON = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

/** `2026-11-20 09:14:03`, `…T09:14:03+0900`, Tunnelblick `….123456`, 2.5+ `… us=123`. */
const RE_ISO =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?(?: us=(\d{1,6}))?(?=\s|$)/;
/** 2.4 ctime: `Fri Nov 20 09:14:03 2026`, `Tue Dec  3 11:46:13 2019 us=146679`. */
const RE_CTIME = new RegExp(
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MON} {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})(?: us=(\\d{1,6}))?(?=\\s|$)`,
);
/** syslog / journalctl: `Nov 20 09:14:03 host openvpn[1234]: `. */
const RE_SYSLOG = new RegExp(
  `^${MON} {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2})(?= \\S+ [^\\s:]+: )`,
);
/** `--machine-readable-output`: `1796418611.895887 1 ` (epoch.usec, then the flags in hex). */
const RE_MACHINE = /^(\d{9,11})\.(\d{6}) [0-9a-fA-F]{1,8} /;
/** OpenVPN Connect: `[Dec 4, 2026, 21:07:19]` or `[Dec 4, 2026, 9:07:19 PM]`. */
const RE_CONNECT = new RegExp(
  `^\\[${MON} (\\d{1,2}), (\\d{4}), (\\d{1,2}):(\\d{2}):(\\d{2})(?: (AM|PM))?\\]`,
);
/** Management interface echo: `>LOG:1795133643,N,`. */
const RE_MGMT = /^>LOG:(\d{1,11}),[A-Z]*,/;
/** The host/program part after a syslog or journal short-iso stamp. */
const RE_SYSLOG_TAIL = /^ \S+ [^\s:]+: /;

function wallClock(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, mo, d, h, mi, s, ms);
  return Number.isFinite(t) ? t : null;
}

/** Fraction digits (`123456` = 0.123456 s) → milliseconds. */
function fractionMs(digits: string | undefined): number {
  if (!digits) return 0;
  return Math.floor(Number((digits + '000').slice(0, 3)));
}

/** OpenVPN's ` us=%ld` (microseconds, not zero-padded) → milliseconds. */
function usecMs(us: string | undefined): number {
  return us ? Math.floor(Number(us) / 1000) : 0;
}

function zoneOffsetMs(zone: string): number | null {
  if (zone === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60000;
}

interface StampParse {
  readonly stamp: LogTimestamp;
  readonly end: number;
}

function parseIso(text: string): StampParse | null {
  const m = RE_ISO.exec(text);
  if (!m) return null;
  let epochMs = wallClock(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
    m[7] ? fractionMs(m[7]) : usecMs(m[9]),
  );
  let zoned = false;
  if (m[8] && epochMs !== null) {
    const offset = zoneOffsetMs(m[8]);
    if (offset === null) epochMs = null;
    else {
      epochMs -= offset;
      zoned = true;
    }
  }
  return { stamp: { text: m[0], epochMs, zoned, yearAssumed: false }, end: m[0].length };
}

function parseCtime(text: string): StampParse | null {
  const m = RE_CTIME.exec(text);
  if (!m) return null;
  const epochMs = wallClock(
    Number(m[6]),
    MONTHS[m[1] ?? ''] ?? -1,
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    usecMs(m[7]),
  );
  return { stamp: { text: m[0], epochMs, zoned: false, yearAssumed: false }, end: m[0].length };
}

/** Reads line-leading stamps. Holds the assumed year of year-less syslog stamps. */
export class StampReader {
  private year = 2000; // a leap year, so that Feb 29 is valid
  private lastMonth = -1;

  /** Length of the line-leading stamp (0 if none), without changing the reader's state. */
  peek(text: string): number {
    const c0 = text.charCodeAt(0);
    if (c0 === 91) return RE_CONNECT.exec(text)?.[0].length ?? 0;
    if (c0 === 62) return RE_MGMT.exec(text)?.[0].length ?? 0;
    if (c0 >= 48 && c0 <= 57) {
      const mr = RE_MACHINE.exec(text);
      if (mr) return mr[0].length;
      return RE_ISO.exec(text)?.[0].length ?? 0;
    }
    const ct = RE_CTIME.exec(text);
    if (ct) return ct[0].length;
    const sl = RE_SYSLOG.exec(text);
    if (!sl) return 0;
    const tail = RE_SYSLOG_TAIL.exec(text.slice(sl[0].length, sl[0].length + 200));
    return sl[0].length + (tail ? tail[0].length : 0);
  }

  read(text: string): LogTimestamp | null {
    const c0 = text.charCodeAt(0);
    if (c0 === 91 /* [ */) {
      const m = RE_CONNECT.exec(text);
      if (!m) return null;
      const epochMs = wallClock(
        Number(m[3]),
        MONTHS[m[1] ?? ''] ?? -1,
        Number(m[2]),
        m[7] === undefined ? Number(m[4]) : (Number(m[4]) % 12) + (m[7] === 'PM' ? 12 : 0),
        Number(m[5]),
        Number(m[6]),
        0,
      );
      return { text: m[0], epochMs, zoned: false, yearAssumed: false };
    }
    if (c0 === 62 /* > */) {
      const m = RE_MGMT.exec(text);
      if (!m) return null;
      const epochMs = Number(m[1]) * 1000;
      return { text: m[1] ?? '', epochMs, zoned: true, yearAssumed: false };
    }
    if (c0 >= 48 && c0 <= 57) {
      const mr = RE_MACHINE.exec(text);
      if (mr) {
        const epochMs = Number(mr[1]) * 1000 + Math.floor(Number(mr[2]) / 1000);
        return { text: mr[0].trimEnd(), epochMs, zoned: true, yearAssumed: false };
      }
      const iso = parseIso(text);
      if (!iso) return null;
      // journalctl -o short-iso: the zoned stamp is the truth; an inner stamp adds nothing.
      return iso.stamp;
    }
    const ctime = parseCtime(text);
    if (ctime) return ctime.stamp;
    const m = RE_SYSLOG.exec(text);
    if (!m) return null;
    // A journal line may carry OpenVPN's own stamp after `host prog[pid]: `; it has a year.
    const tail = RE_SYSLOG_TAIL.exec(text.slice(m[0].length, m[0].length + 200));
    if (tail) {
      const inner = text.slice(m[0].length + tail[0].length);
      const innerStamp = parseCtime(inner) ?? parseIso(inner);
      if (innerStamp && innerStamp.stamp.epochMs !== null) return innerStamp.stamp;
    }
    const month = MONTHS[m[1] ?? ''] ?? -1;
    if (this.lastMonth >= 0 && month < this.lastMonth) this.year += 1;
    this.lastMonth = month;
    const epochMs = wallClock(
      this.year,
      month,
      Number(m[2]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      0,
    );
    return { text: m[0], epochMs, zoned: false, yearAssumed: true };
  }
}
