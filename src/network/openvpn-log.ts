/**
 * OpenVPN client log matcher. Recognises the log lines of OpenVPN 2.4–2.6 clients (Windows,
 * macOS, Linux) that point to a cause, and extracts the client version, whether the tunnel came
 * up, the data cipher in use and the restarts with their intervals.
 *
 * Pure and self-contained: no imports, no DOM, no i18n, so it runs as-is in a Web Worker. Its
 * output holds no sentences: each finding carries a signature id (kebab-case, see
 * {@link SIGNATURE_IDS}) and a rank-reason code ({@link RANK_REASONS}) that the UI translates;
 * the matched log lines are returned as data. Every exported function is total: it never throws,
 * whatever it is given.
 *
 * Cost is linear in the input: one pass over the lines, precompiled regular expressions behind a
 * cheap `includes` prefilter, timestamps parsed only for matched lines, bounded storage.
 *
 * @packageDocumentation
 */

// ---------------------------------------------------------------------------------------------
// Public constants
// ---------------------------------------------------------------------------------------------

/** Severities, most serious first. */
export const SEVERITIES = ['fatal', 'error', 'warning', 'info'] as const;
/** How serious a signature is: `fatal` stops the connection attempt. */
export type Severity = (typeof SEVERITIES)[number];

/** Every signature id a finding can carry. The UI needs a translation for each one. */
export const SIGNATURE_IDS = [
  'tls-key-negotiation-timeout',
  'tls-handshake-failed',
  'tcp-connect-failed',
  'cert-expired',
  'cert-not-yet-valid',
  'cert-self-signed',
  'cert-verify-failed',
  'auth-failed',
  'auth-failed-cipher',
  'cipher-negotiation-failed',
  'dco-incompatible',
  'resolve-failed',
  'options-error',
  'option-inconsistent',
  'no-tap-adapter',
  'adapters-in-use',
  'tun-open-failed',
  'route-add-failed',
  'connection-reset',
  'ping-restart',
  'process-restarting',
  'process-exiting',
  'exited-fatal-error',
  'mtu-bad-packet-length',
  'mtu-packet-too-large',
  'mtu-frag-error',
  'cipher-negotiated',
  'tunnel-up',
  'tunnel-up-with-errors',
  'version-known-issue',
] as const;
/** A signature id. */
export type SignatureId = (typeof SIGNATURE_IDS)[number];

/**
 * Why a finding is ranked where it is, in ranking order. The UI needs a translation for each.
 * Findings are sorted by these tiers: `first-fatal`, `fatal`, errors (`repeated`,
 * `after-tunnel-up`, `error`), `recovered`, warnings (`repeated`, `after-tunnel-up`, `warning`),
 * `informational`; within a tier repeated before after-tunnel-up before the rest, then by line.
 */
export const RANK_REASONS = [
  'first-fatal',
  'fatal',
  'repeated',
  'after-tunnel-up',
  'error',
  'recovered',
  'warning',
  'informational',
] as const;
/** A rank-reason code. */
export type RankReason = (typeof RANK_REASONS)[number];

/** A place in the wizard a finding points to: a tree id and one of its diagnosis node ids. */
export interface WizardTarget {
  readonly tree: string;
  readonly diagnosis: string;
}

/** The fixed properties of a signature. */
export interface SignatureSpec {
  readonly severity: Severity;
  /** Where the wizard explains this cause; absent when no diagnosis fits yet. */
  readonly wizardTarget?: WizardTarget;
}

const CANNOT_CONNECT = 'cannot-connect';
const target = (tree: string, diagnosis: string): WizardTarget => ({ tree, diagnosis });

