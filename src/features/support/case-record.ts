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
import { isPlatform } from '@/network/platforms';
import { verdictParams } from '@/i18n/verdict';
import { asStrings, asSteps, asTaggedTexts, forPlatform, type StepText } from '@/i18n/text';
import type { SupportCase } from './cases';
import { renderRecord, type Block, type Inline, type RecordFormat } from './record-document';

export { mdCode, mdEscape, mdFence, type RecordFormat } from './record-document';

/** A translation function (i18next's `t`, or a fake in tests). */
export type Translate = (key: string, options?: Record<string, unknown>) => unknown;

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
  const v = t(`common:terms.${isPlatform(platform) ? platform : 'generic'}`, {
    returnObjects: true,
  });
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(
    Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

const text = (value: string): Inline => ({ kind: 'text', value });
const verbatim = (value: string): Inline => ({ kind: 'verbatim', value });
const plain = (value: string): Inline => ({ kind: 'plain', value });

/** The record of a case as a document (rendered by {@link renderRecord}), in the language of `t`. */
export function caseRecordDocument(input: CaseRecordInput, t: Translate): Block[] {
  const treeNs = treeNamespace(input.treeId);
  const terms = termsOf(t, input.platform);
  const o = { ns: treeNs, ...terms };
  const L = (key: string, opts?: Record<string, unknown>) => str(t(`support:record.${key}`, opts));
  const time = (iso: string) => plain(formatTime(iso, input.utcOffsetMinutes));
  const os = (id: string | undefined) => (id ? `[${str(t(`common:os.${id}`))}] ` : '');
  const doc: Block[] = [];
  const heading = (level: 1 | 2 | 3, s: string) => doc.push({ type: 'heading', level, text: s });
  const field = (label: string, value: Inline, indent = 0) =>
    doc.push({ type: 'field', label, value, indent });
  const note = (value: string | undefined, indent = 0) => {
    if (value) doc.push({ type: 'note', label: L('notes'), text: value, indent });
  };

  const platformLabel = input.platform
    ? str(t(`nodes.platform.options.${input.platform}`, o)) || input.platform
    : L('notAnswered');
  const diagnosisTitle = input.diagnosis
    ? str(t('title', { ns: causeNamespace(input.diagnosis.id), ...terms }))
    : '';
  let status: string;
  if (input.stillBrokenAt) status = L('statusBroken', { time: time(input.stillBrokenAt).value });
  else if (input.diagnosis) status = L('statusDone');
  else status = L('statusOpen', { n: input.steps.length + 1 });

  // Summary.
  heading(1, L('title'));
  field(L('caseId'), verbatim(input.caseId));
  if (input.reference) field(L('reference'), verbatim(input.reference));
  field(L('symptom'), text(str(t('title', { ns: treeNs }))));
  field(L('platform'), text(platformLabel));
  field(L('status'), text(status));
  if (input.diagnosis) field(L('diagnosis'), text(diagnosisTitle));
  field(L('started'), time(input.startedAt));
  field(L('created'), time(input.createdAt));
  field(L('customerLink'), { kind: 'link', value: input.customerLink });
  field(L('staffLink'), { kind: 'link', value: input.staffLink });

  // Steps.
  heading(2, L('steps'));
  if (input.steps.length === 0) doc.push({ type: 'para', value: text(L('noSteps')) });
  input.steps.forEach((s, i) => {
    const base = `nodes.${s.nodeId}`;
    doc.push({ type: 'title', text: `${i + 1}. ${str(t(`${base}.title`, o))}` });
    if (s.kind === 'compute') {
      field(L('verdict'), text(str(t(`${base}.results.${s.outcome}`, o))), 3);
      for (const f of s.fields ?? []) {
        const value = s.input?.[f];
        if (value) field(str(t(`${base}.fields.${f}.label`, o)), verbatim(value), 3);
      }
      const sentence = s.evaluator
        ? str(
            t(`common:verdicts.${s.evaluator}.${s.outcome}`, {
              ...verdictParams(s.details),
              defaultValue: '',
            }),
          )
        : '';
      if (sentence) field(L('detail'), verbatim(sentence), 3);
    } else {
      field(L('answer'), text(str(t(`${base}.options.${s.outcome}`, o))), 3);
    }
    if (s.fromFile) field(L('source'), text(L('fromFile')), 3);
    if (s.answeredAt) field(L('answered'), time(s.answeredAt), 3);
    note(s.note, 3);
  });

  if (input.openStep) {
    heading(2, L('openStep'));
    doc.push({ type: 'para', value: text(str(t(`nodes.${input.openStep.nodeId}.title`, o))) });
    if (input.openStep.note) doc.push({ type: 'blank' });
    note(input.openStep.note);
  }

  // Diagnosis and fix.
  if (input.diagnosis) {
    const c = { ns: causeNamespace(input.diagnosis.id), ...terms };
    heading(2, `${L('diagnosis')}: ${diagnosisTitle}`);
    doc.push({ type: 'para', value: text(str(t('summary', c))) });
    if (input.diagnosis.at) {
      doc.push({ type: 'blank' });
      field(L('reached'), time(input.diagnosis.at));
    }
    heading(3, str(t('common:diagnosis.why')));
    doc.push({ type: 'para', value: text(str(t('cause', c))) });
    heading(3, str(t('common:diagnosis.fix')));
    // The fix for the walk's platform only, as the diagnosis page shows it; with no platform
    // known, each platform's own step is labelled with its platform's name (as on the page).
    const known = isPlatform(input.platform);
    const tags = (platforms: readonly string[] | undefined) =>
      !known && platforms
        ? platforms.map((p) => `[${str(t(`common:diagnosis.platformTag.${p}`)) || p}] `).join('')
        : '';
    asSteps(t('steps', { ...c, returnObjects: true }))
      .filter((step) => forPlatform(step.platforms ?? [], input.platform))
      .forEach((step, i) => {
        doc.push({
          type: 'numbered',
          n: i + 1,
          text: tags(step.platforms) + os(step.os) + step.text,
          codes: step.codes,
        });
      });
    heading(3, str(t('common:diagnosis.verify')));
    for (const v of asTaggedTexts(t('verify', { ...c, returnObjects: true }), input.platform))
      doc.push({ type: 'item', text: tags(v.platforms) + v.text });
    if (input.diagnosis.note) doc.push({ type: 'blank' });
    note(input.diagnosis.note);
  }

  // Escalation.
  heading(2, str(t('support:escalation.title')));
  const cause = causeChecklist(t, input.diagnosis?.id, terms);
  if (cause.length > 0) {
    doc.push({ type: 'label', text: str(t('support:escalation.forCause')) }, { type: 'blank' });
    for (const v of cause) doc.push({ type: 'item', text: v });
    doc.push({ type: 'blank' });
  }
  doc.push({ type: 'label', text: str(t('support:escalation.forAll')) }, { type: 'blank' });
  for (const g of genericChecklist(t)) {
    doc.push({ type: 'item', text: os(g.os) + g.text, ...(g.code ? { code: g.code } : {}) });
  }
  return doc;
}

/** Builds the record in the language of `t`. */
export function buildCaseRecord(
  input: CaseRecordInput,
  t: Translate,
  format: RecordFormat,
): string {
  return renderRecord(caseRecordDocument(input, t), format);
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
