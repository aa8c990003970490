/**
 * Reads the certificates of a client configuration (the `<ca>`, `<cert>` and `<extra-certs>`
 * blocks, or files) and says what OpenVPN 2.6 with OpenSSL 3 will make of them. Pure apart
 * from WebCrypto (`crypto.subtle`, for signature checks) and the on-demand X.509 library
 * (`./x509-lib`, loaded with `import()`); returns codes and data, never sentences.
 *
 * Facts used (checked on this machine with OpenVPN 2.6.14 / OpenSSL 3.0.19, see
 * `scripts/make-cert-fixtures.sh` and the real logs in `src/network/evidence/fixtures/`):
 * - OpenVPN maps `--tls-cert-profile` to OpenSSL security levels: `legacy` (the default) = 1,
 *   `insecure` = 0, `preferred` = 2, `suiteb` = 3 (ssl_openssl.c `tls_ctx_set_cert_profile`).
 * - At level 1 a SHA1-signed client certificate already fails to load: "OpenSSL:
 *   error:0A00018E:SSL routines::ca md too weak" (client-sha1.log). A 1024-bit RSA key loads at
 *   level 1 but not at level 2: "error:0A00018F:SSL routines::ee key too small"
 *   (client-rsa1024.log, client-rsa1024-preferred.log). OpenSSL's RSA security bits: 1024 → 80,
 *   2048 → 112, 3072 → 128; level n needs 80 / 112 / 128 / 192 / 256 bits for n = 1…5.
 * - A self-signed root's own signature is not checked, so its digest does not matter.
 * - An X.509 v1 client certificate is accepted (client-v1.log) but has no extensions, so a
 *   server with `remote-cert-tls client` rejects it (no key usage / extended key usage).
 */
import type { CauseId } from '../ovpn-config/lint';
import {
  children,
  decodeBase64,
  oidText,
  pemBlocks,
  publicTailFromSpki,
  readTlv,
  type SecretSummary,
} from './pem';
import type { FindingSeverity } from '../finding';

/** Where a certificate came from in the config. */
export type CertificateRole = 'ca' | 'client' | 'extra';

/** What was read from one certificate. */
export interface CertificateInfo {
  readonly role: CertificateRole;
  /** Position within its block (a `<ca>` may hold several). */
  readonly index: number;
  /** Line of the BEGIN marker, relative to the block text. */
  readonly line: number;
  readonly subject: string;
  readonly issuer: string;
  /** Hexadecimal, as OpenSSL prints it (upper case). */
  readonly serial: string;
  readonly notBefore: string;
  readonly notAfter: string;
  /** 1 or 3 (X.509 version). */
  readonly version: number;
  readonly keyType: 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'dsa' | 'unknown';
  readonly keyBits?: number;
  readonly curve?: string;
  /** Name such as `sha256WithRSAEncryption`, or the OID when unknown. */
  readonly signatureAlgorithm: string;
  readonly signatureHash:
    'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512' | 'none' | 'unknown';
  /** Extended key usages by name (`clientAuth`, `serverAuth`) or OID. */
  readonly eku: readonly string[];
  /** basicConstraints CA:TRUE. */
  readonly isCa: boolean;
  readonly selfIssued: boolean;
  readonly subjectKeyId?: string;
  readonly authorityKeyId?: string;
  readonly sha256: string;
}

/** Every certificate finding code. The UI needs `cert.<code>` in both languages. */
export const CERT_FINDING_CODES = [
  'expired',
  'not-yet-valid',
  'expires-within-7-days',
  'expires-within-30-days',
  'server-clock-decides',
  'weak-signature',
  'rsa-too-small',
  'rsa-below-preferred',
  'not-v3',
  'eku-missing-client-auth',
  'ca-not-a-ca',
  'client-not-from-ca',
  'chain-verified',
  'chain-signature-invalid',
  'chain-signature-unverifiable',
  'key-does-not-match',
  'key-matches',
  'remote-cert-tls-missing',
  'no-ca',
  'no-client-cert',
  'pem-broken',
  'not-a-certificate',
] as const;
export type CertFindingCode = (typeof CERT_FINDING_CODES)[number];

