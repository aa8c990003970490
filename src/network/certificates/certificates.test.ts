import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64, pemBlocks, summariseSecret } from './pem';
import {
  inspectCertificates,
  rsaSecurityBits,
  securityLevel,
  type CertFinding,
  type CertificateInput,
} from './inspect';

const dir = join(import.meta.dirname, 'fixtures');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const CA = read('ca.crt');
/** The fixtures' dates are fixed (scripts/make-cert-fixtures.sh); "now" is injected. */
const NOW = new Date('2026-06-01T00:00:00Z');

async function inspect(cert: string, extra: Partial<CertificateInput> = {}, profile?: string) {
  return inspectCertificates(
    { ca: CA, cert: read(cert), ...extra },
    { now: NOW, ...(profile ? { tlsCertProfile: profile } : {}) },
  );
}
const codes = (findings: readonly CertFinding[], role?: string) =>
  findings.filter((f) => role === undefined || f.role === role).map((f) => f.code);

describe('pem', () => {
  it('splits PEM blocks with their lines and labels', () => {
    const blocks = pemBlocks(`junk\n${CA}\n${read('client-valid.crt')}`);
    expect(blocks.map((b) => [b.label, b.line, b.closed])).toEqual([
      ['CERTIFICATE', 2, true],
      ['CERTIFICATE', CA.split('\n').length + 2, true],
    ]);
  });
  it('reports a block without its END marker as not closed', () => {
    expect(pemBlocks('-----BEGIN CERTIFICATE-----\nMIIB\n')[0]?.closed).toBe(false);
  });
  it('decodes base64 and rejects anything else', () => {
    expect([...(decodeBase64('AQID') ?? [])]).toEqual([1, 2, 3]);
    expect([...(decodeBase64('AQI=') ?? [])]).toEqual([1, 2]);
    expect(decodeBase64('not base64!')).toBeNull();
    expect(decodeBase64('AQ=I')).toBeNull();
    expect(decodeBase64('')).toBeNull();
  });
});

describe('summariseSecret: type and size only', () => {
  it('reads an RSA PKCS#8 key as 2048 bits', () => {
    expect(summariseSecret(read('client-valid.key'))).toMatchObject({
      type: 'rsa',
      bits: 2048,
      wellFormed: true,
    });
  });
  it('reads a traditional PKCS#1 RSA key as 1024 bits', () => {
    expect(summariseSecret(read('client-rsa1024.pkcs1.key'))).toMatchObject({
      type: 'rsa',
      bits: 1024,
    });
  });
  it('reads an EC key with its curve', () => {
    expect(summariseSecret(read('client-ec.key'))).toMatchObject({
      type: 'ec',
      bits: 256,
      curve: 'P-256',
      wellFormed: true,
    });
  });
  it('says an encrypted key is encrypted, without a size', () => {
    const s = summariseSecret(read('client-valid.encrypted.key'));
    expect(s).toEqual({ type: 'encrypted', wellFormed: true });
  });
  it('reads OpenVPN static keys (tls-auth, tls-crypt) as 2048 bits of key material', () => {
    expect(summariseSecret(read('tls-auth.key'))).toEqual({
      type: 'static-key',
      bits: 2048,
      wellFormed: true,
    });
    expect(summariseSecret(read('tls-crypt.key'))).toMatchObject({
      type: 'static-key',
      bits: 2048,
    });
  });
  it('knows a tls-crypt-v2 client key: Kc of 2048 bits, then the wrapped key', () => {
    expect(summariseSecret(read('tls-crypt-v2-client.key'))).toEqual({
      type: 'tls-crypt-v2-client',
      bits: 2048,
      wellFormed: true,
    });
    // Cut before the end of Kc: not well formed, no size.
    const cut = read('tls-crypt-v2-client.key').split('\n').slice(0, 4).join('\n');
    expect(summariseSecret(`${cut}\n-----END OpenVPN tls-crypt-v2 client key-----\n`)).toEqual({
      type: 'tls-crypt-v2-client',
      wellFormed: false,
    });
  });
  it('flags a cut static key as not well formed', () => {
    const cut = read('tls-auth.key').split('\n').slice(0, 10).join('\n');
    expect(summariseSecret(cut)).toMatchObject({ type: 'static-key', wellFormed: false });
  });
  it('never throws on junk', () => {
    for (const junk of [
      '',
      '-----BEGIN PRIVATE KEY-----\n%%%\n-----END PRIVATE KEY-----',
      '\u0000'.repeat(50),
    ]) {
      expect(() => summariseSecret(junk)).not.toThrow();
    }
  });
});

