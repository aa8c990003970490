import { decodeAnswers, resolve, type Answers, type Id } from '@/engine';
import { fromFileParam, stepOfAnswerKey } from '@/lib/from-file';
import { evaluators } from '@/network/evaluators';
import { PLATFORM_ANSWERS } from '@/network/platforms';
import { mergeAnswers, type EvidenceResult } from '@/network/evidence/read-evidence';
import { findTree } from '@/trees';

/** The platform choice of the evidence box: the wizard's own `platform` answer ids. */
export const PLATFORM_CHOICES = PLATFORM_ANSWERS;
export type PlatformChoice = (typeof PLATFORM_CHOICES)[number];

/** A wizard link built from what the files prove. */
export interface EvidenceWizardLink {
  readonly tree: string;
  /** The proven answers (and the platform the user chose), in the engine's shape. */
  readonly answers: Answers;
  /** The URL's `from` key: the steps a file proved. */
  readonly extra: Readonly<Record<string, string>>;
  /** Those steps, in the order the files proved them. */
  readonly proven: readonly Id[];
  /** The files that proved them. */
  readonly files: readonly string[];
  /** Where the walk stands with these answers: a diagnosis, or the next question. */
  readonly stop: { readonly kind: 'diagnosis' | 'question'; readonly node: Id };
}

/**
 * One wizard link per tree the files prove answers for: the proven answers merged (first file
 * wins per key, as `mergeAnswers` says), the chosen platform added (a user's answer, so not
 * "from your file"), and where the engine's replay stops with them. Trees the app does not know
 * are left out; nothing else is invented. When the files came from a symptom's first step
 * (`symptom`), that symptom's link comes first, and is there even when the files prove none of
 * its answers (then it carries only the platform, and `proven` is empty).
 */
export function evidenceWizardLinks(
  results: readonly EvidenceResult[],
  platform?: PlatformChoice,
  symptom?: string,
): EvidenceWizardLink[] {
  const out: EvidenceWizardLink[] = [];
  const proven = mergeAnswers(results);
  const entries = Object.entries(proven);
  if (symptom && findTree(symptom)) {
    entries.sort(([a], [b]) => Number(b === symptom) - Number(a === symptom));
    if (!Object.hasOwn(proven, symptom)) entries.unshift([symptom, { answers: {}, from: {} }]);
  }
  for (const [treeId, merged] of entries) {
    const tree = findTree(treeId);
    if (!tree) continue;
    const params = new URLSearchParams();
    if (platform && !Object.hasOwn(merged.answers, 'platform')) params.set('platform', platform);
    for (const [key, value] of Object.entries(merged.answers)) params.set(key, value);
    const answers = decodeAnswers(params);
    const steps = [...new Set(Object.keys(merged.answers).map(stepOfAnswerKey))];
    const resolution = resolve(tree, answers, { evaluators });
    out.push({
      tree: treeId,
      answers,
      extra: fromFileParam(steps),
      proven: steps,
      files: [...new Set(Object.values(merged.from))],
      stop: { kind: resolution.done ? 'diagnosis' : 'question', node: resolution.current.id },
    });
  }
  return out;
}

/** The client's own networks every network dump found (for the client CIDR check). */
export function clientLansOf(results: readonly EvidenceResult[]): string[] {
  const lans = new Set<string>();
  for (const r of results)
    if (r.kind === 'network-dump') for (const l of r.dump.clientLans) lans.add(l);
  return [...lans];
}

/** Every cause the files point to, first file first, each once, with the file that shows it. */
export function evidenceCauses(
  results: readonly EvidenceResult[],
): { cause: string; because: string; file: string }[] {
  const seen = new Set<string>();
  const out: { cause: string; because: string; file: string }[] = [];
  for (const r of results) {
    if (!('causes' in r)) continue;
    for (const c of r.causes) {
      if (seen.has(c.cause)) continue;
      seen.add(c.cause);
      out.push({ ...c, file: r.name });
    }
  }
  return out;
}