/** A finding about one certificate (`role`/`index`) or the set (`role` absent). */
export interface CertFinding {
  readonly code: CertFindingCode;
  readonly severity: FindingSeverity;
  readonly role?: CertificateRole;
  readonly index?: number;
  readonly cause?: CauseId;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface CertificateReport {
  readonly certificates: readonly CertificateInfo[];
  readonly findings: readonly CertFinding[];
}

export interface CertificateInput {
  /** Text of the `<ca>` block or CA file (one or more PEM certificates). */
  readonly ca?: string;
  /** Text of the `<cert>` block or client certificate file. */
  readonly cert?: string;
  readonly extraCerts?: string;
  /** Summary of the `<key>` block (from the parser), to check that it belongs to `cert`. */
  readonly key?: SecretSummary;
}

export interface InspectOptions {
  /** The browser's clock. */
  readonly now: Date;
  /** Server clock minus browser clock, in ms, when the clock check measured it. */
  readonly serverClockOffsetMs?: number;
  /** `tls-cert-profile` of the config (default `legacy`). */
  readonly tlsCertProfile?: string;
  /** Whether the config checks the server certificate (`remote-cert-tls server` or similar). */
  readonly checksServerCert?: boolean;
}

const DAY = 86_400_000;

/** OpenSSL security level for a `tls-cert-profile` value (ssl_openssl.c). */
export function securityLevel(profile: string | undefined): number {
  switch (profile) {
    case 'insecure':
      return 0;
    case 'preferred':
      return 2;
    case 'suiteb':
      return 3;
    default:
      return 1;
  }
}

/** Security bits a level requires (OpenSSL SSL_CTX_set_security_level). */
const LEVEL_BITS = [0, 80, 112, 128, 192, 256] as const;

/** OpenSSL's security bits of an RSA modulus (crypto/rsa/rsa_lib.c `ossl_ifc_ffc_compute_security_bits`, rounded as its table). */
export function rsaSecurityBits(bits: number): number {
  if (bits >= 15360) return 256;
  if (bits >= 7680) return 192;
  if (bits >= 3072) return 128;
  if (bits >= 2048) return 112;
  if (bits >= 1024) return 80;
  return 0;
}

const SIG_ALGS: Readonly<Record<string, { name: string; hash: CertificateInfo['signatureHash'] }>> =
  {
    '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', hash: 'md5' },
    '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', hash: 'sha1' },
    '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', hash: 'sha224' },
    '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', hash: 'sha256' },
    '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', hash: 'sha384' },
    '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', hash: 'sha512' },
    '1.2.840.113549.1.1.10': { name: 'rsassaPss', hash: 'unknown' },
    '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', hash: 'sha1' },
    '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', hash: 'sha256' },
    '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', hash: 'sha384' },
    '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', hash: 'sha512' },
    '1.2.840.10040.4.3': { name: 'dsa-with-sha1', hash: 'sha1' },
    '1.3.101.112': { name: 'ED25519', hash: 'none' },
    '1.3.101.113': { name: 'ED448', hash: 'none' },
  };

const EKU_NAMES: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
};

/** Version and signature algorithm straight from the DER (the library exposes neither fully). */
function derFacts(der: Uint8Array): { version: number; sigOid: string } {
  const cert = readTlv(der, 0, der.length);
  const [tbs, sigAlg] = cert ? children(der, cert) : [];
  const first = tbs ? readTlv(der, tbs.start, tbs.end) : null;
  let version = 1;
  if (first && first.tag === 0xa0) {
    const v = readTlv(der, first.start, first.end);
    if (v && v.tag === 0x02 && v.end - v.start === 1) version = (der[v.start] ?? 0) + 1;
  }
  const oid = sigAlg ? children(der, sigAlg)[0] : undefined;
  return { version, sigOid: oid && oid.tag === 0x06 ? oidText(der, oid) : '' };
}

