import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  decodeAnswers,
  edges,
  nodeIndex,
  resolve,
  type Answers,
  type Evaluator,
  type EvaluatorRegistry,
  type Resolution,
  type Tree,
} from '@/engine';

/** What the wizard page needs: the answers in the URL and where they lead. */
export interface WizardState {
  readonly answers: Answers;
  /** The node a "Change" link asked to revisit (`?edit=<nodeId>`), if any. */
  readonly edit?: string;
  readonly resolution: Resolution;
}

// The evaluators (and ipaddr.js under them) are a chunk of their own, loaded only when a walk
// reaches a compute step: most steps and most diagnoses never need them.
let loaded: EvaluatorRegistry | undefined;

/** Loads the compute steps' evaluators (once). */
export async function loadEvaluators(): Promise<EvaluatorRegistry> {
  loaded ??= (await import('@/network/evaluators')).evaluators;
  return loaded;
}

/** The evaluators, if loaded (the loader loads them before a page that needs them renders). */
export function loadedEvaluators(): EvaluatorRegistry | undefined {
  return loaded;
}

/**
 * Until the evaluators are in: a stand-in whose `evaluate` throws, which `resolve` turns into
 * "stopped at this compute step" — so resolving tells whether the walk reaches one.
 */
const notLoaded: Evaluator = {
  results: [],
  examples: {},
  evaluate: () => {
    throw new Error('evaluators not loaded');
  },
};
const notLoadedRegistry = (tree: Tree): EvaluatorRegistry =>
  Object.fromEntries(
    tree.nodes.flatMap((n) => (n.kind === 'compute' ? [[n.evaluator, notLoaded]] : [])),
  );

/** Resolves the answers in a query string over a tree (pure; used by the loader and the page). */
export function wizardState(tree: Tree, params: URLSearchParams): WizardState {
  const answers = decodeAnswers(params);
  const edit = params.get('edit') ?? undefined;
  const evaluators = loaded ?? notLoadedRegistry(tree);
  const resolution = resolve(tree, answers, { evaluators, ...(edit ? { stopAt: edit } : {}) });
  return { answers, ...(edit ? { edit } : {}), resolution };
}

/** True when the walk stands on or has passed a compute step (its page needs the evaluators). */
export function walksCompute(resolution: Resolution): boolean {
  return (
    resolution.current.kind === 'compute' || resolution.trail.some((s) => s.node.kind === 'compute')
  );
}

/**
 * The state for a loader: loads the evaluators first when the walk reaches a compute step, so
 * the page resolves with the real ones.
 */
export async function loadWizardState(tree: Tree, params: URLSearchParams): Promise<WizardState> {
  const first = wizardState(tree, params);
  if (loaded || !walksCompute(first.resolution)) return first;
  await loadEvaluators();
  return wizardState(tree, params);
}

/** True when a step one answer away from the current one is a compute step. */
function computeIsNext(tree: Tree, resolution: Resolution): boolean {
  const index = nodeIndex(tree);
  return edges(resolution.current).some(([, next]) => index.get(next)?.kind === 'compute');
}

/** Joins the URL's query to `resolve()`: the only state of the wizard is its URL. */
export function useWizard(tree: Tree): WizardState {
  const [params] = useSearchParams();
  const query = params.toString();
  const state = useMemo(() => wizardState(tree, new URLSearchParams(query)), [tree, query]);
  // Fetch the evaluators while the user reads a step that can lead to a compute step, so the
  // click that gets there does not wait for them.
  const soon = !loaded && computeIsNext(tree, state.resolution);
  useEffect(() => {
    if (soon) void loadEvaluators().catch(() => undefined);
  }, [soon]);
  return state;
}
