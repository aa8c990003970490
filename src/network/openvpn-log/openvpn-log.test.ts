import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../engine';
import { evaluators } from '../evaluators';
import { trees } from '../../trees';
import { EXPECTATIONS } from './corpus/expectations';
import {
  MAX_LINE_LENGTH,
  SIGNATURE_IDS,
  analyzeLog,
  createLogAnalyzer,
  findingLink,
  linkPath,
  provenAnswers,
  type LogAnalysis,
  type SignatureId,
} from '.';
import { RULES } from './signatures';

const corpus = import.meta.glob<string>('./corpus/{real,written}/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.fromEntries(
  Object.entries(corpus).map(([k, v]) => [k.replace('./corpus/', ''), v]),
);

/** The analyzer's answer: the cause of the first finding that has one. */
const answer = (a: LogAnalysis) => a.findings.find((f) => f.cause !== null)?.cause ?? null;

describe('log corpus', () => {
  it('has at least 60 logs, each with an expectation', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(files).sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  it('names the right first cause on ≥ 95 % of the logs and never links a wrong fatal cause', () => {
    let right = 0;
    let withCause = 0;
    let rightWithCause = 0;
    let expectedCauses = 0;
    const wrongFatal: string[] = [];
    const wrongTop: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      const e = EXPECTATIONS[name];
      if (!e) continue;
      const a = analyzeLog(text);
      const top = answer(a);
      if (top === e.top) right += 1;
      else wrongTop.push(`${name}: ${String(top)} (expected ${String(e.top)})`);
      if (top !== null) {
        withCause += 1;
        if (top === e.top) rightWithCause += 1;
      }
      if (e.top !== null) expectedCauses += 1;
      const ok = new Set([e.top, ...(e.allowed ?? [])]);
      for (const f of a.findings) {
        if (f.severity === 'fatal' && f.cause !== null && !ok.has(f.cause))
          wrongFatal.push(`${name}: ${f.id} → ${f.cause}`);
      }
      if (e.role) expect(a.role, name).toBe(e.role);
      expect(a.recognised, name).toBe(e.recognised ?? true);
    }
    const total = Object.keys(files).length;
    const precision = withCause === 0 ? 1 : rightWithCause / withCause;
    const recall = expectedCauses === 0 ? 1 : rightWithCause / expectedCauses;
    console.log(
      `log corpus: ${right}/${total} first cause right (${((100 * right) / total).toFixed(1)} %), ` +
        `precision ${(100 * precision).toFixed(1)} %, recall ${(100 * recall).toFixed(1)} %, ` +
        `wrong fatal links ${wrongFatal.length}`,
    );
    expect(wrongTop).toEqual([]);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
    expect(wrongFatal).toEqual([]);
  });

  it('gives the same result for any chunking', () => {
    const texts = Object.values(files).slice(0, 20);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.integer({ min: 1, max: 97 }),
        (i, size) => {
          const text = texts[i] ?? '';
          const s = createLogAnalyzer();
          for (let at = 0; at < text.length; at += size) s.push(text.slice(at, at + size));
          expect(JSON.stringify(s.finish())).toBe(JSON.stringify(analyzeLog(text)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** One line of every signature, in the wording of OpenVPN's source or real 2.6.14 output. */
const SAMPLES: { readonly [K in SignatureId]: string } = {
  'resolve-failed':
    'RESOLVE: Cannot resolve host address: vpn.example.invalid:1194 (Name or service not known)',
  'tcp-connect-refused': 'TCP: connect to [AF_INET]203.0.113.24:1194 failed: Connection refused',
  'tcp-connect-failed': 'TCP: connect to [AF_INET]203.0.113.24:443 failed: Connection timed out',
  'udp-refused': 'read UDPv4 [ECONNREFUSED]: Connection refused (fd=3,code=111)',
  'http-reply':
    'WARNING: Bad encapsulated packet length from peer (18516), which must be > 0 and <= 1627',
  'tls-initial-packet':
    'TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=5e1a9c3f 0b7d2e41',
  'server-poll-timeout': 'Server poll timeout, restarting',
  'tls-key-negotiation-timeout':
    'TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
  'tls-handshake-failed': 'TLS Error: TLS handshake failed',
  'tls-error': 'TLS_ERROR: BIO read tls_read_plaintext error',
  'tls-auth-hmac-failed':
    'TLS Error: cannot locate HMAC in incoming packet from [AF_INET]203.0.113.24:1194',
  'tls-crypt-unwrap-failed':
    'TLS Error: tls-crypt unwrapping failed from [AF_INET]203.0.113.24:1194',
  'tls-unsupported-protocol': 'OpenSSL: error:0A000102:SSL routines::unsupported protocol:',
  'cert-expired': 'VERIFY ERROR: depth=0, error=certificate has expired: CN=server, serial=4099',
  'own-cert-expired': 'WARNING: Your certificate has expired!',
  'alert-cert-expired': 'OpenSSL: error:0A000415:SSL routines::sslv3 alert certificate expired',
  'cert-not-yet-valid': 'VERIFY ERROR: depth=1, error=certificate is not yet valid: CN=vpn-ca',
  'cert-revoked':
    'VERIFY ERROR: depth=0, error=certificate revoked: CN=client-revoked, serial=4100',
  'cert-unknown-ca':
    'VERIFY ERROR: depth=0, error=unable to get local issuer certificate: CN=client-other, serial=4096',
  'cert-self-signed':
    'VERIFY ERROR: depth=1, error=self-signed certificate in certificate chain: CN=pki CA',
  'cert-weak': 'OpenSSL: error:0A00018E:SSL routines::ca md too weak:',
  'cert-verify-failed': 'VERIFY ERROR: depth=0, error=unsupported certificate purpose: CN=server',
  'cert-load-failed': 'Cannot load certificate file client.crt',
  'auth-challenge':
    'AUTH: Received control message: AUTH_FAILED,CRV1:R,E:Om01u7Fh4L:Y3Ix:Enter code',
  'auth-failed': 'AUTH: Received control message: AUTH_FAILED',
  'auth-failed-cipher':
    'AUTH: Received control message: AUTH_FAILED,Data channel cipher negotiation failed (no shared cipher)',
  'auth-token-expired': 'AUTH: Received control message: AUTH_FAILED,SESSION: token expired',
  'server-auth-failed':
    '127.0.0.1:47313 TLS Auth Error: Auth Username/Password verification failed for peer',
  'options-error':
    'Options error: Unrecognized option or missing or extra parameter(s) in client.ovpn:12: blah (2.6.14)',
  'option-inconsistent':
    "WARNING: 'link-mtu' is used inconsistently, local='link-mtu 1557', remote='link-mtu 1558'",
  'cipher-deprecated-option':
    "DEPRECATED OPTION: --cipher set to 'AES-128-CBC' but missing in --data-ciphers (AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305). OpenVPN ignores --cipher for cipher negotiations. ",
  'cipher-negotiation-failed':
    'OPTIONS ERROR: failed to negotiate cipher with server. Configure --data-ciphers-fallback if you want to connect to this server.',
  'cipher-not-allowed':
    'Error: negotiated cipher not allowed - AES-128-CBC not in AES-256-GCM:AES-128-GCM',
  'server-no-common-cipher':
    "client/127.0.0.1:42740 PUSH: No common cipher between server and client. Server data-ciphers: 'AES-256-CBC', client supported ciphers 'AES-128-GCM'",
  'compression-refused': "Compression is not allowed since allow-compression is set to 'stub-only'",
  'dco-incompatible':
    'OPTIONS ERROR: pushed options are incompatible with data channel offload. Use --disable-dco to connect to this server',
  'push-failed': 'ERROR: Failed to apply push options',
  'no-tap-adapter':
    'There are no TAP-Windows, Wintun or ovpn-dco adapters on this system.  You should be able to create an adapter by using tapctl.exe utility.',
  'adapters-in-use': 'All tap-windows6 adapters on this system are currently in use or disabled.',
  'tun-device-missing':
    'ERROR: Cannot open TUN/TAP dev /dev/net/tun: No such file or directory (errno=2)',
  'tun-open-failed':
    'ERROR: Cannot open TUN/TAP dev /dev/net/tun: Operation not permitted (errno=1)',
  'route-add-failed':
    'ERROR: route addition failed using CreateIpForwardEntry: The object already exists.',
  'tunnel-up': 'Initialization Sequence Completed',
  'tunnel-up-with-errors':
    'Initialization Sequence Completed With Errors ( see http://openvpn.net/faq.html#dhcpclientserv )',
  'cipher-negotiated': "Data Channel: cipher 'AES-256-GCM', peer-id: 0",
  'soft-reset': 'TLS: soft reset sec=3600/3600 bytes=1034512/-1 pkts=8210/0',
  'connection-reset': 'Connection reset, restarting [0]',
  'ping-restart': '[server] Inactivity timeout (--ping-restart), restarting',
  'mtu-bad-packet-length':
    'WARNING: Bad encapsulated packet length from peer (17481), which must be > 0 and <= 1627',
  'mtu-packet-too-large':
    'TCP/UDP packet too large on write to [AF_INET]203.0.113.24:1194 (tried=1641,max=1625)',
  'mtu-emsgsize': 'write UDPv4 [EMSGSIZE Path-MTU=1400]: Message too long (fd=3,code=90)',
  'mtu-frag-error': 'FRAG_IN error flags=0xfa2a187b: FRAG_TEST not implemented',
  'process-restarting': 'SIGUSR1[soft,tls-error] received, process restarting',
  'process-exiting': 'SIGTERM[soft,auth-failure] received, process exiting',
  'exited-fatal-error': 'Exiting due to fatal error',
  'version-known-issue':
    'OpenVPN 2.6.6 [git:v2.6.6/8c3a1f0e2b4d7a95] Windows-MSVC [SSL (OpenSSL)] [LZO] [LZ4] [PKCS11] [AEAD] [DCO] built on Aug 15 2023',
  'connect-event': 'EVENT: COMPRESSION_ENABLED',
  'duplicate-cn-replaced':
    "client1/198.51.100.7:50412 MULTI: new connection by client 'client1' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect.",
  'duplicate-cn-alternating': [
    '2026-11-20 09:14:03 198.51.100.7:50412 [client1] Peer Connection Initiated with [AF_INET]198.51.100.7:50412',
    '2026-11-20 09:20:11 203.0.113.80:61022 [client1] Peer Connection Initiated with [AF_INET]203.0.113.80:61022',
    "2026-11-20 09:20:11 client1/203.0.113.80:61022 MULTI: new connection by client 'client1' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect.",
    '2026-11-20 09:22:15 198.51.100.7:50413 [client1] Peer Connection Initiated with [AF_INET]198.51.100.7:50413',
    "2026-11-20 09:22:15 client1/198.51.100.7:50413 MULTI: new connection by client 'client1' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect.",
    '2026-11-20 09:24:19 203.0.113.80:61030 [client1] Peer Connection Initiated with [AF_INET]203.0.113.80:61030',
    "2026-11-20 09:24:19 client1/203.0.113.80:61030 MULTI: new connection by client 'client1' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect.",
  ].join('\n'),
  timers: 'Timers: ping 10, ping-restart 60',
  'os-sleep': '*Tunnelblick: Woke up from sleep. Attempting to re-establish connection...',
  'network-change': '*Tunnelblick leasewatch: A network configuration change was detected',
  // Candidates come from several lines (the first one gets the 09:14:03 stamp).
  'udp-no-reply': [
    'UDPv4 link remote: [AF_INET]203.0.113.24:1194',
    '2026-11-20 09:15:03 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
  ].join('\n'),
  'idle-drop-keepalive': [
    'UDPv4 link remote: [AF_INET]203.0.113.24:1194',
    'Initialization Sequence Completed',
    'Timers: ping-restart 60',
    '2026-11-20 09:30:03 [server] Inactivity timeout (--ping-restart), restarting',
  ].join('\n'),
  'drop-after-silence': [
    'UDPv4 link remote: [AF_INET]203.0.113.24:1194',
    '2026-11-20 09:14:05 Initialization Sequence Completed',
    '2026-11-20 11:02:41 [server] Inactivity timeout (--ping-restart), restarting',
  ].join('\n'),
  // The PUSH_REPLY and the tunnel-up line as real 2.6.14 writes them (corpus/real/dns-push),
  // under a Windows banner (the client applies pushed DNS) and a Linux one (it does not).
  'pushed-dns': [
    'OpenVPN 2.6.14 [git:v2.6.14/6c1e6d3b3d2e7a1f] Windows-MSVC [SSL (OpenSSL)] [LZO] [LZ4] [PKCS11] [AEAD] [DCO] built on Apr  2 2025',
    "2026-11-20 09:14:04 PUSH: Received control message: 'PUSH_REPLY,dhcp-option DNS 10.99.0.1,dhcp-option DOMAIN corp.example,route-gateway 10.99.0.1,topology subnet,ping 2,ping-restart 10,ifconfig 10.99.0.2 255.255.255.0,peer-id 0,cipher AES-256-GCM'",
    '2026-11-20 09:14:05 Initialization Sequence Completed',
  ].join('\n'),
  'pushed-dns-linux': [
    'OpenVPN 2.6.14 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO]',
    "2026-11-20 09:14:04 PUSH: Received control message: 'PUSH_REPLY,dns server 0 address 10.99.0.1,route-gateway 10.99.0.1,topology subnet,ifconfig 10.99.0.2 255.255.255.0,peer-id 0,cipher AES-256-GCM'",
    '2026-11-20 09:14:05 Initialization Sequence Completed',
  ].join('\n'),
};

describe('signatures', () => {
  it.each(SIGNATURE_IDS)('recognises %s', (id) => {
    const a = analyzeLog(`2026-11-20 09:14:03 ${SAMPLES[id]}`);
    expect(a.findings.map((f) => f.id)).toContain(id);
    expect(a.recognised).toBe(true);
  });

  it.each(SIGNATURE_IDS)(
    'links %s only with proven answers, reaching the cause or the first open question',
    (id) => {
      // The sample after a server reply, so that the context-dependent lines have a cause.
      const a = analyzeLog(
        `TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=1 2\n${SAMPLES[id]}`,
      );
      for (const f of a.findings) {
        const link = findingLink(f, trees);
        if (f.cause === null) {
          expect(link).toBeNull();
          continue;
        }
        if (!link) continue; // the cause is not in any tree on this branch yet
        const proven = provenAnswers(f)[link.tree] ?? {};
        for (const [k, v] of Object.entries(link.answers)) expect(proven[k], `${id} ${k}`).toBe(v);
        const tree = trees.find((t) => t.id === link.tree);
        if (!tree) throw new Error(link.tree);
        const r = resolve(tree, link.answers, { evaluators });
        if (r.done) expect(r.current.id).toBe(f.cause);
        else expect(Object.hasOwn(link.answers, r.current.id)).toBe(false);
        expect(linkPath('en', link)).toMatch(new RegExp(`^/en/diagnose/${link.tree}(\\?|$)`));
        const query = linkPath('en', link).split('?')[1] ?? '';
        expect(query).not.toMatch(/config-matches|client-cidr|client-lan|local-networks/);
      }
    },
  );

  it('never reads a follow-on line as a cause', () => {
    const a = analyzeLog(
      [
        'TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=1 2',
        'VERIFY ERROR: depth=0, error=certificate has expired: CN=server',
        'OpenSSL: error:0A000086:SSL routines::certificate verify failed:',
        'TLS Error: TLS handshake failed',
        'SIGUSR1[soft,tls-error] received, process restarting',
      ].join('\n'),
    );
    expect(a.findings[0]?.id).toBe('cert-expired');
    const handshake = a.findings.find((f) => f.id === 'tls-handshake-failed');
    expect(handshake?.severity).toBe('follow-on');
    expect(handshake?.params.after).toBe('cert-expired');
    expect(
      a.findings.some((f) => f.cause === 'endpoint-blocked' || f.cause === 'server-unreachable'),
    ).toBe(false);
  });

  it('reads a restart before the tunnel came up as "no answer", after it as a drop', () => {
    const before = analyzeLog(
      'UDPv4 link remote: [AF_INET]203.0.113.24:1194\nInactivity timeout (--ping-restart), restarting',
    );
    expect(answer(before)).toBe('server-unreachable');
    const after = analyzeLog(
      'TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=1 2\nInitialization Sequence Completed\nInactivity timeout (--ping-restart), restarting',
    );
    expect(answer(after)).toBe('unstable-internet');
  });

  it('flags only OpenVPN 2.6.6 on Windows, the one version the provider FAQ names (T13)', () => {
    const banner = (version: string, target: string) =>
      `OpenVPN ${version} [git:v${version}/8c3a1f0e2b4d7a95] ${target} [SSL (OpenSSL)] [LZO] [LZ4] [PKCS11] [AEAD] [DCO] built on Aug 15 2023`;
    const flagged = (version: string, target: string) =>
      analyzeLog(banner(version, target)).findings.some((f) => f.id === 'version-known-issue');
    expect(flagged('2.6.6', 'Windows-MSVC')).toBe(true);
    for (const v of ['2.6.0', '2.6.3', '2.6.5', '2.6.7', '2.6.14', '2.5.6']) {
      expect(flagged(v, v === '2.6.7' || v === '2.6.14' ? 'Windows' : 'Windows-MSVC'), v).toBe(
        false,
      );
    }
    expect(flagged('2.6.6', 'x86_64-pc-linux-gnu')).toBe(false);
  });

  it('says when pasted text is not an OpenVPN log', () => {
    expect(analyzeLog('hello\nworld\n').recognised).toBe(false);
    expect(
      analyzeLog('2026-11-20 09:14:03 UDPv4 link remote: [AF_INET]203.0.113.24:1194').recognised,
    ).toBe(true);
  });
});

describe('candidates and evidence for the causes no single line names', () => {
  const remote = '2026-11-20 09:14:04 UDPv4 link remote: [AF_INET]203.0.113.24:1194';
  const timeout =
    '2026-11-20 09:15:04 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)';
  const up = [
    remote,
    '2026-11-20 09:14:04 TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=1 2',
    '2026-11-20 09:14:05 Initialization Sequence Completed',
  ];
  const drop = (at: string) => `${at} [server] Inactivity timeout (--ping-restart), restarting`;
  const find = (a: LogAnalysis, id: SignatureId) => a.findings.find((f) => f.id === id);

  it('UDP and no reply ever: udp-blocked-network as a candidate right after server-unreachable', () => {
    const a = analyzeLog([remote, timeout].join('\n'));
    expect(answer(a)).toBe('server-unreachable');
    const first = a.findings[0];
    const c = a.findings[1];
    expect(first?.id).toBe('tls-key-negotiation-timeout');
    expect(c?.id).toBe('udp-no-reply');
    expect(c?.cause).toBe('udp-blocked-network');
    expect(c?.severity).toBe('warning');
    expect(c?.rankReason).toBe('candidate');
    expect(c?.lines).toEqual([1, 2]);
    expect(c?.params).toMatchObject({ remoteLine: 1, after: 'tls-key-negotiation-timeout' });
    const link = c ? findingLink(c, trees) : null;
    expect(link?.tree).toBe('cannot-connect');
    expect(link?.answers).toMatchObject({ 'initial-packet': 'absent', 'server-protocol': 'udp' });
  });

  it('no UDP candidate over TCP, after a server reply, or when the tunnel came up in the log', () => {
    const tcp = analyzeLog(
      '2026-11-20 09:14:04 TCP: connect to [AF_INET]203.0.113.24:443 failed: Connection timed out',
    );
    const replied = analyzeLog([up[0], up[1], timeout].join('\n'));
    const wasUp = analyzeLog(
      [
        ...up,
        '2026-11-20 10:00:00 SIGUSR1[soft,ping-restart] received, process restarting',
        remote,
        timeout,
      ].join('\n'),
    );
    for (const a of [tcp, replied, wasUp]) expect(find(a, 'udp-no-reply')).toBeUndefined();
  });

  it('a UDP keepalive drop with no client ping, or a slow one, makes nat-idle-timeout a candidate', () => {
    const none = analyzeLog(
      [...up, '2026-11-20 09:14:05 Timers: ping-restart 120', drop('2026-11-20 09:40:00')].join(
        '\n',
      ),
    );
    expect(answer(none)).toBe('unstable-internet');
    const c = find(none, 'idle-drop-keepalive');
    expect(c?.cause).toBe('nat-idle-timeout');
    expect(c?.basis).toBe('keepalive-missing');
    expect(c?.lines).toEqual([4, 5]);
    const slow = analyzeLog(
      [
        ...up,
        '2026-11-20 09:14:05 Timers: ping 180, ping-restart 600',
        drop('2026-11-20 09:40:00'),
      ].join('\n'),
    );
    expect(find(slow, 'idle-drop-keepalive')?.basis).toBe('keepalive-long');
    expect(find(slow, 'idle-drop-keepalive')?.params.ping).toBe(180);
  });

  it('no NAT candidate with a short keepalive, over TCP, without a Timers line, or before the tunnel', () => {
    const short = analyzeLog(
      [
        ...up,
        '2026-11-20 09:14:05 Timers: ping 10, ping-restart 60',
        drop('2026-11-20 09:40:00'),
      ].join('\n'),
    );
    const tcp = analyzeLog(
      [
        '2026-11-20 09:14:04 TCP_CLIENT link remote: [AF_INET]203.0.113.24:443',
        ...up.slice(1),
        '2026-11-20 09:14:05 Timers: ping-restart 120',
        drop('2026-11-20 09:40:00'),
      ].join('\n'),
    );
    const noTimers = analyzeLog([...up, drop('2026-11-20 09:40:00')].join('\n'));
    const before = analyzeLog(
      [remote, '2026-11-20 09:14:05 Timers: ping-restart 120', drop('2026-11-20 09:16:05')].join(
        '\n',
      ),
    );
    for (const a of [short, tcp, noTimers, before])
      expect(find(a, 'idle-drop-keepalive')).toBeUndefined();
  });

  it('a drop after more than an hour of silence makes sleep-roaming a candidate, with the gap', () => {
    const a = analyzeLog([...up, drop('2026-11-20 11:02:41')].join('\n'));
    expect(answer(a)).toBe('unstable-internet');
    const c = find(a, 'drop-after-silence');
    expect(c?.cause).toBe('sleep-roaming');
    expect(c?.rankReason).toBe('candidate');
    expect(c?.params).toMatchObject({ gapSeconds: 6516, gapFrom: 3 });
    expect(c?.lines).toEqual([3, 4]);
    // Syslog stamps have no year: the gap across the new year still holds.
    const syslog = analyzeLog(
      [
        'Dec 31 23:10:00 host openvpn[7]: UDPv4 link remote: [AF_INET]203.0.113.24:1194',
        'Dec 31 23:10:00 host openvpn[7]: Initialization Sequence Completed',
        'Jan  1 01:00:00 host openvpn[7]: [server] Inactivity timeout (--ping-restart), restarting',
      ].join('\n'),
    );
    expect(find(syslog, 'drop-after-silence')?.params.gapSeconds).toBe(6600);
  });

  it('no sleep candidate for a short silence, an unstamped log, or a drop before the tunnel', () => {
    const short = analyzeLog([...up, drop('2026-11-20 09:30:00')].join('\n'));
    const unstamped = analyzeLog(
      [
        'UDPv4 link remote: [AF_INET]203.0.113.24:1194',
        'Initialization Sequence Completed',
        '[server] Inactivity timeout (--ping-restart), restarting',
      ].join('\n'),
    );
    const before = analyzeLog([remote, drop('2026-11-20 12:00:00')].join('\n'));
    for (const a of [short, unstamped, before])
      expect(find(a, 'drop-after-silence')).toBeUndefined();
  });

  it("Tunnelblick's sleep and network-change lines name sleep-roaming", () => {
    const sleep = analyzeLog(
      '2026-11-20 12:41:17.009112 *Tunnelblick: Disconnecting because computer is going to sleep',
    );
    expect(answer(sleep)).toBe('sleep-roaming');
    const net = analyzeLog(
      'Fri Nov 20 12:41:17 2026 *Tunnelblick leasewatch: A network configuration change was detected',
    );
    expect(find(net, 'network-change')?.cause).toBe('sleep-roaming');
  });

  it('a server that drops a session for a duplicate name names shared-client-cert only when two hosts take turns', () => {
    const peer = (at: string, host: string, port: number) =>
      `2026-11-20 ${at} ${host}:${port} [laptop-01] Peer Connection Initiated with [AF_INET]${host}:${port}`;
    const dup = (at: string) =>
      `2026-11-20 ${at} MULTI: new connection by client 'laptop-01' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect.`;
    const head = '2026-11-20 09:00:00 MULTI: multi_init called, r=256 v=256';
    // One client reconnecting from new ports on the same host: no cause.
    const same = analyzeLog(
      [
        head,
        peer('09:14:03', '198.51.100.7', 1),
        peer('09:15:03', '198.51.100.7', 2),
        dup('09:15:03'),
        peer('09:16:03', '198.51.100.7', 3),
        dup('09:16:03'),
      ].join('\n'),
    );
    expect(same.role).toBe('server');
    expect(find(same, 'duplicate-cn-replaced')?.cause).toBeNull();
    expect(find(same, 'duplicate-cn-alternating')).toBeUndefined();
    // A laptop that moved once (A → B): still no cause.
    const moved = analyzeLog(
      [
        head,
        peer('09:14:03', '198.51.100.7', 1),
        peer('09:15:03', '203.0.113.80', 2),
        dup('09:15:03'),
      ].join('\n'),
    );
    expect(find(moved, 'duplicate-cn-alternating')).toBeUndefined();
    // A → B → A → B: two computers.
    const turns = analyzeLog(
      [
        head,
        peer('09:14:03', '198.51.100.7', 1),
        peer('09:31:40', '203.0.113.80', 2),
        dup('09:31:40'),
        peer('09:32:47', '198.51.100.7', 3),
        dup('09:32:47'),
        peer('09:33:55', '203.0.113.80', 4),
        dup('09:33:55'),
      ].join('\n'),
    );
    expect(answer(turns)).toBe('shared-client-cert');
    const f = find(turns, 'duplicate-cn-alternating');
    expect(f?.lines).toEqual([8]);
    expect(f?.matches[0]?.captures).toMatchObject({
      cn: 'laptop-01',
      host: '203.0.113.80',
      previous: '198.51.100.7',
    });
  });

  it('no candidate on a corpus log beyond the ones its expectation explains', () => {
    const seen: Record<string, string[]> = {};
    for (const [name, text] of Object.entries(files)) {
      const c = analyzeLog(text).findings.filter((f) => f.rankReason === 'candidate');
      if (c.length) seen[name] = c.map((f) => `${f.id}→${String(f.cause)}`);
    }
    expect(seen).toEqual({
      'real/dns-push.client.log': ['pushed-dns-linux→dns-server-not-set'],
      'real/tls-auth-direction.client.log': ['udp-no-reply→udp-blocked-network'],
      'real/tls-auth-mismatch.client.log': ['udp-no-reply→udp-blocked-network'],
      'real/tls-crypt-mismatch.client.log': ['udp-no-reply→udp-blocked-network'],
      'real/udp-silent-poll.client.log': ['udp-no-reply→udp-blocked-network'],
      'real/udp-silent.client.log': ['udp-no-reply→udp-blocked-network'],
      'written/docker-auth-token-expired.log': ['drop-after-silence→sleep-roaming'],
      'written/win-268-gui-tls-timeout.log': ['udp-no-reply→udp-blocked-network'],
      'written/win-26-nat-idle-no-ping.log': ['idle-drop-keepalive→nat-idle-timeout'],
    });
  });
});

describe('linear time', () => {
  /** Analysis time of 300 copies of `line`, best of five runs. */
  function time(line: string): number {
    const text = `${line}\n`.repeat(300);
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      analyzeLog(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  it("each rule's worst case grows linearly with the line length (n vs 4n, up to the maximum)", () => {
    // Lines built to defeat each pattern: the needle repeated, and the needle followed by a run
    // of a character its expression scans. A quadratic pattern would cost 16× at 4× the length.
    const needles = [...new Set(RULES.map((r) => r.needle))];
    fc.assert(
      fc.property(
        fc.constantFrom(...needles),
        fc.constantFrom('a', ' ', "'", ',', '(', '[', '0'),
        (needle, fill) => {
          const build = (len: number) => [
            needle.repeat(Math.ceil(len / needle.length)).slice(0, len),
            (needle + fill.repeat(len)).slice(0, len),
          ];
          const short = build(MAX_LINE_LENGTH / 4);
          const long = build(MAX_LINE_LENGTH);
          for (let i = 0; i < 2; i++) {
            const n = time(short[i] ?? '');
            const n4 = time(long[i] ?? '');
            expect(n4).toBeLessThan(n * 10 + 30);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
