/**
 * The lines the analyzer recognises. Each rule is a literal `needle` found with `indexOf`, then
 * an optional sticky regular expression run from that very position (it starts with the needle
 * and has bounded quantifiers only), so each rule costs linear time in the line length and a
 * line costs linear time in the number of rules.
 *
 * Every string is checked against OpenVPN's own source (OVPN = github.com/OpenVPN/openvpn at the
 * tag named, OVPN3 = github.com/OpenVPN/openvpn3) or against the real 2.6.14 logs produced by
 * scripts/make-log-corpus.sh (corpus/real/); see /work/shared/docs/openvpn-facts.md.
 */
import type { Phase, Severity, WizardTarget } from './types';

/** Every signature id a finding can carry. The UI has a title and a meaning for each one. */
export const SIGNATURE_IDS = [
  // resolve / connect
  'resolve-failed',
  'tcp-connect-refused',
  'tcp-connect-failed',
  'udp-refused',
  'http-reply',
  // TLS
  'tls-initial-packet',
  'server-poll-timeout',
  'tls-key-negotiation-timeout',
  'tls-handshake-failed',
  'tls-error',
  'tls-auth-hmac-failed',
  'tls-crypt-unwrap-failed',
  'tls-unsupported-protocol',
  'cert-expired',
  'own-cert-expired',
  'alert-cert-expired',
  'cert-not-yet-valid',
  'cert-revoked',
  'cert-unknown-ca',
  'cert-self-signed',
  'cert-weak',
  'cert-verify-failed',
  'cert-load-failed',
  // auth
  'auth-challenge',
  'auth-failed',
  'auth-failed-cipher',
  'auth-token-expired',
  'server-auth-failed',
  'duplicate-cn-replaced',
  'duplicate-cn-alternating',
  // options / push
  'options-error',
  'option-inconsistent',
  'cipher-deprecated-option',
  'cipher-negotiation-failed',
  'cipher-not-allowed',
  'server-no-common-cipher',
  'compression-refused',
  'dco-incompatible',
  'push-failed',
  // tunnel device
  'no-tap-adapter',
  'adapters-in-use',
  'tun-device-missing',
  'tun-open-failed',
  'route-add-failed',
  // running
  'tunnel-up',
  'tunnel-up-with-errors',
  'cipher-negotiated',
  'soft-reset',
  'timers',
  'connection-reset',
  'ping-restart',
  'os-sleep',
  'network-change',
  'mtu-bad-packet-length',
  'mtu-packet-too-large',
  'mtu-emsgsize',
  'mtu-frag-error',
  // process
  'process-restarting',
  'process-exiting',
  'exited-fatal-error',
  'version-known-issue',
  'connect-event',
  // candidates: derived from the attempt model, never from one line (see analyzer.ts)
  'udp-no-reply',
  'idle-drop-keepalive',
  'drop-after-silence',
  'pushed-dns',
  'pushed-dns-linux',
] as const;
export type SignatureId = (typeof SIGNATURE_IDS)[number];

/**
 * How a signature behaves before context: `fatal` can stop an attempt, `warning` and `info`
 * never do, `marker` lines only shape the model (server reply, restarts) and are `info` findings.
 */
export type BaseSeverity = 'fatal' | 'warning' | 'info' | 'marker';

export interface SignatureSpec {
  readonly phase: Phase;
  readonly base: BaseSeverity;
  /** The cause on a client log, before context; null when the line names no cause. */
  readonly cause: string | null;
  /** The cause when the line is in a server log (interpreted from the server side). */
  readonly serverCause?: string | null;
  /** The line proves the server answered this attempt. */
  readonly reply?: boolean;
  /** The severity before context (`marker` lines are `info`). */
  readonly severity: Severity;
  /** The wizard target of `cause` (tree + diagnosis), when it has one. */
  readonly wizardTarget?: WizardTarget;
}

/**
 * The tree each cause is explained in (the link target). A cause missing from that tree (not
 * merged yet) is looked up in every tree by the link builder.
 */
export const CAUSE_TREES: Readonly<Record<string, string>> = {
  'periodic-disconnect': 'periodic-disconnect',
  'unstable-internet': 'periodic-disconnect',
  'nat-idle-timeout': 'periodic-disconnect',
  'auth-token-expired': 'periodic-disconnect',
  'renegotiation-mfa-drop': 'periodic-disconnect',
  'sleep-roaming': 'periodic-disconnect',
  'split-dns-leak': 'dns-fails',
  'dns-server-not-set': 'dns-fails',
  'shared-client-cert': 'periodic-disconnect',
  'no-shared-cipher': 'cipher-mismatch',
  'ncp-negotiated': 'cipher-mismatch',
  'mtu-fragmentation': 'packet-loss',
  'openvpn-version-incompatible': 'resources-unreachable',
};
/** Every other cause is a cannot-connect diagnosis. */
export const DEFAULT_CAUSE_TREE = 'cannot-connect';

