/**
 * The streaming analyzer: each line is parsed once into an event (signature, phase, attempt),
 * events are grouped into connection attempts, and findings are decided from the sequence: the
 * first fatal error of each attempt, whether the server ever answered, whether the tunnel came
 * up, what followed what. Cost is linear in the input (see signatures.ts); storage is bounded.
 */
import { parseBanner } from './banner';
import {
  CAUSE_TREES,
  CONNECT_EVENTS,
  DEFAULT_CAUSE_TREE,
  RULES,
  SIGNATURES,
  SIGNATURE_IDS,
  clip,
  verifyFailId,
  type Captures,
  type SignatureId,
} from './signatures';
import { StampReader } from './stamps';
import {
  MAX_ATTEMPTS,
  MAX_LINE_LENGTH,
  MAX_MATCHES_PER_SIGNATURE,
  MAX_RESTARTS,
  MAX_SESSIONS,
  NAT_SAFE_PING_S,
  PHASES,
  RANK_REASONS,
  REPEATED_THRESHOLD,
  SILENT_GAP_MS,
  TIMELINE_HEAD,
  TIMELINE_TAIL,
  type Attempt,
  type Basis,
  type ClientInfo,
  type DataCipher,
  type LogAnalysis,
  type LogAnalyzer,
  type LogFinding,
  type LogMatch,
  type LogRole,
  type LogTimestamp,
  type Phase,
  type RankReason,
  type RestartEvent,
  type RestartSummary,
  type Severity,
  type Timeline,
  type TimelineEvent,
} from './types';

/** How an occurrence counted when it was seen. */
type Klass = 'fatal' | 'session-ended' | 'follow-on' | 'warning' | 'info';

interface AttemptState {
  index: number;
  firstLine: number;
  lastLine: number;
  proto: 'udp' | 'tcp' | null;
  replied: boolean;
  phase: Phase;
  up: boolean;
  challenge: boolean;
  softResetSinceUp: boolean;
  firstFatal: { id: SignatureId; line: number } | null;
  endReason: string | null;
  /** The attempt's `Timers:` line (2.6+) and its client keepalive interval (null = none). */
  timers: { match: LogMatch; ping: number | null } | null;
}

/**
 * A candidate: another cause the lines of one finding (its parent) fit as well. It is never the
 * analyzer's answer on its own: it ranks right after its parent, as a warning, with its evidence.
 */
interface Candidate {
  readonly id: SignatureId;
  readonly cause: string;
  readonly basis: Basis;
  readonly parentKey: string;
  readonly matches: LogMatch[];
  readonly params: Record<string, string | number>;
  count: number;
}

interface Acc {
  readonly key: string;
  readonly id: SignatureId;
  readonly klass: Klass;
  readonly cause: string | null;
  readonly basis: Basis;
  count: number;
  firstLine: number;
  lastLine: number;
  readonly matches: LogMatch[];
  /** Attempts where this was the first fatal error (first MAX_ATTEMPTS). */
  readonly attempts: number[];
  attemptCount: number;
  lastAttempt: number;
  after: { id: SignatureId; line: number } | null;
  proto: 'udp' | 'tcp' | null;
}

/** Phrases of ordinary OpenVPN output that no rule matches (for `recognised`). */
const OPENVPN_PHRASES = [
  'link remote:',
  'link local',
  'library versions:',
  'Peer Connection Initiated',
  'PUSH: ',
  'OPTIONS IMPORT:',
  'Socket Buffers:',
  'TUN/TAP device',
  'VERIFY OK',
  'Control Channel:',
  'Attempting to establish TCP connection',
  'Restart pause',
  'MANAGEMENT: ',
  'Outgoing Data Channel',
  'Incoming Data Channel',
  'net_route_v4',
  'UDPv4',
  'TCPv4',
  'Note: --cipher',
];

const SERVER_MARKERS = [
  'MULTI: multi_init called',
  'IFCONFIG POOL',
  'peer info: IV_',
  'SENT CONTROL [',
  '[client] Peer Connection Initiated',
  'MULTI_sva:',
  'MULTI: new connection by client',
  'client-instance restarting',
  'PUSH: No common cipher',
  'TLS Auth Error:',
];
const CLIENT_MARKERS = [
  '[server] Peer Connection Initiated',
  'PUSH: Received control message',
  'AUTH: Received control message',
  'TCP: connect to ',
  'Attempting to establish TCP connection',
  'EVENT: ',
  'Your certificate has expired',
  'link remote: [AF_INET',
];