/** Severity and wizard target of every signature. */
export const SIGNATURES: { readonly [K in SignatureId]: SignatureSpec } = {
  'tls-key-negotiation-timeout': {
    severity: 'fatal',
    wizardTarget: target(CANNOT_CONNECT, 'endpoint-blocked'),
  },
  'tls-handshake-failed': {
    severity: 'fatal',
    wizardTarget: target(CANNOT_CONNECT, 'endpoint-blocked'),
  },
  'tcp-connect-failed': {
    severity: 'error',
    wizardTarget: target(CANNOT_CONNECT, 'endpoint-blocked'),
  },
  'cert-expired': {
    severity: 'fatal',
    wizardTarget: target(CANNOT_CONNECT, 'client-cert-expired'),
  },
  'cert-not-yet-valid': {
    severity: 'fatal',
    wizardTarget: target(CANNOT_CONNECT, 'client-clock-skew'),
  },
  'cert-self-signed': { severity: 'fatal', wizardTarget: target(CANNOT_CONNECT, 'invalid-config') },
  'cert-verify-failed': {
    severity: 'fatal',
    wizardTarget: target(CANNOT_CONNECT, 'invalid-config'),
  },
  'auth-failed': { severity: 'fatal', wizardTarget: target(CANNOT_CONNECT, 'read-the-logs') },
  'auth-failed-cipher': {
    severity: 'fatal',
    wizardTarget: target('cipher-mismatch', 'ncp-negotiated'),
  },
  'cipher-negotiation-failed': {
    severity: 'fatal',
    wizardTarget: target('cipher-mismatch', 'ncp-negotiated'),
  },
  'dco-incompatible': {
    severity: 'fatal',
    wizardTarget: target('resources-unreachable', 'openvpn-version-incompatible'),
  },
  'resolve-failed': { severity: 'fatal', wizardTarget: target(CANNOT_CONNECT, 'invalid-config') },
  'options-error': { severity: 'fatal', wizardTarget: target(CANNOT_CONNECT, 'invalid-config') },
  'option-inconsistent': {
    severity: 'warning',
    wizardTarget: target(CANNOT_CONNECT, 'invalid-config'),
  },
  'no-tap-adapter': { severity: 'fatal', wizardTarget: target(CANNOT_CONNECT, 'vpn-app-conflict') },
  'adapters-in-use': {
    severity: 'fatal',
    wizardTarget: target(CANNOT_CONNECT, 'vpn-app-conflict'),
  },
  'tun-open-failed': {
    severity: 'fatal',
    wizardTarget: target(CANNOT_CONNECT, 'vpn-app-conflict'),
  },
  'route-add-failed': { severity: 'error' },
  'connection-reset': {
    severity: 'error',
    wizardTarget: target('periodic-disconnect', 'unstable-internet'),
  },
  'ping-restart': {
    severity: 'error',
    wizardTarget: target('periodic-disconnect', 'unstable-internet'),
  },
  'process-restarting': { severity: 'warning' },
  'process-exiting': { severity: 'info' },
  'exited-fatal-error': {
    severity: 'error',
    wizardTarget: target(CANNOT_CONNECT, 'read-the-logs'),
  },
  'mtu-bad-packet-length': {
    severity: 'warning',
    wizardTarget: target('packet-loss', 'mtu-fragmentation'),
  },
  'mtu-packet-too-large': {
    severity: 'warning',
    wizardTarget: target('packet-loss', 'mtu-fragmentation'),
  },
  'mtu-frag-error': {
    severity: 'warning',
    wizardTarget: target('packet-loss', 'mtu-fragmentation'),
  },
  'cipher-negotiated': {
    severity: 'info',
    wizardTarget: target('cipher-mismatch', 'ncp-negotiated'),
  },
  'tunnel-up': { severity: 'info' },
  'tunnel-up-with-errors': { severity: 'warning' },
  'version-known-issue': {
    severity: 'warning',
    wizardTarget: target('resources-unreachable', 'openvpn-version-incompatible'),
  },
};

/** Matched lines kept per signature (the count goes on). */
export const MAX_MATCHES_PER_SIGNATURE = 20;
/** Characters of a line that are examined and stored; the rest of a longer line is dropped. */
export const MAX_LINE_LENGTH = 4096;
/** Timeline events kept from the start of the log, and again from its end. */
export const TIMELINE_HEAD = 200;
export const TIMELINE_TAIL = 200;
/** Restarts (and intervals between them) kept. */
export const MAX_RESTARTS = 1000;
/** Tunnel sessions (up → down durations) kept. */
export const MAX_SESSIONS = 1000;
/** A signature seen this many times or more is `repeated`. */
export const REPEATED_THRESHOLD = 3;

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** The timestamp at the start of a log line. */
export interface LogTimestamp {
  /** The stamp as written. */
  readonly text: string;
  /**
   * Milliseconds since the epoch, or null if the stamp is not a valid date. Logs are written in
   * local time without a zone, so unless `zoned` the wall clock is read as if it were UTC:
   * differences between stamps are right, the absolute instant is off by the client's offset.
   */
  readonly epochMs: number | null;
  /** True when the stamp named its zone (ISO offset, journal short-iso, management epoch). */
  readonly zoned: boolean;
  /** True for syslog/journal stamps without a year: the year is assumed (rolled over at Jan). */
  readonly yearAssumed: boolean;
}

/** One matched line. */
export interface LogMatch {
  /** 1-based line number. */
  readonly line: number;
  /** The line as read (trailing CR removed, cut at {@link MAX_LINE_LENGTH}). */
  readonly text: string;
  readonly timestamp: LogTimestamp | null;
  /** Values captured from the line (e.g. `cipher`, `host`, `option`); keys depend on the id. */
  readonly captures: Readonly<Record<string, string>>;
}

/** All matches of one signature, ranked. */
export interface LogFinding {
  readonly id: SignatureId;
  readonly severity: Severity;
  /** 1-based position in {@link LogAnalysis.findings}. */
  readonly rank: number;
  readonly rankReason: RankReason;
  /** How many lines matched (may exceed `matches.length`). */
  readonly count: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** The first {@link MAX_MATCHES_PER_SIGNATURE} matches, in line order. */
  readonly matches: readonly LogMatch[];
  readonly wizardTarget?: WizardTarget;
}

/** One event of the timeline: a matched line. */
export interface TimelineEvent {
  readonly line: number;
  readonly id: SignatureId;
  readonly severity: Severity;
  readonly timestamp: LogTimestamp | null;
}

