/**
 * The case record as a document: a list of blocks (headings, labelled fields, notes, list
 * items, numbered fix steps) built once from a case, and two renderers, plain text and
 * Markdown. What the record says lives in `case-record.ts`; how it is written here. Pure.
 *
 * A value says how far it is trusted: our own sentences (`text`) are escaped in Markdown; what
 * a user typed or a machine printed (`verbatim`) goes into a code span, so a ticket system that
 * renders Markdown shows it as text; links go in angle brackets; `plain` (times) is as is.
 */

/** Plain text or Markdown. */
export type RecordFormat = 'text' | 'markdown';

/** One value on a line, with how much it is trusted. */
export interface Inline {
  readonly kind: 'text' | 'verbatim' | 'link' | 'plain';
  readonly value: string;
}

/** One block of the record. `indent` is in spaces and only shapes the plain text. */
export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** A walk step's title: a level-3 heading in Markdown, a line of its own in text. */
  | { readonly type: 'title'; readonly text: string }
  | {
      readonly type: 'field';
      readonly label: string;
      readonly value: Inline;
      readonly indent: number;
    }
  /** A user's note under its label: a fenced block in Markdown, indented lines in text. */
  | {
      readonly type: 'note';
      readonly label: string;
      readonly text: string;
      readonly indent: number;
    }
  | { readonly type: 'para'; readonly value: Inline }
  | { readonly type: 'blank' }
  /** A list's label: bold in Markdown. */
  | { readonly type: 'label'; readonly text: string }
  /** A bullet: our sentence and, if any, a command after it. */
  | { readonly type: 'item'; readonly text: string; readonly code?: string }
  /** A numbered fix step with its commands, each a block of its own. */
  | {
      readonly type: 'numbered';
      readonly n: number;
      readonly text: string;
      readonly codes: readonly string[];
    };

/** Backslash-escapes Markdown's special characters in our own (trusted) sentences. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** A Markdown code span holding any text verbatim (on one line). */
export function mdCode(text: string): string {
  const flat = text.replace(/\s*\r?\n\s*/g, ' ');
  const ticks = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A fenced Markdown block holding any text verbatim. */
export function mdFence(text: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}${info}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/** Text lines indented by `n` spaces. */
function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => `${pad}${l}`)
    .join('\n');
}

/** Writes one value in the format. */
function inline(v: Inline, md: boolean): string {
  if (!md || v.kind === 'plain') return v.value;
  if (v.kind === 'text') return mdEscape(v.value);
  if (v.kind === 'verbatim') return mdCode(v.value);
  return `<${v.value}>`;
}

/** The lines of one block in plain text. */
function textLines(b: Block, first: boolean): string[] {
  switch (b.type) {
    case 'heading': {
      const rule = (b.level === 1 ? '=' : '-').repeat(Math.min(60, Math.max(8, b.text.length * 2)));
      return [...(first ? [] : ['']), b.text, rule, ''];
    }
    case 'title':
      return ['', b.text];
    case 'field':
      return [`${' '.repeat(b.indent)}${b.label}: ${b.value.value}`];
    case 'note':
      return [`${' '.repeat(b.indent)}${b.label}:`, indent(b.text, b.indent + 2)];
    case 'para':
      return [b.value.value];
    case 'blank':
      return [''];
    case 'label':
      return [b.text];
    case 'item':
      return [`- ${b.text}${b.code ? ` — ${b.code}` : ''}`];
    case 'numbered':
      return [`${b.n}. ${b.text}`, ...b.codes.map((c) => indent(c, 6))];
  }
}

/** The lines of one block in Markdown. */
function markdownLines(b: Block, first: boolean): string[] {
  switch (b.type) {
    case 'heading':
      return [...(first ? [] : ['']), `${'#'.repeat(b.level)} ${mdEscape(b.text)}`, ''];
    case 'title':
      return markdownLines({ type: 'heading', level: 3, text: b.text }, first);
    case 'field':
      return [`- **${mdEscape(b.label)}:** ${inline(b.value, true)}`];
    case 'note':
      return [`- **${mdEscape(b.label)}:**`, '', mdFence(b.text, 'text'), ''];
    case 'para':
      return [inline(b.value, true)];
    case 'blank':
      return [''];
    case 'label':
      return [`**${mdEscape(b.text)}**`];
    case 'item':
      return [`- ${mdEscape(b.text)}${b.code ? ` ${mdCode(b.code)}` : ''}`];
    case 'numbered':
      return [`${b.n}. ${mdEscape(b.text)}`, ...b.codes.map((c) => `\n${indent(mdFence(c), 3)}\n`)];
  }
}

/** Renders a document as plain text or Markdown (one blank line at most between blocks). */
export function renderRecord(doc: readonly Block[], format: RecordFormat): string {
  const write = format === 'markdown' ? markdownLines : textLines;
  const lines = doc.flatMap((b, i) => write(b, i === 0));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