const spec = (
  phase: Phase,
  base: BaseSeverity,
  cause: string | null,
  extra: { readonly serverCause?: string | null; readonly reply?: boolean } = {},
): SignatureSpec => ({
  phase,
  base,
  cause,
  ...extra,
  severity: base === 'marker' ? 'info' : base,
  ...(cause === null
    ? {}
    : { wizardTarget: { tree: CAUSE_TREES[cause] ?? DEFAULT_CAUSE_TREE, diagnosis: cause } }),
});

/** Fixed properties of every signature (context may change severity and cause). */
export const SIGNATURES: { readonly [K in SignatureId]: SignatureSpec } = {
  'resolve-failed': spec('resolve', 'fatal', 'invalid-config'),
  'tcp-connect-refused': spec('connect', 'fatal', 'connection-refused'),
  'tcp-connect-failed': spec('connect', 'fatal', 'server-unreachable'),
  // On a server, ICMP "port unreachable" from a client that went away.
  'udp-refused': spec('connect', 'fatal', 'connection-refused', { serverCause: null }),
  'http-reply': spec('connect', 'fatal', 'captive-portal', { reply: true }),
  'tls-initial-packet': spec('tls', 'marker', null, { reply: true }),
  'server-poll-timeout': spec('tls', 'fatal', 'server-unreachable'),
  'tls-key-negotiation-timeout': spec('tls', 'fatal', 'server-unreachable'),
  'tls-handshake-failed': spec('tls', 'fatal', 'read-the-logs'),
  'tls-error': spec('tls', 'fatal', 'read-the-logs'),
  'tls-auth-hmac-failed': spec('tls', 'fatal', 'tls-auth-key-mismatch'),
  'tls-crypt-unwrap-failed': spec('tls', 'fatal', 'tls-auth-key-mismatch'),
  'tls-unsupported-protocol': spec('tls', 'fatal', 'tls-version-too-old', { reply: true }),
  // On a client the VERIFY ERROR is about the server's chain; on a server, about the client's.
  'cert-expired': spec('tls', 'fatal', 'server-cert-expired', {
    serverCause: 'client-cert-expired',
    reply: true,
  }),
  'own-cert-expired': spec('start', 'warning', 'client-cert-expired', {
    serverCause: 'server-cert-expired',
  }),
  // The peer rejected our certificate as expired.
  'alert-cert-expired': spec('tls', 'fatal', 'client-cert-expired', {
    serverCause: 'server-cert-expired',
    reply: true,
  }),
  'cert-not-yet-valid': spec('tls', 'fatal', 'client-clock-skew', { reply: true }),
  'cert-revoked': spec('tls', 'fatal', 'client-cert-revoked', { reply: true }),
  'cert-unknown-ca': spec('tls', 'fatal', 'invalid-config', { reply: true }),
  'cert-self-signed': spec('tls', 'fatal', 'invalid-config', { reply: true }),
  'cert-weak': spec('start', 'fatal', 'weak-certificate-rejected'),
  'cert-verify-failed': spec('tls', 'fatal', 'invalid-config', { reply: true }),
  'cert-load-failed': spec('start', 'fatal', 'invalid-config'),
  'auth-challenge': spec('auth', 'marker', null, { reply: true }),
  'auth-failed': spec('auth', 'fatal', 'auth-failed-credentials', { reply: true }),
  'auth-failed-cipher': spec('auth', 'fatal', 'no-shared-cipher', { reply: true }),
  'auth-token-expired': spec('auth', 'fatal', 'auth-token-expired', { reply: true }),
  'server-auth-failed': spec('auth', 'fatal', 'auth-failed-credentials', { reply: true }),
  // A server line: a new session with a common name already connected replaced the old one. One
  // client reconnecting from a new port does this too (real 2.6.14: corpus/real/compression-push
  // .server.log), so alone it names no cause; the analyzer turns it into `duplicate-cn-alternating`
  // when sessions with that name come from two addresses in turn (A, then B, then A again).
  'duplicate-cn-replaced': spec('auth', 'info', null),
  'duplicate-cn-alternating': spec('auth', 'warning', 'shared-client-cert', {
    serverCause: 'shared-client-cert',
  }),
  'options-error': spec('start', 'fatal', 'invalid-config'),
  'option-inconsistent': spec('options', 'warning', 'invalid-config', { reply: true }),
  'cipher-deprecated-option': spec('start', 'info', null),
  'cipher-negotiation-failed': spec('options', 'fatal', 'no-shared-cipher', { reply: true }),
  'cipher-not-allowed': spec('options', 'fatal', 'no-shared-cipher', { reply: true }),
  'server-no-common-cipher': spec('options', 'fatal', 'no-shared-cipher', { reply: true }),
  'compression-refused': spec('options', 'fatal', 'compression-refused', { reply: true }),
  'dco-incompatible': spec('options', 'fatal', 'openvpn-version-incompatible', { reply: true }),
  'push-failed': spec('options', 'fatal', 'read-the-logs', { reply: true }),
  'no-tap-adapter': spec('tunnel-up', 'fatal', 'vpn-app-conflict'),
  'adapters-in-use': spec('tunnel-up', 'fatal', 'vpn-app-conflict'),
  'tun-device-missing': spec('tunnel-up', 'fatal', 'tun-device-missing'),
  'tun-open-failed': spec('tunnel-up', 'fatal', null),
  'route-add-failed': spec('tunnel-up', 'warning', null),
  'tunnel-up': spec('tunnel-up', 'marker', null, { reply: true }),
  'tunnel-up-with-errors': spec('tunnel-up', 'warning', null, { reply: true }),
  'cipher-negotiated': spec('data-channel', 'info', null, { reply: true }),
  'soft-reset': spec('running', 'marker', null),
  timers: spec('data-channel', 'info', null),
  'connection-reset': spec('running', 'fatal', 'unstable-internet'),
  'ping-restart': spec('running', 'fatal', 'unstable-internet'),
  // Tunnelblick's own lines in the connection log: the computer slept, or the network changed.
  'os-sleep': spec('running', 'warning', 'sleep-roaming'),
  'network-change': spec('running', 'warning', 'sleep-roaming'),
  'mtu-bad-packet-length': spec('running', 'warning', 'mtu-fragmentation'),
  'mtu-packet-too-large': spec('running', 'warning', 'mtu-fragmentation'),
  'mtu-emsgsize': spec('running', 'warning', 'mtu-fragmentation'),
  'mtu-frag-error': spec('running', 'warning', 'mtu-fragmentation'),
  'process-restarting': spec('restart', 'marker', null),
  'process-exiting': spec('exit', 'marker', null),
  'exited-fatal-error': spec('exit', 'fatal', null),
  'version-known-issue': spec('start', 'warning', 'openvpn-version-incompatible'),
  'connect-event': spec('running', 'info', null),
  // Candidates beside another finding: the same lines fit this cause too (analyzer.ts).
  'udp-no-reply': spec('tls', 'warning', 'udp-blocked-network'),
  'idle-drop-keepalive': spec('running', 'warning', 'nat-idle-timeout'),
  'drop-after-silence': spec('running', 'warning', 'sleep-roaming'),
  // Candidates beside the tunnel-up finding when the server pushed DNS servers (analyzer.ts).
  'pushed-dns': spec('options', 'warning', 'split-dns-leak'),
  'pushed-dns-linux': spec('options', 'warning', 'dns-server-not-set'),
};