/** The matched lines in log order; the middle of a very long timeline is left out. */
export interface Timeline {
  readonly events: readonly TimelineEvent[];
  /** Number of events in the whole log. */
  readonly total: number;
  /** Events left out of `events`. */
  readonly omitted: number;
  /** When events were left out: they were between `events[omittedAfter]` and the next one. */
  readonly omittedAfter: number | null;
}

/** The platform family named by the version banner. */
export type ClientPlatform = 'windows' | 'macos' | 'linux' | 'other';

/** What the version banner (`OpenVPN 2.6.6 [git:…] Windows-MSVC [SSL (OpenSSL)] …`) says. */
export interface ClientInfo {
  /** E.g. `2.6.6`. */
  readonly version: string;
  readonly major: number;
  readonly minor: number;
  /** Null when the version has no patch number. */
  readonly patch: number | null;
  /** The build target, e.g. `Windows-MSVC`, `x86_64-w64-mingw32`, `x86_64-pc-linux-gnu`. */
  readonly target: string;
  readonly platform: ClientPlatform;
  /** The TLS library named in the banner (`OpenSSL`, `mbed TLS`), or null. */
  readonly ssl: string | null;
  /** The banner lists `[DCO]`: built with data-channel offload support (OpenVPN 2.6). */
  readonly dcoBuild: boolean;
  /** From `library versions: …`, e.g. `OpenSSL 3.1.2 1 Aug 2023, LZO 2.10`, or null. */
  readonly libraries: string | null;
  readonly line: number;
}

/** Did the tunnel come up, and did it go down again? */
export interface TunnelSummary {
  /** `Initialization Sequence Completed` (with or without errors) was seen. */
  readonly cameUp: boolean;
  readonly upCount: number;
  /** At least one `Initialization Sequence Completed With Errors`. */
  readonly upWithErrors: boolean;
  readonly firstUpLine: number | null;
  readonly lastUpLine: number | null;
  /** A restart, exit, reset or ping timeout followed a tunnel-up. */
  readonly wentDownAfterUp: boolean;
  /** Times the tunnel went down after being up. */
  readonly downCount: number;
  readonly lastDownLine: number | null;
  /** The tunnel was up at the last line of the log. */
  readonly upAtEnd: boolean;
  /** How long each session lasted (up → down), when both lines had timestamps. */
  readonly sessionDurationsMs: readonly number[];
}

/** The data-channel cipher in use. */
export interface DataCipher {
  /** E.g. `AES-256-GCM`. */
  readonly name: string;
  readonly line: number;
  /**
   * `negotiated`: from `Data Channel: using negotiated cipher '…'` (2.4/2.5) or
   * `Data Channel: cipher '…'` (2.6). `initialized`: only `Outgoing Data Channel: Cipher '…'
   * initialized` was seen (no NCP line, e.g. a pre-NCP peer).
   */
  readonly source: 'negotiated' | 'initialized';
}

/** One `SIG…[…] received, process restarting` line. */
export interface RestartEvent {
  readonly line: number;
  readonly timestamp: LogTimestamp | null;
  /** E.g. `SIGUSR1`. */
  readonly signal: string;
  /** E.g. `ping-restart`, `tls-error`, `connection-reset`. */
  readonly reason: string;
}

/** Restarts and the intervals between them (periodic disconnects). */
export interface RestartSummary {
  readonly count: number;
  /** The first {@link MAX_RESTARTS} restarts. */
  readonly events: readonly RestartEvent[];
  /** Time between consecutive restarts that both had timestamps (first {@link MAX_RESTARTS}). */
  readonly intervalsMs: readonly number[];
  readonly medianIntervalMs: number | null;
  readonly minIntervalMs: number | null;
  readonly maxIntervalMs: number | null;
  /**
   * At least 2 intervals and 80 % of them within ±20 % (at least ±5 s) of the median: the
   * client restarts on a schedule.
   */
  readonly periodic: boolean;
}

/** Everything learnt from a log. */
export interface LogAnalysis {
  readonly lineCount: number;
  /** Lines longer than {@link MAX_LINE_LENGTH} (examined only up to that length). */
  readonly longLineCount: number;
  readonly client: ClientInfo | null;
  readonly tunnel: TunnelSummary;
  /** The last data cipher reported, or null. */
  readonly dataCipher: DataCipher | null;
  /** One finding per signature seen, ranked: the likeliest cause first. */
  readonly findings: readonly LogFinding[];
  readonly timeline: Timeline;
  readonly restarts: RestartSummary;
}

/** A streaming analyzer: push chunks in order (lines may span chunks), then finish. */
export interface LogAnalyzer {
  /** Feeds the next piece of the log. Ignored after {@link LogAnalyzer.finish}. */
  push(chunk: string): void;
  /** Ends the log and returns the analysis; later calls return the same result. */
  finish(): LogAnalysis;
}

/** What {@link classifyLogInput} makes of a file's bytes. */
export type LogInputClass = 'empty' | 'binary' | 'not-utf8' | 'ok';

