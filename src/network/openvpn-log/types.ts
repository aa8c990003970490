/**
 * Public types and limits of the OpenVPN log analyzer. No words: every id and code here is
 * translated by the UI (`locales/<lang>/log.json`).
 */
import type { SignatureId } from './signatures';

/**
 * How serious a finding is in this log: `fatal` stopped a connection attempt (or ended a
 * session), `warning` is worth knowing, `info` describes the connection, `follow-on` is a line
 * that only follows an earlier error (it is never a cause).
 */
export const SEVERITIES = ['fatal', 'warning', 'info', 'follow-on'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Phases of a connection attempt, in the order OpenVPN goes through them. */
export const PHASES = [
  'start',
  'resolve',
  'connect',
  'tls',
  'auth',
  'options',
  'data-channel',
  'tunnel-up',
  'running',
  'restart',
  'exit',
] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Why a finding ranks where it does, in ranking order. The UI has a sentence for each
 * (`rankReasons.<code>`).
 */
export const RANK_REASONS = [
  'first-fatal',
  'fatal',
  'session-ended',
  'warning-with-cause',
  'candidate',
  'recovered',
  'repeated',
  'warning',
  'follow-on',
  'informational',
] as const;
export type RankReason = (typeof RANK_REASONS)[number];

/**
 * Why the finding points to its cause (or to none): the context the analyzer used. The UI has a
 * sentence for each (`basis.<code>`).
 */
export const BASES = [
  'line',
  'no-server-reply',
  'server-replied',
  'after-tunnel-up',
  'own-cert-expired',
  'server-side',
  'client-2-6',
  'after-challenge',
  'after-reconnect',
  'during-renegotiation',
  'http-reply',
  'udp-no-reply',
  'keepalive-missing',
  'keepalive-long',
  'silent-gap',
  'pushed-dns',
  'no-cause',
] as const;
export type Basis = (typeof BASES)[number];

/** Who wrote the log. */
export type LogRole = 'client' | 'server' | 'unknown';

/** A place in the wizard: a tree id and one of its diagnosis node ids. */
export interface WizardTarget {
  readonly tree: string;
  readonly diagnosis: string;
}

/** Matched lines kept per finding (the count goes on). */
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
/** Attempts described in {@link LogAnalysis.attemptList} (all are counted). */
export const MAX_ATTEMPTS = 1000;
/**
 * A silence longer than this before a drop is more than the process would stay quiet while it
 * runs: OpenVPN renegotiates the data-channel key at least every `reneg-sec` (default 3600 s,
 * clients exactly 3600: OVPN v2.6.14 doc/man-sections/renegotiation.rst) and logs the TLS
 * handshake at verb 2–3 each time. One minute (the default hand-window) is added as slack.
 */
export const SILENT_GAP_MS = (3600 + 60) * 1000;
/**
 * A client keepalive interval this long (or none) may let a NAT forget the UDP mapping: RFC 4787
 * REQ-5 only guarantees a UDP mapping timer of two minutes, and REQ-6 only outbound packets to
 * refresh it.
 */
export const NAT_SAFE_PING_S = 120;
/** A warning seen this many times or more is `repeated`. */
export const REPEATED_THRESHOLD = 3;

/** The timestamp at the start of a log line. */
export interface LogTimestamp {
  readonly text: string;
  /**
   * Milliseconds since the epoch, or null if the stamp is not a valid date. Logs are written in
   * local time without a zone, so unless `zoned` the wall clock is read as if it were UTC:
   * differences between stamps are right, the absolute instant is off by the client's offset.
   */
  readonly epochMs: number | null;
  /** True when the stamp named its zone (ISO offset, management or machine-readable epoch). */
  readonly zoned: boolean;
  /** True for syslog/journal stamps without a year: the year is assumed. */
  readonly yearAssumed: boolean;
}

/** One matched line. */
export interface LogMatch {
  /** 1-based line number. */
  readonly line: number;
  /** The line as read (trailing CR removed, cut at {@link MAX_LINE_LENGTH}). */
  readonly text: string;
  readonly timestamp: LogTimestamp | null;
  /** Values captured from the line (e.g. `cipher`, `remote`); keys depend on the signature. */
  readonly captures: Readonly<Record<string, string>>;
}

/** Parameters of a reason (numbers and ids only; the UI formats them). */
export type ReasonParams = Readonly<Record<string, string | number>>;

/** One finding: a signature seen in one context, with its cause and why it ranks here. */
export interface LogFinding {
  readonly id: SignatureId;
  readonly severity: Severity;
  /** 1-based position in {@link LogAnalysis.findings}. */
  readonly rank: number;
  readonly rankReason: RankReason;
  /** Why `cause` was chosen (the context). */
  readonly basis: Basis;
  /**
   * Numbers behind the reason: `attempts` (attempts where this was the first fatal error),
   * `of` (attempts in the log), `after` / `afterLine` (the error a follow-on follows).
   */
  readonly params: ReasonParams;
  /** The diagnosis (cause) id this finding points to, or null. */
  readonly cause: string | null;
  /** How many lines matched (may exceed `matches.length`). */
  readonly count: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** The first {@link MAX_MATCHES_PER_SIGNATURE} matches, in line order. */
  readonly matches: readonly LogMatch[];
  /** Evidence line numbers (the matches'). */
  readonly lines: readonly number[];
  /** Where the wizard explains the cause (tree + diagnosis), when the cause is set. */
  readonly wizardTarget?: WizardTarget;
}

/** One event of the timeline: a matched line. */
export interface TimelineEvent {
  readonly line: number;
  readonly id: SignatureId;
  readonly phase: Phase;
  readonly attempt: number;
  /** The severity in context when the line was read. */
  readonly severity: Severity;
  readonly timestamp: LogTimestamp | null;
}

/** The matched lines in log order; the middle of a very long timeline is left out. */
export interface Timeline {
  readonly events: readonly TimelineEvent[];
  readonly total: number;
  readonly omitted: number;
  readonly omittedAfter: number | null;
}

/** The platform family named by the version banner. */
export type ClientPlatform = 'windows' | 'macos' | 'linux' | 'android' | 'ios' | 'other';

/** What the version banner (`OpenVPN 2.6.8 [git:…] Windows [SSL (OpenSSL)] …`) says. */
export interface ClientInfo {
  readonly version: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number | null;
  /** The build target, e.g. `Windows`, `Windows-MSVC`, `x86_64-pc-linux-gnu`. */
  readonly target: string;
  readonly platform: ClientPlatform;
  readonly ssl: string | null;
  readonly dcoBuild: boolean;
  readonly libraries: string | null;
  /** `openvpn2` for OpenVPN 2.x, `openvpn3` for OpenVPN Connect / OpenVPN 3 core. */
  readonly family: 'openvpn2' | 'openvpn3';
  readonly line: number;
}

/** Did the tunnel come up, and did it go down again? */
export interface TunnelSummary {
  readonly cameUp: boolean;
  readonly upCount: number;
  readonly upWithErrors: boolean;
  readonly firstUpLine: number | null;
  readonly lastUpLine: number | null;
  readonly wentDownAfterUp: boolean;
  readonly downCount: number;
  readonly lastDownLine: number | null;
  readonly upAtEnd: boolean;
  readonly sessionDurationsMs: readonly number[];
}

/** The data-channel cipher in use. */
export interface DataCipher {
  readonly name: string;
  readonly line: number;
  readonly source: 'negotiated' | 'initialized';
}

/** One `SIG…[…] received, process restarting` line. */
export interface RestartEvent {
  readonly line: number;
  readonly timestamp: LogTimestamp | null;
  readonly signal: string;
  readonly reason: string;
}

/** Restarts and the intervals between them (periodic disconnects). */
export interface RestartSummary {
  readonly count: number;
  readonly events: readonly RestartEvent[];
  readonly intervalsMs: readonly number[];
  readonly medianIntervalMs: number | null;
  readonly minIntervalMs: number | null;
  readonly maxIntervalMs: number | null;
  readonly periodic: boolean;
}

/** One connection attempt: from the start or a restart to the next restart or the end. */
export interface Attempt {
  readonly index: number;
  readonly firstLine: number;
  readonly lastLine: number;
  /** `udp` / `tcp` when the log named the transport. */
  readonly proto: 'udp' | 'tcp' | null;
  /** The server answered (TLS initial packet, certificate, push, AUTH_FAILED…). */
  readonly serverReplied: boolean;
  /** The furthest phase reached. */
  readonly phase: Phase;
  readonly tunnelUp: boolean;
  /** The first fatal error of this attempt (signature and line), or null. */
  readonly firstFatal: { readonly id: SignatureId; readonly line: number } | null;
  /** What ended it (the restart reason, e.g. `tls-error`, `ping-restart`), or null. */
  readonly endReason: string | null;
}

/** Everything learnt from a log. */
export interface LogAnalysis {
  readonly lineCount: number;
  readonly longLineCount: number;
  /**
   * False when no line looks like OpenVPN output (junk pasted): "this does not look like an
   * OpenVPN log", which is not the same as "no known problem found".
   */
  readonly recognised: boolean;
  /** Lines that look like OpenVPN output (matched or known informational lines). */
  readonly openvpnLineCount: number;
  readonly role: LogRole;
  readonly client: ClientInfo | null;
  readonly tunnel: TunnelSummary;
  readonly dataCipher: DataCipher | null;
  /** Connection attempts (restarts + 1, or 0 when nothing happened). */
  readonly attempts: number;
  readonly attemptList: readonly Attempt[];
  /** Findings ranked: the first one with a cause is the analyzer's answer. */
  readonly findings: readonly LogFinding[];
  readonly timeline: Timeline;
  readonly restarts: RestartSummary;
}

/** A streaming analyzer: push chunks in order (lines may span chunks), then finish. */
export interface LogAnalyzer {
  push(chunk: string): void;
  finish(): LogAnalysis;
}

/** What a file holds before decoding: see `classifyLogInput`. */
export type LogInputClass = 'empty' | 'binary' | 'not-utf8' | 'ok';
