/**
 * The evidence box's reader: given a dropped file or pasted text, says what it is (a client
 * config, a client log, a server log, a network dump, a certificate or key file, a PKCS#12
 * bundle, or not recognised with what was expected), what it shows, and which wizard answers it
 * PROVES. Pure apart from the on-demand X.509 library and WebCrypto (through
 * `inspectCertificates`); returns codes and data, never sentences; never throws.
 *
 * Privacy: no result holds private-key, tls-auth/tls-crypt or credential text — the parser
 * returns those blocks as summaries (type, size); certificates are public.
 *
 * Text decoding: UTF-8 (a BOM is dropped); UTF-16 with a BOM (PowerShell's `>` writes UTF-16LE);
 * and, for a file that is not UTF-8, Shift_JIS (what `ipconfig /all > file.txt` writes on a
 * Japanese Windows) when its bytes are valid Shift_JIS, else Windows-1252 (Latin-1, which
 * decodes any byte). Such a guess is kept for a network dump in Shift_JIS and for a config (OpenVPN
 * reads bytes: a legacy .ovpn with `# Büro` in Latin-1 works), which then gets the warning
 * `non-utf8-bytes` naming the first line with such bytes; any other kind is `not-utf8`.
 */
import { analyzeLog, provenAnswers, type LogAnalysis } from '../openvpn-log';
import { inspectCertificates, type CertificateReport } from '../certificates/inspect';
import { pemBlocks, summariseSecret, type SecretSummary } from '../certificates/pem';
import {
  lintOvpnConfig,
  remotesOf,
  type LintFinding,
  type Platform,
  type RemoteEndpoint,
} from '../ovpn-config/lint';
import { directivesNamed, parseOvpnConfig, type OvpnConfig } from '../ovpn-config/parse';
import { KNOWN_OPTIONS } from '../ovpn-config/known-options';
import { readNetworkDump, type NetworkDump } from '../dumps/read-dump';

/** Largest file read (bytes). */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

export const EVIDENCE_KINDS = [
  'config',
  'client-log',
  'server-log',
  'network-dump',
  'certificate',
  'key',
  'pkcs12',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type EvidenceError = 'empty' | 'binary' | 'too-large' | 'not-utf8' | 'read-failed';

/** Text encodings the reader accepted. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

/**
 * Answers the evidence proves for one tree: node id → option id, or `<computeId>.<field>` →
 * value for compute fields (the URL's own form, see ADR 0001).
 */
export interface AnswerCandidate {
  readonly tree: string;
  readonly answers: Readonly<Record<string, string>>;
  /** What proves it (a signature id, a lint code, a dump field), for "from your file". */
  readonly because: string;
}

/** A diagnosis the evidence points to (each finding's cause), for a link to its cause page. */
export interface CauseTarget {
  readonly cause: string;
  readonly because: string;
}

/** What a config proves about the connection, whatever the wizard asks. */
export interface ConfigFacts {
  readonly remotes: readonly RemoteEndpoint[];
  readonly authUserPass: boolean;
  readonly tlsCertProfile?: string;
  readonly dataCiphers?: string;
  /** The inline blocks without their text: tag, lines and, for secrets, the summary. */
  readonly blocks: readonly {
    readonly tag: string;
    readonly line: number;
    readonly endLine: number;
    readonly closed: boolean;
    readonly secret?: SecretSummary;
  }[];
}

interface Base {
  readonly name: string;
  readonly bytes: number;
}

export type EvidenceResult =
  | (Base & { readonly kind: 'error'; readonly error: EvidenceError })
  | (Base & { readonly kind: 'not-recognised'; readonly expected: readonly EvidenceKind[] })
  | (Base & {
      readonly kind: 'config';
      readonly encoding: TextEncoding;
      readonly messages: OvpnConfig['messages'];
      readonly unknown: OvpnConfig['unknown'];
      readonly lineCount: number;
      readonly facts: ConfigFacts;
      readonly lint: readonly LintFinding[];
      readonly certificates: CertificateReport;
      readonly answers: readonly AnswerCandidate[];
      readonly causes: readonly CauseTarget[];
    })
  | (Base & {
      readonly kind: 'client-log' | 'server-log';
      readonly encoding: TextEncoding;
      readonly analysis: LogAnalysis;
      readonly answers: readonly AnswerCandidate[];
      readonly causes: readonly CauseTarget[];
    })
  | (Base & {
      readonly kind: 'network-dump';
      readonly encoding: TextEncoding;
      readonly dump: NetworkDump;
      readonly answers: readonly AnswerCandidate[];
    })
  | (Base & {
      readonly kind: 'certificate';
      readonly encoding: TextEncoding;
      readonly certificates: CertificateReport;
    })
  | (Base & {
      readonly kind: 'key';
      readonly encoding: TextEncoding;
      readonly secret: SecretSummary;
    })
  | (Base & { readonly kind: 'pkcs12' });

export interface EvidenceOptions {
  /** The browser clock (certificate dates). */
  readonly now: Date;
  readonly platform?: Platform;
  readonly serverClockOffsetMs?: number;
}

// ---------------------------------------------------------------------------------------------
// Bytes → text
// ---------------------------------------------------------------------------------------------

/** DER of a PKCS#12 PFX: SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data … } }. */
const PKCS7_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];