// ---------------------------------------------------------------------------------------------
// Timestamps
// ---------------------------------------------------------------------------------------------

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
class StampReader {
  private year = 2000; // a leap year, so that Feb 29 is valid
  private lastMonth = -1;

  read(text: string): LogTimestamp | null {
    const c0 = text.charCodeAt(0);
    if (c0 === 62 /* > */) {
      const m = RE_MGMT.exec(text);
      if (!m) return null;
      const epochMs = Number(m[1]) * 1000;
      return { text: m[1] ?? '', epochMs, zoned: true, yearAssumed: false };
    }
    if (c0 >= 48 && c0 <= 57) {
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

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

type Captures = Record<string, string>;

interface Rule {
  readonly id: SignatureId;
  /** A substring every matching line contains: a cheap test before the regex. */
  readonly needle: string;
  readonly re: RegExp;
  /** Builds the captures; returning null rejects the match (the next rule is tried). */
  readonly capture?: (m: RegExpExecArray) => Captures | null;
}

const MAX_CAPTURE = 300;

function clip(value: string | undefined): string {
  const v = (value ?? '').trim();
  return v.length > MAX_CAPTURE ? v.slice(0, MAX_CAPTURE) : v;
}

/** Keeps the defined, non-empty values. */
function caps(entries: Readonly<Record<string, string | undefined>>): Captures {
  const out: Captures = {};
  for (const [k, v] of Object.entries(entries)) {
    const c = clip(v);
    if (c !== '') out[k] = c;
  }
  return out;
}

/** `host:port (reason)` of a RESOLVE line; the host may itself contain colons (IPv6). */
function resolveCaptures(m: RegExpExecArray): Captures {
  const rest = m[1] ?? '';
  const paren = rest.indexOf(' (');
  const hostPort = paren === -1 ? rest : rest.slice(0, paren);
  let reason: string | undefined;
  if (paren !== -1) {
    const inner = rest.slice(paren + 2);
    const close = inner.lastIndexOf(')');
    reason = close === -1 ? inner : inner.slice(0, close);
  }
  const colon = hostPort.lastIndexOf(':');
  const host = colon > 0 ? hostPort.slice(0, colon) : hostPort;
  const port = colon > 0 ? hostPort.slice(colon + 1) : undefined;
  return caps({ host, port, reason });
}

const VERIFY_PREFIX = 'VERIFY ERROR: depth=(\\d+), error=';

/** Rules in priority order: the first rule that matches a line wins. */
const RULES: readonly Rule[] = [
  {
    id: 'tls-key-negotiation-timeout',
    needle: 'TLS key negotiation failed',
    re: /TLS key negotiation failed to occur within (\d+) seconds/,
    capture: (m) => caps({ seconds: m[1] }),
  },
  { id: 'tls-handshake-failed', needle: 'TLS handshake failed', re: /TLS handshake failed/ },
  {
    id: 'tcp-connect-failed',
    needle: 'TCP: connect to ',
    re: /TCP: connect to (\S+) failed(?:, will try again in \d+ seconds)?: (.*)$/,
    capture: (m) => caps({ remote: m[1], reason: m[2] }),
  },
  {
    id: 'cert-expired',
    needle: 'certificate has expired',
    re: new RegExp(`${VERIFY_PREFIX}certificate has expired(?:: (.*))?`),
    capture: (m) => caps({ source: 'verify', depth: m[1], subject: m[2] }),
  },
  {
    id: 'cert-expired',
    needle: 'Your certificate has expired',
    re: /WARNING: Your certificate has expired/,
    capture: () => ({ source: 'local-check' }),
  },
  {
    id: 'cert-expired',
    needle: 'alert certificate expired',
    re: /alert certificate expired/,
    capture: () => ({ source: 'peer-alert' }),
  },
  {
    id: 'cert-not-yet-valid',
    needle: 'certificate is not yet valid',
    re: new RegExp(`${VERIFY_PREFIX}certificate is not yet valid(?:: (.*))?`),
    capture: (m) => caps({ source: 'verify', depth: m[1], subject: m[2] }),
  },
  {
    id: 'cert-not-yet-valid',
    needle: 'Your certificate is not yet valid',
    re: /WARNING: Your certificate is not yet valid/,
    capture: () => ({ source: 'local-check' }),
  },
  {
    id: 'cert-self-signed',
    needle: 'signed certificate',
    re: new RegExp(
      `${VERIFY_PREFIX}(self[- ]signed certificate(?: in certificate chain)?)(?:: (.*))?`,
    ),
    capture: (m) => caps({ source: 'verify', depth: m[1], error: m[2], subject: m[3] }),
  },
  {
    id: 'cert-self-signed',
    needle: 'signed certificate',
    re: /self[- ]signed certificate(?: in certificate chain)?/,
    capture: (m) => caps({ error: m[0] }),
  },
  {
    id: 'cert-verify-failed',
    needle: 'VERIFY ',
    re: /VERIFY (?:[A-Z0-9]+ )?ERROR:? ?(.*)$/,
    capture: (m) => caps({ error: m[1] }),
  },
  {
    id: 'auth-failed-cipher',
    needle: 'AUTH_FAILED',
    re: /AUTH_FAILED,([^']*cipher negotiation failed[^']*)/,
    capture: (m) => caps({ reason: m[1] }),
  },
  {
    id: 'auth-failed',
    needle: 'AUTH_FAILED',
    re: /AUTH_FAILED(?:,([^']*))?/,
    // CRV1 is a challenge/response prompt (e.g. a one-time code), not a failure.
    capture: (m) => ((m[1] ?? '').startsWith('CRV1:') ? null : caps({ reason: m[1] })),
  },
  {
    id: 'cipher-negotiation-failed',
    needle: 'failed to negotiate cipher',
    re: /failed to negotiate cipher with server(?:.*?Add the server's cipher \('([^']*)'\) to --data-ciphers \(currently '([^']*)'\))?/,
    capture: (m) => caps({ serverCipher: m[1], dataCiphers: m[2] }),
  },
  {
    id: 'dco-incompatible',
    needle: 'data channel offload',
    re: /pushed options are incompatible with data channel offload/,
  },
  {
    id: 'resolve-failed',
    needle: 'Cannot resolve host address',
    re: /RESOLVE: Cannot resolve host address: (.*)$/,
    capture: resolveCaptures,
  },
  {
    id: 'options-error',
    needle: 'Options error:',
    re: /Options error: ?(.*)$/,
    capture: (m) => caps({ message: m[1] }),
  },
  {
    id: 'option-inconsistent',
    needle: 'is used inconsistently',
    re: /WARNING: '([^']*)' is used inconsistently(?:, local='([^']*)', remote='([^']*)')?/,
    capture: (m) => caps({ option: m[1], local: m[2], remote: m[3] }),
  },
  {
    id: 'no-tap-adapter',
    needle: 'adapters on this system',
    re: /There are no (.+?) adapters on this system/,
    capture: (m) => caps({ drivers: m[1] }),
  },
  {
    id: 'adapters-in-use',
    needle: 'adapters on this system',
    re: /All (.+?) adapters on this system are currently in use/,
    capture: (m) => caps({ driver: m[1] }),
  },
  {
    id: 'tun-open-failed',
    needle: 'Cannot open TUN/TAP dev',
    re: /Cannot open TUN\/TAP dev ([^:\s]*)(?::\s*(.*))?$/,
    capture: (m) => caps({ device: m[1], reason: m[2] }),
  },
  {
    id: 'route-add-failed',
    needle: 'route',
    re: /(?:(?:ERROR|ROUTE): route addition failed using (CreateIpForwardEntry)|ERROR: (Windows|Linux|OS X|FreeBSD|OpenBSD|NetBSD|DragonFly|Solaris|AIX|Android) route add command failed|ERROR: (Some routes were not successfully added))/,
    capture: (m) =>
      caps({ method: m[1] ?? (m[2] ? `${m[2]} route add` : undefined) ?? 'some-routes' }),
  },
  {
    id: 'connection-reset',
    needle: 'Connection reset, restarting',
    re: /Connection reset, restarting(?: \[(-?\d+)\])?/,
    capture: (m) => caps({ code: m[1] }),
  },
  {
    id: 'ping-restart',
    needle: 'Inactivity timeout',
    re: /Inactivity timeout \(--ping-(restart|exit)\)/,
    capture: (m) => caps({ option: `ping-${m[1] ?? 'restart'}` }),
  },
  {
    id: 'process-restarting',
    needle: '] received, ',
    re: /\b(SIG[A-Z0-9]+)\[([^\],]*),([^\]]*)\] received, (?:process )?restarting/,
    capture: (m) => caps({ signal: m[1], kind: m[2], reason: m[3] }),
  },
  {
    id: 'process-exiting',
    needle: '] received, ',
    re: /\b(SIG[A-Z0-9]+)\[([^\],]*),([^\]]*)\] received, (?:process )?exiting/,
    capture: (m) => caps({ signal: m[1], kind: m[2], reason: m[3] }),
  },
  {
    id: 'exited-fatal-error',
    needle: 'Exiting due to fatal error',
    re: /Exiting due to fatal error/,
  },
  {
    id: 'mtu-bad-packet-length',
    needle: 'Bad encapsulated packet length',
    re: /Bad encapsulated packet length from peer(?: \((\d+)\))?/,
    capture: (m) => caps({ length: m[1] }),
  },
  {
    id: 'mtu-packet-too-large',
    needle: 'packet too large on write',
    re: /packet too large on write(?: to (\S+) \(tried=(\d+),\s*max=(\d+)\))?/,
    capture: (m) => caps({ remote: m[1], tried: m[2], max: m[3] }),
  },
  {
    id: 'mtu-frag-error',
    needle: 'FRAG_IN error',
    re: /FRAG_IN error flags=(0x[0-9a-fA-F]+)(?::\s*(.*))?/,
    capture: (m) => caps({ flags: m[1], reason: m[2] }),
  },
  {
    id: 'cipher-negotiated',
    needle: 'Data Channel: ',
    re: /Data Channel: (?:using negotiated cipher|cipher) '([^']+)'(?:, auth '([^']+)')?/,
    capture: (m) => caps({ cipher: m[1], auth: m[2] }),
  },
  {
    id: 'tunnel-up-with-errors',
    needle: 'Initialization Sequence Completed',
    re: /Initialization Sequence Completed With Errors/,
  },
  {
    id: 'tunnel-up',
    needle: 'Initialization Sequence Completed',
    re: /Initialization Sequence Completed/,
  },
];

