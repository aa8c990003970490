/**
 * The log corpus and what each log must give: `top` is the cause of the first finding that has
 * one (the analyzer's answer; null = no cause, e.g. a working tunnel), `allowed` lists the other
 * causes a fatal finding may link to without being wrong. `real/` logs were produced by
 * scripts/make-log-corpus.sh (OpenVPN 2.6.14 + OpenSSL 3.0 on 127.0.0.1); `written/` logs were
 * written for the tests from the OpenVPN / OpenVPN 3 source's format strings, in the formats
 * people paste (Windows GUI, Tunnelblick, journal, syslog, docker, ics-openvpn, OpenVPN Connect).
 */
export interface Expectation {
  readonly top: string | null;
  readonly allowed?: readonly string[];
  readonly role?: 'client' | 'server' | 'unknown';
  readonly recognised?: boolean;
  /** Why this is the right answer, when it is not obvious from the file name. */
  readonly why?: string;
}

const client = (top: string | null, extra: Omit<Expectation, 'top'> = {}): Expectation => ({
  top,
  role: 'client',
  ...extra,
});
const server = (top: string | null, extra: Omit<Expectation, 'top'> = {}): Expectation => ({
  top,
  role: 'server',
  ...extra,
});

export const EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  'real/auth-failed.client.log': client('auth-failed-credentials'),
  'real/auth-failed.server.log': server('auth-failed-credentials'),
  'real/client-cert-expired.client.log': client('client-cert-expired', {
    why: 'the client warns that its own certificate expired; the server answered, then went silent',
  }),
  'real/client-cert-expired.server.log': server('client-cert-expired'),
  'real/client-cert-other-ca.client.log': client('read-the-logs', {
    why: 'the server answered and then dropped the handshake without telling the client why',
  }),
  'real/client-cert-other-ca.server.log': server('invalid-config'),
  'real/client-cert-revoked.client.log': client('read-the-logs', {
    why: 'as above: only the server log says "certificate revoked"',
  }),
  'real/client-cert-revoked.server.log': server('client-cert-revoked'),
  'real/compression-push.client.log': client('compression-refused'),
  'real/compression-push.server.log': server(null),
  'real/dns-push.client.log': client('dns-server-not-set', {
    why: 'a working tunnel whose server pushed a DNS server: OpenVPN 2 on Linux does not set it itself (the only DNS line is OPTIONS IMPORT), so the one cause on offer is the candidate "not set", for when names fail',
  }),
  'real/dns-push.server.log': server(null),
  'real/machine-readable.client.log': client(null),
  'real/machine-readable.server.log': server(null),
  'real/no-shared-cipher.client.log': client('no-shared-cipher'),
  'real/no-shared-cipher.server.log': server('no-shared-cipher'),
  'real/ping-restart-after-up.client.log': client('connection-refused', {
    allowed: ['unstable-internet'],
    why: 'the server process died: the tunnel dropped (ping-restart), then nothing listened',
  }),
  'real/ping-restart-after-up.server.log': server(null),
  'real/server-cert-expired.client.log': client('server-cert-expired'),
  'real/server-cert-expired.server.log': server('server-cert-expired'),
  'real/success-tcp.client.log': client(null),
  'real/success-tcp.server.log': server(null),
  'real/success-udp.client.log': client(null),
  'real/success-udp.server.log': server(null),
  'real/tcp-refused.client.log': client('connection-refused'),
  'real/tcp-reset-after-up.client.log': client('connection-refused', {
    allowed: ['unstable-internet'],
    why: 'the TCP server was killed: reset after the tunnel was up, then refused',
  }),
  'real/tcp-reset-after-up.server.log': server(null),
  'real/tcp-silent-proxy.client.log': client('captive-portal', {
    why: 'a web server answered on the VPN port: "Bad encapsulated packet length (18516)" = "HT"',
  }),
  'real/tls-auth-direction.client.log': client('server-unreachable', {
    why: 'the server drops packets with a bad HMAC silently: the client sees no reply at all',
  }),
  'real/tls-auth-direction.server.log': server('tls-auth-key-mismatch'),
  'real/tls-auth-mismatch.client.log': client('server-unreachable'),
  'real/tls-auth-mismatch.server.log': server('tls-auth-key-mismatch'),
  'real/tls-crypt-mismatch.client.log': client('server-unreachable'),
  'real/tls-crypt-mismatch.server.log': server('tls-auth-key-mismatch'),
  'real/tls-version-mismatch.client.log': client('read-the-logs', {
    why: 'the 2.6 client with tls-version-min 1.3 logs nothing but the timeout; the server says why',
  }),
  'real/tls-version-mismatch.server.log': server('tls-version-too-old'),
  'real/tun-missing.client.log': client('tun-device-missing'),
  'real/tun-missing.server.log': server(null),
  'real/udp-refused.client.log': client('connection-refused', {
    why: 'ICMP port unreachable came back (ECONNREFUSED): nothing listens on that UDP port',
  }),
  'real/udp-silent.client.log': client('server-unreachable'),
  'real/udp-silent-poll.client.log': client('server-unreachable'),
  'real/verb4-success.client.log': client(null),
  'real/verb4-success.server.log': server(null),
  'real/weak-client-cert.client.log': { top: 'weak-certificate-rejected' },
  'real/weak-client-cert.server.log': server(null),
  'real/weak-peer-cert.client.log': { top: 'weak-certificate-rejected' },
  'real/weak-peer-cert.server.log': server(null),
  'real/wrong-ca.client.log': client('invalid-config'),
  'real/wrong-ca.server.log': server(null),

  'written/android-ics-tls-version.log': client('tls-version-too-old'),
  'written/connect-desktop-auth-failed.log': client('auth-failed-credentials'),
  'written/connect-desktop-cert-expired.log': client('server-cert-expired'),
  'written/connect-mobile-timeout.log': client('server-unreachable'),
  'written/docker-auth-token-expired.log': client('auth-token-expired', {
    allowed: ['unstable-internet'],
  }),
  'written/journal-259-ping-restart-periodic.log': client('unstable-internet'),
  'written/junk-not-a-log.txt': { top: null, role: 'unknown', recognised: false },
  'written/linux-2412-ctime-cert-not-yet-valid.log': client('client-clock-skew'),
  'written/linux-25-cipher-not-allowed.log': client('no-shared-cipher'),
  'written/linux-26-auth-failed-after-reconnect.log': client('auth-token-expired', {
    allowed: ['unstable-internet'],
  }),
  'written/linux-26-auth-failed-mfa.log': client('auth-failed-mfa'),
  'written/linux-26-captive-portal.log': client('captive-portal'),
  'written/linux-26-emsgsize.log': client('mtu-fragmentation'),
  'written/linux-26-renegotiation-auth.log': client('renegotiation-mfa-drop'),
  'written/syslog-resolve-failed.log': { top: 'invalid-config' },
  'written/tunnelblick-cipher-fallback-removed.log': client('cipher-fallback-removed'),
  'written/tunnelblick-sleep-wake.log': client('sleep-roaming', {
    why: 'Tunnelblick writes that it disconnected for sleep and reconnected on wake-up',
  }),
  'written/server-shared-cert-alternating.log': server('shared-client-cert', {
    why: 'sessions named laptop-01 replace each other from two addresses in turn (A, B, A, B)',
  }),
  'written/win-26-nat-idle-no-ping.log': client('unstable-internet', {
    why: 'a UDP keepalive drop; "Timers: ping-restart 120" without ping makes nat-idle-timeout a candidate, not the answer',
  }),
  'written/win-2412-adapters-in-use.log': client('vpn-app-conflict'),
  'written/win-25-no-adapter.log': client('vpn-app-conflict'),
  'written/win-266-dco-incompatible.log': client('openvpn-version-incompatible'),
  'written/win-266-dco-version-issue.log': client('openvpn-version-incompatible'),
  'written/win-268-gui-tls-timeout.log': client('server-unreachable'),
};