export function looksPkcs12(bytes: Uint8Array): boolean {
  if (bytes.length < 24 || bytes[0] !== 0x30) return false;
  // Version 3 right after the outer length (short or long form).
  const lenBytes = (bytes[1] ?? 0) & 0x80 ? (bytes[1] ?? 0) & 0x7f : 0;
  const at = 2 + lenBytes;
  if (bytes[at] !== 0x02 || bytes[at + 1] !== 0x01 || bytes[at + 2] !== 0x03) return false;
  const head = bytes.subarray(0, 64);
  for (let i = 0; i + PKCS7_DATA.length <= head.length; i++) {
    if (PKCS7_DATA.every((b, j) => head[i + j] === b)) return true;
  }
  return false;
}

type Decoded =
  | {
      ok: true;
      text: string;
      encoding: TextEncoding;
      /** Set when the bytes are not UTF-8: the first line (1-based) holding such bytes. */
      nonUtf8Line?: number;
    }
  | { ok: false; error: EvidenceError };

/**
 * The first line (1-based, lines end at LF as in the config parser) whose bytes are not valid
 * UTF-8, or undefined. A LF byte is never part of a UTF-8 sequence, so each line is checked alone.
 */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] ?? 0) : 0x0a;
    if (b === 0x0a) {
      if (high) {
        try {
          utf8.decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
      }
      line += 1;
      start = i + 1;
      high = false;
    } else if (b >= 0x80) high = true;
  }
  return undefined;
}

function decode(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) {
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
    };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
    };
  }
  if (bytes.indexOf(0) !== -1) return { ok: false, error: 'binary' };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    const nonUtf8Line = firstNonUtf8Line(bytes) ?? 1;
    try {
      return {
        ok: true,
        text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes),
        encoding: 'shift_jis',
        nonUtf8Line,
      };
    } catch {
      // Windows-1252 maps every byte: the ASCII structure of a config survives whatever the rest.
      return {
        ok: true,
        text: new TextDecoder('windows-1252').decode(bytes),
        encoding: 'windows-1252',
        nonUtf8Line,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Kind detection
// ---------------------------------------------------------------------------------------------

/** How many of the first lines look like `directive …` of a config. */
function configScore(text: string): number {
  let score = 0;
  let lines = 0;
  let at = 0;
  while (at < text.length && lines < 400) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, Math.min(end, at + 300)).trim();
    at = end + 1;
    lines += 1;
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line === '<ca>' || line === '<cert>' || line === '<connection>' || line === '<tls-auth>')
      score += 2;
    const space = line.indexOf(' ');
    const word = (space === -1 ? line : line.slice(0, space)).replace(/^--/, '');
    if (KNOWN_OPTIONS.has(word)) score += 1;
    else if (
      !line.startsWith('<') &&
      !line.startsWith('-----') &&
      !/^[0-9a-fA-F]{32}$/.test(line) &&
      !/^[A-Za-z0-9+/=]{40,}$/.test(line)
    ) {
      score -= 1;
    }
  }
  return score;
}

/** Server-side markers (multi.c, mroute, the `<cn>/<ip>:<port>` prefix) vs client-side ones. */
const SERVER_MARKERS = [
  'MULTI:',
  'MULTI_sva:',
  'client-instance',
  'IFCONFIG POOL',
  'SENT CONTROL [',
  "PUSH: Received control message: 'PUSH_REQUEST'",
];
const CLIENT_MARKERS = [
  'TLS: Initial packet from',
  "PUSH: Received control message: 'PUSH_REPLY",
  'link remote:',
  'Attempting to establish TCP connection',
  'WARNING: Your certificate',
  'TCP: connect to',
  'OPTIONS IMPORT:',
];