/** `OpenVPN 2.6.6 [git:v2.6.6/…] Windows-MSVC [SSL (OpenSSL)] [LZO] … [DCO] built on …`. */
const RE_BANNER =
  /(?:^|\s)OpenVPN (\d+)\.(\d+)(?:\.(\d+))?((?:_|-)[0-9A-Za-z.]+)?(?: \[git:[^\]]*\])? ([A-Za-z0-9_.]+-[A-Za-z0-9_.-]+)(?=\s|$)/;
const RE_BANNER_SSL = /\[SSL \(([^)]+)\)\]/;
const RE_LIBRARIES = /library versions: (.*)$/;
const RE_CIPHER_INITIALIZED =
  /(?:Outgoing Data Channel|Data Channel Encrypt): Cipher '([^']+)' initialized/;

function platformOf(target: string): ClientPlatform {
  const t = target.toLowerCase();
  if (/windows|mingw|msvc|win32|win64|cygwin/.test(t)) return 'windows';
  if (/darwin|apple|macos/.test(t)) return 'macos';
  if (/linux|android/.test(t)) return 'linux';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Analyzer
// ---------------------------------------------------------------------------------------------

interface Accumulator {
  readonly id: SignatureId;
  count: number;
  firstLine: number;
  lastLine: number;
  readonly matches: LogMatch[];
}

function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  const a = sorted[mid] ?? 0;
  return n % 2 === 1 ? a : ((sorted[mid - 1] ?? 0) + a) / 2;
}

