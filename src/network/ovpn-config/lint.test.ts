import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addressRange,
  lintOvpnConfig,
  remotesOf,
  type LintContext,
  type LintFinding,
} from './lint';
import { parseOvpnConfig } from './parse';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const lint = (text: string, context: LintContext = {}) =>
  lintOvpnConfig(parseOvpnConfig(text), context);
const codes = (findings: readonly LintFinding[]) => findings.map((f) => f.code);
const find = (findings: readonly LintFinding[], code: string) =>
  findings.find((f) => f.code === code);

/** A minimal valid 2.6 client (file references instead of inline blocks). */
const BASE = [
  'client',
  'dev tun',
  'remote vpn.example.test 1194 udp',
  'remote-cert-tls server',
  'ca ca.crt',
  'cert client.crt',
  'key client.key',
].join('\n');

describe('lintOvpnConfig: the fixtures', () => {
  it('legacy bundle: every 2.6 problem OpenVPN 2.6.14 itself reports', () => {
    // Real OpenVPN 2.6.14 on this file: "Options error: Unrecognized option … keysize",
    // "WARNING: Compression for receiving enabled", "DEPRECATED OPTION: --cipher set to
    // 'AES-128-CBC' but missing in --data-ciphers", "Note: '--allow-compression' is not set to
    // 'no', disabling data channel offload.", "WARNING: --ns-cert-type is DEPRECATED".
    const f = lint(fixture('legacy.ovpn'));
    expect(find(f, 'removed-option')).toMatchObject({
      lines: [13],
      cause: 'invalid-config',
      params: { option: 'keysize' },
    });
    expect(find(f, 'cipher-without-data-ciphers')).toMatchObject({
      lines: [10],
      cause: 'cipher-fallback-removed',
      params: { cipher: 'AES-128-CBC', dataCiphers: 'AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305' },
    });
    expect(find(f, 'compression-enabled')).toMatchObject({
      lines: [11],
      cause: 'compression-refused',
    });
    expect(find(f, 'ns-cert-type-deprecated')).toMatchObject({ lines: [12] });
    expect(f).toContainEqual(
      expect.objectContaining({ code: 'dco-disabled', params: { reason: 'compression' } }),
    );
    expect(find(f, 'key-direction-missing')).toMatchObject({ cause: 'tls-auth-key-mismatch' });
    expect(codes(f)).not.toContain('remote-cert-tls-missing');
  });

  it('modern bundle: only information', () => {
    const f = lint(fixture('modern-crlf-bom.ovpn'), { platform: 'fjcloud' });
    expect(f.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(codes(f)).toEqual(
      expect.arrayContaining(['auth-user-pass', 'auth-user-pass-mfa', 'dco-default-on']),
    );
  });

  it('connections: remotes with their defaults, remote-random', () => {
    const c = parseOvpnConfig(fixture('connections.ovpn'));
    expect(remotesOf(c)).toEqual([
      { host: '198.51.100.20', port: 1194, proto: 'udp', line: 8, connection: 0 },
      { host: '198.51.100.21', port: 443, proto: 'tcp', line: 11, connection: 1 },
    ]);
    expect(find(lintOvpnConfig(c), 'several-remotes')).toMatchObject({
      params: { count: 2, order: 'random' },
    });
  });

  it('broken: a private-range remote', () => {
    expect(find(lint(fixture('broken.ovpn')), 'remote-private-address')).toMatchObject({
      lines: [3],
      cause: 'server-unreachable',
      params: { host: '192.168.10.1', range: '192.168.0.0/16' },
    });
  });
});

describe('lintOvpnConfig: rules', () => {
  it('a clean config has no warnings', () => {
    expect(lint(BASE).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('cipher listed in data-ciphers, or a fallback, is fine', () => {
    expect(
      codes(lint(`${BASE}\ncipher AES-128-CBC\ndata-ciphers AES-256-GCM:AES-128-CBC`)),
    ).not.toContain('cipher-without-data-ciphers');
    expect(
      codes(lint(`${BASE}\ncipher AES-128-CBC\ndata-ciphers-fallback AES-128-CBC`)),
    ).not.toContain('cipher-without-data-ciphers');
    expect(codes(lint(`${BASE}\ncipher AES-256-GCM`))).not.toContain('cipher-without-data-ciphers');
  });

  it('BF-CBC without the legacy provider', () => {
    expect(find(lint(`${BASE}\ncipher BF-CBC`), 'bf-cbc')).toMatchObject({ severity: 'error' });
    expect(codes(lint(`${BASE}\ncipher BF-CBC\nproviders legacy default`))).not.toContain('bf-cbc');
  });

  it('data-ciphers without any AEAD cipher', () => {
    expect(find(lint(`${BASE}\ndata-ciphers AES-128-CBC`), 'data-ciphers-no-aead')).toMatchObject({
      cause: 'no-shared-cipher',
    });
  });

  it('compression: conflict with allow-compression no; default refusal noted', () => {
    expect(
      find(lint(`${BASE}\ncomp-lzo\nallow-compression no`), 'compression-conflict'),
    ).toMatchObject({
      severity: 'error',
      lines: [8, 9],
    });
    expect(find(lint(BASE), 'compression-default-refused')).toMatchObject({ severity: 'info' });
    expect(codes(lint(`${BASE}\ncomp-lzo no`))).not.toContain('compression-enabled');
    expect(codes(lint(`${BASE}\ncompress lz4-v2`))).toContain('compression-enabled');
  });

  it('remote-cert-tls missing', () => {
    expect(codes(lint(BASE.replace('remote-cert-tls server', '')))).toContain(
      'remote-cert-tls-missing',
    );
    expect(
      codes(lint(BASE.replace('remote-cert-tls server', 'verify-x509-name vpn name'))),
    ).not.toContain('remote-cert-tls-missing');
  });

  it('TLS versions', () => {
    expect(find(lint(`${BASE}\ntls-version-max 1.1`), 'tls-version-max-too-low')).toMatchObject({
      cause: 'tls-version-too-old',
    });
    expect(codes(lint(`${BASE}\ntls-version-min 1.3\ntls-version-max 1.2`))).toContain(
      'tls-version-range-empty',
    );
    expect(codes(lint(`${BASE}\ntls-version-min 1.0`))).toContain('tls-version-min-low');
  });

  it('DCO: each condition of dco.c, on Windows or an unknown OS only', () => {
    const reasons = (text: string) =>
      lint(text)
        .filter((f) => f.code === 'dco-disabled')
        .map((f) => f.params?.reason);
    expect(reasons(BASE.replace('dev tun', 'dev tap'))).toEqual(['dev-tap']);
    expect(reasons(`${BASE}\nfragment 1300`)).toEqual(['fragment']);
    expect(reasons(`${BASE}\nhttp-proxy 127.0.0.1 8080`)).toEqual(['http-proxy']);
    expect(reasons(`${BASE}\nwindows-driver wintun`)).toEqual(['windows-driver']);
    expect(reasons(`${BASE}\ndata-ciphers AES-256-GCM:AES-256-CBC`)).toEqual(['data-cipher']);
    expect(reasons(`${BASE}\ndisable-dco`)).toEqual(['disable-dco']);
    expect(codes(lint(BASE))).toContain('dco-default-on');
    expect(codes(lint(BASE, { clientOs: 'macos' }))).not.toContain('dco-default-on');
  });

  it('platform ports: Alibaba Cloud forbids 443 and others; FJcloud-O uses 443/tcp or 1194/udp', () => {
    expect(
      find(lint(BASE.replace('1194 udp', '443 tcp'), { platform: 'alibaba' }), 'tcp-443-alibaba'),
    ).toBeDefined();
    expect(
      find(
        lint(BASE.replace('1194 udp', '53 udp'), { platform: 'alibaba' }),
        'port-not-allowed-alibaba',
      ),
    ).toMatchObject({
      params: { port: 53, proto: 'udp' },
    });
    expect(codes(lint(BASE, { platform: 'alibaba' }))).not.toContain('port-not-allowed-alibaba');
    expect(
      find(
        lint(BASE.replace('1194 udp', '1194 tcp'), { platform: 'fjcloud' }),
        'port-proto-fjcloud',
      ),
    ).toMatchObject({
      cause: 'endpoint-blocked',
    });
    expect(codes(lint(BASE.replace('1194 udp', '443 tcp'), { platform: 'fjcloud' }))).not.toContain(
      'port-proto-fjcloud',
    );
  });

  it('port and proto defaults come from port/proto directives', () => {
    const c = parseOvpnConfig('remote a\nport 443\nproto tcp-client\nremote b 1195\n');
    expect(remotesOf(c).map((r) => [r.host, r.port, r.proto])).toEqual([
      ['a', 443, 'tcp'],
      ['b', 1195, 'tcp'],
    ]);
  });

  it('auth-user-pass → AUTH_FAILED causes apply; MFA on Alibaba Cloud', () => {
    const f = lint(`${BASE}\nauth-user-pass`, { platform: 'alibaba' });
    expect(find(f, 'auth-user-pass')).toMatchObject({
      cause: 'auth-failed-credentials',
      lines: [8],
    });
    expect(find(f, 'auth-user-pass-mfa')).toMatchObject({ cause: 'auth-failed-mfa' });
  });

  it('duplicated and contradictory directives', () => {
    expect(find(lint(`${BASE}\nverb 3\nverb 3`), 'duplicate-option')).toMatchObject({
      lines: [8, 9],
      severity: 'info',
    });
    expect(find(lint(`${BASE}\nproto udp\nproto tcp`), 'contradictory-option')).toMatchObject({
      lines: [8, 9],
      params: { option: 'proto', used: 'tcp' },
    });
    expect(
      codes(lint(`${BASE}\nroute 10.0.0.0 255.0.0.0\nroute 172.16.0.0 255.240.0.0`)),
    ).not.toContain('contradictory-option');
  });

  it('tls-auth and tls-crypt together; key-direction 0 on a client', () => {
    expect(codes(lint(`${BASE}\ntls-auth ta.key 1\ntls-crypt tc.key`))).toContain(
      'tls-auth-and-tls-crypt',
    );
    expect(codes(lint(`${BASE}\ntls-auth ta.key 0`))).toContain('key-direction-server');
    expect(codes(lint(`${BASE}\ntls-auth ta.key 1`))).not.toContain('key-direction-missing');
    expect(codes(lint(`${BASE}\ntls-auth ta.key`))).toContain('key-direction-missing');
  });

  it('material: CA, cert and key', () => {
    expect(codes(lint(BASE.replace('ca ca.crt', '')))).toContain('ca-missing');
    expect(codes(lint(BASE.replace('key client.key', '')))).toContain('cert-without-key');
    expect(codes(lint(BASE.replace('cert client.crt', '')))).toContain('key-without-cert');
    expect(
      codes(lint(BASE.replace('cert client.crt', '').replace('key client.key', ''))),
    ).toContain('client-cert-missing');
    expect(codes(lint(`${BASE}\npkcs12 client.p12`))).toContain('pkcs12-present');
  });

  it('unknown options: fatal unless listed in ignore-unknown-option', () => {
    expect(find(lint(`${BASE}\nblock-outside-dnss`), 'unknown-option')).toMatchObject({
      severity: 'error',
    });
    expect(codes(lint(`${BASE}\nignore-unknown-option foo\nfoo bar`))).not.toContain(
      'unknown-option',
    );
  });

  it('a server config is not a client config', () => {
    expect(codes(lint('server 10.8.0.0 255.255.255.0\ndev tun\nca ca.crt'))).toContain(
      'server-config',
    );
  });
});

describe('addressRange', () => {
  it('names the non-public range of an IPv4 literal', () => {
    expect(addressRange('10.1.2.3')).toBe('10.0.0.0/8');
    expect(addressRange('172.31.0.1')).toBe('172.16.0.0/12');
    expect(addressRange('100.64.1.1')).toBe('100.64.0.0/10');
    expect(addressRange('127.0.0.1')).toBe('127.0.0.0/8');
    expect(addressRange('203.0.113.1')).toBeNull();
    expect(addressRange('vpn.example.test')).toBeNull();
  });
});
