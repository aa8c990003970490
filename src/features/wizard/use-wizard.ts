import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ensureNamespaces } from '@/i18n/i18n';
import type { Lang } from '@/i18n/langs';
import {
  alternatives,
  causeNamespace,
  decodeAnswers,
  edges,
  nodeIndex,
  resolve,
  treeNamespace,
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

/**
 * The namespaces a wizard page paints with: the common words, the tree's, the tools' when the
 * walk stands on or has passed a compute step (field errors, verdicts, the tool link), and on a
 * diagnosis its cause's and those of the alternatives "Did this fix it?" offers.
 */
export function wizardNamespaces(tree: Tree, resolution: Resolution): string[] {
  return [
    'common',
    ...(walksCompute(resolution) ? ['tools'] : []),
    treeNamespace(tree.id),
    ...(resolution.done
      ? [resolution.current.id, ...alternatives(tree, resolution).map((a) => a.diagnosis)].map(
          causeNamespace,
        )
      : []),
  ];
}

/**
 * The namespaces of the pages one answer away from a question or a check (each option's page,
 * resolved as the click would), or the causes a compute step's results lead to. Fetched while
 * the user reads the step, so the click that reaches a diagnosis does not wait for its words
 * (at 4x CPU that wait was most of a diagnosis step: ~140 of ~235 ms).
 */
export function nextStepNamespaces(tree: Tree, state: WizardState): string[] {
  const { resolution, answers } = state;
  const node = resolution.current;
  if (resolution.done || resolution.invalid) return [];
  const out = new Set<string>();
  if (node.kind === 'compute') {
    const index = nodeIndex(tree);
    for (const [, next] of edges(node)) {
      if (index.get(next)?.kind === 'diagnosis') out.add(causeNamespace(next));
    }
    return [...out];
  }
  const evaluators = loaded ?? notLoadedRegistry(tree);
  for (const [answer] of edges(node)) {
    const next = resolve(tree, { ...answers, [node.id]: answer }, { evaluators });
    for (const ns of wizardNamespaces(tree, next)) out.add(ns);
  }
  return [...out];
}

/** True when a step one answer away from the current one is a compute step. */
function computeIsNext(tree: Tree, resolution: Resolution): boolean {
  const index = nodeIndex(tree);
  return edges(resolution.current).some(([, next]) => index.get(next)?.kind === 'compute');
}

/** Joins the URL's query to `resolve()`: the only state of the wizard is its URL. */
export function useWizard(tree: Tree, lang: Lang): WizardState {
  const [params] = useSearchParams();
  const query = params.toString();
  const state = useMemo(() => wizardState(tree, new URLSearchParams(query)), [tree, query]);
  // Fetch the evaluators while the user reads a step that can lead to a compute step, so the
  // click that gets there does not wait for them.
  const soon = !loaded && computeIsNext(tree, state.resolution);
  useEffect(() => {
    if (soon) void loadEvaluators().catch(() => undefined);
  }, [soon]);
  // Likewise the words of the pages one answer away, once the step has painted. A file that
  // cannot be fetched now (offline) is asked for again by the loader of the page that needs it.
  useEffect(() => {
    const later = window.setTimeout(() => {
      void ensureNamespaces(lang, nextStepNamespaces(tree, state)).catch(() => undefined);
    }, PREFETCH_DELAY_MS);
    return () => window.clearTimeout(later);
  }, [tree, state, lang]);
  return state;
}

/** How long a step is shown before the next pages' words are fetched (after its paint). */
const PREFETCH_DELAY_MS = 150;