export type Captures = Record<string, string>;

export interface Rule {
  readonly id: SignatureId;
  /** A literal every matching line contains (case-sensitive), found with indexOf. */
  readonly needle: string;
  /**
   * Optional sticky (`y`) expression tried at the needle's position; it must begin with the
   * needle and use bounded quantifiers only.
   */
  readonly re?: RegExp;
  /** Builds the captures; returning null rejects the match (the next rule is tried). */
  readonly capture?: (m: RegExpExecArray | null, text: string, at: number) => Captures | null;
}

const MAX_CAPTURE = 300;

export function clip(value: string | undefined): string {
  const v = (value ?? '').trim();
  return v.length > MAX_CAPTURE ? v.slice(0, MAX_CAPTURE) : v;
}

/** Keeps the defined, non-empty values. */
export function caps(entries: Readonly<Record<string, string | undefined>>): Captures {
  const out: Captures = {};
  for (const [k, v] of Object.entries(entries)) {
    const c = clip(v);
    if (c !== '') out[k] = c;
  }
  return out;
}

/** The rest of the line after the needle, clipped. */
const rest = (text: string, at: number, skip: number) =>
  clip(text.slice(at + skip, at + skip + 400));

/** OpenVPN 3 core event names (OVPN3 openvpn/client/clievent.hpp) and the signature each means. */
export const CONNECT_EVENTS: Readonly<Record<string, SignatureId>> = {
  CONNECTION_TIMEOUT: 'tls-key-negotiation-timeout',
  AUTH_FAILED: 'auth-failed',
  CERT_VERIFY_FAIL: 'cert-verify-failed',
  TLS_VERSION_MIN: 'tls-unsupported-protocol',
  TLS_ALERT_PROTOCOL_VERSION: 'tls-unsupported-protocol',
  TLS_ALERT_UNKNOWN_CA: 'cert-unknown-ca',
  TLS_ALERT_CERTIFICATE_EXPIRED: 'alert-cert-expired',
  TLS_ALERT_CERTIFICATE_REVOKED: 'cert-revoked',
  TLS_ALERT_HANDSHAKE_FAILURE: 'tls-handshake-failed',
  TLS_ALERT_BAD_CERTIFICATE: 'cert-verify-failed',
  SESSION_EXPIRED: 'auth-token-expired',
  CONNECTED: 'tunnel-up',
  RECONNECTING: 'process-restarting',
  DISCONNECTED: 'process-exiting',
  DYNAMIC_CHALLENGE: 'auth-challenge',
  TUN_SETUP_FAILED: 'tun-open-failed',
  COMPRESSION_ENABLED: 'connect-event',
};

