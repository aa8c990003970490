/**
 * OpenVPN client configuration (.ovpn) parser, following OpenVPN 2.6's own reader
 * (`src/openvpn/options.c`, tag v2.6.14: `read_config_file`, `parse_line`, `check_inline_file`,
 * `read_inline_file`, `bypass_doubledash`):
 *
 * - one directive per line; arguments split at white space; `"…"` quotes (backslash escapes
 *   inside), `'…'` quotes (no escapes); a backslash outside single quotes escapes the next
 *   character, which must be `\`, `"` or white space (else "Bad backslash usage");
 * - `#` or `;` where a new argument would start begins a comment;
 * - a leading `--` on the option name is dropped; a UTF-8 BOM on line 1 is ignored;
 * - a line holding only `<tag>` starts an inline block that ends at the first line that starts
 *   (after leading white space) with `</tag>`; a missing end tag is fatal in OpenVPN;
 * - `<connection>` blocks are parsed again as a config of their own.
 *
 * Pure and total: never throws, linear in the input (each character is visited a bounded number
 * of times). Secrets never leave this module as text: `<key>`, `<tls-auth>`, `<tls-crypt>`,
 * `<tls-crypt-v2>`, `<secret>`, `<pkcs12>`, `<auth-user-pass>` … are returned as a
 * {@link SecretSummary} (type and size); unknown option names that look like key material are
 * not kept.
 */
import { pemBlocks, splitLines, summariseSecret, type SecretSummary } from '../certificates/pem';
import { CONNECTION_OPTIONS, INLINE_OPTIONS, KNOWN_OPTIONS } from './known-options';

/** OpenVPN's limits (options.h: OPTION_LINE_SIZE, OPTION_PARM_SIZE, MAX_PARMS). */
export const OPTION_LINE_SIZE = 256;
export const OPTION_PARM_SIZE = 256;
export const MAX_PARMS = 16;
/** Inline blocks and directives kept (the rest is counted as `too-many-lines`). */
export const MAX_DIRECTIVES = 5000;

/** One option line (or an inline block, with `inline` set). */
export interface OvpnDirective {
  /** Option name without a leading `--`. */
  readonly name: string;
  /** Arguments after the name (empty for an inline block). */
  readonly args: readonly string[];
  /** 1-based line in the file. */
  readonly line: number;
  /** Index of the `<connection>` block this line is in. */
  readonly connection?: number;
  /** True for `<name>…</name>`. */
  readonly inline?: boolean;
}

/** Inline blocks whose text is public (certificates, DH parameters, CRL, fingerprints). */
export const PUBLIC_BLOCKS: ReadonlySet<string> = new Set([
  'ca',
  'cert',
  'extra-certs',
  'dh',
  'crl-verify',
  'peer-fingerprint',
]);

/** An inline block `<tag>…</tag>`. */
export interface OvpnInlineBlock {
  readonly tag: string;
  /** Line of `<tag>` and of `</tag>` (the last line of the file when the end tag is missing). */
  readonly line: number;
  readonly endLine: number;
  readonly closed: boolean;
  readonly connection?: number;
  /** The text, only for {@link PUBLIC_BLOCKS}. */
  readonly text?: string;
  /** For every other block: what it holds, never its text. */
  readonly secret?: SecretSummary;
}

/** Problems of the file's syntax (each one a translated message in the UI). */
export const CONFIG_MESSAGE_CODES = [
  'unclosed-quote',
  'unclosed-single-quote',
  'bad-backslash',
  'parameter-too-long',
  'line-too-long',
  'too-many-parameters',
  'endtag-missing',
  'stray-close-tag',
  'empty-block',
  'inline-not-allowed',
  'not-allowed-in-connection',
  'nested-connection',
  'connection-without-remote',
  'connection-several-remotes',
  'pem-outside-block',
  'key-material-outside-block',
  'too-many-lines',
  // Set by the byte reader (evidence/read-evidence.ts), not by this text parser: the file's bytes
  // are not UTF-8 from this line on (a Latin-1 or Shift_JIS comment); it was decoded anyway.
  'non-utf8-bytes',
] as const;
export type ConfigMessageCode = (typeof CONFIG_MESSAGE_CODES)[number];

/** A syntax message: code, line, and a short non-secret parameter (an option or tag name). */
export interface ConfigMessage {
  readonly code: ConfigMessageCode;
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly param?: string;
}

/** A parsed configuration. */
export interface OvpnConfig {
  /** Every option line and inline block, in file order (connection blocks' contents included). */
  readonly directives: readonly OvpnDirective[];
  readonly blocks: readonly OvpnInlineBlock[];
  /** `<connection>` blocks, by index. */
  readonly connections: readonly { readonly line: number; readonly endLine: number }[];
  /** Option names OpenVPN 2.6 does not know, with their line. */
  readonly unknown: readonly { readonly name: string; readonly line: number }[];
  readonly messages: readonly ConfigMessage[];
  readonly lineCount: number;
}