const RE_PEER = /^(?:[^\s/]{1,64}\/)?(?:\d{1,3}\.){3}\d{1,3}:\d{1,5} /;
const RE_CONTAINER = /^[\w.-]{1,64} {0,40}\| /;

const phaseIndex = (p: Phase) => PHASES.indexOf(p);

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

function newAttempt(index: number, line: number): AttemptState {
  return {
    index,
    firstLine: line,
    lastLine: line,
    proto: null,
    replied: false,
    phase: 'start',
    up: false,
    challenge: false,
    softResetSinceUp: false,
    firstFatal: null,
    endReason: null,
    timers: null,
  };
}

export class Analyzer implements LogAnalyzer {
  private carry = '';
  private carryOverflow = false;
  private lineNo = 0;
  private longLines = 0;
  private finished: LogAnalysis | null = null;
  private readonly stamps = new StampReader();

  private client: ClientInfo | null = null;
  private libraries: string | null = null;
  private bannerTries = 0;
  private openvpnLines = 0;
  private serverScore = 0;
  private clientScore = 0;
  private deprecatedCipher = false;
  private ownCertExpired = false;
  private challengeSeen = false;

  private readonly acc = new Map<string, Acc>();
  private readonly candidates = new Map<SignatureId, Candidate>();
  /** The first `UDPv4 link remote` line (evidence that the client used UDP). */
  private udpRemote: LogMatch | null = null;
  /** The first PUSH_REPLY that named DNS servers (client logs), with those servers. */
  private pushedDns: { match: LogMatch; servers: string } | null = null;
  /** Server: per common name, the hosts its sessions came from, and the replacements seen. */
  private readonly cnHosts = new Map<string, string[]>();
  private readonly cnSwitches = new Map<string, string[]>();
  /** The last line that had a timestamp, before the current one. */
  private prevStamped: { line: number; text: string } | null = null;

  // Attempts: the client's sequence, or (server) one per peer.
  private attemptCount = 0;
  private current: AttemptState | null = null;
  private readonly peers = new Map<string, AttemptState>();
  private readonly attemptList: Attempt[] = [];
  private everUp = false;
  private lastUpAttempt = -1;