describe('security levels (OpenVPN tls-cert-profile → OpenSSL)', () => {
  it('maps the profiles as ssl_openssl.c does', () => {
    expect([undefined, 'legacy', 'insecure', 'preferred', 'suiteb'].map(securityLevel)).toEqual([
      1, 1, 0, 2, 3,
    ]);
  });
  it('gives OpenSSL security bits for RSA sizes', () => {
    expect([512, 1024, 2048, 3072, 4096].map(rsaSecurityBits)).toEqual([0, 80, 112, 128, 128]);
  });
});

describe('inspectCertificates', () => {
  it('reads a valid client certificate and its CA, and proves the chain', async () => {
    const report = await inspect('client-valid.crt', {
      key: summariseSecret(read('client-valid.key')),
    });
    const client = report.certificates.find((c) => c.role === 'client');
    expect(client).toMatchObject({
      subject: 'CN=client-valid',
      issuer: 'CN=sslvpn-doctor Test CA, O=sslvpn-doctor test',
      notBefore: '2025-01-01T00:00:00.000Z',
      notAfter: '2027-01-01T00:00:00.000Z',
      version: 3,
      keyType: 'rsa',
      keyBits: 2048,
      signatureAlgorithm: 'sha256WithRSAEncryption',
      signatureHash: 'sha256',
      eku: ['clientAuth'],
      isCa: false,
    });
    expect(client?.serial).toMatch(/^[0-9A-F]+$/);
    expect(client?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const ca = report.certificates.find((c) => c.role === 'ca');
    expect(ca).toMatchObject({ isCa: true, selfIssued: true });
    expect(client?.authorityKeyId).toBe(ca?.subjectKeyId);
    expect(codes(report.findings)).toEqual(['chain-verified', 'key-matches']);
  });

  it('expired client certificate → expired, cause client-cert-expired', async () => {
    const { findings } = await inspect('client-expired.crt');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'expired',
        role: 'client',
        cause: 'client-cert-expired',
        severity: 'error',
      }),
    );
  });

  it('not yet valid → not-yet-valid, cause client-clock-skew', async () => {
    const { findings } = await inspect('client-not-yet-valid.crt');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'not-yet-valid',
        cause: 'client-clock-skew',
        params: { days: 92, notBefore: '2026-09-01T00:00:00.000Z' },
      }),
    );
  });

  it('expiring within 7 and within 30 days', async () => {
    expect(codes((await inspect('client-expires-5d.crt')).findings)).toContain(
      'expires-within-7-days',
    );
    const in20 = (await inspect('client-expires-20d.crt')).findings;
    expect(codes(in20)).toContain('expires-within-30-days');
    expect(codes(in20)).not.toContain('expires-within-7-days');
  });

  it('uses the server clock when known: the browser says valid, the server says expired', async () => {
    const report = await inspectCertificates(
      { ca: CA, cert: read('client-expires-5d.crt') },
      { now: NOW, serverClockOffsetMs: 10 * 86_400_000 },
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'server-clock-decides',
        cause: 'client-clock-skew',
        params: { browser: 'valid', server: 'expired' },
      }),
    );
  });

  it('SHA1 signature → weak-signature (OpenSSL 3 "ca md too weak" at the default level 1)', async () => {
    const { findings, certificates } = await inspect('client-sha1.crt');
    expect(certificates.find((c) => c.role === 'client')?.signatureHash).toBe('sha1');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'weak-signature',
        severity: 'error',
        cause: 'weak-certificate-rejected',
      }),
    );
    // WebCrypto still verifies a SHA-1 RSA signature: the chain itself is fine.
    expect(codes(findings)).toContain('chain-verified');
  });

  it('1024-bit RSA: a warning at the default profile, an error at preferred ("ee key too small")', async () => {
    const legacy = await inspect('client-rsa1024.crt');
    expect(legacy.findings).toContainEqual(
      expect.objectContaining({
        code: 'rsa-below-preferred',
        severity: 'warning',
        params: { bits: 1024, level: 1 },
      }),
    );
    const preferred = await inspect('client-rsa1024.crt', {}, 'preferred');
    expect(preferred.findings).toContainEqual(
      expect.objectContaining({
        code: 'rsa-too-small',
        severity: 'error',
        cause: 'weak-certificate-rejected',
      }),
    );
  });

  it('certificate of another CA → client-not-from-ca', async () => {
    const { findings } = await inspect('client-wrong-ca.crt');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'client-not-from-ca',
        params: { issuer: 'CN=Some Other CA, O=sslvpn-doctor test' },
      }),
    );
    expect(codes(findings)).not.toContain('chain-verified');
  });

  it('finds the issuer among several CAs in one <ca> block', async () => {
    const report = await inspectCertificates(
      { ca: CA + read('other-ca.crt'), cert: read('client-wrong-ca.crt') },
      { now: NOW },
    );
    expect(report.certificates.filter((c) => c.role === 'ca')).toHaveLength(2);
    expect(codes(report.findings)).toContain('chain-verified');
  });

  it('missing EKU → eku-missing-client-auth (info: remote-cert-tls client on the server needs it)', async () => {
    const { findings } = await inspect('client-no-eku.crt');
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'eku-missing-client-auth', severity: 'info' }),
    );
  });

  it('an X.509 v1 certificate → not-v3', async () => {
    const { findings, certificates } = await inspect('client-v1.crt');
    expect(certificates.find((c) => c.role === 'client')?.version).toBe(1);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'not-v3', role: 'client' }));
  });

  it('EC certificate: key type, curve, and the key matches', async () => {
    const { certificates, findings } = await inspect('client-ec.crt', {
      key: summariseSecret(read('client-ec.key')),
    });
    expect(certificates.find((c) => c.role === 'client')).toMatchObject({
      keyType: 'ec',
      curve: 'P-256',
      keyBits: 256,
    });
    expect(codes(findings)).toContain('key-matches');
  });

  it('a key of another certificate → key-does-not-match', async () => {
    const { findings } = await inspect('client-valid.crt', {
      key: summariseSecret(read('client-ec.key')),
    });
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'key-does-not-match', severity: 'error' }),
    );
  });

  it('broken PEM (cut, or not base64) → pem-broken, and the CA is still read', async () => {
    for (const name of ['broken-truncated.crt', 'broken-not-base64.crt']) {
      const report = await inspect(name);
      expect(codes(report.findings, 'client')).toEqual(['pem-broken']);
      expect(report.certificates.map((c) => c.role)).toEqual(['ca']);
    }
  });

  it('a private key given as the certificate → not-a-certificate, without the key text', async () => {
    const key = read('client-valid.key');
    const report = await inspectCertificates({ ca: CA, cert: key }, { now: NOW });
    expect(codes(report.findings, 'client')).toEqual(['not-a-certificate']);
    const json = JSON.stringify(report);
    for (const line of key.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) {
      expect(json).not.toContain(line);
    }
  });

  it('an expired CA → expired with cause server-cert-expired', async () => {
    const report = await inspectCertificates(
      { ca: CA, cert: read('client-valid.crt') },
      { now: new Date('2035-06-01T00:00:00Z') },
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'expired', role: 'ca', cause: 'server-cert-expired' }),
    );
  });

  it('no CA → no-ca', async () => {
    const report = await inspectCertificates({ cert: read('client-valid.crt') }, { now: NOW });
    expect(codes(report.findings)).toContain('no-ca');
  });
});