const isSpace = (c: string) =>
  c === '' || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

type LineParse =
  | { readonly ok: true; readonly params: string[]; readonly truncated: boolean }
  | {
      readonly ok: false;
      readonly code:
        'unclosed-quote' | 'unclosed-single-quote' | 'bad-backslash' | 'parameter-too-long';
    };

/** OpenVPN's `parse_line`, character for character (see the module comment). */
export function parseLine(line: string): LineParse {
  const INITIAL = 0;
  const QUOTED = 1;
  const UNQUOTED = 2;
  const SQUOTED = 4;
  const params: string[] = [];
  let state = INITIAL;
  let backslash = false;
  let parm = '';
  let truncated = false;
  for (let i = 0; i <= line.length; i++) {
    const ch = i < line.length ? (line[i] ?? '') : '';
    let out = '';
    let done = false;
    if (!backslash && ch === '\\' && state !== SQUOTED) {
      backslash = true;
    } else {
      if (state === INITIAL) {
        if (!isSpace(ch)) {
          if (ch === ';' || ch === '#') break;
          if (!backslash && ch === '"') state = QUOTED;
          else if (!backslash && ch === "'") state = SQUOTED;
          else {
            out = ch;
            state = UNQUOTED;
          }
        }
      } else if (state === UNQUOTED) {
        if (!backslash && isSpace(ch)) done = true;
        else out = ch;
      } else if (state === QUOTED) {
        if (!backslash && ch === '"') done = true;
        else out = ch;
      } else if (state === SQUOTED) {
        if (ch === "'") done = true;
        else out = ch;
      }
      if (done) {
        params.push(parm);
        parm = '';
        state = INITIAL;
      }
      if (backslash && out !== '' && !(out === '\\' || out === '"' || isSpace(out))) {
        return { ok: false, code: 'bad-backslash' };
      }
      backslash = false;
    }
    if (out !== '') {
      if (parm.length >= OPTION_PARM_SIZE) return { ok: false, code: 'parameter-too-long' };
      parm += out;
    }
    if (params.length >= MAX_PARMS) {
      truncated = i < line.length - 1 && line.slice(i + 1).trim() !== '';
      break;
    }
  }
  if (state === QUOTED) return { ok: false, code: 'unclosed-quote' };
  if (state === SQUOTED) return { ok: false, code: 'unclosed-single-quote' };
  return { ok: true, params, truncated };
}

/** An option-like name worth listing (lower-case letters, digits and dashes; not key material). */
function listableName(name: string): string | null {
  if (name.length === 0 || name.length > 64) return null;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
    if (!ok) return null;
  }
  let hex = true;
  for (let i = 0; i < name.length && hex; i++) {
    const c = name.charCodeAt(i);
    hex = (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
  }
  return hex && name.length >= 16 ? null : name;
}

interface Sink {
  directives: OvpnDirective[];
  blocks: OvpnInlineBlock[];
  connections: { line: number; endLine: number }[];
  unknown: { name: string; line: number }[];
  messages: ConfigMessage[];
}

function addMessage(
  sink: Sink,
  code: ConfigMessageCode,
  line: number,
  severity: 'error' | 'warning',
  param?: string,
) {
  if (sink.messages.length >= 1000) return;
  sink.messages.push(
    param === undefined ? { code, line, severity } : { code, line, severity, param },
  );
}