  private negotiated: DataCipher | null = null;

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
    if (!overflow && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length > MAX_LINE_LENGTH) {
      line = line.slice(0, MAX_LINE_LENGTH);
      this.longLines += 1;
    }
    this.lineNo += 1;
    if (this.lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.length > 0) this.processLine(line);
  }

  private get role(): LogRole {
    if (this.serverScore > this.clientScore) return 'server';
    if (this.clientScore > 0) return 'client';
    return this.serverScore > 0 ? 'server' : 'unknown';
  }

  private processLine(raw: string): void {
    const lineNo = this.lineNo;
    // Container log prefixes (`docker compose`: `name  | …`) carry no meaning.
    const container =
      raw.indexOf(' | ') !== -1 && raw.indexOf(' | ') < 110 ? RE_CONTAINER.exec(raw) : null;
    const text = container ? raw.slice(container[0].length) : raw;

    let known = false;
    if (this.client === null && this.bannerTries < 50 && text.includes('OpenVPN ')) {
      this.bannerTries += 1;
      const b = parseBanner(text, lineNo);
      if (b) {
        this.client = b;
        known = true;
        const v = b;
        // SEED-FAQ (Alibaba Cloud SSL-VPN FAQ, "VPNアプリケーションに関連する問題") names exactly
        // OpenVPN 2.6.6 on Windows as unable to ping cloud resources. It names no other version
        // and no mechanism (content review T13: OpenVPN issue #410 is a different failure).
        if (
          v.family === 'openvpn2' &&
          v.platform === 'windows' &&
          v.major === 2 &&
          v.minor === 6 &&
          v.patch === 6
        ) {
          this.record('version-known-issue', text, lineNo, { version: v.version });
        }
      }
    }
    if (this.libraries === null && text.includes('library versions: ')) {
      this.libraries = clip(text.slice(text.indexOf('library versions: ') + 18));
    }
    for (const m of SERVER_MARKERS) if (text.includes(m)) this.serverScore += 1;
    for (const m of CLIENT_MARKERS) if (text.includes(m)) this.clientScore += 1;

    const attempt = this.attemptFor(text, lineNo);
    if (attempt.proto === null) {
      if (text.includes('UDPv4 link remote') || text.includes('UDPv6 link remote')) {
        attempt.proto = 'udp';
        if (this.udpRemote === null) {
          this.udpRemote = { line: lineNo, text, timestamp: this.stamps.read(text), captures: {} };
        }
      } else if (
        text.includes('_CLIENT link remote') ||
        text.includes('Attempting to establish TCP')
      )
        attempt.proto = 'tcp';
    }
    if (text.includes('] Peer Connection Initiated with ')) this.notePeer(text);
    if (this.pushedDns === null && text.includes('PUSH: Received control message')) {
      this.notePushedDns(text, lineNo);
    }
    this.matchLine(text, lineNo, known);
    if (this.stamps.peek(text) > 0) this.prevStamped = { line: lineNo, text };
  }

  private matchLine(text: string, lineNo: number, known: boolean): void {
    for (const rule of RULES) {
      const at = text.indexOf(rule.needle);
      if (at === -1) continue;
      let m: RegExpExecArray | null = null;
      if (rule.re) {
        rule.re.lastIndex = at;
        m = rule.re.exec(text);
        if (!m) continue;
      }
      const captures = rule.capture ? rule.capture(m, text, at) : {};
      if (captures === null) continue;
      let id = rule.id;
      if (id === 'duplicate-cn-replaced') id = this.duplicateCn(captures);
      if (id === 'cert-verify-failed' && captures.source === 'openvpn3') {
        id = verifyFailId(captures.error ?? '');
      } else if (id === 'connect-event') {
        const mapped = CONNECT_EVENTS[captures.event ?? ''];
        if (mapped) id = mapped;
        captures.source = 'openvpn3';
      }
      this.record(id, text, lineNo, captures);
      this.openvpnLines += 1;
      return;
    }
    if (known) this.openvpnLines += 1;
    else {
      for (const p of OPENVPN_PHRASES) {
        if (text.includes(p)) {
          this.openvpnLines += 1;
          break;
        }
      }
    }
  }

  /** The attempt a line belongs to (server logs: one per client address). */
  private attemptFor(text: string, lineNo: number): AttemptState {
    if (this.role === 'server') {
      const body = this.stripStamp(text);
      const m = RE_PEER.exec(body);
      if (m) {
        const key = m[0].slice(m[0].indexOf('/') + 1).trim();
        let a = this.peers.get(key);
        if (!a) {
          a = this.openAttempt(lineNo);
          if (this.peers.size < MAX_ATTEMPTS) this.peers.set(key, a);
        }
        a.lastLine = lineNo;
        return a;
      }
    }
    if (this.current === null) this.current = this.openAttempt(lineNo);
    this.current.lastLine = lineNo;
    return this.current;
  }

  private openAttempt(lineNo: number): AttemptState {
    const a = newAttempt(this.attemptCount, lineNo);
    this.attemptCount += 1;
    return a;
  }

  private closeAttempt(a: AttemptState, reason: string | null): void {
    a.endReason = reason;
    if (this.attemptList.length < MAX_ATTEMPTS) {
      this.attemptList.push({
        index: a.index,
        firstLine: a.firstLine,
        lastLine: a.lastLine,
        proto: a.proto,
        serverReplied: a.replied,
        phase: a.phase,
        tunnelUp: a.up,
        firstFatal: a.firstFatal,
        endReason: a.endReason,
      });
    }
  }

  private stripStamp(text: string): string {
    const s = this.stamps.peek(text);
    return s === 0 ? text : text.slice(s).trimStart();
  }

  /** Decides the cause and basis of a fatal-base line from its attempt. */
  private decide(
    id: SignatureId,
    a: AttemptState,
    captures: Captures,
  ): { cause: string | null; basis: Basis } {
    const spec = SIGNATURES[id];
    const server = this.role === 'server';
    if (server && spec.serverCause !== undefined)
      return { cause: spec.serverCause, basis: 'server-side' };
    switch (id) {
      case 'tls-key-negotiation-timeout':
      case 'server-poll-timeout':
      case 'tcp-connect-failed':
      case 'connection-reset':
      case 'ping-restart':
        if (server) return { cause: null, basis: 'server-side' };
        if (a.up) return { cause: 'unstable-internet', basis: 'after-tunnel-up' };
        if (!a.replied) return { cause: 'server-unreachable', basis: 'no-server-reply' };
        if (this.ownCertExpired) return { cause: 'client-cert-expired', basis: 'own-cert-expired' };
        return { cause: 'read-the-logs', basis: 'server-replied' };
      case 'auth-failed':
        if (server) return { cause: spec.cause, basis: 'server-side' };
        if (a.challenge || this.challengeSeen)
          return { cause: 'auth-failed-mfa', basis: 'after-challenge' };
        if (a.up && a.softResetSinceUp)
          return { cause: 'renegotiation-mfa-drop', basis: 'during-renegotiation' };
        if (this.everUp) return { cause: 'auth-token-expired', basis: 'after-reconnect' };
        return { cause: spec.cause, basis: 'line' };
      case 'cipher-negotiation-failed': {
        const v = this.client;
        const is26 =
          v !== null && v.family === 'openvpn2' && (v.major > 2 || (v.major === 2 && v.minor >= 6));
        if (captures.with !== 'peer' && (is26 || this.deprecatedCipher))
          return { cause: 'cipher-fallback-removed', basis: 'client-2-6' };
        return { cause: spec.cause, basis: 'line' };
      }
      case 'http-reply':
        return captures.length === '18516'
          ? { cause: 'captive-portal', basis: 'http-reply' }
          : { cause: null, basis: 'no-cause' };
      default:
        if (server) return { cause: spec.serverCause ?? spec.cause, basis: 'server-side' };
        return { cause: spec.cause, basis: spec.cause === null ? 'no-cause' : 'line' };
    }
  }

  private record(id: SignatureId, text: string, lineNo: number, captures: Captures): void {
    const spec = SIGNATURES[id];
    const timestamp = this.stamps.read(text);
    const epoch = timestamp?.epochMs ?? null;
    const a = this.attemptFor(text, lineNo);

    if (spec.reply) a.replied = true;
    if (
      phaseIndex(spec.phase) > phaseIndex(a.phase) &&
      spec.phase !== 'restart' &&
      spec.phase !== 'exit'
    )
      a.phase = spec.phase;

    let klass: Klass;
    let cause: string | null = null;
    let basis: Basis = 'no-cause';
    let after: { id: SignatureId; line: number } | null = null;

    if (spec.base === 'fatal') {
      // A UDP "connection refused" after the tunnel was up is part of the drop, not a cause.
      if (id === 'udp-refused' && a.up) {
        klass = 'follow-on';
        after = a.firstFatal ?? { id: 'tunnel-up', line: this.lastUpLine ?? lineNo };
      } else if (a.firstFatal !== null && a.firstFatal.id !== id) {
        klass = 'follow-on';
        after = a.firstFatal;
      } else if (a.firstFatal !== null) {
        // The same error again in the same attempt: same finding as the first.
        const d = this.decide(id, a, captures);
        cause = d.cause;
        basis = d.basis;
        klass = a.up ? 'session-ended' : 'fatal';
      } else {
        const d = this.decide(id, a, captures);
        cause = d.cause;
        basis = d.basis;
        if (this.role === 'server' && cause === null) klass = 'warning';
        else {
          klass = a.up ? 'session-ended' : 'fatal';
          a.firstFatal = { id, line: lineNo };
        }
      }
    } else if (spec.base === 'warning') {
      klass = 'warning';
      cause =
        this.role === 'server' && spec.serverCause !== undefined ? spec.serverCause : spec.cause;
      basis = cause === null ? 'no-cause' : this.role === 'server' ? 'server-side' : 'line';
    } else {
      klass = 'info';
    }

    const key = `${id}|${klass}|${cause ?? ''}|${basis}`;
    let acc = this.acc.get(key);
    if (!acc) {
      acc = {
        key,
        id,
        klass,
        cause,
        basis,
        count: 0,
        firstLine: lineNo,
        lastLine: lineNo,
        matches: [],
        attempts: [],
        attemptCount: 0,
        lastAttempt: -1,
        after,
        proto: a.proto,
      };
      this.acc.set(key, acc);
    }
    acc.count += 1;
    acc.lastLine = lineNo;
    if (acc.matches.length < MAX_MATCHES_PER_SIGNATURE) {
      acc.matches.push({ line: lineNo, text, timestamp, captures });
    }
    if ((klass === 'fatal' || klass === 'session-ended') && acc.lastAttempt !== a.index) {
      acc.lastAttempt = a.index;
      acc.attemptCount += 1;
      if (acc.attempts.length < MAX_ATTEMPTS) acc.attempts.push(a.index);
    }

    const severity: Severity =
      klass === 'session-ended' ? 'fatal' : klass === 'follow-on' ? 'follow-on' : klass;
    const event: TimelineEvent = {
      line: lineNo,
      id,
      phase: spec.phase,
      attempt: a.index,
      severity,
      timestamp,
    };
    if (this.timelineHead.length < TIMELINE_HEAD) this.timelineHead.push(event);
    else this.timelineTail[(this.timelineTotal - TIMELINE_HEAD) % TIMELINE_TAIL] = event;
    this.timelineTotal += 1;

    switch (id) {
      case 'own-cert-expired':
        this.ownCertExpired = true;
        break;
      case 'cipher-deprecated-option':
        this.deprecatedCipher = true;
        break;
      case 'auth-challenge':
        a.challenge = true;
        this.challengeSeen = true;
        break;
      case 'soft-reset':
        if (a.up) a.softResetSinceUp = true;
        break;
      case 'timers': {
        const ping = captures.ping === undefined ? null : Number(captures.ping);
        a.timers = { match: acc.matches[acc.matches.length - 1] ?? this.match(text, lineNo), ping };
        break;
      }
      case 'tunnel-up':
      case 'tunnel-up-with-errors':
        // A server's own "Initialization Sequence Completed" means it listens, not a tunnel.
        if (this.role === 'server' || (this.serverScore > 0 && this.clientScore === 0)) break;
        a.up = true;
        a.phase = 'running';
        this.everUp = true;
        this.lastUpAttempt = Math.max(this.lastUpAttempt, a.index);
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
        if (id === 'ping-restart' && klass === 'session-ended' && this.role !== 'server') {
          this.dropCandidates(a, key, text, lineNo, timestamp, captures);
        }
        if (this.upNow && a.up) {
          this.upNow = false;
          this.downCount += 1;
          this.lastDownLine = lineNo;
          if (this.upEpoch !== null && epoch !== null && this.sessions.length < MAX_SESSIONS) {
            this.sessions.push(epoch - this.upEpoch);
          }
        }
        if (id === 'process-restarting' || id === 'process-exiting') {
          if (id === 'process-restarting') this.recordRestart(lineNo, timestamp, captures);
          this.closeAttempt(a, captures.reason ?? null);
          if (a === this.current) this.current = null;
          else {
            for (const [k, v] of this.peers) {
              if (v === a) {
                this.peers.delete(k);
                break;
              }
            }
          }
        }
        break;
      case 'cipher-negotiated':
        if (captures.cipher)
          this.negotiated = { name: captures.cipher, line: lineNo, source: 'negotiated' };
        break;
      default:
        break;
    }
  }

  /** `[CN] Peer Connection Initiated with [AF_INET]host:port` (OVPN socket.c:2391). */
  private notePeer(text: string): void {
    const at = text.indexOf('] Peer Connection Initiated with ');
    const open = text.lastIndexOf('[', at);
    if (open < 0 || at - open > 200) return;
    const cn = text.slice(open + 1, at);
    const addr = text.slice(at + 33, at + 33 + 120).split(' ')[0] ?? '';
    const bare = addr.replace(/^\[AF_INET6?\]/, '');
    const colon = bare.lastIndexOf(':');
    const host = colon > 0 ? bare.slice(0, colon) : bare;
    if (host === '') return;
    let hosts = this.cnHosts.get(cn);
    if (!hosts) {
      if (this.cnHosts.size >= MAX_ATTEMPTS) return;
      hosts = [];
      this.cnHosts.set(cn, hosts);
    }
    if (hosts.length >= 64) hosts.shift();
    hosts.push(host);
  }

  /**
   * A `MULTI: new connection by client 'CN' will cause previous active sessions …` line: the new
   * session's host replaced the previous session's host. When two hosts replace each other again
   * and again (A → B, B → A, A → B), two computers most likely share the name; one computer
   * switching between two networks within the server's keepalive timeout looks the same.
   */
  private duplicateCn(captures: Captures): SignatureId {
    const cn = captures.cn ?? '';
    const hosts = this.cnHosts.get(cn) ?? [];
    const now = hosts[hosts.length - 1];
    const before = hosts[hosts.length - 2];
    if (now === undefined || before === undefined || now === before) return 'duplicate-cn-replaced';
    captures.host = now;
    captures.previous = before;
    let switches = this.cnSwitches.get(cn);
    if (!switches) {
      if (this.cnSwitches.size >= MAX_ATTEMPTS) return 'duplicate-cn-replaced';
      switches = [];
      this.cnSwitches.set(cn, switches);
    }
    // The third replacement between the same two hosts (A → B, B → A, A → B): they take turns.
    const turns = switches.filter((s) => s === `${now}>${before}` || s === `${before}>${now}`);
    const back = turns.length >= 2;
    if (switches.length < 64) switches.push(`${before}>${now}`);
    return back ? 'duplicate-cn-alternating' : 'duplicate-cn-replaced';
  }

  private match(text: string, lineNo: number, captures: Captures = {}): LogMatch {
    return { line: lineNo, text, timestamp: this.stamps.read(text), captures };
  }

  private addCandidate(
    id: SignatureId,
    basis: Basis,
    parentKey: string,
    evidence: readonly LogMatch[],
    params: Record<string, string | number>,
  ): void {
    const cause = SIGNATURES[id].cause;
    if (cause === null) return;
    let c = this.candidates.get(id);
    if (!c) {
      c = { id, cause, basis, parentKey, matches: [], params, count: 0 };
      this.candidates.set(id, c);
    }
    c.count += 1;
    for (const m of evidence) {
      if (c.matches.length >= MAX_MATCHES_PER_SIGNATURE) break;
      if (!c.matches.some((x) => x.line === m.line)) c.matches.push(m);
    }
  }

  /**
   * A keepalive drop after the tunnel was up (client): besides an unstable line, the log may show
   * that no keepalive (or a slow one) kept a UDP NAT mapping alive, or that the process wrote
   * nothing for longer than it does while it runs (sleep). Neither is proven by the log, so both
   * are candidates with their evidence, never the answer.
   */
  private dropCandidates(
    a: AttemptState,
    key: string,
    text: string,
    lineNo: number,
    timestamp: LogTimestamp | null,
    captures: Captures,
  ): void {
    const drop: LogMatch = { line: lineNo, text, timestamp, captures };
    if (a.proto === 'udp' && a.timers !== null) {
      const ping = a.timers.ping;
      if (ping === null || ping >= NAT_SAFE_PING_S) {
        this.addCandidate(
          'idle-drop-keepalive',
          ping === null ? 'keepalive-missing' : 'keepalive-long',
          key,
          [a.timers.match, drop],
          ping === null
            ? { timersLine: a.timers.match.line }
            : { ping, timersLine: a.timers.match.line },
        );
      }
    }
    const prev = this.prevStamped;
    if (prev !== null && timestamp?.epochMs != null) {
      // A fresh reader: both stamps get the same assumed year (syslog), so the difference holds.
      const reader = new StampReader();
      const before = reader.read(prev.text);
      const now = reader.read(text);
      const gap =
        before?.epochMs != null && now?.epochMs != null ? now.epochMs - before.epochMs : null;
      if (gap !== null && gap > SILENT_GAP_MS) {
        this.addCandidate(
          'drop-after-silence',
          'silent-gap',
          key,
          [{ line: prev.line, text: prev.text, timestamp: before, captures: {} }, drop],
          { gapSeconds: Math.round(gap / 1000), gapFrom: prev.line },
        );
      }
    }
  }

  /**
   * The DNS servers a PUSH_REPLY names (`dhcp-option DNS <ip>`, 2.6's `dns server <n> address
   * <ip>`), at most four, each option read with a bounded pattern (linear in the line).
   */
  private notePushedDns(text: string, lineNo: number): void {
    const servers: string[] = [];
    const re = /(?:dhcp-option DNS6? |dns server \d{1,3} address )([0-9A-Fa-f.:]{2,45})/g;
    for (let m = re.exec(text); m !== null && servers.length < 4; m = re.exec(text)) {
      if (m[1] && !servers.includes(m[1])) servers.push(m[1]);
    }
    if (servers.length === 0) return;
    this.pushedDns = {
      match: { line: lineNo, text, timestamp: this.stamps.read(text), captures: {} },
      servers: servers.join(', '),
    };
  }

  /**
   * The tunnel came up and the server pushed DNS servers: whether this computer then asks them
   * depends on the client and the OS. OpenVPN 2 on Linux sets none itself (real 2.6.14 only
   * logs "OPTIONS IMPORT: --ip-win32 and/or --dhcp-option options modified": corpus/real/
   * dns-push.client.log); an up script or NetworkManager must, so there the candidate is "not
   * set". Elsewhere (Windows, Tunnelblick, OpenVPN Connect, Android) the client applies them, so
   * when names still fail another resolver answers first (split DNS, a leak). The log cannot
   * show which resolver the OS asks: a candidate beside the tunnel-up finding, never the answer.
   */
  private dnsCandidate(all: readonly Acc[]): void {
    if (this.role === 'server' || this.pushedDns === null) return;
    const parent = all.find((a) => a.id === 'tunnel-up' || a.id === 'tunnel-up-with-errors');
    if (!parent) return;
    const linux = this.client?.family === 'openvpn2' && this.client.platform === 'linux';
    const id = linux ? 'pushed-dns-linux' : 'pushed-dns';
    this.addCandidate(id, 'pushed-dns', parent.key, [this.pushedDns.match], {
      servers: this.pushedDns.servers,
      pushLine: this.pushedDns.match.line,
    });
  }

  /**
   * UDP, and nothing ever came back from the server (a no-reply timeout, no tunnel in the whole
   * log): the network may drop UDP, which the client log cannot tell from an unreachable or
   * silent server. A candidate beside the timeout finding.
   */
  private udpCandidate(all: readonly Acc[]): void {
    if (this.role === 'server' || this.everUp || this.udpRemote === null) return;
    const parent = all.find(
      (a) =>
        (a.id === 'tls-key-negotiation-timeout' || a.id === 'server-poll-timeout') &&
        a.klass === 'fatal' &&
        a.basis === 'no-server-reply' &&
        a.proto === 'udp' &&
        a.matches.some((m) => m.captures.source !== 'openvpn3'),
    );
    if (!parent) return;
    this.addCandidate(
      'udp-no-reply',
      'udp-no-reply',
      parent.key,
      [this.udpRemote, ...parent.matches],
      {
        remoteLine: this.udpRemote.line,
      },
    );
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
    if (this.current) this.closeAttempt(this.current, null);
    for (const a of this.peers.values()) this.closeAttempt(a, null);
    this.attemptList.sort((x, y) => x.index - y.index);
    const client = this.client === null ? null : { ...this.client, libraries: this.libraries };
    return {
      lineCount: this.lineNo,
      longLineCount: this.longLines,
      recognised: this.openvpnLines > 0,
      openvpnLineCount: this.openvpnLines,
      role: this.role,
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
      dataCipher: this.negotiated,
      attempts: this.attemptCount,
      attemptList: [...this.attemptList],
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
    const server = this.role === 'server';
    const lastUp = this.lastUpAttempt;
    const all = [...this.acc.values()];
    // Attempts whose failure the client never recovered from (no tunnel-up after them).
    const unrecovered = (a: Acc) =>
      server || a.attempts.some((i) => i > lastUp) || a.attempts.length === 0;
    // The latest failing attempt's first fatal error is the answer.
    let primary: Acc | null = null;
    for (const a of all) {
      if (a.klass !== 'fatal' || !unrecovered(a)) continue;
      if (
        primary === null ||
        a.lastAttempt > primary.lastAttempt ||
        (a.lastAttempt === primary.lastAttempt && a.firstLine < primary.firstLine)
      )
        primary = a;
    }
    const ranked = all.map((a) => {
      let reason: RankReason;
      let severity: Severity;
      if (a.klass === 'fatal') {
        if (a === primary) reason = 'first-fatal';
        else reason = unrecovered(a) ? 'fatal' : 'recovered';
        severity = reason === 'recovered' ? 'warning' : 'fatal';
      } else if (a.klass === 'session-ended') {
        reason = 'session-ended';
        severity = 'fatal';
      } else if (a.klass === 'warning') {
        reason =
          a.cause !== null
            ? 'warning-with-cause'
            : a.count >= REPEATED_THRESHOLD
              ? 'repeated'
              : 'warning';
        severity = 'warning';
      } else if (a.klass === 'follow-on') {
        reason = 'follow-on';
        severity = 'follow-on';
      } else {
        reason = 'informational';
        severity = 'info';
      }
      return { a, reason, severity, tier: RANK_REASONS.indexOf(reason) };
    });
    ranked.sort(
      (x, y) =>
        x.tier - y.tier ||
        x.a.firstLine - y.a.firstLine ||
        SIGNATURE_IDS.indexOf(x.a.id) - SIGNATURE_IDS.indexOf(y.a.id),
    );
    this.udpCandidate(all);
    this.dnsCandidate(all);
    const findings: LogFinding[] = [];
    const push = (f: Omit<LogFinding, 'rank'>) =>
      findings.push({ ...f, rank: findings.length + 1 });
    for (const f of this.findingsOf(ranked)) {
      push(f.finding);
      if (server) continue;
      for (const c of this.candidates.values()) {
        if (c.parentKey !== f.key) continue;
        const lines = c.matches.map((m) => m.line).sort((x, y) => x - y);
        push({
          id: c.id,
          severity: 'warning',
          rankReason: 'candidate',
          basis: c.basis,
          params: {
            ...c.params,
            ...(f.finding.params.proto !== undefined ? { proto: f.finding.params.proto } : {}),
            after: f.finding.id,
            afterLine: f.finding.firstLine,
          },
          cause: c.cause,
          count: c.count,
          firstLine: lines[0] ?? f.finding.firstLine,
          lastLine: lines[lines.length - 1] ?? f.finding.lastLine,
          matches: [...c.matches].sort((x, y) => x.line - y.line),
          lines,
          wizardTarget: { tree: CAUSE_TREES[c.cause] ?? DEFAULT_CAUSE_TREE, diagnosis: c.cause },
        });
      }
    }
    return findings;
  }

  private findingsOf(
    ranked: readonly { a: Acc; reason: RankReason; severity: Severity }[],
  ): { key: string; finding: Omit<LogFinding, 'rank'> }[] {
    const server = this.role === 'server';
    return ranked.map(({ a, reason, severity }) => {
      const params: Record<string, string | number> = {};
      if (a.attemptCount > 0) {
        params.attempts = a.attemptCount;
        params.of = this.attemptCount;
      }
      if (a.proto) params.proto = a.proto;
      if (a.after) {
        params.after = a.after.id;
        params.afterLine = a.after.line;
      }
      // Lines read before the log showed it is a server's are interpreted from its side now.
      const spec = SIGNATURES[a.id];
      const cause =
        server && spec.serverCause !== undefined && a.basis !== 'server-side'
          ? spec.serverCause
          : a.cause;
      const basis: Basis = cause !== a.cause ? 'server-side' : a.basis;
      const tree = cause === null ? null : (CAUSE_TREES[cause] ?? DEFAULT_CAUSE_TREE);
      const finding: Omit<LogFinding, 'rank'> = {
        id: a.id,
        severity,
        rankReason: reason,
        basis,
        params,
        cause,
        count: a.count,
        firstLine: a.firstLine,
        lastLine: a.lastLine,
        matches: [...a.matches],
        lines: a.matches.map((m) => m.line),
        ...(tree !== null && cause !== null ? { wizardTarget: { tree, diagnosis: cause } } : {}),
      };
      return { key: a.key, finding };
    });
  }
}