const hex = (buf: ArrayBuffer) =>
  [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

type X509Lib = typeof import('./x509-lib');
let libPromise: Promise<X509Lib> | null = null;
/** Loads the X.509 library once (a separate chunk). */
export function loadX509(): Promise<X509Lib> {
  libPromise ??= import('./x509-lib');
  return libPromise;
}

interface Parsed {
  readonly info: CertificateInfo;
  readonly cert: InstanceType<X509Lib['X509Certificate']>;
  readonly publicTail: string | null;
}

async function readBlock(
  lib: X509Lib,
  text: string,
  role: CertificateRole,
  findings: CertFinding[],
): Promise<Parsed[]> {
  const out: Parsed[] = [];
  const blocks = pemBlocks(text).slice(0, 32);
  if (blocks.length === 0) {
    findings.push({ code: 'not-a-certificate', severity: 'error', role, cause: 'invalid-config' });
    return out;
  }
  let index = 0;
  for (const block of blocks) {
    if (block.label !== 'CERTIFICATE' && block.label !== 'TRUSTED CERTIFICATE') {
      findings.push({
        code: 'not-a-certificate',
        severity: 'error',
        role,
        index,
        cause: 'invalid-config',
        params: { label: block.label.endsWith('PRIVATE KEY') ? 'PRIVATE KEY' : block.label },
      });
      index += 1;
      continue;
    }
    const der = block.closed ? decodeBase64(block.body) : null;
    let cert: Parsed['cert'] | null = null;
    if (der) {
      try {
        cert = new lib.X509Certificate(der);
      } catch {
        cert = null;
      }
    }
    if (!der || !cert) {
      findings.push({
        code: 'pem-broken',
        severity: 'error',
        role,
        index,
        cause: 'invalid-config',
      });
      index += 1;
      continue;
    }
    const facts = derFacts(der);
    const alg = cert.publicKey.algorithm as {
      name?: string;
      modulusLength?: number;
      namedCurve?: string;
    };
    const spki = new Uint8Array(cert.publicKey.rawData);
    const keyType: CertificateInfo['keyType'] =
      alg.name === 'RSASSA-PKCS1-v1_5' || alg.name === 'RSA-PSS' || alg.name === 'RSA-OAEP'
        ? 'rsa'
        : alg.name === 'ECDSA' || alg.name === 'ECDH'
          ? 'ec'
          : alg.name === 'Ed25519'
            ? 'ed25519'
            : alg.name === 'Ed448'
              ? 'ed448'
              : 'unknown';
    const curveBits: Record<string, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };
    const keyBits =
      keyType === 'rsa'
        ? alg.modulusLength
        : keyType === 'ec' && alg.namedCurve
          ? curveBits[alg.namedCurve]
          : keyType === 'ed25519'
            ? 256
            : undefined;
    const ekuExt = cert.getExtension(lib.ExtendedKeyUsageExtension);
    const bc = cert.getExtension(lib.BasicConstraintsExtension);
    const ski = cert.getExtension(lib.SubjectKeyIdentifierExtension);
    const aki = cert.getExtension(lib.AuthorityKeyIdentifierExtension);
    const sig = SIG_ALGS[facts.sigOid] ?? {
      name: facts.sigOid || 'unknown',
      hash: 'unknown' as const,
    };
    const sha256 = await cert.getThumbprint('SHA-256').then(hex, () => '');
    const info: CertificateInfo = {
      role,
      index,
      line: block.line,
      subject: cert.subject,
      issuer: cert.issuer,
      serial: cert.serialNumber.toUpperCase(),
      notBefore: cert.notBefore.toISOString(),
      notAfter: cert.notAfter.toISOString(),
      version: facts.version,
      keyType,
      ...(keyBits ? { keyBits } : {}),
      ...(alg.namedCurve ? { curve: alg.namedCurve } : {}),
      signatureAlgorithm: sig.name,
      signatureHash: sig.hash,
      eku: (ekuExt?.usages ?? []).map((u) => EKU_NAMES[String(u)] ?? String(u)),
      isCa: bc?.ca === true,
      selfIssued: cert.subject === cert.issuer,
      ...(ski?.keyId ? { subjectKeyId: ski.keyId.toUpperCase() } : {}),
      ...(aki?.keyId ? { authorityKeyId: aki.keyId.toUpperCase() } : {}),
      sha256,
    };
    out.push({ info, cert, publicTail: publicTailFromSpki(spki) });
    index += 1;
  }
  return out;
}

