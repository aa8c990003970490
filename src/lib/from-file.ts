/**
 * "From your file": the wizard URL's `from` key lists the steps whose answers a dropped file
 * proved (node ids, comma-separated), so *Your answers* can say so and a shared link keeps it.
 * A step the user answers again leaves the list. Decoding is tolerant and never throws.
 */

/** The query key (reserved in the engine's URL model, so no node can be called that). */
export const FROM_KEY = 'from';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_IDS = 50;

/** The step ids in `from` (unknown shapes dropped). */
export function readFromFile(params: URLSearchParams): ReadonlySet<string> {
  const raw = params.get(FROM_KEY) ?? '';
  if (raw.length > 4000) return new Set();
  return new Set(
    raw
      .split(',')
      .filter((id) => ID.test(id))
      .slice(0, MAX_IDS),
  );
}

/** `{ from: 'a,b' }` for a link (empty object when none), leaving out `without`. */
export function fromFileParam(ids: Iterable<string>, without?: string): Record<string, string> {
  const list = [...new Set(ids)].filter((id) => id !== without && ID.test(id)).slice(0, MAX_IDS);
  return list.length > 0 ? { [FROM_KEY]: list.join(',') } : {};
}

/** The step a URL answer key belongs to: `lan-conflict.client-lan` → `lan-conflict`. */
export function stepOfAnswerKey(key: string): string {
  const dot = key.indexOf('.');
  return dot === -1 ? key : key.slice(0, dot);
}