const VERIFY_ERROR = 'VERIFY ERROR: depth=';
const RE_VERIFY = /VERIFY ERROR: depth=(\d{1,3}), error=([^:]{1,200})(?::\s?(.{0,300}))?/y;

function verify(m: RegExpExecArray | null, want: string): Captures | null {
  if (!m || !(m[2] ?? '').startsWith(want)) return null;
  return caps({ depth: m[1], error: m[2], subject: m[3] });
}

/** An OpenVPN 3 `VERIFY FAIL … [reason]` mapped to the 2.x signature of the same reason. */
export function verifyFailId(reason: string): SignatureId {
  if (reason.includes('certificate has expired')) return 'cert-expired';
  if (reason.includes('not yet valid')) return 'cert-not-yet-valid';
  if (reason.includes('revoked')) return 'cert-revoked';
  if (reason.includes('unable to get')) return 'cert-unknown-ca';
  if (reason.includes('self-signed') || reason.includes('self signed')) return 'cert-self-signed';
  if (reason.includes('too weak') || reason.includes('too small')) return 'cert-weak';
  return 'cert-verify-failed';
}

/** Rules in priority order: the first rule that matches a line wins. */
export const RULES: readonly Rule[] = [
  // OVPN3 cli.cpp: `<date> EVENT: <NAME> <info>[ [FATAL-ERR]| [ERR]]`.
  {
    id: 'connect-event',
    needle: 'EVENT: ',
    re: /EVENT: ([A-Z_]{2,40})(?: (.{0,300}))?/y,
    capture: (m) => (m ? caps({ event: m[1], info: m[2] }) : null),
  },
  // OVPN3 sslctx.hpp cert_status_line: `VERIFY FAIL: depth=0, CN=…, signature: … [reason]`.
  {
    id: 'cert-verify-failed',
    needle: 'VERIFY FAIL',
    capture: (_m, text, at) => {
      const open = text.lastIndexOf('[');
      const close = text.lastIndexOf(']');
      const reason = open > at && close > open ? text.slice(open + 1, close) : '';
      return caps({ error: reason || rest(text, at, 11), source: 'openvpn3' });
    },
  },
  // OVPN socket.c: `RESOLVE: Cannot resolve host address: %s:%s (%s)`.
  {
    id: 'resolve-failed',
    needle: 'RESOLVE: Cannot resolve host address: ',
    re: /RESOLVE: Cannot resolve host address: (\S{1,260})(?: \(([^)]{0,200})\))?/y,
    capture: (m) => (m ? caps({ remote: m[1], reason: m[2] }) : null),
  },
  // OVPN v2.6.14 socket.c: `TCP: connect to %s failed: %s`.
  {
    id: 'tcp-connect-refused',
    needle: 'TCP: connect to ',
    re: /TCP: connect to (\S{1,200}) failed(?:, will try again in \d{1,6} seconds)?: Connection refused/y,
    capture: (m) => (m ? caps({ remote: m[1] }) : null),
  },
  {
    id: 'tcp-connect-failed',
    needle: 'TCP: connect to ',
    re: /TCP: connect to (\S{1,200}) failed(?:, will try again in \d{1,6} seconds)?: (.{0,200})/y,
    capture: (m) => (m ? caps({ remote: m[1], reason: m[2] }) : null),
  },
  // Real 2.6.14 (corpus/real/udp-refused): `read UDPv4 [ECONNREFUSED]: Connection refused`.
  { id: 'udp-refused', needle: 'read UDP', re: /read UDP(?:v[46])? \[ECONNREFUSED\]/y },
  {
    id: 'udp-refused',
    needle: 'read UDP',
    re: /read UDP(?:v[46])?: Connection (?:refused|reset by peer) \(WSAECONN(?:REFUSED|RESET)\)/y,
  },
  // OVPN socket.c:2688; 18516 = 0x4854 "HT" (an HTTP reply), 5635 = 0x1603 (a TLS record).
  {
    id: 'http-reply',
    needle: 'Bad encapsulated packet length from peer (',
    re: /Bad encapsulated packet length from peer \((18516|5635)\)/y,
    capture: (m) => (m ? caps({ length: m[1] }) : null),
  },
  {
    id: 'mtu-bad-packet-length',
    needle: 'Bad encapsulated packet length from peer',
    re: /Bad encapsulated packet length from peer(?: \((\d{1,6})\))?/y,
    capture: (m) => (m ? caps({ length: m[1] }) : null),
  },
  // OVPN ssl.c:3846.
  {
    id: 'tls-initial-packet',
    needle: 'TLS: Initial packet from ',
    re: /TLS: Initial packet from (\S{1,200})/y,
    capture: (m) => (m ? caps({ remote: (m[1] ?? '').replace(/,$/, '') }) : null),
  },
  // Real 2.6.14 (corpus/real/udp-silent-poll).
  { id: 'server-poll-timeout', needle: 'Server poll timeout' },
  // OVPN ssl.c:2919.
  {
    id: 'tls-key-negotiation-timeout',
    needle: 'TLS key negotiation failed to occur within ',
    re: /TLS key negotiation failed to occur within (\d{1,6}) seconds/y,
    capture: (m) => (m ? caps({ seconds: m[1] }) : null),
  },
  { id: 'tls-handshake-failed', needle: 'TLS Error: TLS handshake failed' },
  // OVPN ssl_pkt.c:227/239, crypto.c:484/520.
  { id: 'tls-auth-hmac-failed', needle: 'cannot locate HMAC in incoming packet' },
  { id: 'tls-auth-hmac-failed', needle: 'TLS Error: incoming packet authentication failed' },
  { id: 'tls-auth-hmac-failed', needle: 'packet HMAC authentication failed' },
  // OVPN ssl_pkt.c:250, tls_crypt.c:226/293.
  { id: 'tls-crypt-unwrap-failed', needle: 'tls-crypt unwrapping failed' },
  { id: 'tls-crypt-unwrap-failed', needle: 'tls-crypt unwrap error' },
  // OVPN crypto_openssl.c:260; OpenSSL `unsupported protocol`, alert `protocol version`.
  { id: 'tls-unsupported-protocol', needle: 'TLS error: Unsupported protocol' },
  { id: 'tls-unsupported-protocol', needle: 'SSL routines::unsupported protocol' },
  { id: 'tls-unsupported-protocol', needle: 'alert protocol version' },
  { id: 'tls-unsupported-protocol', needle: 'fatal SSL alert: protocol version' },
  // VERIFY ERROR lines (OVPN ssl_verify_openssl.c; OpenSSL X509_V_ERR texts).
  {
    id: 'cert-expired',
    needle: VERIFY_ERROR,
    re: RE_VERIFY,
    capture: (m) => verify(m, 'certificate has expired'),
  },
  {
    id: 'cert-not-yet-valid',
    needle: VERIFY_ERROR,
    re: RE_VERIFY,
    capture: (m) => verify(m, 'certificate is not yet valid'),
  },
  {
    id: 'cert-revoked',
    needle: VERIFY_ERROR,
    re: RE_VERIFY,
    capture: (m) => verify(m, 'certificate revoked'),
  },
  {
    id: 'cert-self-signed',
    needle: VERIFY_ERROR,
    re: RE_VERIFY,
    capture: (m) => verify(m, 'self') ?? null,
  },
  {
    id: 'cert-unknown-ca',
    needle: VERIFY_ERROR,
    re: RE_VERIFY,
    capture: (m) => verify(m, 'unable to get'),
  },
  {
    id: 'cert-weak',
    needle: VERIFY_ERROR,
    re: RE_VERIFY,
    capture: (m) => (m && (m[2] ?? '').includes('too weak') ? verify(m, '') : null),
  },
  { id: 'cert-verify-failed', needle: VERIFY_ERROR, re: RE_VERIFY, capture: (m) => verify(m, '') },
  // OVPN ssl_verify.c (2.4+): `VERIFY ERROR: could not extract …`, `VERIFY X509NAME ERROR`.
  {
    id: 'cert-verify-failed',
    needle: 'VERIFY ',
    re: /VERIFY (?:[A-Z0-9]{1,20} ){0,2}ERROR:? ?(.{0,300})/y,
    capture: (m) => (m ? caps({ error: m[1] }) : null),
  },
  // OVPN ssl_verify_openssl.c / options check: the local certificate's dates.
  { id: 'own-cert-expired', needle: 'WARNING: Your certificate has expired' },
  { id: 'cert-not-yet-valid', needle: 'WARNING: Your certificate is not yet valid' },
  { id: 'alert-cert-expired', needle: 'alert certificate expired' },
  { id: 'cert-revoked', needle: 'alert certificate revoked' },
  { id: 'cert-unknown-ca', needle: 'alert unknown ca' },
  // OVPN ssl_verify.c: `CRL CHECK FAILED: %s (serial %s) is REVOKED`.
  { id: 'cert-revoked', needle: 'is REVOKED' },
  // OpenSSL 3 (openvpn-facts.md §1): loading a weak certificate.
  { id: 'cert-weak', needle: 'SSL routines::ca md too weak' },
  { id: 'cert-weak', needle: 'SSL routines::ee key too small' },
  { id: 'cert-weak', needle: 'ca md too weak' },
  { id: 'cert-weak', needle: 'ee key too small' },
  // OVPN ssl_openssl.c:1014/1018, crypto.c:1111.
  {
    id: 'cert-load-failed',
    needle: 'Cannot load ',
    re: /Cannot load (?:inline )?(?:CA )?certificate file ?(.{0,300})/y,
    capture: (m) => (m ? caps({ file: m[1] }) : null),
  },
  { id: 'cert-load-failed', needle: 'Private key does not match the certificate' },
  // Follow-on TLS lines (real 2.6.14: corpus/real/server-cert-expired).
  {
    id: 'tls-error',
    needle: 'OpenSSL: error:',
    re: /OpenSSL: error:([0-9A-Fa-f]{1,8}):(.{0,300})/y,
    capture: (m) => (m ? caps({ code: m[1], error: m[2] }) : null),
  },
  { id: 'tls-error', needle: 'TLS_ERROR: BIO read tls_read_plaintext error' },
  { id: 'tls-error', needle: 'TLS Error: TLS object -> incoming plaintext read error' },
  { id: 'tls-error', needle: 'Sent fatal SSL alert: ' },
  // OVPN push.c:52 and multi.c:1923, auth_token.c:403.
  {
    id: 'auth-failed-cipher',
    needle: 'AUTH_FAILED,',
    re: /AUTH_FAILED,(Data channel cipher negotiation failed[^']{0,200})/y,
    capture: (m) => (m ? caps({ reason: m[1] }) : null),
  },
  {
    id: 'auth-token-expired',
    needle: 'AUTH_FAILED,',
    re: /AUTH_FAILED,(SESSION:[^']{0,200})/y,
    capture: (m) => (m ? caps({ reason: m[1] }) : null),
  },
  {
    id: 'auth-challenge',
    needle: 'AUTH_FAILED,CRV1:',
  },
  {
    id: 'auth-failed',
    needle: 'AUTH_FAILED',
    re: /AUTH_FAILED(?:,([^']{0,300}))?/y,
    capture: (m) => (m ? caps({ reason: m[1] }) : null),
  },
  { id: 'auth-challenge', needle: 'CHALLENGE: ' },
  // OVPN ssl.c: server-side verification of the user name and password.
  {
    id: 'server-auth-failed',
    needle: 'TLS Auth Error: Auth Username/Password verification failed',
  },
  {
    id: 'server-auth-failed',
    needle: 'TLS Auth Error: ',
    re: /TLS Auth Error: (.{0,300})/y,
    capture: (m) => (m ? caps({ reason: m[1] }) : null),
  },
  // OVPN v2.6.14 multi.c:1394 (also v2.4.12 / v2.5.11), D_MULTI_LOW = verb 3: a new session with
  // the same common name (or username) closed the older ones; without --duplicate-cn.
  {
    id: 'duplicate-cn-replaced',
    needle: "MULTI: new connection by client '",
    re: /MULTI: new connection by client '([^']{0,200})' will cause previous active sessions/y,
    capture: (m) => (m ? caps({ cn: m[1] }) : null),
  },
  // OVPN ssl_ncp.c:340-355 (client), multi.c:1895 (server), ssl.c:1961 / ssl_ncp.c:519.
  {
    id: 'cipher-negotiation-failed',
    needle: 'failed to negotiate cipher with ',
    re: /failed to negotiate cipher with (server|peer)(?:\. {2}Add the server's cipher \('([^']{0,100})'\) to --data-ciphers \(currently '([^']{0,300})'\))?/y,
    capture: (m) => (m ? caps({ with: m[1], serverCipher: m[2], dataCiphers: m[3] }) : null),
  },
  {
    id: 'cipher-not-allowed',
    needle: ' cipher not allowed - ',
    re: / cipher not allowed - (\S{1,100}) not in (\S{1,300})/y,
    capture: (m) => (m ? caps({ cipher: m[1], allowed: m[2] }) : null),
  },
  {
    id: 'server-no-common-cipher',
    needle: 'PUSH: No common cipher between server and client',
  },
  // OVPN comp.c:185 and init.c:2624; comp.c:174 (DCO).
  { id: 'compression-refused', needle: 'server pushed compression settings that are not allowed' },
  { id: 'compression-refused', needle: 'Compression is not allowed since allow-compression' },
  {
    id: 'compression-refused',
    needle: 'Compression or compression stub framing is not allowed since data-channel offloading',
  },
  // OVPN init.c:2699.
  { id: 'dco-incompatible', needle: 'pushed options are incompatible with data channel offload' },
  { id: 'push-failed', needle: 'ERROR: Failed to apply push options' },
  {
    id: 'options-error',
    needle: 'Options error: ',
    re: /Options error: (.{0,300})/y,
    capture: (m) => (m ? caps({ message: m[1] }) : null),
  },
  {
    id: 'option-inconsistent',
    needle: "WARNING: '",
    re: /WARNING: '([^']{1,60})' is used inconsistently(?:, local='([^']{0,200})', remote='([^']{0,200})')?/y,
    capture: (m) => (m ? caps({ option: m[1], local: m[2], remote: m[3] }) : null),
  },
  {
    id: 'cipher-deprecated-option',
    needle: 'DEPRECATED OPTION: --cipher set to ',
    re: /DEPRECATED OPTION: --cipher set to '([^']{1,100})'/y,
    capture: (m) => (m ? caps({ cipher: m[1] }) : null),
  },
  // OVPN tun.c (2.4–2.6 wordings, openvpn-facts.md §4).
  {
    id: 'no-tap-adapter',
    needle: 'There are no ',
    re: /There are no (.{1,80}?) adapters on this system/y,
    capture: (m) => (m ? caps({ drivers: m[1] }) : null),
  },
  {
    id: 'adapters-in-use',
    needle: 'All ',
    re: /All (.{1,80}?) adapters on this system are currently in use/y,
    capture: (m) => (m ? caps({ driver: m[1] }) : null),
  },
  // Real 2.6.14 (corpus/real/tun-missing): `ERROR: Cannot open TUN/TAP dev /dev/net/tun: No such
  // file or directory (errno=2)`.
  {
    id: 'tun-device-missing',
    needle: 'Cannot open TUN/TAP dev ',
    re: /Cannot open TUN\/TAP dev (\S{1,200}): No such (?:file or directory|device)/y,
    capture: (m) => (m ? caps({ device: (m[1] ?? '').replace(/:$/, '') }) : null),
  },
  {
    id: 'tun-open-failed',
    needle: 'Cannot open TUN/TAP dev ',
    re: /Cannot open TUN\/TAP dev ([^:\s]{0,200})(?::\s?(.{0,200}))?/y,
    capture: (m) => (m ? caps({ device: m[1], reason: m[2] }) : null),
  },
  {
    id: 'route-add-failed',
    needle: 'route addition failed',
  },
  {
    id: 'route-add-failed',
    needle: 'route add command failed',
  },
  // OVPN forward.c / init.c.
  {
    id: 'connection-reset',
    needle: 'Connection reset, restarting',
    re: /Connection reset, restarting(?: \[(-?\d{1,6})\])?/y,
    capture: (m) => (m ? caps({ code: m[1] }) : null),
  },
  {
    id: 'ping-restart',
    needle: 'Inactivity timeout (--ping-',
    re: /Inactivity timeout \(--ping-(restart|exit)\)/y,
    capture: (m) => (m ? caps({ option: `ping-${m[1] ?? 'restart'}` }) : null),
  },
  {
    id: 'process-restarting',
    needle: '] received, ',
    capture: (_m, text, at) => signal(text, at, 'restarting'),
  },
  {
    id: 'process-exiting',
    needle: '] received, ',
    capture: (_m, text, at) => signal(text, at, 'exiting'),
  },
  { id: 'exited-fatal-error', needle: 'Exiting due to fatal error' },
  // OVPN mtu.c:374 + error.c:696 (Linux), error.c:866 (Windows).
  {
    id: 'mtu-emsgsize',
    needle: 'EMSGSIZE Path-MTU=',
    re: /EMSGSIZE Path-MTU=(\d{1,6})/y,
    capture: (m) => (m ? caps({ mtu: m[1] }) : null),
  },
  { id: 'mtu-emsgsize', needle: 'Message too long (WSAEMSGSIZE)' },
  {
    id: 'mtu-packet-too-large',
    needle: 'packet too large on write',
    re: /packet too large on write(?: to (\S{1,200}) \(tried=(\d{1,6}),\s?max=(\d{1,6})\))?/y,
    capture: (m) => (m ? caps({ remote: m[1], tried: m[2], max: m[3] }) : null),
  },
  {
    id: 'mtu-frag-error',
    needle: 'FRAG_IN error flags=',
    re: /FRAG_IN error flags=(0x[0-9a-fA-F]{1,16})/y,
    capture: (m) => (m ? caps({ flags: m[1] }) : null),
  },
  // OVPN v2.5 ssl.c:1970, v2.6 init.c:2234.
  {
    id: 'cipher-negotiated',
    needle: 'Data Channel: ',
    re: /Data Channel: (?:using negotiated cipher|cipher) '([^']{1,100})'(?:, auth '([^']{1,100})')?/y,
    capture: (m) => (m ? caps({ cipher: m[1], auth: m[2] }) : null),
  },
  { id: 'soft-reset', needle: 'TLS: soft reset sec=' },
  // OVPN v2.6.14 init.c:2259-2303 (D_HANDSHAKE, 2.6+): `Timers: ping %d, ping-restart %d`, each
  // part only when set, so a missing `ping` means the client sends no keepalive.
  {
    id: 'timers',
    needle: 'Timers: ',
    re: /Timers: ((?:[a-z-]{1,20} \d{1,7}(?: \d{1,20})?(?:, )?){1,6})/y,
    capture: (m) => {
      if (!m) return null;
      const parts = (m[1] ?? '').split(', ');
      const value = (name: string) =>
        parts.find((p) => p.startsWith(`${name} `))?.slice(name.length + 1);
      return caps({ ping: value('ping'), pingRestart: value('ping-restart'), all: m[1] });
    },
  },
  // Tunnelblick (MenuController.m startDisconnectionsForSleeping / finishWakingUpFromSleep,
  // TB_LOG_PREFIX `*Tunnelblick: `) and its leasewatch script, in the connection's log.
  {
    id: 'os-sleep',
    needle: 'Tunnelblick: Disconnecting because computer is going to sleep',
    capture: () => ({ event: 'sleep' }),
  },
  {
    id: 'os-sleep',
    needle: 'Tunnelblick: Woke up from sleep.',
    capture: () => ({ event: 'wake' }),
  },
  {
    id: 'network-change',
    needle: 'Tunnelblick leasewatch: A network configuration change was detected',
  },
  { id: 'tunnel-up-with-errors', needle: 'Initialization Sequence Completed With Errors' },
  { id: 'tunnel-up', needle: 'Initialization Sequence Completed' },
];

/** `SIGUSR1[soft,ping-restart] received, process restarting` (OVPN sig.c:177/183). */
function signal(text: string, at: number, verb: 'restarting' | 'exiting'): Captures | null {
  const tail = text.slice(at + 12, at + 60);
  if (!tail.startsWith(`process ${verb}`) && !tail.startsWith(`client-instance ${verb}`)) {
    if (!tail.startsWith(verb)) return null;
  }
  const open = text.lastIndexOf('[', at);
  if (open < 0 || at - open > 200) return null;
  let start = open;
  while (start > 0 && start > open - 12) {
    const c = text.charCodeAt(start - 1);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) start -= 1;
    else break;
  }
  const name = text.slice(start, open);
  if (!name.startsWith('SIG')) return null;
  const inner = text.slice(open + 1, at);
  const comma = inner.lastIndexOf(',');
  return caps({
    signal: name,
    kind: comma === -1 ? inner : inner.slice(0, comma),
    reason: comma === -1 ? '' : inner.slice(comma + 1),
    instance: tail.startsWith('client-instance') ? 'client' : undefined,
  });
}