function dateFindings(p: Parsed, options: InspectOptions, findings: CertFinding[]): void {
  const { role, index } = p.info;
  const now = options.now.getTime();
  const notBefore = p.cert.notBefore.getTime();
  const notAfter = p.cert.notAfter.getTime();
  const expiredCause: CauseId = role === 'client' ? 'client-cert-expired' : 'server-cert-expired';
  const base = { role, index };
  const state = (t: number) =>
    t > notAfter ? 'expired' : t < notBefore ? 'not-yet-valid' : 'valid';
  const here = state(now);
  if (here === 'expired') {
    findings.push({
      ...base,
      code: 'expired',
      severity: 'error',
      cause: expiredCause,
      params: { days: Math.floor((now - notAfter) / DAY), notAfter: p.info.notAfter },
    });
  } else if (here === 'not-yet-valid') {
    findings.push({
      ...base,
      code: 'not-yet-valid',
      severity: 'error',
      cause: 'client-clock-skew',
      params: { days: Math.ceil((notBefore - now) / DAY), notBefore: p.info.notBefore },
    });
  } else {
    const left = notAfter - now;
    if (left <= 7 * DAY) {
      findings.push({
        ...base,
        code: 'expires-within-7-days',
        severity: 'warning',
        cause: expiredCause,
        params: { days: Math.floor(left / DAY), notAfter: p.info.notAfter },
      });
    } else if (left <= 30 * DAY) {
      findings.push({
        ...base,
        code: 'expires-within-30-days',
        severity: 'info',
        cause: expiredCause,
        params: { days: Math.floor(left / DAY), notAfter: p.info.notAfter },
      });
    }
  }
  if (options.serverClockOffsetMs !== undefined && Number.isFinite(options.serverClockOffsetMs)) {
    const there = state(now + options.serverClockOffsetMs);
    if (there !== here) {
      findings.push({
        ...base,
        code: 'server-clock-decides',
        severity: 'warning',
        cause: 'client-clock-skew',
        params: { browser: here, server: there },
      });
    }
  }
}

function strengthFindings(p: Parsed, level: number, findings: CertFinding[]): void {
  const { role, index } = p.info;
  const base = { role, index };
  const selfSigned = p.info.selfIssued && role === 'ca';
  if (!selfSigned && (p.info.signatureHash === 'sha1' || p.info.signatureHash === 'md5')) {
    findings.push({
      ...base,
      code: 'weak-signature',
      severity: level >= 1 ? 'error' : 'warning',
      cause: 'weak-certificate-rejected',
      params: { algorithm: p.info.signatureAlgorithm, level },
    });
  }
  if (p.info.keyType === 'rsa' && p.info.keyBits !== undefined) {
    const bits = rsaSecurityBits(p.info.keyBits);
    const needed = LEVEL_BITS[Math.min(level, 5)] ?? 80;
    if (bits < needed) {
      findings.push({
        ...base,
        code: 'rsa-too-small',
        severity: 'error',
        cause: 'weak-certificate-rejected',
        params: { bits: p.info.keyBits, level },
      });
    } else if (p.info.keyBits < 2048) {
      findings.push({
        ...base,
        code: 'rsa-below-preferred',
        severity: 'warning',
        cause: 'weak-certificate-rejected',
        params: { bits: p.info.keyBits, level },
      });
    }
  }
  if (p.info.version < 3) {
    findings.push({
      ...base,
      code: 'not-v3',
      severity: 'warning',
      cause: 'invalid-config',
      params: { version: p.info.version },
    });
  }
}