function logSide(text: string): 'client' | 'server' | null {
  const head = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  let server = 0;
  let client = 0;
  for (const m of SERVER_MARKERS) if (head.includes(m)) server += 1;
  for (const m of CLIENT_MARKERS) if (head.includes(m)) client += 1;
  // A server's per-client lines: "203.0.113.5:51234 VERIFY …" or "cn/203.0.113.5:51234 …".
  if (/^\S+ \S+ (?:[^\s/]{1,64}\/)?\d{1,3}(?:\.\d{1,3}){3}:\d{1,5} /m.test(head.slice(0, 200_000)))
    server += 2;
  if (server === 0 && client === 0) {
    const banner = /OpenVPN 2\.\d{1,2}\.\d{1,3}[^\n]{0,80}\[SSL/.test(head.slice(0, 100_000));
    return banner || head.includes('Initialization Sequence Completed') ? 'client' : null;
  }
  return server > client ? 'server' : 'client';
}

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

/**
 * The answers a client log proves: those of its first finding with a cause (the analyzer's
 * answer), as the log module's `provenAnswers` states them — one definition for the page, the
 * evidence box and the CLI.
 */
function logAnswers(analysis: LogAnalysis): AnswerCandidate[] {
  const first = analysis.findings.find((f) => f.cause !== null);
  if (!first) return [];
  return Object.entries(provenAnswers(first)).map(([tree, answers]) => ({
    tree,
    answers: answers as Record<string, string>,
    because: first.id,
  }));
}

function dumpAnswers(dump: NetworkDump): AnswerCandidate[] {
  const lan =
    dump.interfaces
      .find((i) => i.kind === 'lan' && i.up && i.gateway && i.addresses.some((a) => a.cidr))
      ?.addresses.find((a) => a.cidr)?.cidr ?? dump.clientLans[0];
  return lan
    ? LAN_CONFLICT_TREES.map((tree) => ({
        tree,
        answers: { 'lan-conflict.client-lan': lan },
        because: 'client-lan',
      }))
    : [];
}

/**
 * The trees whose `lan-conflict` compute step takes the client's LAN (`client-lan`): a dump
 * proves that field in each (a test checks this list against the trees).
 */
export const LAN_CONFLICT_TREES = ['cannot-connect', 'resources-unreachable'] as const;

function uniqueCauses(list: { cause?: string; because: string }[]): CauseTarget[] {
  const seen = new Set<string>();
  const out: CauseTarget[] = [];
  for (const x of list) {
    if (!x.cause || seen.has(x.cause)) continue;
    seen.add(x.cause);
    out.push({ cause: x.cause, because: x.because });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Readers per kind
// ---------------------------------------------------------------------------------------------

async function readConfig(
  base: Base,
  text: string,
  encoding: TextEncoding,
  options: EvidenceOptions,
  nonUtf8Line?: number,
): Promise<EvidenceResult> {
  const config = parseOvpnConfig(text);
  const messages: OvpnConfig['messages'] =
    nonUtf8Line === undefined
      ? config.messages
      : [
          ...config.messages.filter((m) => m.line < nonUtf8Line),
          { code: 'non-utf8-bytes', line: nonUtf8Line, severity: 'warning' },
          ...config.messages.filter((m) => m.line >= nonUtf8Line),
        ];
  const lint = lintOvpnConfig(config, options.platform ? { platform: options.platform } : {});
  const block = (tag: string) => config.blocks.find((b) => b.tag === tag);
  const profile = directivesNamed(config, 'tls-cert-profile').at(-1)?.args[0];
  const ca = block('ca')?.text;
  const cert = block('cert')?.text;
  const extra = block('extra-certs')?.text;
  const key = block('key')?.secret;
  const checksServer = [
    'remote-cert-tls',
    'ns-cert-type',
    'remote-cert-eku',
    'verify-x509-name',
    'peer-fingerprint',
  ].some((n) => config.directives.some((d) => d.name === n));
  const certificates =
    ca || cert
      ? await inspectCertificates(
          {
            ...(ca ? { ca } : {}),
            ...(cert ? { cert } : {}),
            ...(extra ? { extraCerts: extra } : {}),
            ...(key ? { key } : {}),
          },
          {
            now: options.now,
            ...(options.serverClockOffsetMs !== undefined
              ? { serverClockOffsetMs: options.serverClockOffsetMs }
              : {}),
            ...(profile ? { tlsCertProfile: profile } : {}),
            checksServerCert: checksServer,
          },
        )
      : { certificates: [], findings: [] };
  // A CA/cert given as a file path cannot be read here; the lint already says what is missing.
  const certFindings = certificates.findings.filter(
    (f) =>
      !(f.code === 'no-ca' && config.directives.some((d) => d.name === 'ca' && !d.inline)) &&
      !(
        f.code === 'no-client-cert' && config.directives.some((d) => d.name === 'cert' && !d.inline)
      ) &&
      f.code !== 'remote-cert-tls-missing',
  );
  const dataCiphers = directivesNamed(config, 'data-ciphers').at(-1)?.args[0];
  const facts: ConfigFacts = {
    remotes: remotesOf(config),
    authUserPass: config.directives.some((d) => d.name === 'auth-user-pass'),
    ...(profile ? { tlsCertProfile: profile } : {}),
    ...(dataCiphers ? { dataCiphers } : {}),
    blocks: config.blocks.map((b) => ({
      tag: b.tag,
      line: b.line,
      endLine: b.endLine,
      closed: b.closed,
      ...(b.secret ? { secret: b.secret } : {}),
    })),
  };
  const severe = (s: string) => s === 'error' || s === 'warning';
  return {
    ...base,
    kind: 'config',
    encoding,
    messages,
    unknown: config.unknown,
    lineCount: config.lineCount,
    facts,
    lint,
    certificates: { certificates: certificates.certificates, findings: certFindings },
    // A config proves no answer of the current trees' questions; its findings point to causes.
    answers: [],
    causes: uniqueCauses([
      ...(config.messages.some((m) => m.severity === 'error')
        ? [{ cause: 'invalid-config', because: 'syntax' }]
        : []),
      ...certFindings
        .filter((f) => severe(f.severity))
        .map((f) => ({ ...(f.cause ? { cause: f.cause } : {}), because: f.code })),
      ...lint
        .filter((f) => severe(f.severity))
        .map((f) => ({ ...(f.cause ? { cause: f.cause } : {}), because: f.code })),
    ]),
  };
}

function readLog(
  base: Base,
  text: string,
  encoding: TextEncoding,
  guess: 'client' | 'server',
): EvidenceResult {
  const analysis = analyzeLog(text);
  // The analyzer's role is the one definition of a log's side (a server log also prints
  // "link remote:" and "WARNING: Your certificate …"); the markers only decide that it is a log.
  const side = analysis.role === 'unknown' ? guess : analysis.role;
  const causes = uniqueCauses(
    analysis.findings
      .filter((f) => f.severity === 'fatal')
      .map((f) => ({
        ...(f.cause ? { cause: f.cause } : {}),
        because: f.id,
      })),
  );
  return {
    ...base,
    kind: side === 'client' ? 'client-log' : 'server-log',
    encoding,
    analysis,
    // A server log describes every client's attempts: it proves nothing about one client's walk.
    answers: side === 'client' ? logAnswers(analysis) : [],
    causes,
  };
}

/**
 * Reads one file or pasted text (see the module comment). `input` is the file's bytes or the
 * pasted string. Never throws.
 */
export async function readEvidence(
  name: string,
  input: Uint8Array | string,
  options: EvidenceOptions,
): Promise<EvidenceResult> {
  const bytes = typeof input === 'string' ? input.length : input.length;
  const base: Base = { name: String(name).slice(0, 200), bytes };
  try {
    if (bytes === 0) return { ...base, kind: 'error', error: 'empty' };
    if (bytes > MAX_EVIDENCE_BYTES) return { ...base, kind: 'error', error: 'too-large' };
    let text: string;
    let encoding: TextEncoding = 'utf-8';
    let nonUtf8Line: number | undefined;
    if (typeof input === 'string') text = input;
    else {
      if (looksPkcs12(input)) return { ...base, kind: 'pkcs12' };
      const d = decode(input);
      if (!d.ok) return { ...base, kind: 'error', error: d.error };
      text = d.text;
      encoding = d.encoding;
      nonUtf8Line = d.nonUtf8Line;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return { ...base, kind: 'error', error: 'empty' };
    if (text.includes('\u0000')) return { ...base, kind: 'error', error: 'binary' };

    const result = await classify(base, text, encoding, options, nonUtf8Line);
    // The encoding is a guess for non-UTF-8 bytes: keep it only for a config (read anyway, with
    // a warning) and for a network dump in Shift_JIS.
    if (
      nonUtf8Line !== undefined &&
      result.kind !== 'config' &&
      !(result.kind === 'network-dump' && encoding === 'shift_jis')
    )
      return { ...base, kind: 'error', error: 'not-utf8' };
    return result;
  } catch {
    return { ...base, kind: 'error', error: 'read-failed' };
  }
}

async function classify(
  base: Base,
  text: string,
  encoding: TextEncoding,
  options: EvidenceOptions,
  nonUtf8Line?: number,
): Promise<EvidenceResult> {
  // OpenVPN logs first: they quote option names and would look like configs otherwise.
  const side = logSide(text);
  if (side) return readLog(base, text, encoding, side);
  const dump = readNetworkDump(text);
  if (dump) return { ...base, kind: 'network-dump', encoding, dump, answers: dumpAnswers(dump) };
  if (configScore(text) >= 2) return readConfig(base, text, encoding, options, nonUtf8Line);
  const blocks = pemBlocks(text);
  if (blocks.length > 0) {
    const first = blocks[0];
    if (blocks.some((b) => b.label === 'CERTIFICATE' || b.label === 'TRUSTED CERTIFICATE')) {
      const certs = blocks.filter((b) => b.label.endsWith('CERTIFICATE'));
      const pem = certs
        .map(
          (b) =>
            `-----BEGIN ${b.label}-----\n${b.body}\n${b.closed ? `-----END ${b.label}-----` : ''}\n`,
        )
        .join('');
      const report = await inspectCertificates(
        { cert: pem },
        {
          now: options.now,
          ...(options.serverClockOffsetMs !== undefined
            ? { serverClockOffsetMs: options.serverClockOffsetMs }
            : {}),
        },
      );
      return {
        ...base,
        kind: 'certificate',
        encoding,
        certificates: {
          certificates: report.certificates,
          findings: report.findings.filter(
            (f) => f.code !== 'no-ca' && f.code !== 'eku-missing-client-auth',
          ),
        },
      };
    }
    if (first) return { ...base, kind: 'key', encoding, secret: summariseSecret(text) };
  }
  // Formats the quick side test does not know (OpenVPN Connect, ics-openvpn) but the analyzer does.
  const analysis = analyzeLog(text);
  if (analysis.recognised)
    return readLog(base, text, encoding, analysis.role === 'server' ? 'server' : 'client');
  return {
    ...base,
    kind: 'not-recognised',
    expected: ['config', 'client-log', 'server-log', 'network-dump', 'certificate'],
  };
}

/**
 * Reads several files independently (one bad file never stops the others), in order.
 */
export async function readEvidenceFiles(
  files: readonly { readonly name: string; readonly input: Uint8Array | string }[],
  options: EvidenceOptions,
): Promise<EvidenceResult[]> {
  const out: EvidenceResult[] = [];
  for (const f of files.slice(0, 20)) out.push(await readEvidence(f.name, f.input, options));
  return out;
}

/**
 * How to export PEM from a PKCS#12 bundle with OpenSSL (commands, not words: shown as code).
 * OpenSSL 3 needs `-legacy` for bundles encrypted with RC2/3DES by older tools.
 */
export const PKCS12_EXPORT_COMMANDS = {
  certs: 'openssl pkcs12 -in client.p12 -nokeys -out client.crt',
  key: 'openssl pkcs12 -in client.p12 -nocerts -nodes -out client.key',
  legacy: 'openssl pkcs12 -legacy -in client.p12 -nokeys -out client.crt',
} as const;

/**
 * The answers of several results joined per tree, first proof wins for each key, with the
 * files that proved them (for "from your file" in Your answers).
 */
export function mergeAnswers(
  results: readonly EvidenceResult[],
): Record<string, { answers: Record<string, string>; from: Record<string, string> }> {
  const out: Record<string, { answers: Record<string, string>; from: Record<string, string> }> = {};
  for (const r of results) {
    if (!('answers' in r)) continue;
    for (const a of r.answers) {
      const entry = (out[a.tree] ??= { answers: {}, from: {} });
      for (const [key, value] of Object.entries(a.answers)) {
        if (Object.hasOwn(entry.answers, key)) continue;
        entry.answers[key] = value;
        entry.from[key] = r.name;
      }
    }
  }
  return out;
}