function parseLines(
  lines: readonly string[],
  firstLine: number,
  sink: Sink,
  connection: number | undefined,
): void {
  let i = 0;
  while (i < lines.length) {
    const lineNo = firstLine + i;
    let raw = lines[i] ?? '';
    if (lineNo === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    i += 1;
    if (raw.length + 1 > OPTION_LINE_SIZE) addMessage(sink, 'line-too-long', lineNo, 'warning');
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('-----BEGIN ')) {
      // PEM outside an inline block: skip it whole and keep none of it.
      let j = i;
      while (j < lines.length && !(lines[j] ?? '').trim().startsWith('-----END ')) j++;
      const label = pemBlocks(trimmed + '\n-----END x-----')[0]?.label;
      addMessage(sink, 'pem-outside-block', lineNo, 'error', label);
      i = Math.min(lines.length, j + 1);
      continue;
    }
    const parsed = parseLine(raw);
    if (!parsed.ok) {
      addMessage(sink, parsed.code, lineNo, 'error');
      continue;
    }
    if (parsed.truncated) addMessage(sink, 'too-many-parameters', lineNo, 'warning');
    const params = parsed.params;
    const first = params[0];
    if (first === undefined) continue;
    const name = first.startsWith('--') ? first.slice(2) : first;

    if (params.length === 1 && name.startsWith('<') && name.endsWith('>') && name.length > 2) {
      const tag = name.slice(1, -1);
      if (tag.startsWith('/')) {
        addMessage(
          sink,
          'stray-close-tag',
          lineNo,
          'error',
          listableName(tag.slice(1)) ?? undefined,
        );
        continue;
      }
      const close = `</${tag}>`;
      let j = i;
      while (j < lines.length && !(lines[j] ?? '').trimStart().startsWith(close)) j++;
      const closed = j < lines.length;
      const body = lines.slice(i, j);
      const endLine = closed ? firstLine + j : firstLine + lines.length - 1;
      const tagName = listableName(tag) ?? '?';
      if (!closed) addMessage(sink, 'endtag-missing', lineNo, 'error', tagName);
      i = closed ? j + 1 : lines.length;
      if (sink.directives.length >= MAX_DIRECTIVES) continue;
      if (!INLINE_OPTIONS.has(tag)) {
        addMessage(sink, 'inline-not-allowed', lineNo, 'error', tagName);
        if (!KNOWN_OPTIONS.has(tag)) sink.unknown.push({ name: tagName, line: lineNo });
        continue;
      }
      const base = connection === undefined ? {} : { connection };
      sink.directives.push({ name: tag, args: [], line: lineNo, inline: true, ...base });
      if (connection !== undefined && !CONNECTION_OPTIONS.has(tag) && tag !== 'connection') {
        addMessage(sink, 'not-allowed-in-connection', lineNo, 'error', tag);
      }
      if (tag === 'connection') {
        if (connection !== undefined) {
          addMessage(sink, 'nested-connection', lineNo, 'error');
          continue;
        }
        const index = sink.connections.length;
        sink.connections.push({ line: lineNo, endLine });
        const before = sink.directives.length;
        parseLines(body, lineNo + 1, sink, index);
        const remotes = sink.directives
          .slice(before)
          .filter((d) => d.name === 'remote' && d.connection === index).length;
        if (remotes === 0) addMessage(sink, 'connection-without-remote', lineNo, 'error');
        if (remotes > 1) addMessage(sink, 'connection-several-remotes', lineNo, 'error');
        continue;
      }
      const text = body.join('\n');
      if (text.trim() === '') addMessage(sink, 'empty-block', lineNo, 'error', tag);
      if (PUBLIC_BLOCKS.has(tag)) {
        sink.blocks.push({ tag, line: lineNo, endLine, closed, text, ...base });
      } else {
        const secret: SecretSummary =
          tag === 'pkcs12'
            ? { type: 'pkcs12', wellFormed: text.trim() !== '' }
            : tag === 'auth-user-pass' || tag === 'http-proxy-user-pass'
              ? { type: 'credentials', wellFormed: body.some((l) => l.trim() !== '') }
              : summariseSecret(text);
        sink.blocks.push({ tag, line: lineNo, endLine, closed, secret, ...base });
      }
      continue;
    }

    if (sink.directives.length >= MAX_DIRECTIVES) {
      if (sink.directives.length === MAX_DIRECTIVES)
        addMessage(sink, 'too-many-lines', lineNo, 'warning');
      continue;
    }
    if (!KNOWN_OPTIONS.has(name)) {
      const listed = listableName(name);
      if (listed === null) {
        addMessage(sink, 'key-material-outside-block', lineNo, 'error');
        continue;
      }
      sink.unknown.push({ name: listed, line: lineNo });
      sink.directives.push(
        connection === undefined
          ? { name: listed, args: [], line: lineNo }
          : { name: listed, args: [], line: lineNo, connection },
      );
      continue;
    }
    const args = params.slice(1);
    sink.directives.push(
      connection === undefined
        ? { name, args, line: lineNo }
        : { name, args, line: lineNo, connection },
    );
    if (connection !== undefined && !CONNECTION_OPTIONS.has(name)) {
      addMessage(sink, 'not-allowed-in-connection', lineNo, 'error', name);
    }
  }
}

/** Parses the text of an .ovpn / .conf file (see the module comment). Never throws. */
export function parseOvpnConfig(text: string): OvpnConfig {
  const sink: Sink = { directives: [], blocks: [], connections: [], unknown: [], messages: [] };
  const lines = splitLines(typeof text === 'string' ? text : '');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  try {
    parseLines(lines, 1, sink, undefined);
  } catch {
    // parseLines is total; this only guards against an engine limit on absurd input.
  }
  return {
    directives: sink.directives,
    blocks: sink.blocks,
    connections: sink.connections,
    unknown: sink.unknown,
    messages: sink.messages,
    lineCount: lines.length,
  };
}

/** The directives named `name` outside connection blocks (or in all of them with `everywhere`). */
export function directivesNamed(
  config: OvpnConfig,
  name: string,
  everywhere = false,
): OvpnDirective[] {
  return config.directives.filter(
    (d) => d.name === name && (everywhere || d.connection === undefined),
  );
}
