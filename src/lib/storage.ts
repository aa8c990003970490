/**
 * Browser storage for support mode, as results instead of exceptions: `localStorage` can be
 * missing (privacy settings, sandboxed frames), throw on access (`SecurityError`) or be full
 * (`QuotaExceededError`). Callers keep their state in memory and show the error where it
 * happened; nothing here ever throws.
 */

/** The part of `Storage` this module uses (a fake in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why storage could not be used: it is turned off / inaccessible, or it is full. */
export type StorageErrorKind = 'unavailable' | 'full';

/** The outcome of a storage operation. */
export type StorageResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: StorageErrorKind };

/** `localStorage`, or undefined when the browser refuses it. */
export function browserStore(): KeyValueStore | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** True when an exception thrown by `setItem` means "quota exceeded". */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** Reads a raw string (`null` when absent). */
export function readText(
  store: KeyValueStore | undefined,
  key: string,
): StorageResult<string | null> {
  if (!store) return { ok: false, error: 'unavailable' };
  try {
    return { ok: true, value: store.getItem(key) };
  } catch {
    return { ok: false, error: 'unavailable' };
  }
}

/** Writes a raw string. */
export function writeText(
  store: KeyValueStore | undefined,
  key: string,
  value: string,
): StorageResult<void> {
  if (!store) return { ok: false, error: 'unavailable' };
  try {
    store.setItem(key, value);
    return { ok: true, value: undefined };
  } catch (e) {
    return { ok: false, error: isQuotaError(e) ? 'full' : 'unavailable' };
  }
}

/** Removes a key. */
export function removeKey(store: KeyValueStore | undefined, key: string): StorageResult<void> {
  if (!store) return { ok: false, error: 'unavailable' };
  try {
    store.removeItem(key);
    return { ok: true, value: undefined };
  } catch {
    return { ok: false, error: 'unavailable' };
  }
}

/** Reads and parses JSON; unparsable text reads as `undefined` (it is junk, not an error). */
export function readJson(store: KeyValueStore | undefined, key: string): StorageResult<unknown> {
  const r = readText(store, key);
  if (!r.ok) return r;
  if (r.value === null) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(r.value) as unknown };
  } catch {
    return { ok: true, value: undefined };
  }
}

/** Serialises and writes JSON. */
export function writeJson(
  store: KeyValueStore | undefined,
  key: string,
  value: unknown,
): StorageResult<void> {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return { ok: false, error: 'unavailable' };
  }
  return writeText(store, key, text);
}
