import { isId } from './tree-index';
import type { Answer, Answers, Id } from './types';

/**
 * Query keys that are not answers (reserved for the page: `edit` = the "Change" target,
 * `support` = support mode). `validateTree` forbids node ids equal to these.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['edit', 'support', 'lang', 'from']);

/** Longest value kept from the query; longer values are dropped as junk. */
export const MAX_VALUE_LENGTH = 2000;
/** Most answer keys read from one query; the rest are ignored. */
export const MAX_KEYS = 200;

/**
 * Turns answers into a query string (without `?`): `node=option` for choices,
 * `node.field=value` for compute inputs. Empty values are left out. Keys keep the map's order.
 *
 * @example
 * ```ts
 * encodeAnswers({ platform: 'alibaba', pool: { cidr: '10.0.0.0/24' } });
 * // 'platform=alibaba&pool.cidr=10.0.0.0%2F24'
 * ```
 */
export function encodeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  for (const [id, answer] of Object.entries(answers)) {
    if (typeof answer === 'string') {
      if (answer !== '') params.append(id, answer);
      continue;
    }
    for (const [field, value] of Object.entries(answer)) {
      if (value !== '') params.append(`${id}.${field}`, value);
    }
  }
  return params.toString();
}

/**
 * Reads answers from a query string (with or without `?`) or URLSearchParams. Tolerant of junk:
 * keys that are not kebab-case ids (or `id.field`), reserved keys, over-long values and
 * repeats are ignored; it never throws.
 */
export function decodeAnswers(query: string | URLSearchParams): Answers {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return {};
  }
  const out: Record<Id, Answer> = {};
  let count = 0;
  for (const [key, value] of params) {
    if (count >= MAX_KEYS) break;
    if (value === '' || value.length > MAX_VALUE_LENGTH) continue;
    const dot = key.indexOf('.');
    if (dot === -1) {
      if (!isId(key) || RESERVED_KEYS.has(key) || Object.hasOwn(out, key)) continue;
      out[key] = value;
      count++;
      continue;
    }
    const id = key.slice(0, dot);
    const field = key.slice(dot + 1);
    if (!isId(id) || !isId(field) || RESERVED_KEYS.has(id)) continue;
    const existing = Object.hasOwn(out, id) ? out[id] : undefined;
    if (typeof existing === 'string') continue;
    const input: Record<Id, string> = { ...existing };
    if (Object.hasOwn(input, field)) continue;
    input[field] = value;
    out[id] = input;
    count++;
  }
  return out;
}

/** Answers with `id` set to `answer` (replacing any earlier value for it). */
export function withAnswer(answers: Answers, id: Id, answer: Answer): Answers {
  const rest = withoutAnswer(answers, id);
  return { ...rest, [id]: answer };
}

/** Answers without `id`. */
export function withoutAnswer(answers: Answers, id: Id): Answers {
  // fromEntries defines own properties: an own `__proto__` key stays a key, not the prototype.
  return Object.fromEntries(Object.entries(answers).filter(([k]) => k !== id));
}

/** True when two compute inputs or two answers are equal. */
export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const ka = Object.keys(a).filter((k) => a[k] !== '');
  const kb = Object.keys(b).filter((k) => b[k] !== '');
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
