import { edges, nodeIndex } from './tree-index';
import type { Resolution } from './resolve';
import type { Id, Tree } from './types';

/** Another cause worth trying: reached by answering `nodeId` with `outcome` instead. */
export interface Alternative {
  readonly nodeId: Id;
  readonly outcome: Id;
  readonly diagnosis: Id;
}

/** Diagnoses reachable from a node, nearest first (breadth-first). */
function diagnosesFrom(tree: Tree, start: Id): Id[] {
  const index = nodeIndex(tree);
  const out: Id[] = [];
  const seen = new Set<Id>([start]);
  const queue: Id[] = [start];
  while (queue.length > 0) {
    const id = queue.shift() as Id;
    const node = index.get(id);
    if (!node) continue;
    if (node.kind === 'diagnosis') {
      out.push(id);
      continue;
    }
    for (const [, next] of edges(node)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return out;
}

/**
 * "Did this fix it? — No": other likely causes on the same symptom. Walks the trail back from
 * the last answer; at each step, the other answers' nearest diagnoses come first (the later
 * the step, the closer the alternative is to what the user described). The reached diagnosis
 * and duplicates are left out. Compute steps are skipped: their verdicts are facts, not
 * guesses. Pure.
 */
export function alternatives(tree: Tree, resolution: Resolution, limit = 3): Alternative[] {
  const index = nodeIndex(tree);
  const reached = resolution.current.id;
  const seen = new Set<Id>([reached]);
  const out: Alternative[] = [];
  for (let i = resolution.trail.length - 1; i >= 0 && out.length < limit; i--) {
    const step = resolution.trail[i];
    if (!step || step.node.kind === 'compute') continue;
    const node = index.get(step.node.id);
    if (!node) continue;
    for (const [outcome, next] of edges(node)) {
      if (outcome === step.outcome) continue;
      for (const diagnosis of diagnosesFrom(tree, next)) {
        if (seen.has(diagnosis)) continue;
        seen.add(diagnosis);
        out.push({ nodeId: node.id, outcome, diagnosis });
        if (out.length >= limit) return out;
        break;
      }
    }
  }
  return out;
}
