/**
 * The search code (MiniSearch and the ranking) is a chunk of its own, loaded only when a
 * query is shown: the start loader awaits it, so the page renders with it in hand.
 */
type SearchModule = typeof import('./search');

let loaded: SearchModule | undefined;
let pending: Promise<SearchModule> | undefined;

/** Loads the search chunk (once). */
export function loadSearch(): Promise<SearchModule> {
  pending ??= import('./search').then((m) => (loaded = m));
  return pending;
}

/** The search module if it has loaded. */
export function loadedSearch(): SearchModule | undefined {
  return loaded;
}
