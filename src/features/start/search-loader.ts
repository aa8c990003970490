import { onDemand } from '@/lib/on-demand';

/**
 * The search code (MiniSearch and the ranking) is a chunk of its own, loaded only when a
 * query is shown: the start loader awaits it, so the page renders with it in hand.
 */
const search = onDemand(() => import('./search'));

/** Loads the search chunk (once). */
export const loadSearch = () => search.load();

/** The search module if it has loaded. */
export const loadedSearch = () => search.get();
