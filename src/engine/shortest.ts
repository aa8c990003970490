/**
 * Shortest answer paths, and links that carry only what evidence proves (issue 20.1).
 *
 * `shortestAnswers` finds, by breadth-first search, the fewest-steps path from the root to every
 * diagnosis. `linkAnswers` takes the answers some evidence PROVES (e.g. a log line proves
 * `log-message=tls-timeout`) and a target diagnosis, and returns only the proven answers that
 * lie on a shortest path to it: replaying them reaches the diagnosis, or stops at the first
 * question on the way that nobody answered. It never invents an answer.
 *
 * Pure: no React, no i18n, no DOM.
 */
import { edges, nodeIndex } from './tree-index';
import {
  COMPUTE_UNSURE,
  type Answer,
  type Answers,
  type EvaluatorRegistry,
  type Id,
  type Tree,
} from './types';
import type { PathStep } from './paths';

/** A shortest path to one diagnosis. */
export interface ShortestPath {
  readonly diagnosis: Id;
  readonly steps: readonly PathStep[];
  /**
   * Answers that replay the path. Compute nodes get their evaluator's example input for the
   * outcome when `evaluators` were given; without them a compute step has no answer and
   * `complete` is false.
   */
  readonly answers: Answers;
  readonly complete: boolean;
}

interface Visit {
  readonly id: Id;
  readonly prev: Visit | null;
  readonly step: PathStep | null;
}

/**
 * Breadth-first search from the root. `fixed` pins the edge taken at some nodes (a proven
 * answer); other nodes may take any edge. Returns the first visit of each node.
 */
function bfs(tree: Tree, fixed: Readonly<Record<Id, Id>>): Map<Id, Visit> {
  const index = nodeIndex(tree);
  const seen = new Map<Id, Visit>();
  const start: Visit = { id: tree.root, prev: null, step: null };
  if (!index.has(tree.root)) return seen;
  seen.set(tree.root, start);
  const queue: Visit[] = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q];
    if (!v) break;
    const node = index.get(v.id);
    if (!node) continue;
    const pin = Object.hasOwn(fixed, v.id) ? fixed[v.id] : undefined;
    for (const [outcome, next] of edges(node)) {
      if (pin !== undefined && outcome !== pin) continue;
      if (seen.has(next) || !index.has(next)) continue;
      const w: Visit = { id: next, prev: v, step: { nodeId: v.id, outcome } };
      seen.set(next, w);
      queue.push(w);
    }
  }
  return seen;
}

function stepsOf(v: Visit): PathStep[] {
  const out: PathStep[] = [];
  for (let c: Visit | null = v; c; c = c.prev) if (c.step) out.push(c.step);
  return out.reverse();
}

/** The shortest path from the root to every reachable diagnosis, by diagnosis id. */
export function shortestAnswers(
  tree: Tree,
  evaluators?: EvaluatorRegistry,
): ReadonlyMap<Id, ShortestPath> {
  const index = nodeIndex(tree);
  const out = new Map<Id, ShortestPath>();
  for (const [id, visit] of bfs(tree, {})) {
    if (index.get(id)?.kind !== 'diagnosis') continue;
    const steps = stepsOf(visit);
    const answers: Record<Id, Answer> = {};
    let complete = true;
    for (const s of steps) {
      const node = index.get(s.nodeId);
      if (node?.kind === 'compute' && !(s.outcome === COMPUTE_UNSURE && node.unsure)) {
        const example = evaluators?.[node.evaluator]?.examples?.[s.outcome];
        if (example) answers[s.nodeId] = example;
        else complete = false;
      } else answers[s.nodeId] = s.outcome;
    }
    out.set(id, { diagnosis: id, steps, answers, complete });
  }
  return out;
}

/**
 * The answers of a path up to its first step only the user can answer (a compute step without
 * an answer): a link that walks a user in, with no invented input. Replaying them reaches the
 * diagnosis when the path has no such step, else stops at that step.
 */
export function answersBeforeInput(path: ShortestPath): Answers {
  const out: Record<Id, Answer> = {};
  for (const s of path.steps) {
    if (!Object.hasOwn(path.answers, s.nodeId)) break;
    const answer = path.answers[s.nodeId];
    if (answer !== undefined) out[s.nodeId] = answer;
  }
  return out;
}

/**
 * The proven answers that lead toward `target`, or null when the tree has no such diagnosis.
 * Only question and check answers are taken (a compute result is never "proven"), only when
 * the answer is a valid edge of that node, and only when the node lies on the path chosen: the
 * shortest path that honours every proven answer, or, if none reaches the target, the shortest
 * path of all (proven answers that point elsewhere are then left out). The result is always a
 * subset of `proven`.
 */
export function linkAnswers(tree: Tree, proven: Answers, target: Id): Answers | null {
  const index = nodeIndex(tree);
  if (index.get(target)?.kind !== 'diagnosis') return null;
  const valid: Record<Id, Id> = {};
  for (const [nodeId, answer] of Object.entries(proven)) {
    const node = index.get(nodeId);
    if (typeof answer !== 'string' || !node) continue;
    if (node.kind !== 'question' && node.kind !== 'check') continue;
    if (edges(node).some(([o]) => o === answer)) valid[nodeId] = answer;
  }
  const visit = bfs(tree, valid).get(target) ?? bfs(tree, {}).get(target);
  if (!visit) return null;
  const out: Record<Id, Answer> = {};
  for (const s of stepsOf(visit)) {
    if (valid[s.nodeId] === s.outcome) out[s.nodeId] = s.outcome;
  }
  return out;
}
