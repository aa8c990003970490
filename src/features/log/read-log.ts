/**
 * Reading a log for the analyzer, in pieces: bytes → checked UTF-8 text chunks → the streaming
 * matcher, and afterwards the lines around each match for the excerpts. Pure functions plus one
 * async driver that runs the same way in the Web Worker and (as a fallback) on the main thread.
 * No DOM beyond `Blob`/`TextDecoder`, no React.
 */
import {
  MAX_LINE_LENGTH,
  classifyLogInput,
  createLogAnalyzer,
  type LogAnalysis,
  type LogInputClass,
} from '@/network/openvpn-log';

/** Bytes read (and text pushed) per step: small enough to report progress often. */
export const CHUNK_BYTES = 1 << 20;
/** Keep the decoded text for the excerpts only up to this many characters (memory). */
export const KEEP_TEXT_MAX_CHARS = 64 * 1024 * 1024;
/** Lines shown before and after a matched line. */
export const CONTEXT_LINES = 2;
/** Matches per finding that get context lines; the rest are listed on their own. */
export const CONTEXT_MATCHES = 3;

/** What to analyse: pasted text, or a dropped / chosen file. */
export type LogSource =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'file'; readonly file: Blob };

/** Why a file was not analysed. */
export type RejectReason = Exclude<LogInputClass, 'ok'> | 'read-failed';

/** Messages of the analysis, in order: progress…, then one of done / rejected. */
export type AnalysisMessage =
  | {
      readonly type: 'progress';
      /** Bytes (file) or characters (text) read so far, and the total. */
      readonly done: number;
      readonly total: number;
      readonly lines: number;
    }
  | { readonly type: 'rejected'; readonly reason: RejectReason }
  | {
      readonly type: 'done';
      readonly analysis: LogAnalysis;
      /** Lines around the matches, by line number (empty when the text was too big to keep). */
      readonly context: ReadonlyMap<number, string>;
      readonly elapsedMs: number;
    };

/**
 * How many leading bytes of `bytes` end on a UTF-8 character boundary, so a chunk never splits
 * a character (the rest is carried into the next chunk). Invalid sequences are left whole for
 * the validator to reject.
 */
export function utf8SafeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && ((bytes[i] ?? 0) & 0xc0) === 0x80) {
    i -= 1;
    continuation += 1;
  }
  if (i < 0) return n;
  const lead = bytes[i] ?? 0;
  if (lead < 0xc0 || lead >= 0xf8) return n;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return i + need > n ? i : n;
}

/** Number of `\n` in a string. */
export function countNewlines(text: string): number {
  let count = 0;
  let i = text.indexOf('\n');
  while (i !== -1) {
    count += 1;
    i = text.indexOf('\n', i + 1);
  }
  return count;
}

/**
 * The line numbers to show around the matches: for the first {@link CONTEXT_MATCHES} matches
 * of each finding, {@link CONTEXT_LINES} before and after (within the log).
 */
export function contextLineNumbers(
  analysis: LogAnalysis,
  before = CONTEXT_LINES,
  after = CONTEXT_LINES,
  perFinding = CONTEXT_MATCHES,
): Set<number> {
  const wanted = new Set<number>();
  for (const f of analysis.findings) {
    for (const m of f.matches.slice(0, perFinding)) {
      const from = Math.max(1, m.line - before);
      const to = Math.min(analysis.lineCount, m.line + after);
      for (let n = from; n <= to; n++) wanted.add(n);
    }
  }
  return wanted;
}

/**
 * The text of the wanted lines, numbered as the matcher numbers them (split at `\n`, trailing
 * CR removed, a leading BOM dropped, cut at {@link MAX_LINE_LENGTH}). Lines may span chunks.
 */
