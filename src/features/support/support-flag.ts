/**
 * Support mode's flag and keys, and the registry of the store: what the header switch needs on
 * every page, without the store of cases (`support-store.ts` registers itself here when it is
 * loaded; `support-mode.ts` loads it on demand).
 */
import type { SupportStore } from './support-store';

/** Storage keys. */
export const KEYS = {
  mode: 'sslvpn-doctor.support.mode',
  cases: 'sslvpn-doctor.support.cases',
  current: 'sslvpn-doctor.support.current',
} as const;

/** The query key and value that turn support mode on (reserved by the engine). */
export const SUPPORT_FLAG = 'support';

/** True when a query string carries `support=1`. */
export function hasSupportFlag(search: string): boolean {
  try {
    return new URLSearchParams(search).get(SUPPORT_FLAG) === '1';
  } catch {
    return false;
  }
}

/** A URL (absolute or path) with `support=1` set or removed; the hash is kept. */
export function setSupportFlag(url: string, on: boolean): string {
  const u = new URL(url, 'http://x.invalid');
  if (on) u.searchParams.set(SUPPORT_FLAG, '1');
  else u.searchParams.delete(SUPPORT_FLAG);
  const rel = `${u.pathname}${u.search}${u.hash}`;
  return u.origin === 'http://x.invalid' ? rel : `${u.origin}${rel}`;
}

/** The mode as the store will read it: the link's flag, else the remembered mode. */
function readMode(): boolean {
  if (typeof window === 'undefined') return false;
  if (hasSupportFlag(window.location.search)) return true;
  try {
    return window.localStorage.getItem(KEYS.mode) === 'on';
  } catch {
    return false;
  }
}

let store: SupportStore | undefined;
/** The mode read when this page loaded (until the store is loaded). */
export const initialMode = readMode();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Called by `support-store.ts` when it is loaded: from then on the store says. */
export function adoptSupportStore(s: SupportStore): void {
  store = s;
  s.subscribe(emit);
  emit();
}

/** The store, once it is loaded. */
export function loadedSupportStore(): SupportStore | undefined {
  return store;
}

/** Whether support mode is on now. */
export function supportModeOn(): boolean {
  return store ? store.getState().on : initialMode;
}

/** Listens for changes of the mode (and, once the store is loaded, of anything in it). */
export function subscribeMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
