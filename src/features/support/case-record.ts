/**
 * The case record: a support case as plain text or Markdown, to paste into a ticket, download
 * or print. Pure: plain data and a `t` function in, a string out. The record's language is the
 * `t` it is given (`i18n.getFixedT(lang)`), independent of the page's language.
 *
 * User text (notes, the reference, compute inputs) is never interpreted: in Markdown it goes
 * into code spans and fenced blocks, so a ticket system that renders Markdown shows it as text.
 */
import {
  causeNamespace,
  resolve,
  treeNamespace,
  type Answer,
  type ComputeNode,
  type Tree,
} from '@/engine';
import { evaluators } from '@/network/evaluators';
import { verdictParams } from '@/i18n/verdict';
import { asStrings, asSteps, forPlatform, type StepText } from '@/i18n/text';
import type { SupportCase } from './cases';

/** A translation function (i18next's `t`, or a fake in tests). */
export type Translate = (key: string, options?: Record<string, unknown>) => unknown;

/** Plain text or Markdown. */
export type RecordFormat = 'text' | 'markdown';

/** One answered step of the walk. */
export interface RecordStep {
  readonly nodeId: string;
  readonly kind: 'question' | 'check' | 'compute';
  /** The option, check outcome or evaluator result. */
  readonly outcome: string;
  /** Compute steps: the field ids in order, the values typed, the evaluator and its details. */
  readonly fields?: readonly string[];
  readonly input?: Readonly<Record<string, string>>;
  readonly evaluator?: string;
  readonly details?: unknown;
  /** ISO 8601. */
  readonly answeredAt?: string;
  readonly note?: string;
  /** True when the answer was read from a customer's file, not asked. */
  readonly fromFile?: boolean;
}

/** Everything a record shows, as plain data. */
export interface CaseRecordInput {
  readonly caseId: string;
  readonly reference?: string;
  readonly treeId: string;
  /** The `platform` answer (option id), if given. */
  readonly platform?: string;
  /** ISO 8601 times. */
  readonly startedAt: string;
  readonly createdAt: string;
  /** The offset used to print times, in minutes east of UTC (JST = 540). */
  readonly utcOffsetMinutes: number;
  readonly steps: readonly RecordStep[];
  /** The step on screen when the walk has not reached a diagnosis. */
  readonly openStep?: { readonly nodeId: string; readonly note?: string };
  readonly diagnosis?: { readonly id: string; readonly at?: string; readonly note?: string };
  /** When the customer reported the fix did not help. */
  readonly stillBrokenAt?: string;
  readonly customerLink: string;
  readonly staffLink: string;
}

const PLATFORMS = ['alibaba', 'fjcloud', 'openvpn'] as const;

/** `2025-05-01 19:02:03 UTC+09:00` for an ISO time and an offset (pure; no time-zone lookup). */
export function formatTime(iso: string, utcOffsetMinutes: number): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + utcOffsetMinutes * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return (
    `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ` +
    `UTC${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`
  );
}

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

/** Text lines indented by `n` spaces (for the plain-text record). */
function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => `${pad}${l}`)
    .join('\n');
}

/** The generic escalation checklist of the support namespace. */
export function genericChecklist(t: Translate): StepText[] {
  return asSteps(t('support:escalation.generic', { returnObjects: true }));
}

/** The cause's own `collect` list (empty without a diagnosis). */
export function causeChecklist(
  t: Translate,
  causeId: string | undefined,
  terms: Record<string, string>,
): string[] {
  if (!causeId) return [];
  return asStrings(t('collect', { ns: causeNamespace(causeId), ...terms, returnObjects: true }));
}

/** One checklist item as a line of text (`[Windows] … — command`). */
export function checklistLine(t: Translate, item: StepText): string {
  const os = item.os ? `[${str(t(`common:os.${item.os}`))}] ` : '';
  return `${os}${item.text}${item.code ? ` — ${item.code}` : ''}`;
}