export function collectLines(
  chunks: Iterable<string>,
  wanted: ReadonlySet<number>,
): Map<number, string> {
  const out = new Map<number, string>();
  if (wanted.size === 0) return out;
  const last = Math.max(...wanted);
  let line = 1;
  let current = '';
  const finishLine = () => {
    if (wanted.has(line)) {
      let text = current.endsWith('\r') ? current.slice(0, -1) : current;
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      out.set(line, text.slice(0, MAX_LINE_LENGTH));
    }
    current = '';
    line += 1;
  };
  for (const chunk of chunks) {
    let start = 0;
    let nl = chunk.indexOf('\n');
    while (nl !== -1) {
      if (wanted.has(line) && current.length <= MAX_LINE_LENGTH) current += chunk.slice(start, nl);
      finishLine();
      if (line > last) return out;
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    if (wanted.has(line) && current.length <= MAX_LINE_LENGTH) current += chunk.slice(start);
  }
  if (wanted.has(line)) finishLine();
  return out;
}

/** One row of an excerpt: a line of the log, or a gap between non-adjacent lines. */
export type ExcerptRow =
  | {
      readonly kind: 'line';
      readonly line: number;
      readonly text: string;
      readonly matched: boolean;
    }
  | { readonly kind: 'gap' };

/**
 * The rows to show for one finding: each matched line with its context (when known), in line
 * order, adjacent ranges merged, a gap between ranges. Matched lines without context still
 * show (their text comes from the match).
 */
export function excerptRows(
  matches: readonly { readonly line: number; readonly text: string }[],
  context: ReadonlyMap<number, string>,
  lineCount: number,
  before = CONTEXT_LINES,
  after = CONTEXT_LINES,
  perFinding = CONTEXT_MATCHES,
): ExcerptRow[] {
  const matched = new Map(matches.map((m) => [m.line, m.text]));
  const lines = new Set<number>(matched.keys());
  matches.slice(0, perFinding).forEach((m) => {
    for (let n = Math.max(1, m.line - before); n <= Math.min(lineCount, m.line + after); n++) {
      if (context.has(n)) lines.add(n);
    }
  });
  const rows: ExcerptRow[] = [];
  let prev: number | null = null;
  for (const n of [...lines].sort((a, b) => a - b)) {
    if (prev !== null && n > prev + 1) rows.push({ kind: 'gap' });
    const text = matched.get(n) ?? context.get(n) ?? '';
    rows.push({ kind: 'line', line: n, text, matched: matched.has(n) });
    prev = n;
  }
  return rows;
}

/** Gives the event loop a turn (the main-thread fallback stays responsive). */
export type Yield = () => Promise<void>;

/**
 * Reads the source in chunks into the streaming matcher and reports progress; rejects empty,
 * binary and non-UTF-8 files (checked per chunk with `classifyLogInput`, cut on character
 * boundaries). Runs in the worker; never throws (a read error is `read-failed`).
 */
export async function analyzeSource(
  source: LogSource,
  post: (message: AnalysisMessage) => void,
  pause?: Yield,
  now: () => number = () => performance.now(),
): Promise<void> {
  const started = now();
  const analyzer = createLogAnalyzer();
  const kept: string[] = [];
  let keptChars = 0;
  let keep = true;
  let lines = 0;
  const take = (text: string) => {
    analyzer.push(text);
    lines += countNewlines(text);
    if (keep) {
      keptChars += text.length;
      if (keptChars > KEEP_TEXT_MAX_CHARS) {
        keep = false;
        kept.length = 0;
      } else kept.push(text);
    }
  };

  if (source.kind === 'text') {
    const { text } = source;
    const total = text.length;
    for (let at = 0; at < total; at += CHUNK_BYTES) {
      take(text.slice(at, at + CHUNK_BYTES));
      post({ type: 'progress', done: Math.min(total, at + CHUNK_BYTES), total, lines });
      if (pause) await pause();
    }
  } else {
    const { file } = source;
    const total = file.size;
    // Chunks end on character boundaries; a BOM is kept for the matcher to drop from line 1.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    let carry = new Uint8Array(0);
    let sawText = false;
    let at = 0;
    try {
      while (at < total || carry.length > 0) {
        const next = new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer());
        at += next.length;
        const bytes = new Uint8Array(carry.length + next.length);
        bytes.set(carry);
        bytes.set(next, carry.length);
        const end = at >= total ? bytes.length : utf8SafeLength(bytes);
        const piece = bytes.subarray(0, end);
        carry = bytes.slice(end);
        if (piece.length > 0) {
          const kind = classifyLogInput(piece);
          if (kind === 'binary' || kind === 'not-utf8') {
            post({ type: 'rejected', reason: kind });
            return;
          }
          if (kind === 'ok') sawText = true;
          take(decoder.decode(piece));
        }
        post({ type: 'progress', done: at, total, lines });
        if (pause) await pause();
        if (next.length === 0 && at < total) throw new Error('short read');
      }
    } catch {
      post({ type: 'rejected', reason: 'read-failed' });
      return;
    }
    if (!sawText) {
      post({ type: 'rejected', reason: 'empty' });
      return;
    }
  }

  const analysis = analyzer.finish();
  const context = keep
    ? collectLines(kept, contextLineNumbers(analysis))
    : new Map<number, string>();
  post({ type: 'done', analysis, context, elapsedMs: now() - started });
}
