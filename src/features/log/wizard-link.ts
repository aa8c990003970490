import { resolve, shortestPathTo, type Answers, type Tree } from '@/engine';
import type { WizardTarget } from '@/network/openvpn-log';
import { evaluators } from '@/network/evaluators';
import { trees as registeredTrees } from '@/trees';

/** Where a finding leads: a wizard walk with its answers, or the cause page. */
export type FindingLink =
  | {
      readonly kind: 'diagnose';
      readonly tree: string;
      readonly diagnosis: string;
      readonly answers: Answers;
    }
  | { readonly kind: 'cause'; readonly diagnosis: string };

/**
 * Answers the log cannot know, replaced when the walk still ends at the same diagnosis: the
 * shortest path picks the first option ("Alibaba Cloud"), a log does not say which gateway.
 */
const UNKNOWN_FROM_LOG: Readonly<Record<string, string>> = { platform: 'unsure' };

function reaches(tree: Tree, answers: Answers, diagnosis: string): boolean {
  try {
    const r = resolve(tree, answers, { evaluators });
    return r.done && r.current.id === diagnosis;
  } catch {
    return false;
  }
}

const cache = new Map<string, FindingLink | null>();

/**
 * The link for a finding's wizard target: the target tree's shortest walk to the diagnosis with
 * its answers pre-filled; when that tree is not registered (yet), the cause page if some
 * registered tree has that diagnosis; otherwise null (no link).
 */
export function findingLink(
  target: WizardTarget | undefined,
  trees: readonly Tree[] = registeredTrees,
): FindingLink | null {
  if (!target) return null;
  const key = `${target.tree}\u0000${target.diagnosis}`;
  if (trees === registeredTrees && cache.has(key)) return cache.get(key) ?? null;
  const link = computeLink(target, trees);
  if (trees === registeredTrees) cache.set(key, link);
  return link;
}

function computeLink(target: WizardTarget, trees: readonly Tree[]): FindingLink | null {
  const tree = trees.find((t) => t.id === target.tree);
  if (tree) {
    let path;
    try {
      path = shortestPathTo(tree, evaluators, target.diagnosis);
    } catch {
      path = undefined;
    }
    if (path) {
      let answers: Answers = path.answers;
      for (const [nodeId, value] of Object.entries(UNKNOWN_FROM_LOG)) {
        if (!Object.hasOwn(answers, nodeId) || answers[nodeId] === value) continue;
        const candidate = { ...answers, [nodeId]: value };
        if (reaches(tree, candidate, target.diagnosis)) answers = candidate;
      }
      return { kind: 'diagnose', tree: tree.id, diagnosis: target.diagnosis, answers };
    }
  }
  const known = trees.some((t) =>
    t.nodes.some((n) => n.kind === 'diagnosis' && n.id === target.diagnosis),
  );
  return known ? { kind: 'cause', diagnosis: target.diagnosis } : null;
}