/** The escalation checklist as plain text (cause items first), ready to paste. */
export function checklistText(
  t: Translate,
  causeId: string | undefined,
  terms: Record<string, string>,
): string {
  const cause = causeChecklist(t, causeId, terms);
  const generic = genericChecklist(t).map((i) => checklistLine(t, i));
  const out: string[] = [str(t('support:escalation.title'))];
  if (cause.length > 0) {
    out.push('', str(t('support:escalation.forCause')), ...cause.map((c) => `- ${c}`));
  }
  out.push('', str(t('support:escalation.forAll')), ...generic.map((c) => `- ${c}`));
  return out.join('\n');
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function termsOf(t: Translate, platform: string | undefined): Record<string, string> {
  const key = PLATFORMS.find((p) => p === platform) ?? 'generic';
  const v = t(`common:terms.${key}`, { returnObjects: true });
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(
    Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** Builds the record in the language of `t`. */
export function buildCaseRecord(
  input: CaseRecordInput,
  t: Translate,
  format: RecordFormat,
): string {
  const md = format === 'markdown';
  const treeNs = treeNamespace(input.treeId);
  const terms = termsOf(t, input.platform);
  const o = { ns: treeNs, ...terms };
  const L = (key: string, opts?: Record<string, unknown>) => str(t(`support:record.${key}`, opts));
  const time = (iso: string) => formatTime(iso, input.utcOffsetMinutes);
  const text = (s: string) => (md ? mdEscape(s) : s);
  const user = (s: string) => (md ? mdCode(s) : s);
  const lines: string[] = [];
  const heading = (level: 1 | 2 | 3, s: string) => {
    if (lines.length > 0) lines.push('');
    if (md) lines.push(`${'#'.repeat(level)} ${mdEscape(s)}`);
    else lines.push(s, (level === 1 ? '=' : '-').repeat(Math.min(60, Math.max(8, s.length * 2))));
    lines.push('');
  };
  const field = (label: string, value: string, pad = 0) =>
    lines.push(md ? `- **${mdEscape(label)}:** ${value}` : `${' '.repeat(pad)}${label}: ${value}`);
  const note = (value: string | undefined, pad = 0) => {
    if (!value) return;
    if (md) lines.push(`- **${mdEscape(L('notes'))}:**`, '', mdFence(value, 'text'), '');
    else lines.push(`${' '.repeat(pad)}${L('notes')}:`, indent(value, pad + 2));
  };
  const item = (s: string, pad = 0) => lines.push(md ? `- ${s}` : `${' '.repeat(pad)}- ${s}`);

  const platformLabel = input.platform
    ? str(t(`nodes.platform.options.${input.platform}`, o)) || input.platform
    : L('notAnswered');
  const diagnosisTitle = input.diagnosis
    ? str(t('title', { ns: causeNamespace(input.diagnosis.id), ...terms }))
    : '';
  let status: string;
  if (input.stillBrokenAt) status = L('statusBroken', { time: time(input.stillBrokenAt) });
  else if (input.diagnosis) status = L('statusDone');
  else status = L('statusOpen', { n: input.steps.length + 1 });

  // Summary.
  heading(1, L('title'));
  field(L('caseId'), md ? mdCode(input.caseId) : input.caseId);
  if (input.reference) field(L('reference'), user(input.reference));
  field(L('symptom'), text(str(t('title', { ns: treeNs }))));
  field(L('platform'), text(platformLabel));
  field(L('status'), text(status));
  if (input.diagnosis) field(L('diagnosis'), text(diagnosisTitle));
  field(L('started'), time(input.startedAt));
  field(L('created'), time(input.createdAt));
  field(L('customerLink'), md ? `<${input.customerLink}>` : input.customerLink);
  field(L('staffLink'), md ? `<${input.staffLink}>` : input.staffLink);

  // Steps.
  heading(2, L('steps'));
  if (input.steps.length === 0) lines.push(text(L('noSteps')));
  input.steps.forEach((s, i) => {
    const base = `nodes.${s.nodeId}`;
    const title = `${i + 1}. ${str(t(`${base}.title`, o))}`;
    if (md) heading(3, title);
    else {
      if (i > 0) lines.push('');
      lines.push(title);
    }
    if (s.kind === 'compute') {
      field(L('verdict'), text(str(t(`${base}.results.${s.outcome}`, o))), 3);
      for (const f of s.fields ?? []) {
        const value = s.input?.[f];
        if (value) field(str(t(`${base}.fields.${f}.label`, o)), user(value), 3);
      }
      const sentence = s.evaluator
        ? str(
            t(`common:verdicts.${s.evaluator}.${s.outcome}`, {
              ...verdictParams(s.details),
              defaultValue: '',
            }),
          )
        : '';
      if (sentence) field(L('detail'), md ? mdCode(sentence) : sentence, 3);
    } else {
      field(L('answer'), text(str(t(`${base}.options.${s.outcome}`, o))), 3);
    }
    if (s.fromFile) field(L('source'), text(L('fromFile')), 3);
    if (s.answeredAt) field(L('answered'), time(s.answeredAt), 3);
    note(s.note, 3);
  });

  if (input.openStep) {
    heading(2, L('openStep'));
    lines.push(text(str(t(`nodes.${input.openStep.nodeId}.title`, o))));
    if (input.openStep.note) lines.push('');
    note(input.openStep.note);
  }

  // Diagnosis and fix.
  if (input.diagnosis) {
    const cns = causeNamespace(input.diagnosis.id);
    const c = { ns: cns, ...terms };
    heading(2, `${L('diagnosis')}: ${diagnosisTitle}`);
    lines.push(text(str(t('summary', c))));
    if (input.diagnosis.at) {
      lines.push('');
      field(L('reached'), time(input.diagnosis.at));
    }
    heading(3, str(t('common:diagnosis.why')));
    lines.push(text(str(t('cause', c))));
    heading(3, str(t('common:diagnosis.fix')));
    // The fix for the walk's platform only, as the diagnosis page shows it.
    asSteps(t('steps', { ...c, returnObjects: true }))
      .filter((step) => forPlatform(step.platforms ?? [], input.platform))
      .forEach((step, i) => {
        const os = step.os ? `[${str(t(`common:os.${step.os}`))}] ` : '';
        lines.push(`${i + 1}. ${text(os + step.text)}`);
        if (step.code)
          lines.push(md ? `\n${indent(mdFence(step.code), 3)}\n` : indent(step.code, 6));
      });
    heading(3, str(t('common:diagnosis.verify')));
    for (const v of asStrings(t('verify', { ...c, returnObjects: true }))) item(text(v));
    if (input.diagnosis.note) lines.push('');
    note(input.diagnosis.note);
  }

  // Escalation.
  heading(2, str(t('support:escalation.title')));
  const cause = causeChecklist(t, input.diagnosis?.id, terms);
  if (cause.length > 0) {
    lines.push(
      md
        ? `**${mdEscape(str(t('support:escalation.forCause')))}**`
        : str(t('support:escalation.forCause')),
    );
    lines.push('');
    for (const v of cause) item(text(v));
    lines.push('');
  }
  lines.push(
    md
      ? `**${mdEscape(str(t('support:escalation.forAll')))}**`
      : str(t('support:escalation.forAll')),
  );
  lines.push('');
  for (const g of genericChecklist(t)) {
    const os = g.os ? `[${str(t(`common:os.${g.os}`))}] ` : '';
    item(`${text(os + g.text)}${g.code ? ` ${md ? mdCode(g.code) : `— ${g.code}`}` : ''}`);
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** A record's file name: `sslvpn-case-<id>.txt` or `.md`. */
export function recordFileName(caseId: string, format: RecordFormat): string {
  return `sslvpn-case-${caseId}.${format === 'markdown' ? 'md' : 'txt'}`;
}

/** Options for {@link caseRecordInput}. */
export interface RecordInputOptions {
  /** Absolute deep links to the walk, for the customer (no flag) and for staff (`support=1`). */
  readonly customerLink: string;
  readonly staffLink: string;
  readonly now: Date;
  readonly utcOffsetMinutes: number;
}

function computeInput(answer: Answer): Readonly<Record<string, string>> {
  return typeof answer === 'object' ? answer : {};
}

/** Replays a saved case over its tree into the record's plain data (pure). */
export function caseRecordInput(
  tree: Tree,
  c: SupportCase,
  options: RecordInputOptions,
): CaseRecordInput {
  const r = resolve(tree, c.answers, { evaluators });
  const noteOf = (id: string) => (Object.hasOwn(c.notes, id) ? c.notes[id] : undefined);
  const steps: RecordStep[] = r.trail.map((s) => {
    const logged = Object.hasOwn(c.answerLog, s.node.id) ? c.answerLog[s.node.id] : undefined;
    const note = noteOf(s.node.id);
    const common = {
      nodeId: s.node.id,
      outcome: s.outcome,
      ...(c.fromFile?.includes(s.node.id) ? { fromFile: true } : {}),
      ...(logged ? { answeredAt: logged.at } : {}),
      ...(note ? { note } : {}),
    };
    if (s.node.kind === 'compute') {
      const node: ComputeNode = s.node;
      return {
        ...common,
        kind: 'compute',
        fields: node.fields.map((f) => f.id),
        input: computeInput(s.answer),
        evaluator: node.evaluator,
        details: s.details,
      };
    }
    return { ...common, kind: s.node.kind === 'check' ? 'check' : 'question' };
  });
  const platform = c.answers.platform;
  const note = noteOf(r.current.id);
  return {
    caseId: c.id,
    ...(c.reference ? { reference: c.reference } : {}),
    treeId: tree.id,
    ...(typeof platform === 'string' ? { platform } : {}),
    startedAt: c.startedAt,
    createdAt: options.now.toISOString(),
    utcOffsetMinutes: options.utcOffsetMinutes,
    steps,
    ...(r.done
      ? {
          diagnosis: {
            id: r.current.id,
            ...(c.diagnosisId === r.current.id && c.diagnosedAt ? { at: c.diagnosedAt } : {}),
            ...(note ? { note } : {}),
          },
        }
      : { openStep: { nodeId: r.current.id, ...(note ? { note } : {}) } }),
    ...(c.stillBrokenAt ? { stillBrokenAt: c.stillBrokenAt } : {}),
    customerLink: options.customerLink,
    staffLink: options.staffLink,
  };
}
