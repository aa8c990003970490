import { edges, nodeIndex } from './tree-index';
import {
  COMPUTE_UNSURE,
  type Answer,
  type Answers,
  type EvaluatorRegistry,
  type Id,
  type Tree,
} from './types';

/** One step of a path: the node and the edge (option, outcome or result key) taken. */
export interface PathStep {
  readonly nodeId: Id;
  readonly outcome: Id;
}

/** A route from the root to a diagnosis. */
export interface TreePath {
  readonly steps: readonly PathStep[];
  readonly diagnosis: Id;
  /**
   * Answers that replay this path. Compute nodes get their evaluator's example input for the
   * outcome, so the path can be walked by tests in a browser.
   */
  readonly answers: Answers;
}

/**
 * Every simple path from the root to each diagnosis (the xstate `simplePaths` idea): drives
 * the "every diagnosis reachable" check and the parameterised browser walk.
 *
 * @throws Error when a compute node's evaluator has no example for one of its results.
 */
export function allPaths(tree: Tree, evaluators: EvaluatorRegistry): TreePath[] {
  const index = nodeIndex(tree);
  const out: TreePath[] = [];
  const walk = (id: Id, steps: PathStep[], answers: Record<Id, Answer>, seen: Set<Id>) => {
    const node = index.get(id);
    if (!node || seen.has(id)) return;
    if (node.kind === 'diagnosis') {
      out.push({ steps: [...steps], diagnosis: id, answers: { ...answers } });
      return;
    }
    seen.add(id);
    for (const [outcome, next] of edges(node)) {
      let answer: Answer = outcome;
      if (node.kind === 'compute' && !(outcome === COMPUTE_UNSURE && node.unsure === next)) {
        const example = evaluators[node.evaluator]?.examples?.[outcome];
        if (!example) throw new Error(`No example input for ${node.evaluator} → ${outcome}`);
        answer = example;
      }
      steps.push({ nodeId: id, outcome });
      answers[id] = answer;
      walk(next, steps, answers, seen);
      steps.pop();
      delete answers[id];
    }
    seen.delete(id);
  };
  walk(tree.root, [], {}, new Set());
  return out;
}

/** The shortest path (fewest steps) to a given node's diagnosis, or undefined. */
export function shortestPathTo(tree: Tree, evaluators: EvaluatorRegistry, diagnosisId: Id) {
  return allPaths(tree, evaluators)
    .filter((p) => p.diagnosis === diagnosisId)
    .sort((a, b) => a.steps.length - b.steps.length)[0];
}