function restartSummary(
  count: number,
  events: RestartEvent[],
  intervals: number[],
): RestartSummary {
  const sorted = [...intervals].sort((a, b) => a - b);
  const med = median(sorted);
  let periodic = false;
  if (med !== null && sorted.length >= 2) {
    const tolerance = Math.max(med * 0.2, 5000);
    const close = sorted.filter((v) => Math.abs(v - med) <= tolerance).length;
    periodic = close >= sorted.length * 0.8;
  }
  return {
    count,
    events,
    intervalsMs: intervals,
    medianIntervalMs: med,
    minIntervalMs: sorted[0] ?? null,
    maxIntervalMs: sorted[sorted.length - 1] ?? null,
    periodic,
  };
}

class Analyzer implements LogAnalyzer {
  private carry = '';
  private carryOverflow = false;
  private lineNo = 0;
  private longLines = 0;
  private finished: LogAnalysis | null = null;

  private readonly stamps = new StampReader();
  private readonly acc = new Map<SignatureId, Accumulator>();

  private client: ClientInfo | null = null;
  private libraries: string | null = null;

  private negotiated: DataCipher | null = null;
  private initialized: DataCipher | null = null;

  private readonly timelineHead: TimelineEvent[] = [];
  private readonly timelineTail: (TimelineEvent | undefined)[] = [];
  private timelineTotal = 0;

  private upCount = 0;
  private upWithErrors = false;
  private firstUpLine: number | null = null;
  private lastUpLine: number | null = null;
  private upNow = false;
  private upEpoch: number | null = null;
  private downCount = 0;
  private lastDownLine: number | null = null;
  private readonly sessions: number[] = [];

  private restartCount = 0;
  private readonly restartEvents: RestartEvent[] = [];
  private readonly intervals: number[] = [];
  private lastRestartEpoch: number | null = null;

