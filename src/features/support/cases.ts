/**
 * The support case: what a support engineer's walk through a tree leaves behind (answers with
 * the time each was given, notes per step, the diagnosis). Plain data and pure functions; the
 * store in `support-store.ts` keeps cases in memory and in the browser.
 */
import { encodeAnswers, isId, sameAnswer, type Answer, type Answers } from '@/engine';

/** One answer as given, and when (ISO 8601). */
export interface LoggedAnswer {
  readonly answer: Answer;
  readonly at: string;
}

/** A support case, as saved in the browser. */
export interface SupportCase {
  /** Short, readable and URL-safe (`20250501-K3F9`): staff quote it in the ticket. */
  readonly id: string;
  readonly treeId: string;
  /** ISO 8601 times. */
  readonly startedAt: string;
  readonly updatedAt: string;
  /** The answers on the walk's current path (the deep link replays them). */
  readonly answers: Answers;
  /** The last answer given at each node and when; kept when the walk goes back. */
  readonly answerLog: Readonly<Record<string, LoggedAnswer>>;
  /** Free-text notes by node id (steps and the diagnosis). */
  readonly notes: Readonly<Record<string, string>>;
  /** The ticket number or any reference the engineer types. */
  readonly reference?: string;
  /** The diagnosis the walk reached, and when. */
  readonly diagnosisId?: string;
  readonly diagnosedAt?: string;
  /** Set when the customer reports the fix did not help (escalation). */
  readonly stillBrokenAt?: string;
  /** Steps whose answers a customer's file proved (the wizard URL's `from`), sorted. */
  readonly fromFile?: readonly string[];
}

/** Longest note kept per step, and longest reference. */
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_REFERENCE_LENGTH = 200;
/** Most cases kept in the history (the oldest are dropped). */
export const MAX_CASES = 200;

const CASE_ID = /^[A-Za-z0-9-]{1,40}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A copy of an object without some of its keys. */
function omit<T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> {
  const out: Record<string, unknown> = { ...(o as Record<string, unknown>) };
  for (const k of keys) delete out[k as string];
  return out as Omit<T, K>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTime(v: unknown): v is string {
  return typeof v === 'string' && ISO_TIME.test(v);
}

/** A new case id from the date and a random suffix. */
export function newCaseId(now: Date, random: () => number = Math.random): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += alphabet[Math.floor(random() * alphabet.length)] ?? 'X';
  return `${day}-${suffix}`;
}

/** An empty case for a tree. */
export function newCase(treeId: string, now: Date, random?: () => number): SupportCase {
  const at = now.toISOString();
  return {
    id: newCaseId(now, random),
    treeId,
    startedAt: at,
    updatedAt: at,
    answers: {},
    answerLog: {},
    notes: {},
  };
}

function readAnswer(v: unknown): Answer | undefined {
  if (typeof v === 'string') return v.length > 0 && v.length <= 2000 ? v : undefined;
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) {
    if (isId(k) && typeof val === 'string' && val.length <= 2000) out[k] = val;
  }
  return out;
}

function readAnswers(v: unknown): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  if (!isRecord(v)) return out;
  for (const [k, val] of Object.entries(v)) {
    const a = isId(k) ? readAnswer(val) : undefined;
    if (a !== undefined) out[k] = a;
  }
  return out;
}

/**
 * A case read back from storage, or undefined when it is not one. Storage is user-controlled
 * input: every field is checked, keys must be ids, and unknown fields are dropped.
 */
export function parseCase(v: unknown): SupportCase | undefined {
  if (!isRecord(v)) return undefined;
  const { id, treeId, startedAt, updatedAt } = v;
  if (typeof id !== 'string' || !CASE_ID.test(id)) return undefined;
  if (typeof treeId !== 'string' || !isId(treeId)) return undefined;
  if (!isTime(startedAt) || !isTime(updatedAt)) return undefined;
  const answerLog: Record<string, LoggedAnswer> = {};
  if (isRecord(v.answerLog)) {
    for (const [k, entry] of Object.entries(v.answerLog)) {
      if (!isId(k) || !isRecord(entry) || !isTime(entry.at)) continue;
      const answer = readAnswer(entry.answer);
      if (answer !== undefined) answerLog[k] = { answer, at: entry.at };
    }
  }
  const notes: Record<string, string> = {};
  if (isRecord(v.notes)) {
    for (const [k, note] of Object.entries(v.notes)) {
      if (isId(k) && typeof note === 'string' && note !== '')
        notes[k] = note.slice(0, MAX_NOTE_LENGTH);
    }
  }
  return {
    id,
    treeId,
    startedAt,
    updatedAt,
    answers: readAnswers(v.answers),
    answerLog,
    notes,
    ...(typeof v.reference === 'string' && v.reference !== ''
      ? { reference: v.reference.slice(0, MAX_REFERENCE_LENGTH) }
      : {}),
    ...(typeof v.diagnosisId === 'string' && isId(v.diagnosisId)
      ? { diagnosisId: v.diagnosisId }
      : {}),
    ...(isTime(v.diagnosedAt) ? { diagnosedAt: v.diagnosedAt } : {}),
    ...(isTime(v.stillBrokenAt) ? { stillBrokenAt: v.stillBrokenAt } : {}),
    ...fromFileOf(Array.isArray(v.fromFile) ? v.fromFile : [], undefined),
  };
}

