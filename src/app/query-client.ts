import { QueryClient } from '@tanstack/react-query';

/** One client for the app: locale bundles and other static data never go stale. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity, retry: 1 } },
});
