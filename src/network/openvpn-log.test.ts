import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_LINE_LENGTH,
  MAX_MATCHES_PER_SIGNATURE,
  RANK_REASONS,
  SEVERITIES,
  SIGNATURES,
  SIGNATURE_IDS,
  TIMELINE_HEAD,
  TIMELINE_TAIL,
  analyzeLog,
  classifyLogInput,
  createLogAnalyzer,
  type LogAnalysis,
  type LogFinding,
  type SignatureId,
} from './openvpn-log';
import {
  BANNER_LINUX_259,
  BANNER_MAC_2412,
  BANNER_WIN_2412,
  BANNER_WIN_266,
  LINUX_2412_PERIODIC,
  LINUX_PERIODIC_RESTARTS,
  MAC_2412_CERT_EXPIRED,
  SIGNATURE_EXCERPTS,
  WIN_266_TCP_RESETS,
  WIN_266_TLS_TIMEOUT,
} from './openvpn-log-fixtures';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function finding(a: LogAnalysis, id: SignatureId): LogFinding {
  const f = a.findings.find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id} in ${a.findings.map((x) => x.id).join(',')}`);
  return f;
}

function ids(a: LogAnalysis): SignatureId[] {
  return a.findings.map((f) => f.id);
}

function streamed(text: string, cuts: readonly number[]): LogAnalysis {
  const analyzer = createLogAnalyzer();
  let prev = 0;
  for (const cut of [...cuts].sort((x, y) => x - y)) {
    analyzer.push(text.slice(prev, cut));
    prev = cut;
  }
  analyzer.push(text.slice(prev));
  return analyzer.finish();
}

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

describe('exported constants', () => {
  it('lists unique kebab-case signature ids, each with a spec', () => {
    expect(new Set(SIGNATURE_IDS).size).toBe(SIGNATURE_IDS.length);
    for (const id of SIGNATURE_IDS) {
      expect(id).toMatch(KEBAB);
      expect(SEVERITIES).toContain(SIGNATURES[id].severity);
    }
    expect(Object.keys(SIGNATURES).sort()).toEqual([...SIGNATURE_IDS].sort());
  });

  it('lists unique kebab-case rank reasons', () => {
    expect(new Set(RANK_REASONS).size).toBe(RANK_REASONS.length);
    for (const r of RANK_REASONS) expect(r).toMatch(KEBAB);
  });

  it('points wizard targets only at the agreed trees and diagnoses', () => {
    const known: Record<string, readonly string[]> = {
      'cannot-connect': [
        'invalid-config',
        'client-cert-expired',
        'client-clock-skew',
        'vpn-app-conflict',
        'endpoint-blocked',
        'read-the-logs',
      ],
      'periodic-disconnect': ['unstable-internet', 'server-config-changed'],
      'cipher-mismatch': ['ncp-negotiated'],
      'resources-unreachable': ['openvpn-version-incompatible'],
      'packet-loss': ['mtu-fragmentation'],
    };
    for (const id of SIGNATURE_IDS) {
      const t = SIGNATURES[id].wizardTarget;
      if (!t) continue;
      expect(known[t.tree], `${id} → ${t.tree}`).toBeDefined();
      expect(known[t.tree], `${id} → ${t.tree}/${t.diagnosis}`).toContain(t.diagnosis);
    }
  });
});

describe('one excerpt per signature', () => {
  for (const id of SIGNATURE_IDS) {
    const excerpt = SIGNATURE_EXCERPTS[id];
    it(`recognises ${id} (${excerpt.style} stamps)`, () => {
      const a = analyzeLog(excerpt.text);
      const f = finding(a, id);
      expect(f.severity).toBe(SIGNATURES[id].severity);
      expect(f.count).toBeGreaterThan(0);
      const m = f.matches[0];
      expect(m).toBeDefined();
      const lines = excerpt.text.split('\n');
      expect(lines[(m?.line ?? 0) - 1]).toBe(m?.text);
      expect(m?.timestamp?.epochMs).toEqual(expect.any(Number));
      expect(m?.timestamp?.yearAssumed).toBe(excerpt.style === 'syslog');
      if (excerpt.style === 'ctime') expect(m?.timestamp?.text).toMatch(/^[A-Z][a-z]{2} /);
      if (excerpt.style === 'iso') expect(m?.timestamp?.text).toMatch(/^\d{4}-\d{2}-\d{2} /);
      if (SIGNATURES[id].wizardTarget) expect(f.wizardTarget).toEqual(SIGNATURES[id].wizardTarget);
      else expect(f).not.toHaveProperty('wizardTarget');
    });
  }

  it('uses both timestamp styles across the excerpts', () => {
    const styles = new Set(Object.values(SIGNATURE_EXCERPTS).map((e) => e.style));
    expect(styles).toEqual(new Set(['iso', 'ctime', 'syslog']));
  });

  it('gives the same result for CRLF line ends', () => {
    for (const id of SIGNATURE_IDS) {
      const text = SIGNATURE_EXCERPTS[id].text;
      expect(analyzeLog(crlf(text))).toEqual(analyzeLog(text));
    }
  });
});

describe('variants and captures', () => {
  const one = (line: string) => analyzeLog(line).findings[0];

  it('captures the TLS timeout seconds', () => {
    const f = one(
      '2026-11-20 09:15:03 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
    );
    expect(f?.id).toBe('tls-key-negotiation-timeout');
    expect(f?.matches[0]?.captures).toEqual({ seconds: '60' });
  });

  it('reads both spellings of a self-signed certificate', () => {
    const old = one(
      'Fri Nov 20 09:14:04 2026 VERIFY ERROR: depth=0, error=self signed certificate: CN=vpn-gw-server',
    );
    expect(old?.id).toBe('cert-self-signed');
    expect(old?.matches[0]?.captures).toMatchObject({
      depth: '0',
      error: 'self signed certificate',
      subject: 'CN=vpn-gw-server',
    });
    const chain = one(SIGNATURE_EXCERPTS['cert-self-signed'].text.split('\n')[1] ?? '');
    expect(chain?.matches[0]?.captures.error).toBe('self-signed certificate in certificate chain');
  });

  it('tells where an expired certificate was noticed', () => {
    const a = analyzeLog(MAC_2412_CERT_EXPIRED);
    const sources = finding(a, 'cert-expired').matches.map((m) => m.captures.source);
    expect(sources).toEqual(['local-check', 'peer-alert']);
    const verify = finding(analyzeLog(SIGNATURE_EXCERPTS['cert-expired'].text), 'cert-expired');
    expect(verify.matches[0]?.captures).toMatchObject({ source: 'verify', depth: '1' });
    expect(verify.matches[0]?.captures.subject).toContain('CN=vpn-gw-ca');
    const notYet = one('2026-11-20 09:14:03 WARNING: Your certificate is not yet valid!');
    expect(notYet?.id).toBe('cert-not-yet-valid');
  });

  it('separates AUTH_FAILED for a cipher mismatch from a plain AUTH_FAILED', () => {
    const cipher = analyzeLog(SIGNATURE_EXCERPTS['auth-failed-cipher'].text);
    expect(ids(cipher)).toContain('auth-failed-cipher');
    expect(ids(cipher)).not.toContain('auth-failed');
    expect(finding(cipher, 'auth-failed-cipher').matches[0]?.captures.reason).toBe(
      'Data channel cipher negotiation failed (no shared cipher)',
    );
    const plain = analyzeLog(SIGNATURE_EXCERPTS['auth-failed'].text);
    expect(ids(plain)).toContain('auth-failed');
    expect(ids(plain)).not.toContain('auth-failed-cipher');
    expect(finding(plain, 'auth-failed').matches[0]?.captures).toEqual({});
  });

  it('does not take a challenge/response prompt for a failed login', () => {
    const a = analyzeLog(
      '2026-11-20 09:14:05 AUTH: Received control message: AUTH_FAILED,CRV1:R,E:Om01u7Fh4LrGBS7uh0SWmzwabUiGiW6l:Y3Ix:Enter your one-time code',
    );
    expect(a.findings).toEqual([]);
  });

  it('captures the server cipher of a failed negotiation', () => {
    const a = analyzeLog(SIGNATURE_EXCERPTS['cipher-negotiation-failed'].text);
    expect(finding(a, 'cipher-negotiation-failed').matches[0]?.captures).toEqual({
      serverCipher: 'AES-128-CBC',
      dataCiphers: 'AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305',
    });
  });

  it('captures the negotiated cipher of 2.4/2.5 and 2.6', () => {
    expect(
      one("Fri Nov 20 09:14:05 2026 Data Channel: using negotiated cipher 'AES-256-GCM'")
        ?.matches[0]?.captures,
    ).toEqual({ cipher: 'AES-256-GCM' });
    expect(
      one("2026-11-20 09:14:05 Data Channel: cipher 'AES-128-GCM', peer-id: 3")?.matches[0]
        ?.captures,
    ).toEqual({ cipher: 'AES-128-GCM' });
    expect(
      one("2026-11-20 09:14:05 Data Channel: cipher 'AES-128-CBC', auth 'SHA1', peer-id: 0")
        ?.matches[0]?.captures,
    ).toEqual({ cipher: 'AES-128-CBC', auth: 'SHA1' });
  });

  it('captures the inconsistent option', () => {
    const a = analyzeLog(SIGNATURE_EXCERPTS['option-inconsistent'].text);
    expect(finding(a, 'option-inconsistent').matches[0]?.captures).toEqual({
      option: 'link-mtu',
      local: 'link-mtu 1541',
      remote: 'link-mtu 1542',
    });
  });

  it('captures the host, port and reason of a resolve failure', () => {
    const a = analyzeLog(SIGNATURE_EXCERPTS['resolve-failed'].text);
    const f = finding(a, 'resolve-failed');
    expect(f.count).toBe(2);
    expect(f.matches[0]?.captures).toEqual({
      host: 'vpn-gw-1a2b3c.example.com',
      port: '1194',
      reason: 'Temporary failure in name resolution',
    });
    const win = one(
      '2026-11-20 09:14:03 RESOLVE: Cannot resolve host address: vpn.example.net:443 (No such host is known. )',
    );
    expect(win?.matches[0]?.captures).toEqual({
      host: 'vpn.example.net',
      port: '443',
      reason: 'No such host is known.',
    });
  });

  it('reads the missing-adapter line of 2.4, 2.5 and 2.6', () => {
    for (const line of [
      'There are no TAP-Windows adapters on this system.  You should be able to create a TAP-Windows adapter by going to Start -> All Windows Programs -> TAP-Windows -> Utilities -> Add a new TAP-Windows virtual ethernet adapter.',
      'There are no TAP-Windows nor Wintun adapters on this system. You should be able to create an adapter by using tapctl.exe utility.',
      'There are no TAP-Windows, Wintun or ovpn-dco adapters on this system.  You should be able to create an adapter by using tapctl.exe utility.',
    ]) {
      expect(one(`2026-11-20 09:14:05 ${line}`)?.id).toBe('no-tap-adapter');
    }
    expect(
      one(
        '2026-11-20 09:14:05 There are no TAP-Windows, Wintun or ovpn-dco adapters on this system.',
      )?.matches[0]?.captures,
    ).toEqual({ drivers: 'TAP-Windows, Wintun or ovpn-dco' });
  });

  it('reads the adapters-in-use line of 2.4 and 2.5+', () => {
    const old = one(
      'Fri Nov 20 09:14:05 2026 All TAP-Windows adapters on this system are currently in use.',
    );
    expect(old?.id).toBe('adapters-in-use');
    expect(old?.matches[0]?.captures).toEqual({ driver: 'TAP-Windows' });
    const dco = one(
      '2026-11-20 09:14:05 All ovpn-dco adapters on this system are currently in use or disabled.',
    );
    expect(dco?.matches[0]?.captures).toEqual({ driver: 'ovpn-dco' });
  });

  it('reads both route failures and ignores the harmless "route exists" note', () => {
    const a = analyzeLog(SIGNATURE_EXCERPTS['route-add-failed'].text);
    expect(finding(a, 'route-add-failed').matches.map((m) => m.captures.method)).toEqual([
      'CreateIpForwardEntry',
      'Windows route add',
    ]);
    expect(
      analyzeLog('2026-11-20 09:14:10 NOTE: Linux route add command failed because route exists')
        .findings,
    ).toEqual([]);
    expect(
      one('2026-11-20 09:14:10 ERROR: Linux route add command failed')?.matches[0]?.captures,
    ).toEqual({ method: 'Linux route add' });
  });

  it('reads the MTU lines', () => {
    const big = analyzeLog(SIGNATURE_EXCERPTS['mtu-packet-too-large'].text);
    expect(finding(big, 'mtu-packet-too-large').matches[0]?.captures).toEqual({
      remote: '[AF_INET]203.0.113.24:1194',
      tried: '1641',
      max: '1625',
    });
    const bad = analyzeLog(SIGNATURE_EXCERPTS['mtu-bad-packet-length'].text);
    expect(finding(bad, 'mtu-bad-packet-length').matches[0]?.captures).toEqual({
      length: '17481',
    });
    const frag = analyzeLog(SIGNATURE_EXCERPTS['mtu-frag-error'].text);
    expect(finding(frag, 'mtu-frag-error').count).toBe(2);
  });

  it('reads TCP connect failures of 2.4 and 2.5+', () => {
    const older = one(
      'Fri Nov 20 09:14:15 2026 TCP: connect to [AF_INET]203.0.113.24:443 failed, will try again in 5 seconds: Connection refused',
    );
    expect(older?.matches[0]?.captures).toEqual({
      remote: '[AF_INET]203.0.113.24:443',
      reason: 'Connection refused',
    });
  });

  it('reads restart signals with their reasons', () => {
    const a = analyzeLog(SIGNATURE_EXCERPTS['tcp-connect-failed'].text);
    expect(finding(a, 'process-restarting').matches[0]?.captures).toEqual({
      signal: 'SIGUSR1',
      kind: 'connection failed(soft)',
      reason: 'connection-failed',
    });
    const exit = analyzeLog(SIGNATURE_EXCERPTS['process-exiting'].text);
    expect(finding(exit, 'process-exiting').matches[0]?.captures).toEqual({
      signal: 'SIGTERM',
      kind: 'hard',
    });
  });
});

describe('client banner', () => {
  it('reads OpenVPN 2.6.6 on Windows, with DCO and libraries', () => {
    const a = analyzeLog(WIN_266_TLS_TIMEOUT);
    expect(a.client).toEqual({
      version: '2.6.6',
      major: 2,
      minor: 6,
      patch: 6,
      target: 'Windows-MSVC',
      platform: 'windows',
      ssl: 'OpenSSL',
      dcoBuild: true,
      libraries: 'OpenSSL 3.1.2 1 Aug 2023, LZO 2.10',
      line: 2,
    });
    expect(finding(a, 'version-known-issue').matches[0]?.captures).toEqual({ version: '2.6.6' });
  });

  it('reads Linux, macOS and older Windows banners, full or short', () => {
    const cases: [string, string, string, string][] = [
      [BANNER_LINUX_259, '2.5.9', 'x86_64-pc-linux-gnu', 'linux'],
      ['OpenVPN 2.5.9 x86_64-pc-linux-gnu', '2.5.9', 'x86_64-pc-linux-gnu', 'linux'],
      [BANNER_MAC_2412, '2.4.12', 'x86_64-apple-darwin19.6.0', 'macos'],
      ['OpenVPN 2.4.12 x86_64-apple-darwin', '2.4.12', 'x86_64-apple-darwin', 'macos'],
      [BANNER_WIN_2412, '2.4.12', 'x86_64-w64-mingw32', 'windows'],
      [
        'OpenVPN 2.6.6 [git:v2.6.6/8c3a1f0e2b4d7a95] Windows-MSVC [SSL (OpenSSL)] x86_64-w64-mingw32',
        '2.6.6',
        'Windows-MSVC',
        'windows',
      ],
      [
        'OpenVPN 2.6.12 x86_64-unknown-freebsd14.1 [SSL (OpenSSL)]',
        '2.6.12',
        'x86_64-unknown-freebsd14.1',
        'other',
      ],
    ];
    for (const [banner, version, target, platform] of cases) {
      for (const stamp of ['2026-11-20 09:14:03 ', 'Fri Nov 20 09:14:03 2026 ']) {
        const c = analyzeLog(`${stamp}${banner}`).client;
        expect(c, banner).toMatchObject({ version, target, platform });
      }
    }
  });

  it('does not take other lines mentioning OpenVPN for the banner', () => {
    const a = analyzeLog(
      [
        "2026-11-20 09:14:03 DEPRECATED OPTION: --cipher set to 'AES-128-CBC' but missing in --data-ciphers (AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305). OpenVPN ignores --cipher for cipher negotiations. ",
        '2026-11-20 09:14:03 Note: OpenVPN versions before 2.5 defaulted to BF-CBC',
        '2026-11-20 09:14:03 OpenVPN GUI 11.44.0.0/2.6.6',
      ].join('\n'),
    );
    expect(a.client).toBeNull();
  });

  it('flags only Windows 2.6.0–2.6.6 as a known-issue version', () => {
    const flagged = (banner: string) =>
      ids(analyzeLog(`2026-11-20 09:14:03 ${banner}`)).includes('version-known-issue');
    expect(flagged(BANNER_WIN_266)).toBe(true);
    expect(flagged(BANNER_WIN_266.replace('2.6.6', '2.6.0'))).toBe(true);
    expect(flagged(BANNER_WIN_266.replace('2.6.6', '2.6.7'))).toBe(false);
    expect(flagged('OpenVPN 2.6.6 x86_64-pc-linux-gnu [SSL (OpenSSL)]')).toBe(false);
    expect(flagged(BANNER_WIN_2412)).toBe(false);
  });
});

describe('tunnel state and data cipher', () => {
  it('sees the tunnel come up and go down again (2.6 Windows, TCP resets)', () => {
    const a = analyzeLog(WIN_266_TCP_RESETS);
    expect(a.tunnel).toMatchObject({
      cameUp: true,
      upCount: 2,
      upWithErrors: false,
      wentDownAfterUp: true,
      downCount: 2,
      upAtEnd: false,
      sessionDurationsMs: [(20 * 60 + 31) * 1000, (20 * 60 + 14) * 1000],
    });
    expect(a.dataCipher).toEqual({ name: 'AES-256-GCM', line: 34, source: 'negotiated' });
  });

  it('ends up when the log ends with the tunnel up (2.4 Linux)', () => {
    const a = analyzeLog(LINUX_2412_PERIODIC);
    expect(a.tunnel.cameUp).toBe(true);
    expect(a.tunnel.upCount).toBe(5);
    expect(a.tunnel.upAtEnd).toBe(true);
    expect(a.dataCipher?.name).toBe('AES-256-GCM');
    expect(a.dataCipher?.source).toBe('negotiated');
  });

  it('never comes up on a TLS timeout', () => {
    const a = analyzeLog(WIN_266_TLS_TIMEOUT);
    expect(a.tunnel).toMatchObject({ cameUp: false, wentDownAfterUp: false, upAtEnd: false });
    expect(a.dataCipher).toBeNull();
  });

  it('marks a tunnel that came up with errors', () => {
    const a = analyzeLog(SIGNATURE_EXCERPTS['tunnel-up-with-errors'].text);
    expect(a.tunnel).toMatchObject({ cameUp: true, upWithErrors: true, upAtEnd: true });
    expect(ids(a)).not.toContain('tunnel-up');
  });

  it('falls back to the initialized cipher when no negotiation line exists', () => {
    const a = analyzeLog(
      [
        "Fri Nov 20 09:14:05 2026 Outgoing Data Channel: Cipher 'AES-128-CBC' initialized with 128 bit key",
        "Fri Nov 20 09:14:05 2026 Incoming Data Channel: Cipher 'AES-128-CBC' initialized with 128 bit key",
      ].join('\n'),
    );
    expect(a.dataCipher).toEqual({ name: 'AES-128-CBC', line: 1, source: 'initialized' });
  });
});

describe('ranking', () => {
  const noisyAfterTimeout = [
    `2026-11-20 09:14:03 ${BANNER_WIN_266}`,
    '2026-11-20 09:14:03 Windows version 10.0 (Windows 10 or greater), amd64 executable',
    '2026-11-20 09:14:03 library versions: OpenSSL 3.1.2 1 Aug 2023, LZO 2.10',
    '2026-11-20 09:14:04 TCP/UDP: Preserving recently used remote address: [AF_INET]203.0.113.24:1194',
    '2026-11-20 09:14:04 UDPv4 link local: (not bound)',
    '2026-11-20 09:14:04 UDPv4 link remote: [AF_INET]203.0.113.24:1194',
    '2026-11-20 09:14:04 MANAGEMENT: >STATE:1795133644,WAIT,,,,,,',
    "2026-11-20 09:14:04 MANAGEMENT: CMD 'bytecount 5'",
    "2026-11-20 09:14:04 MANAGEMENT: CMD 'state'",
    '2026-11-20 09:15:04 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
    '2026-11-20 09:15:04 TLS Error: TLS handshake failed',
    '2026-11-20 09:15:04 SIGUSR1[soft,tls-error] received, process restarting',
    '2026-11-20 09:15:05 RESOLVE: Cannot resolve host address: vpn.example.net:1194 (No such host is known. )',
    '2026-11-20 09:15:05 SIGUSR1[soft,init_instance] received, process restarting',
    "2026-11-20 09:15:10 WARNING: 'link-mtu' is used inconsistently, local='link-mtu 1541', remote='link-mtu 1542'",
    '2026-11-20 09:15:12 ERROR: Windows route add command failed [adaptive]: returned error code 1',
    '2026-11-20 09:15:12 Exiting due to fatal error',
    '2026-11-20 09:15:12 SIGTERM[hard,] received, process exiting',
  ].join('\n');

  it('ranks a TLS timeout at line 10 before later noise', () => {
    const a = analyzeLog(noisyAfterTimeout);
    const top = a.findings[0];
    expect(top?.id).toBe('tls-key-negotiation-timeout');
    expect(top?.firstLine).toBe(10);
    expect(top?.rankReason).toBe('first-fatal');
    expect(top?.rank).toBe(1);
    expect(a.findings.map((f) => [f.id, f.rankReason])).toEqual([
      ['tls-key-negotiation-timeout', 'first-fatal'],
      ['tls-handshake-failed', 'fatal'],
      ['resolve-failed', 'fatal'],
      ['route-add-failed', 'error'],
      ['exited-fatal-error', 'error'],
      ['version-known-issue', 'warning'],
      ['process-restarting', 'warning'],
      ['option-inconsistent', 'warning'],
      ['process-exiting', 'informational'],
    ]);
    a.findings.forEach((f, i) => expect(f.rank).toBe(i + 1));
  });

  it('ranks the first fatal by line, whatever the order of the rules', () => {
    const a = analyzeLog(MAC_2412_CERT_EXPIRED);
    expect(a.findings[0]).toMatchObject({ id: 'cert-expired', rankReason: 'first-fatal' });
    expect(finding(a, 'tls-handshake-failed').rankReason).toBe('fatal');
    const b = analyzeLog(WIN_266_TLS_TIMEOUT);
    expect(b.findings[0]).toMatchObject({
      id: 'tls-key-negotiation-timeout',
      rankReason: 'first-fatal',
      firstLine: 20,
      count: 2,
    });
  });

  it('puts repeated ping timeouts first in a periodic-disconnect log', () => {
    const a = analyzeLog(LINUX_2412_PERIODIC);
    expect(a.findings[0]).toMatchObject({ id: 'ping-restart', rankReason: 'repeated', count: 4 });
    expect(finding(a, 'process-restarting').rankReason).toBe('repeated');
    expect(finding(a, 'tunnel-up').rankReason).toBe('informational');
    expect(finding(a, 'cipher-negotiated').rankReason).toBe('informational');
  });

  it('demotes a fatal error the client recovered from', () => {
    const a = analyzeLog(
      [
        '2026-11-20 09:14:03 RESOLVE: Cannot resolve host address: vpn.example.net:1194 (No such host is known. )',
        '2026-11-20 09:14:03 SIGUSR1[soft,init_instance] received, process restarting',
        "2026-11-20 09:14:10 Data Channel: cipher 'AES-256-GCM', peer-id: 0",
        '2026-11-20 09:14:10 Initialization Sequence Completed',
        '2026-11-20 09:20:03 Connection reset, restarting [0]',
        '2026-11-20 09:20:03 SIGUSR1[soft,connection-reset] received, process restarting',
        '2026-11-20 09:20:04 TCP/UDP packet too large on write to [AF_INET]203.0.113.24:1194 (tried=1641,max=1625)',
      ].join('\n'),
    );
    expect(a.findings.map((f) => [f.id, f.rankReason])).toEqual([
      ['connection-reset', 'after-tunnel-up'],
      ['resolve-failed', 'recovered'],
      ['mtu-packet-too-large', 'after-tunnel-up'],
      ['process-restarting', 'warning'],
      ['cipher-negotiated', 'informational'],
      ['tunnel-up', 'informational'],
    ]);
  });

  it('gives every finding a known reason and a rank equal to its position', () => {
    for (const text of [
      WIN_266_TLS_TIMEOUT,
      LINUX_2412_PERIODIC,
      MAC_2412_CERT_EXPIRED,
      WIN_266_TCP_RESETS,
      ...Object.values(SIGNATURE_EXCERPTS).map((e) => e.text),
    ]) {
      const a = analyzeLog(text);
      a.findings.forEach((f, i) => {
        expect(f.rank).toBe(i + 1);
        expect(RANK_REASONS).toContain(f.rankReason);
      });
      expect(a.findings.filter((f) => f.rankReason === 'first-fatal').length).toBeLessThanOrEqual(
        1,
      );
    }
  });
});

describe('restarts and intervals', () => {
  it('measures the intervals of a periodic disconnect (ctime stamps)', () => {
    const r = analyzeLog(LINUX_2412_PERIODIC).restarts;
    expect(r.count).toBe(4);
    expect(r.events.map((e) => e.timestamp?.text)).toEqual([...LINUX_PERIODIC_RESTARTS]);
    expect(r.events.map((e) => e.reason)).toEqual([
      'ping-restart',
      'ping-restart',
      'ping-restart',
      'ping-restart',
    ]);
    expect(r.intervalsMs).toEqual([1868000, 1871000, 1864000]);
    expect(r.medianIntervalMs).toBe(1868000);
    expect(r.minIntervalMs).toBe(1864000);
    expect(r.maxIntervalMs).toBe(1871000);
    expect(r.periodic).toBe(true);
    expect(r.events[0]?.timestamp?.epochMs).toBe(Date.UTC(2026, 10, 20, 9, 45, 12));
  });

  it('measures intervals from ISO stamps', () => {
    const r = analyzeLog(WIN_266_TCP_RESETS).restarts;
    expect(r.intervalsMs).toEqual([(20 * 60 + 21) * 1000]);
    expect(r.periodic).toBe(false);
  });

  it('does not call irregular restarts periodic', () => {
    const stamps = ['09:00:00', '09:02:00', '09:40:00', '09:41:00', '11:30:00'];
    const text = stamps
      .map((t) => `2026-11-20 ${t} SIGUSR1[soft,ping-restart] received, process restarting`)
      .join('\n');
    const r = analyzeLog(text).restarts;
    expect(r.intervalsMs).toEqual([120000, 2280000, 60000, 6540000]);
    expect(r.periodic).toBe(false);
  });

  it('reads year-less journal stamps across the new year', () => {
    const text = [
      'Dec 31 23:50:00 laptop openvpn[2214]: SIGUSR1[soft,ping-restart] received, process restarting',
      'Jan  1 00:20:00 laptop openvpn[2214]: SIGUSR1[soft,ping-restart] received, process restarting',
      'Jan  1 00:50:00 laptop openvpn[2214]: SIGUSR1[soft,ping-restart] received, process restarting',
    ].join('\n');
    const r = analyzeLog(text).restarts;
    expect(r.intervalsMs).toEqual([1800000, 1800000]);
    expect(r.periodic).toBe(true);
    expect(r.events[0]?.timestamp?.yearAssumed).toBe(true);
  });

  it('skips the interval when a stamp is missing', () => {
    const text = [
      '2026-11-20 09:00:00 SIGUSR1[soft,ping-restart] received, process restarting',
      'SIGUSR1[soft,ping-restart] received, process restarting',
      '2026-11-20 09:30:00 SIGUSR1[soft,ping-restart] received, process restarting',
      '2026-11-20 10:00:00 SIGUSR1[soft,ping-restart] received, process restarting',
    ].join('\n');
    const r = analyzeLog(text).restarts;
    expect(r.count).toBe(4);
    expect(r.events[1]?.timestamp).toBeNull();
    expect(r.intervalsMs).toEqual([1800000]);
  });
});

describe('timestamps', () => {
  const stampOf = (line: string) =>
    analyzeLog(`${line} Initialization Sequence Completed`).findings[0]?.matches[0]?.timestamp;

  it('reads the 2.5+/Windows GUI ISO stamp, with us= or a fraction', () => {
    expect(stampOf('2026-11-20 09:14:03')).toEqual({
      text: '2026-11-20 09:14:03',
      epochMs: Date.UTC(2026, 10, 20, 9, 14, 3),
      zoned: false,
      yearAssumed: false,
    });
    expect(stampOf('2026-11-20 09:14:03 us=4567')?.epochMs).toBe(
      Date.UTC(2026, 10, 20, 9, 14, 3, 4),
    );
    expect(stampOf('2026-11-20 09:14:03.512877')?.epochMs).toBe(
      Date.UTC(2026, 10, 20, 9, 14, 3, 512),
    );
  });

  it('reads the 2.4 ctime stamp, padded days and us= included', () => {
    expect(stampOf('Fri Nov 20 09:14:03 2026')?.epochMs).toBe(Date.UTC(2026, 10, 20, 9, 14, 3));
    expect(stampOf('Tue Dec  3 11:46:13 2019 us=146679')?.epochMs).toBe(
      Date.UTC(2019, 11, 3, 11, 46, 13, 146),
    );
  });

  it('reads zoned and epoch stamps as true instants', () => {
    expect(stampOf('2026-11-20T09:14:03+0900 laptop openvpn[2214]:')).toMatchObject({
      epochMs: Date.UTC(2026, 10, 20, 0, 14, 3),
      zoned: true,
    });
    const mgmt = analyzeLog('>LOG:1795133643,N,Initialization Sequence Completed').findings[0];
    expect(mgmt?.matches[0]?.timestamp).toMatchObject({ epochMs: 1795133643000, zoned: true });
  });

  it('prefers OpenVPN’s own stamp inside a journal line', () => {
    expect(stampOf('Dec 03 11:46:13 host openvpn[1448]: Tue Dec  3 11:46:13 2019')).toMatchObject({
      epochMs: Date.UTC(2019, 11, 3, 11, 46, 13),
      yearAssumed: false,
    });
  });

  it('returns null for lines without a stamp or with an impossible one', () => {
    expect(stampOf('')).toBeNull();
    expect(stampOf('2026-13-45 99:99:99')).toMatchObject({ epochMs: null });
  });
});

describe('lines, matches and timeline', () => {
  it('counts lines with LF, CRLF and a missing final newline', () => {
    expect(analyzeLog('').lineCount).toBe(0);
    expect(analyzeLog('a').lineCount).toBe(1);
    expect(analyzeLog('a\n').lineCount).toBe(1);
    expect(analyzeLog('a\r\nb\r\n').lineCount).toBe(2);
    expect(analyzeLog('\n\n').lineCount).toBe(2);
    expect(analyzeLog(WIN_266_TLS_TIMEOUT).lineCount).toBe(WIN_266_TLS_TIMEOUT.split('\n').length);
  });

  it('ignores a byte-order mark on the first line', () => {
    const a = analyzeLog(`\uFEFF2026-11-20 09:14:03 ${BANNER_WIN_266}`);
    expect(a.client?.version).toBe('2.6.6');
  });

  it('keeps the first matches per signature but counts them all', () => {
    const line =
      '2026-11-20 09:15:04 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)';
    const a = analyzeLog(Array.from({ length: 25 }, () => line).join('\n'));
    const f = finding(a, 'tls-key-negotiation-timeout');
    expect(f.count).toBe(25);
    expect(f.matches).toHaveLength(MAX_MATCHES_PER_SIGNATURE);
    expect(f.matches.map((m) => m.line)).toEqual(
      Array.from({ length: MAX_MATCHES_PER_SIGNATURE }, (_, i) => i + 1),
    );
    expect(f.firstLine).toBe(1);
    expect(f.lastLine).toBe(25);
  });

  it('orders the timeline by line', () => {
    const a = analyzeLog(MAC_2412_CERT_EXPIRED);
    expect(a.timeline.events.map((e) => [e.line, e.id])).toEqual([
      [3, 'cert-expired'],
      [11, 'cert-expired'],
      [14, 'tls-handshake-failed'],
      [15, 'process-restarting'],
    ]);
    expect(a.timeline).toMatchObject({ total: 4, omitted: 0, omittedAfter: null });
  });

  it('keeps the head and the tail of a very long timeline', () => {
    const n = TIMELINE_HEAD + TIMELINE_TAIL + 137;
    const text = Array.from(
      { length: n },
      (_, i) => `2026-11-20 09:14:03 Connection reset, restarting [${i}]`,
    ).join('\n');
    const t = analyzeLog(text).timeline;
    expect(t.total).toBe(n);
    expect(t.events).toHaveLength(TIMELINE_HEAD + TIMELINE_TAIL);
    expect(t.omitted).toBe(137);
    expect(t.omittedAfter).toBe(TIMELINE_HEAD - 1);
    expect(t.events[TIMELINE_HEAD - 1]?.line).toBe(TIMELINE_HEAD);
    expect(t.events[TIMELINE_HEAD]?.line).toBe(TIMELINE_HEAD + 137 + 1);
    expect(t.events.at(-1)?.line).toBe(n);
  });

  it('examines an overlong line up to the limit', () => {
    const long = `2026-11-20 09:14:03 Options error: ${'x'.repeat(MAX_LINE_LENGTH * 3)}`;
    const text = `${long}\n2026-11-20 09:14:04 Exiting due to fatal error\n`;
    const a = analyzeLog(text);
    expect(a.longLineCount).toBe(1);
    expect(a.lineCount).toBe(2);
    expect(finding(a, 'options-error').matches[0]?.text).toHaveLength(MAX_LINE_LENGTH);
    expect(finding(a, 'exited-fatal-error').firstLine).toBe(2);
    expect(streamed(text, [10, 5000, 9000, 12300])).toEqual(a);
  });

  it('returns plain data that survives structured cloning', () => {
    const a = analyzeLog(LINUX_2412_PERIODIC);
    expect(structuredClone(a)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('streaming', () => {
  const fixtures = [
    WIN_266_TLS_TIMEOUT,
    crlf(WIN_266_TCP_RESETS),
    LINUX_2412_PERIODIC,
    crlf(MAC_2412_CERT_EXPIRED),
    ...Object.values(SIGNATURE_EXCERPTS).map((e) => e.text),
  ];

  it('gives the whole-text result for any chunking of the fixtures', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.nat(), { maxLength: 40 }),
        (text, raw) => {
          const cuts = raw.map((c) => c % (text.length + 1));
          expect(streamed(text, cuts)).toEqual(analyzeLog(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the whole-text result for any chunking of mixed garbage and log lines', () => {
    const fixtureLines = fixtures.flatMap((t) => t.split('\n'));
    const piece = fc.oneof(
      fc.constantFrom(...fixtureLines),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom('\n', '\r\n', '\r', '\uFEFF', 'x'.repeat(MAX_LINE_LENGTH - 1), '\ud83d'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (pieces, raw) => {
          const text = pieces.join('');
          const cuts = raw.map((c) => c % (text.length + 1));
          expect(streamed(text, cuts)).toEqual(analyzeLog(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ignores pushes after finish and returns the same result again', () => {
    const analyzer = createLogAnalyzer();
    analyzer.push(WIN_266_TLS_TIMEOUT);
    const first = analyzer.finish();
    analyzer.push('\n2026-11-20 09:20:00 Initialization Sequence Completed\n');
    expect(analyzer.finish()).toBe(first);
    expect(first.tunnel.cameUp).toBe(false);
  });
});

describe('never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const a = analyzeLog(text);
        expect(a.lineCount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary strings near the patterns', () => {
    const needles = [
      'TLS key negotiation failed to occur within ',
      'VERIFY ERROR: depth=',
      'AUTH_FAILED,',
      "Data Channel: cipher '",
      "WARNING: '",
      'RESOLVE: Cannot resolve host address: ',
      'There are no ',
      'All ',
      ' adapters on this system',
      'SIGUSR1[',
      '] received, process restarting',
      'OpenVPN 2.',
      'Cannot open TUN/TAP dev ',
      '2026-11-20 09:14:03 ',
      'Fri Nov 20 09:14:03 2026 ',
      'Nov 20 09:14:03 host openvpn[1]: ',
      '>LOG:',
      '\n',
    ];
    const token = fc.oneof(fc.constantFrom(...needles), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = tokens.join('');
        expect(() => analyzeLog(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('on values that are not strings', () => {
    const odd: unknown[] = [undefined, null, 42, {}, []];
    for (const v of odd) {
      expect(analyzeLog(v as string).lineCount).toBe(0);
      const analyzer = createLogAnalyzer();
      analyzer.push(v as string);
      expect(analyzer.finish().findings).toEqual([]);
      expect(classifyLogInput(v as Uint8Array)).toBe('empty');
    }
  });
});

describe('classifyLogInput', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('classifies empty and blank input', () => {
    expect(classifyLogInput(new Uint8Array())).toBe('empty');
    expect(classifyLogInput(utf8(' \r\n\t\n'))).toBe('empty');
    expect(classifyLogInput(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('empty');
  });

  it('classifies NUL bytes as binary', () => {
    expect(
      classifyLogInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    ).toBe('binary');
    expect(classifyLogInput(utf8('2026-11-20 09:14:03 ok\u0000'))).toBe('binary');
  });

  it('classifies invalid UTF-8, Shift_JIS and UTF-16 with a BOM as not-utf8', () => {
    expect(classifyLogInput(new Uint8Array([0x41, 0xc3, 0x28]))).toBe('not-utf8');
    // 「接続」 in Shift_JIS.
    expect(classifyLogInput(new Uint8Array([0x90, 0xda, 0x91, 0xb1]))).toBe('not-utf8');
    expect(classifyLogInput(new Uint8Array([0xff, 0xfe, 0x32, 0x00, 0x30, 0x00]))).toBe('not-utf8');
  });

  it('accepts UTF-8 logs, with or without a BOM, Japanese text included', () => {
    expect(classifyLogInput(utf8(WIN_266_TLS_TIMEOUT))).toBe('ok');
    expect(classifyLogInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('OpenVPN 2.6.6')]))).toBe(
      'ok',
    );
    expect(
      classifyLogInput(
        utf8(
          '2026-11-20 09:14:03 RESOLVE: Cannot resolve host address: vpn:1194 (そのようなホストは不明です。)',
        ),
      ),
    ).toBe('ok');
  });
});
