/**
 * PEM and key material, read without a library and without keeping secrets: the PEM blocks of a
 * text (label, where, DER bytes), and a summary of a private key or an OpenVPN static key that
 * says only what it is and how many bits it has. Pure; every function is total (never throws)
 * and linear in its input.
 */

/** One `-----BEGIN X-----` … `-----END X-----` block. */
export interface PemBlock {
  /** The label, e.g. `CERTIFICATE`, `PRIVATE KEY`, `OpenVPN Static key V1`. */
  readonly label: string;
  /** 1-based line of the BEGIN marker, relative to the text given. */
  readonly line: number;
  /** The body between the markers, as written (base64 or hex), without the markers. */
  readonly body: string;
  /** Whether the END marker with the same label was found. */
  readonly closed: boolean;
}

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
/** Longest label we accept (real ones are under 40 characters). */
const MAX_LABEL = 64;

function labelOf(line: string, prefix: string): string | null {
  const t = line.trim();
  if (!t.startsWith(prefix) || !t.endsWith(DASHES)) return null;
  const label = t.slice(prefix.length, t.length - DASHES.length).trim();
  return label.length > 0 && label.length <= MAX_LABEL ? label : null;
}

/** Splits text into lines (LF or CRLF), without the line ends. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l.endsWith('\r')) lines[i] = l.slice(0, -1);
  }
  return lines;
}

/** The PEM blocks of `text`, in order. A BEGIN without its END runs to the end of the text. */
export function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  const lines = splitLines(text);
  let open: { label: string; line: number; body: string[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (open) {
      const end = labelOf(line, END);
      if (end !== null) {
        out.push({ label: open.label, line: open.line, body: open.body.join('\n'), closed: true });
        open = null;
      } else open.body.push(line.trim());
      continue;
    }
    const begin = labelOf(line, BEGIN);
    if (begin !== null) open = { label: begin, line: i + 1, body: [] };
  }
  if (open)
    out.push({ label: open.label, line: open.line, body: open.body.join('\n'), closed: false });
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

/**
 * Decodes a PEM body (base64, whitespace allowed, `=` padding). Returns null for anything that
 * is not base64, such as PEM headers (`Proc-Type:`) of an encrypted legacy key.
 */
export function decodeBase64(body: string): Uint8Array<ArrayBuffer> | null {
  const chars: number[] = [];
  let padding = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (c === 0x3d) {
      padding += 1;
      continue;
    }
    if (padding > 0) return null;
    const v = c < 128 ? (B64_INDEX[c] ?? -1) : -1;
    if (v < 0) return null;
    chars.push(v);
  }
  if (padding > 2 || (chars.length + padding) % 4 !== 0 || chars.length === 0) return null;
  const out = new Uint8Array(Math.floor((chars.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const v of chars) {
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

// ---------------------------------------------------------------------------------------------
// A minimal DER reader: enough to find the size of a private key without keeping it.
// ---------------------------------------------------------------------------------------------

/** A DER tag-length-value: the tag and where its contents start and end. */
export interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

/** Reads the TLV at `at` (null when it does not fit in `limit`). */
export function readTlv(der: Uint8Array, at: number, limit: number): Tlv | null {
  if (at + 2 > limit) return null;
  const tag = der[at] ?? 0;
  let len = der[at + 1] ?? 0;
  let p = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (der[p + i] ?? 0);
    p += n;
  }
  if (p + len > limit) return null;
  return { tag, start: p, end: p + len };
}

/** The TLVs inside a constructed TLV (at most 16). */
export function children(der: Uint8Array, tlv: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let at = tlv.start;
  while (at < tlv.end && out.length < 16) {
    const c = readTlv(der, at, tlv.end);
    if (!c) return out;
    out.push(c);
    at = c.end;
  }
  return out;
}

/** Bits of an unsigned big-endian INTEGER (leading zero bytes ignored). */
function integerBits(der: Uint8Array, tlv: Tlv): number {
  let i = tlv.start;
  while (i < tlv.end && der[i] === 0) i++;
  if (i >= tlv.end) return 0;
  const top = der[i] ?? 0;
  return (tlv.end - i - 1) * 8 + (32 - Math.clz32(top));
}

/** An OBJECT IDENTIFIER's dotted text. */
export function oidText(der: Uint8Array, tlv: Tlv): string {
  const parts: number[] = [];
  let v = 0;
  for (let i = tlv.start; i < tlv.end && parts.length < 32; i++) {
    const b = der[i] ?? 0;
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (parts.length === 0) parts.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

const OID_RSA = '1.2.840.113549.1.1.1';
const OID_EC = '1.2.840.10045.2.1';
const OID_ED25519 = '1.3.101.112';
const OID_ED448 = '1.3.101.113';
/** Named curves and their field size in bits. */
const CURVES: Readonly<Record<string, { name: string; bits: number }>> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
  '1.3.132.0.10': { name: 'secp256k1', bits: 256 },
};

/** What a secret block is, without any of its text. */
export interface SecretSummary {
  /** `rsa` / `ec` / `ed25519` / `ed448`: a private key; `encrypted`: a passphrase-protected key; `static-key`: an OpenVPN static key (tls-auth, tls-crypt, secret); `tls-crypt-v2-client`; `pkcs12`: a PKCS#12 bundle; `credentials`: a user name and password; `unknown`: present but not readable. */
  readonly type:
    | 'rsa'
    | 'ec'
    | 'ed25519'
    | 'ed448'
    | 'encrypted'
    | 'static-key'
    | 'tls-crypt-v2-client'
    | 'pkcs12'
    | 'credentials'
    | 'unknown';
  /** Key size in bits when known (RSA modulus, EC field, static key material). */
  readonly bits?: number;
  /** Curve name for EC keys. */
  readonly curve?: string;
  /** Whether the block was well formed (markers closed, body decodable). */
  readonly wellFormed: boolean;
  /**
   * The last 8 bytes (hex) of the public part (RSA modulus, EC point), to tell whether the key
   * belongs to the certificate. Public information: the certificate carries the same bytes.
   */
  readonly publicTail?: string;
}

function tailHex(der: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = Math.max(start, end - 8); i < end; i++)
    out += (der[i] ?? 0).toString(16).padStart(2, '0');
  return out;
}

/**
 * The public tail (see {@link SecretSummary.publicTail}) of a SubjectPublicKeyInfo: the RSA
 * modulus's or the EC point's last 8 bytes. Null when the SPKI is not RSA or EC.
 */
export function publicTailFromSpki(der: Uint8Array): string | null {
  const top = readTlv(der, 0, der.length);
  if (!top || top.tag !== 0x30) return null;
  const [alg, bits] = children(der, top);
  if (!alg || !bits || bits.tag !== 0x03) return null;
  const oidTlv = children(der, alg)[0];
  const oid = oidTlv && oidTlv.tag === 0x06 ? oidText(der, oidTlv) : '';
  if (oid === OID_EC) return tailHex(der, bits.start + 1, bits.end);
  if (oid !== OID_RSA) return null;
  const inner = readTlv(der, bits.start + 1, bits.end);
  const modulus = inner && inner.tag === 0x30 ? children(der, inner)[0] : undefined;
  return modulus && modulus.tag === 0x02 ? tailHex(der, modulus.start, modulus.end) : null;
}

function pkcs1Rsa(der: Uint8Array, seq: Tlv): SecretSummary {
  const parts = children(der, seq);
  const modulus = parts[1];
  if (parts[0]?.tag !== 0x02 || modulus?.tag !== 0x02) return { type: 'rsa', wellFormed: false };
  return {
    type: 'rsa',
    bits: integerBits(der, modulus),
    wellFormed: true,
    publicTail: tailHex(der, modulus.start, modulus.end),
  };
}

/** ECPrivateKey (RFC 5915): SEQUENCE { INTEGER 1, OCTET STRING, [0] curve OID, [1] BIT STRING point }. */
function ecPrivateKey(der: Uint8Array, seq: Tlv, curveOid?: string): SecretSummary {
  const parts = children(der, seq);
  const params = parts.find((c) => c.tag === 0xa0);
  const oid = params ? readTlv(der, params.start, params.end) : null;
  const curve = CURVES[oid && oid.tag === 0x06 ? oidText(der, oid) : (curveOid ?? '')];
  const pub = parts.find((c) => c.tag === 0xa1);
  const point = pub ? readTlv(der, pub.start, pub.end) : null;
  const publicTail =
    point && point.tag === 0x03 ? tailHex(der, point.start + 1, point.end) : undefined;
  return {
    type: 'ec',
    ...(curve ? { bits: curve.bits, curve: curve.name } : {}),
    wellFormed: true,
    ...(publicTail ? { publicTail } : {}),
  };
}

function summariseDerKey(label: string, der: Uint8Array): SecretSummary {
  const top = readTlv(der, 0, der.length);
  if (!top || top.tag !== 0x30) return { type: 'unknown', wellFormed: false };
  if (label === 'RSA PRIVATE KEY') return pkcs1Rsa(der, top);
  if (label === 'EC PRIVATE KEY') return ecPrivateKey(der, top);
  // PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER, SEQUENCE { OID, params }, OCTET STRING }
  const parts = children(der, top);
  const alg = parts[1];
  const key = parts[2];
  if (!alg || alg.tag !== 0x30 || !key || key.tag !== 0x04) {
    return { type: 'unknown', wellFormed: false };
  }
  const algParts = children(der, alg);
  const oidTlv = algParts[0];
  const oid = oidTlv && oidTlv.tag === 0x06 ? oidText(der, oidTlv) : '';
  if (oid === OID_RSA) {
    const inner = readTlv(der, key.start, key.end);
    return inner && inner.tag === 0x30 ? pkcs1Rsa(der, inner) : { type: 'rsa', wellFormed: false };
  }
  if (oid === OID_EC) {
    const p = algParts[1];
    const inner = readTlv(der, key.start, key.end);
    const curveOid = p && p.tag === 0x06 ? oidText(der, p) : undefined;
    return inner && inner.tag === 0x30
      ? ecPrivateKey(der, inner, curveOid)
      : { type: 'ec', wellFormed: false };
  }
  if (oid === OID_ED25519) return { type: 'ed25519', bits: 256, wellFormed: true };
  if (oid === OID_ED448) return { type: 'ed448', bits: 456, wellFormed: true };
  return { type: 'unknown', wellFormed: true };
}

/** Counts the hex digits of an OpenVPN static key body; null if anything else is in it. */
function staticKeyBits(body: string): number | null {
  let digits = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const hex = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
    if (hex) digits += 1;
    else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return null;
  }
  return digits * 4;
}

/** Label of an OpenVPN static key (crypto.c: `static_key_head`). */
export const STATIC_KEY_LABEL = 'OpenVPN Static key V1';
/** Label of a tls-crypt-v2 client key (tls_crypt.c: `tls_crypt_v2_cli_pem_name`). */
export const TLS_CRYPT_V2_CLIENT_LABEL = 'OpenVPN tls-crypt-v2 client key';
/** Bytes of the client's own key Kc at the start of a tls-crypt-v2 client key. */
const TLS_CRYPT_V2_CLIENT_KEY_BYTES = 2048 / 8;

/**
 * What a secret inline block (`<key>`, `<tls-auth>`, `<tls-crypt>`, `<tls-crypt-v2>`,
 * `<secret>`) holds: type and size, never the text. An OpenVPN static key has 2048 bits of key
 * material (256 bytes, 16 lines of 32 hex digits).
 */
export function summariseSecret(text: string): SecretSummary {
  try {
    const blocks = pemBlocks(text);
    const block = blocks[0];
    if (!block) return { type: 'unknown', wellFormed: false };
    if (block.label === STATIC_KEY_LABEL) {
      const bits = staticKeyBits(block.body);
      return bits === null
        ? { type: 'static-key', wellFormed: false }
        : { type: 'static-key', bits, wellFormed: block.closed && bits === 2048 };
    }
    if (block.label === TLS_CRYPT_V2_CLIENT_LABEL) {
      // Kc (TLS_CRYPT_V2_CLIENT_KEY_LEN, 2048 bits, in tls_crypt.h) followed by the wrapped WKc.
      const der = decodeBase64(block.body);
      return der !== null && der.length > TLS_CRYPT_V2_CLIENT_KEY_BYTES
        ? { type: 'tls-crypt-v2-client', bits: 2048, wellFormed: block.closed }
        : { type: 'tls-crypt-v2-client', wellFormed: false };
    }
    if (block.label === 'ENCRYPTED PRIVATE KEY' || block.body.includes('Proc-Type: 4,ENCRYPTED')) {
      return { type: 'encrypted', wellFormed: block.closed };
    }
    if (block.label.endsWith('PRIVATE KEY')) {
      const der = decodeBase64(block.body);
      if (!der || !block.closed) return { type: 'unknown', wellFormed: false };
      return summariseDerKey(block.label, der);
    }
    return { type: 'unknown', wellFormed: false };
  } catch {
    return { type: 'unknown', wellFormed: false };
  }
}