  push(chunk: string): void {
    if (this.finished !== null || typeof chunk !== 'string' || chunk.length === 0) return;
    let start = 0;
    let nl = chunk.indexOf('\n');
    while (nl !== -1) {
      this.append(chunk, start, nl);
      this.endLine();
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    this.append(chunk, start, chunk.length);
  }

  finish(): LogAnalysis {
    if (this.finished === null) {
      if (this.carry.length > 0 || this.carryOverflow) this.endLine();
      this.finished = this.build();
    }
    return this.finished;
  }

  /** Adds `s[from, to)` to the current line, keeping at most MAX_LINE_LENGTH + 1 characters. */
  private append(s: string, from: number, to: number): void {
    if (from >= to || this.carryOverflow) return;
    const room = MAX_LINE_LENGTH + 1 - this.carry.length;
    if (to - from > room) {
      this.carry += s.slice(from, from + room);
      this.carryOverflow = true;
    } else {
      this.carry += from === 0 && to === s.length ? s : s.slice(from, to);
    }
  }

  private endLine(): void {
    let line = this.carry;
    const overflow = this.carryOverflow;
    this.carry = '';
    this.carryOverflow = false;
    // The trailing CR of a CRLF line; an overflowing line is cut below anyway.
    if (!overflow && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length > MAX_LINE_LENGTH) {
      line = line.slice(0, MAX_LINE_LENGTH);
      this.longLines += 1;
    }
    this.lineNo += 1;
    if (this.lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    this.processLine(line);
  }

  private processLine(text: string): void {
    if (text.length === 0) return;
    const lineNo = this.lineNo;

    if (this.client === null && text.includes('OpenVPN ')) this.readBanner(text, lineNo);
    if (this.libraries === null && text.includes('library versions: ')) {
      const m = RE_LIBRARIES.exec(text);
      if (m) this.libraries = clip(m[1]);
    }
    if (text.includes('Data Channel') && text.includes("Cipher '")) {
      const m = RE_CIPHER_INITIALIZED.exec(text);
      if (m?.[1]) this.initialized = { name: clip(m[1]), line: lineNo, source: 'initialized' };
    }

    for (const rule of RULES) {
      if (!text.includes(rule.needle)) continue;
      const m = rule.re.exec(text);
      if (!m) continue;
      const captures = rule.capture ? rule.capture(m) : {};
      if (captures === null) continue;
      this.record(rule.id, text, lineNo, captures);
      return;
    }
  }

  private readBanner(text: string, lineNo: number): void {
    const m = RE_BANNER.exec(text);
    if (!m) return;
    const major = Number(m[1]);
    const minor = Number(m[2]);
    const patch = m[3] === undefined ? null : Number(m[3]);
    const targetName = m[5] ?? '';
    const version = `${m[1]}.${m[2]}${m[3] === undefined ? '' : `.${m[3]}`}${m[4] ?? ''}`;
    const platform = platformOf(targetName);
    this.client = {
      version,
      major,
      minor,
      patch,
      target: targetName,
      platform,
      ssl: RE_BANNER_SSL.exec(text)?.[1] ?? null,
      dcoBuild: text.includes('[DCO]'),
      libraries: null,
      line: lineNo,
    };
    // SEED-FAQ: OpenVPN 2.6.6 on Windows cannot ping cloud resources; OpenVPN issue #410
    // reports 2.6.0–2.6.6 (data-channel offload, the Windows default in 2.6).
    if (platform === 'windows' && major === 2 && minor === 6 && patch !== null && patch <= 6) {
      this.record('version-known-issue', text, lineNo, { version });
    }
  }

  private record(id: SignatureId, text: string, lineNo: number, captures: Captures): void {
    const timestamp = this.stamps.read(text);
    const severity = SIGNATURES[id].severity;

    let a = this.acc.get(id);
    if (!a) {
      a = { id, count: 0, firstLine: lineNo, lastLine: lineNo, matches: [] };
      this.acc.set(id, a);
    }
    a.count += 1;
    a.lastLine = lineNo;
    if (a.matches.length < MAX_MATCHES_PER_SIGNATURE) {
      a.matches.push({ line: lineNo, text, timestamp, captures });
    }

    const event: TimelineEvent = { line: lineNo, id, severity, timestamp };
    if (this.timelineHead.length < TIMELINE_HEAD) this.timelineHead.push(event);
    else this.timelineTail[(this.timelineTotal - TIMELINE_HEAD) % TIMELINE_TAIL] = event;
    this.timelineTotal += 1;

    const epoch = timestamp?.epochMs ?? null;
    switch (id) {
      case 'tunnel-up':
      case 'tunnel-up-with-errors':
        this.upCount += 1;
        if (id === 'tunnel-up-with-errors') this.upWithErrors = true;
        if (this.firstUpLine === null) this.firstUpLine = lineNo;
        this.lastUpLine = lineNo;
        this.upNow = true;
        this.upEpoch = epoch;
        break;
      case 'process-restarting':
      case 'process-exiting':
      case 'connection-reset':
      case 'ping-restart':
      case 'exited-fatal-error':
        if (this.upNow) {
          this.upNow = false;
          this.downCount += 1;
          this.lastDownLine = lineNo;
          if (this.upEpoch !== null && epoch !== null && this.sessions.length < MAX_SESSIONS) {
            this.sessions.push(epoch - this.upEpoch);
          }
        }
        if (id === 'process-restarting') this.recordRestart(lineNo, timestamp, captures);
        break;
      case 'cipher-negotiated':
        if (captures.cipher) {
          this.negotiated = { name: captures.cipher, line: lineNo, source: 'negotiated' };
        }
        break;
      default:
        break;
    }
  }

  private recordRestart(lineNo: number, timestamp: LogTimestamp | null, captures: Captures): void {
    this.restartCount += 1;
    if (this.restartEvents.length < MAX_RESTARTS) {
      this.restartEvents.push({
        line: lineNo,
        timestamp,
        signal: captures.signal ?? '',
        reason: captures.reason ?? '',
      });
    }
    const epoch = timestamp?.epochMs ?? null;
    if (epoch !== null && this.lastRestartEpoch !== null) {
      const interval = epoch - this.lastRestartEpoch;
      if (interval >= 0 && this.intervals.length < MAX_RESTARTS) this.intervals.push(interval);
    }
    this.lastRestartEpoch = epoch;
  }

  private build(): LogAnalysis {
    const client = this.client === null ? null : { ...this.client, libraries: this.libraries };
    return {
      lineCount: this.lineNo,
      longLineCount: this.longLines,
      client,
      tunnel: {
        cameUp: this.upCount > 0,
        upCount: this.upCount,
        upWithErrors: this.upWithErrors,
        firstUpLine: this.firstUpLine,
        lastUpLine: this.lastUpLine,
        wentDownAfterUp: this.downCount > 0,
        downCount: this.downCount,
        lastDownLine: this.lastDownLine,
        upAtEnd: this.upNow,
        sessionDurationsMs: [...this.sessions],
      },
      dataCipher: this.negotiated ?? this.initialized,
      findings: this.rank(),
      timeline: this.timeline(),
      restarts: restartSummary(this.restartCount, [...this.restartEvents], [...this.intervals]),
    };
  }

  private timeline(): Timeline {
    const head = this.timelineHead;
    const tailCount = Math.max(0, this.timelineTotal - TIMELINE_HEAD);
    const kept = Math.min(tailCount, TIMELINE_TAIL);
    const tail: TimelineEvent[] = [];
    // The tail ring holds events TIMELINE_HEAD … total-1 at index (n - HEAD) % TAIL.
    for (let n = this.timelineTotal - kept; n < this.timelineTotal; n++) {
      const e = this.timelineTail[(n - TIMELINE_HEAD) % TIMELINE_TAIL];
      if (e) tail.push(e);
    }
    const omitted = tailCount - kept;
    return {
      events: [...head, ...tail],
      total: this.timelineTotal,
      omitted,
      omittedAfter: omitted > 0 ? head.length - 1 : null,
    };
  }

  private rank(): LogFinding[] {
    const firstUp = this.firstUpLine;
    const lastUp = this.lastUpLine;
    const all = [...this.acc.values()];

    // The earliest fatal finding the client did not recover from (no tunnel-up after it).
    let firstFatal: Accumulator | null = null;
    for (const a of all) {
      if (SIGNATURES[a.id].severity !== 'fatal') continue;
      if (lastUp !== null && a.lastLine < lastUp) continue;
      if (firstFatal === null || a.firstLine < firstFatal.firstLine) firstFatal = a;
    }

    const ranked = all.map((a) => {
      const spec = SIGNATURES[a.id];
      let reason: RankReason;
      let tier: number;
      if (spec.severity === 'fatal') {
        if (a === firstFatal) {
          reason = 'first-fatal';
          tier = 0;
        } else if (lastUp !== null && a.lastLine < lastUp) {
          reason = 'recovered';
          tier = 3;
        } else {
          reason = 'fatal';
          tier = 1;
        }
      } else if (spec.severity === 'info') {
        reason = 'informational';
        tier = 5;
      } else {
        tier = spec.severity === 'error' ? 2 : 4;
        if (a.count >= REPEATED_THRESHOLD) reason = 'repeated';
        else if (firstUp !== null && a.firstLine > firstUp) reason = 'after-tunnel-up';
        else reason = spec.severity;
      }
      const sub = reason === 'repeated' ? 0 : reason === 'after-tunnel-up' ? 1 : 2;
      return { a, spec, reason, tier, sub };
    });

    ranked.sort(
      (x, y) =>
        x.tier - y.tier ||
        x.sub - y.sub ||
        x.a.firstLine - y.a.firstLine ||
        SIGNATURE_IDS.indexOf(x.a.id) - SIGNATURE_IDS.indexOf(y.a.id),
    );

    return ranked.map(({ a, spec, reason }, i) => ({
      id: a.id,
      severity: spec.severity,
      rank: i + 1,
      rankReason: reason,
      count: a.count,
      firstLine: a.firstLine,
      lastLine: a.lastLine,
      matches: [...a.matches],
      ...(spec.wizardTarget ? { wizardTarget: spec.wizardTarget } : {}),
    }));
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/** A streaming analyzer for big logs (e.g. read in chunks in a worker). */
export function createLogAnalyzer(): LogAnalyzer {
  return new Analyzer();
}

/** Analyzes a whole log. Same result as pushing it in any chunks to {@link createLogAnalyzer}. */
export function analyzeLog(text: string): LogAnalysis {
  const analyzer = new Analyzer();
  analyzer.push(typeof text === 'string' ? text : '');
  return analyzer.finish();
}

/**
 * What a dropped/picked file holds, before decoding it: `empty` (no bytes, or only white space),
 * `binary` (NUL bytes), `not-utf8` (not valid UTF-8, including UTF-16 with a byte-order mark,
 * which PowerShell redirection writes) or `ok`.
 */
export function classifyLogInput(bytes: Uint8Array): LogInputClass {
  try {
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) return 'empty';
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'not-utf8';
    if (bytes.indexOf(0) !== -1) return 'binary';
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return 'not-utf8';
    }
    return text.trim() === '' ? 'empty' : 'ok';
  } catch {
    return 'binary';
  }
}
