/**
 * Browser Back shows the previous step with the answer it had. The URL of the previous step
 * has no answer for that step (it is the step being asked), so the tab remembers the deepest
 * answers of its walk per symptom, in memory and in session storage (the same answers the
 * URL carried; nothing else). Only a Back/Forward (or reload) visit reads it: a link to the
 * symptom or "Start again" starts empty.
 */
import type { Answer, Answers } from '@/engine';

const memory = new Map<string, Answers>();
const key = (treeId: string) => `sslvpn-doctor.wizard.walk.${treeId}`;

function session(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function read(treeId: string): Answers | undefined {
  const m = memory.get(treeId);
  if (m) return m;
  try {
    const raw = session()?.getItem(key(treeId));
    const v: unknown = raw ? JSON.parse(raw) : undefined;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Answers) : undefined;
  } catch {
    return undefined;
  }
}

const same = (a: Answer | undefined, b: Answer | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** True when `deeper` holds every answer of `answers`, unchanged. */
function extendsAnswers(deeper: Answers, answers: Answers): boolean {
  return Object.keys(answers).every((k) => same(deeper[k], answers[k]));
}

/** Records the walk's answers unless the remembered ones already go further along them. */
export function rememberWalk(treeId: string, answers: Answers): void {
  const m = read(treeId);
  if (m && extendsAnswers(m, answers)) return;
  memory.set(treeId, answers);
  try {
    session()?.setItem(key(treeId), JSON.stringify(answers));
  } catch {
    // Full or refused: memory still has it for this page load.
  }
}

/** The answer this tab gave at `nodeId` on the walk that `answers` start, if any. */
export function rememberedAnswer(
  treeId: string,
  answers: Answers,
  nodeId: string,
): Answer | undefined {
  if (answers[nodeId] !== undefined) return undefined;
  const m = read(treeId);
  return m && extendsAnswers(m, answers) ? m[nodeId] : undefined;
}

let firstKey: string | undefined;
let moved = false;

/**
 * True once this page load has moved from its first location (a Back then is an in-app Back,
 * not a page opened from its address). Pass the router location's key on every render.
 */
export function hasNavigated(locationKey: string): boolean {
  firstKey ??= locationKey;
  if (locationKey !== firstKey) moved = true;
  return moved;
}
