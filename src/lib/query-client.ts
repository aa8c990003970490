import { QueryClient } from '@tanstack/react-query';

/**
 * One client for the app: locale bundles and other static data never go stale. `offlineFirst`:
 * queries read the app's own files (precached by the service worker), so they run even when the
 * browser reports no network — react-query's default would pause them until it comes back.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, gcTime: Infinity, retry: 1, networkMode: 'offlineFirst' },
  },
});
