import { queryOptions } from '@tanstack/react-query';
import { measureServerClock } from './server-clock';

export { CLOCK_REQUEST_TIMEOUT_MS, measureServerClock } from './server-clock';

/** Query options for the clock check (TanStack's `xQueryOptions()` pattern): never cached. */
export function clockSkewQueryOptions(origin: string) {
  return queryOptions({
    queryKey: ['clock-skew', origin],
    // No origin (rendered outside a browser, e.g. prerendering): nothing to ask.
    enabled: origin !== '',
    queryFn: ({ signal }) => measureServerClock(origin, signal),
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