/** `{ fromFile }` with the ids that are ids (and, given answers, answered), sorted; or `{}`. */
function fromFileOf(
  ids: Iterable<unknown>,
  answers: Answers | undefined,
): { fromFile?: readonly string[] } {
  const list = [...new Set(ids)]
    .filter((id): id is string => typeof id === 'string' && isId(id))
    .filter((id) => !answers || Object.hasOwn(answers, id))
    .sort()
    .slice(0, 100);
  return list.length > 0 ? { fromFile: list } : {};
}

/** Cases read back from storage: junk entries and repeated ids dropped, newest first. */
export function parseCases(v: unknown): SupportCase[] {
  if (!Array.isArray(v)) return [];
  const seen = new Set<string>();
  const out: SupportCase[] = [];
  for (const item of v) {
    const c = parseCase(item);
    if (c && !seen.has(c.id)) {
      seen.add(c.id);
      out.push(c);
    }
  }
  return sortCases(out).slice(0, MAX_CASES);
}

/** Newest (last updated) first. */
export function sortCases(cases: readonly SupportCase[]): SupportCase[] {
  return [...cases].sort((a, b) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
  );
}

/**
 * Brings a case in step with the walk on screen: the path's answers, a time for each answer
 * that is new or changed, and the diagnosis reached. Returns the same object when nothing
 * changed (so nothing is written).
 */
export function syncCase(
  c: SupportCase,
  answers: Answers,
  diagnosisId: string | undefined,
  now: Date,
  fromFile: Iterable<string> = [],
): SupportCase {
  const at = now.toISOString();
  const files = fromFileOf(fromFile, answers);
  let changed =
    encodeAnswers(answers) !== encodeAnswers(c.answers) ||
    (files.fromFile ?? []).join(',') !== (c.fromFile ?? []).join(',');
  const answerLog: Record<string, LoggedAnswer> = { ...c.answerLog };
  for (const [id, answer] of Object.entries(answers)) {
    const logged = Object.hasOwn(answerLog, id) ? answerLog[id] : undefined;
    if (!logged || !sameAnswer(logged.answer, answer)) {
      answerLog[id] = { answer, at };
      changed = true;
    }
  }
  if (diagnosisId !== c.diagnosisId) changed = true;
  if (!changed) return c;
  return {
    ...omit(c, 'diagnosisId', 'diagnosedAt', 'fromFile'),
    answers,
    answerLog,
    ...files,
    updatedAt: at,
    ...(diagnosisId
      ? {
          diagnosisId,
          diagnosedAt: diagnosisId === c.diagnosisId && c.diagnosedAt ? c.diagnosedAt : at,
        }
      : {}),
  };
}

/** The case with a step's note set (an empty note removes it). */
export function withNote(c: SupportCase, nodeId: string, note: string, now: Date): SupportCase {
  const notes: Record<string, string> = { ...c.notes };
  const text = note.slice(0, MAX_NOTE_LENGTH);
  if (text === '') delete notes[nodeId];
  else notes[nodeId] = text;
  return { ...c, notes, updatedAt: now.toISOString() };
}

/** The case with its reference set. */
export function withReference(c: SupportCase, reference: string, now: Date): SupportCase {
  const text = reference.slice(0, MAX_REFERENCE_LENGTH);
  return {
    ...omit(c, 'reference'),
    ...(text ? { reference: text } : {}),
    updatedAt: now.toISOString(),
  };
}

/** The case marked (or unmarked) as still broken after the fix. */
export function withStillBroken(c: SupportCase, broken: boolean, now: Date): SupportCase {
  const at = now.toISOString();
  return {
    ...omit(c, 'stillBrokenAt'),
    ...(broken ? { stillBrokenAt: c.stillBrokenAt ?? at } : {}),
    updatedAt: at,
  };
}