/** Checks the CA(s) and the client certificate (see the module comment). Never throws. */
export async function inspectCertificates(
  input: CertificateInput,
  options: InspectOptions,
): Promise<CertificateReport> {
  const findings: CertFinding[] = [];
  let lib: X509Lib;
  try {
    lib = await loadX509();
  } catch {
    return { certificates: [], findings: [{ code: 'pem-broken', severity: 'error' }] };
  }
  const level = securityLevel(options.tlsCertProfile);
  const cas = input.ca ? await readBlock(lib, input.ca, 'ca', findings) : [];
  const clients = input.cert ? await readBlock(lib, input.cert, 'client', findings) : [];
  const extras = input.extraCerts ? await readBlock(lib, input.extraCerts, 'extra', findings) : [];
  const all = [...cas, ...clients, ...extras];
  for (const p of all) {
    dateFindings(p, options, findings);
    strengthFindings(p, level, findings);
  }
  for (const ca of cas) {
    if (!ca.info.isCa) {
      findings.push({
        code: 'ca-not-a-ca',
        severity: 'error',
        role: 'ca',
        index: ca.info.index,
        cause: 'invalid-config',
      });
    }
  }
  if (!input.ca) findings.push({ code: 'no-ca', severity: 'error', cause: 'invalid-config' });
  if (!input.cert) findings.push({ code: 'no-client-cert', severity: 'info' });

  const client = clients[0];
  if (client) {
    const { eku } = client.info;
    if (
      client.info.version >= 3 &&
      eku.length > 0 &&
      !eku.includes('clientAuth') &&
      !eku.includes('anyExtendedKeyUsage')
    ) {
      findings.push({
        code: 'eku-missing-client-auth',
        severity: 'warning',
        role: 'client',
        index: 0,
        cause: 'invalid-config',
      });
    } else if (eku.length === 0) {
      findings.push({
        code: 'eku-missing-client-auth',
        severity: 'info',
        role: 'client',
        index: 0,
        cause: 'invalid-config',
      });
    }
    // Chain: the issuer among the CA and extra certificates, by name and key identifier.
    const issuers = [...extras, ...cas].filter(
      (c) =>
        c.info.subject === client.info.issuer &&
        (!client.info.authorityKeyId ||
          !c.info.subjectKeyId ||
          client.info.authorityKeyId === c.info.subjectKeyId),
    );
    const issuer = issuers[0];
    if (!issuer && cas.length > 0) {
      findings.push({
        code: 'client-not-from-ca',
        severity: 'error',
        role: 'client',
        index: 0,
        cause: 'invalid-config',
        params: { issuer: client.info.issuer },
      });
    } else if (issuer) {
      if (client.info.signatureHash === 'md5' || client.info.signatureHash === 'unknown') {
        findings.push({
          code: 'chain-signature-unverifiable',
          severity: 'info',
          role: 'client',
          index: 0,
        });
      } else {
        const ok = await client.cert
          .verify({ publicKey: issuer.cert.publicKey, signatureOnly: true })
          .catch(() => false);
        findings.push(
          ok
            ? {
                code: 'chain-verified',
                severity: 'info',
                role: 'client',
                index: 0,
                params: { issuer: issuer.info.subject },
              }
            : {
                code: 'chain-signature-invalid',
                severity: 'error',
                role: 'client',
                index: 0,
                cause: 'invalid-config',
              },
        );
      }
    }
    const keyTail = input.key?.publicTail;
    if (keyTail && client.publicTail) {
      findings.push(
        keyTail === client.publicTail
          ? { code: 'key-matches', severity: 'info', role: 'client', index: 0 }
          : {
              code: 'key-does-not-match',
              severity: 'error',
              role: 'client',
              index: 0,
              cause: 'invalid-config',
            },
      );
    }
  }
  if (options.checksServerCert === false && cas.length > 0) {
    findings.push({ code: 'remote-cert-tls-missing', severity: 'warning' });
  }
  return { certificates: all.map((p) => p.info), findings };
}
