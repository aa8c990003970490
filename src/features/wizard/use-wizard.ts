import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { decodeAnswers, resolve, type Answers, type Resolution, type Tree } from '@/engine';
import { evaluators } from '@/network/evaluators';

/** What the wizard page needs: the answers in the URL and where they lead. */
export interface WizardState {
  readonly answers: Answers;
  /** The node a "Change" link asked to revisit (`?edit=<nodeId>`), if any. */
  readonly edit?: string;
  readonly resolution: Resolution;
}

/** Resolves the answers in a query string over a tree (pure; used by the loader and the page). */
export function wizardState(tree: Tree, params: URLSearchParams): WizardState {
  const answers = decodeAnswers(params);
  const edit = params.get('edit') ?? undefined;
  const resolution = resolve(tree, answers, { evaluators, ...(edit ? { stopAt: edit } : {}) });
  return { answers, ...(edit ? { edit } : {}), resolution };
}

/** Joins the URL's query to `resolve()`: the only state of the wizard is its URL. */
export function useWizard(tree: Tree): WizardState {
  const [params] = useSearchParams();
  const query = params.toString();
  return useMemo(() => wizardState(tree, new URLSearchParams(query)), [tree, query]);
}
