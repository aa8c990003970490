import { QueryClient } from '@tanstack/react-query';

/**
 * The client for the app's only server state, the clock check (a HEAD request to the page's own
 * origin). Imported by the clock feature only, so react-query stays out of the entry. Words do
 * not go through it (i18next's backend loads them). `offlineFirst`: the request is tried even
 * when the browser reports no network, so the check says at once that it could not be made.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, gcTime: Infinity, retry: 1, networkMode: 'offlineFirst' },
  },
});
