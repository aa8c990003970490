import { nodeIndex } from './tree-index';
import { COMPUTE_UNSURE } from './types';
import type {
  Answer,
  Answers,
  ComputeInput,
  EvaluatorRegistry,
  FieldError,
  Id,
  Tree,
  TreeNode,
} from './types';

/** One answered step on the way to the current node. */
export interface TrailStep {
  readonly node: TreeNode;
  /** The stored answer (option id, check outcome, or compute inputs). */
  readonly answer: Answer;
  /** The edge taken: the option id, check outcome, or evaluator result key. */
  readonly outcome: Id;
  /** For compute nodes, the evaluator's verdict data. */
  readonly details?: unknown;
}

/** Why a stored answer could not be used. */
export type InvalidReason =
  /** An option id or check outcome the node does not have. */
  | 'unknown-option'
  /** A single value where compute inputs were expected, or the reverse. */
  | 'wrong-type'
  /** Compute inputs the evaluator rejected (see `errors`). */
  | 'malformed-input';

/** The first stored answer that did not fit the tree. */
export interface InvalidAnswer {
  readonly nodeId: Id;
  readonly answer: Answer;
  readonly reason: InvalidReason;
  /** Field errors for `malformed-input`. */
  readonly errors?: readonly FieldError[];
}

/** The outcome of replaying answers over a tree. */
export interface Resolution {
  /** Answered steps from the root, in order. */
  readonly trail: readonly TrailStep[];
  /** The step to show now: an unanswered node, the node of an invalid answer, or a diagnosis. */
  readonly current: TreeNode;
  /** Set when replay stopped at a stored answer that did not fit. */
  readonly invalid?: InvalidAnswer;
  /** True when `current` is a diagnosis. */
  readonly done: boolean;
}

/** Options for {@link resolve}. */
export interface ResolveOptions {
  /** Evaluators for compute nodes, by name. */
  readonly evaluators: EvaluatorRegistry;
  /**
   * Stop at this node even if it has a valid answer (the "Change" link): the stored answer is
   * kept so the page can show it selected.
   */
  readonly stopAt?: Id;
}

/** The answer's edge at a node, or why it has none. */
export type StepOutcome =
  | { readonly ok: true; readonly outcome: Id; readonly next: Id; readonly details?: unknown }
  | {
      readonly ok: false;
      readonly reason: InvalidReason;
      readonly errors?: readonly FieldError[];
    };

function isInput(answer: Answer): answer is ComputeInput {
  return typeof answer === 'object';
}

/**
 * Where one answer leads from one node. Pure; never throws for any answer.
 *
 * @throws Error only when the tree itself is broken (a compute node names an evaluator that is
 * missing) — `validateTree` rules that out in tests.
 */
export function step(
  node: TreeNode,
  answer: Answer,
  evaluators: EvaluatorRegistry,
  context: Answers = {},
): StepOutcome {
  switch (node.kind) {
    case 'diagnosis':
      return { ok: false, reason: 'unknown-option' };
    case 'question': {
      if (isInput(answer)) return { ok: false, reason: 'wrong-type' };
      const option = node.options.find((o) => o.id === answer);
      return option
        ? { ok: true, outcome: option.id, next: option.next }
        : { ok: false, reason: 'unknown-option' };
    }
    case 'check': {
      if (isInput(answer)) return { ok: false, reason: 'wrong-type' };
      const next = Object.hasOwn(node.outcomes, answer)
        ? node.outcomes[answer as keyof typeof node.outcomes]
        : undefined;
      return next ? { ok: true, outcome: answer, next } : { ok: false, reason: 'unknown-option' };
    }
    case 'compute': {
      if (answer === COMPUTE_UNSURE && node.unsure) {
        return { ok: true, outcome: COMPUTE_UNSURE, next: node.unsure };
      }
      if (!isInput(answer)) return { ok: false, reason: 'wrong-type' };
      const evaluator = evaluators[node.evaluator];
      if (!evaluator) throw new Error(`Tree error: evaluator "${node.evaluator}" is missing`);
      let verdict;
      try {
        verdict = evaluator.evaluate(answer, context);
      } catch {
        return {
          ok: false,
          reason: 'malformed-input',
          errors: [{ field: node.fields[0]?.id ?? '', code: 'invalid' }],
        };
      }
      if (!verdict.ok) return { ok: false, reason: 'malformed-input', errors: verdict.errors };
      const next = Object.hasOwn(node.results, verdict.result)
        ? node.results[verdict.result]
        : undefined;
      if (!next) throw new Error(`Tree error: ${node.id} has no edge for "${verdict.result}"`);
      return { ok: true, outcome: verdict.result, next, details: verdict.details };
    }
  }
}

/**
 * Replays stored answers from the tree's root, like GOV.UK Smart Answers' state resolver.
 * Answers are keyed by node id, so answers for nodes off the taken path are ignored and kept.
 *
 * Pure: the same tree and answers always give the same resolution, and no answer map makes it
 * throw (a broken tree does; `validateTree` rules that out).
 *
 * @example
 * ```ts
 * const r = resolve(tree, { platform: 'alibaba', 'log-says': 'cert-expired' }, { evaluators });
 * r.current.kind; // 'diagnosis'
 * r.trail.map((s) => s.node.id); // ['platform', 'log-says']
 * ```
 */
export function resolve(tree: Tree, answers: Answers, options: ResolveOptions): Resolution {
  const index = nodeIndex(tree);
  const trail: TrailStep[] = [];
  const seen = new Set<Id>();
  let node = index.get(tree.root);
  if (!node) throw new Error(`Tree error: root "${tree.root}" is missing in ${tree.id}`);

  for (;;) {
    if (seen.has(node.id)) throw new Error(`Tree error: cycle at "${node.id}" in ${tree.id}`);
    seen.add(node.id);
    if (node.kind === 'diagnosis') return { trail, current: node, done: true };
    const answer = Object.hasOwn(answers, node.id) ? answers[node.id] : undefined;
    if (answer === undefined || node.id === options.stopAt) {
      return { trail, current: node, done: false };
    }
    const result = step(node, answer, options.evaluators, answers);
    if (!result.ok) {
      const invalid: InvalidAnswer = {
        nodeId: node.id,
        answer,
        reason: result.reason,
        ...(result.errors ? { errors: result.errors } : {}),
      };
      return { trail, current: node, invalid, done: false };
    }
    trail.push({ node, answer, outcome: result.outcome, details: result.details });
    const next = index.get(result.next);
    if (!next) throw new Error(`Tree error: "${node.id}" leads to missing "${result.next}"`);
    node = next;
  }
}

/**
 * The answers that matter for a resolution: those on its trail, in trail order. Used to build
 * a clean link (answers off the path are dropped).
 */
export function trailAnswers(resolution: Resolution): Answers {
  const out: Record<Id, Answer> = {};
  for (const s of resolution.trail) out[s.node.id] = s.answer;
  return out;
}
