/**
 * The server's clock, read from the `Date` header of one request to the app's own origin.
 * Apart from the clock check's query (`clock-query.ts`) so that other pages (the file reader,
 * composed at its route) can use it without TanStack Query.
 */
import { measureSkew, type SkewResult } from '@/network/clock-skew';

/** Give up on the request after this long (then the check could not be made). */
export const CLOCK_REQUEST_TIMEOUT_MS = 10_000;

/**
 * One `HEAD` request to the page's own origin, timed on the device clock; the `Date` header it
 * returns gives the server's time. No third-party time service, nothing but the request line
 * is sent. Throws when the request fails (the UI says the check could not be made).
 */
export async function measureServerClock(
  origin: string,
  signal?: AbortSignal,
): Promise<SkewResult> {
  const timeout = AbortSignal.timeout(CLOCK_REQUEST_TIMEOUT_MS);
  // `AbortSignal.any` is recent (2024); without it the timeout alone still bounds the request.
  const combined =
    signal && typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, timeout]) : timeout;
  const startedAtMs = Date.now();
  const t0 = performance.now();
  // The app's own root (`/`, or the base path it is deployed under): same origin, and never
  // answered by the service worker, which only handles GET.
  const response = await fetch(`${origin}${import.meta.env.BASE_URL}`, {
    method: 'HEAD',
    cache: 'no-store',
    credentials: 'omit',
    signal: combined,
  });
  // Monotonic elapsed time: a clock change during the request cannot distort the round trip.
  const finishedAtMs = startedAtMs + (performance.now() - t0);
  return measureSkew({
    startedAtMs,
    finishedAtMs,
    dateHeader: response.headers.get('date'),
    ageHeader: response.headers.get('age'),
  });
}
