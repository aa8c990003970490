/**
 * Support mode and support cases, kept in memory and mirrored to the browser:
 * - the mode switch and the case history in `localStorage` (shared by the tabs of a browser);
 * - the current case of a tab in `sessionStorage` (two tabs can work two cases; a reload keeps
 *   the tab's case).
 *
 * Every write updates memory first, so a full or unavailable storage never loses the case on
 * screen; the failure is recorded under the place it happened (`errors`) for that place to show.
 * History writes re-read the stored list and merge, so two tabs never drop each other's cases.
 */
import { MAX_CASES, newCase, parseCases, sortCases, type SupportCase } from './cases';
import {
  browserStore,
  readJson,
  readText,
  removeKey,
  writeJson,
  writeText,
  type KeyValueStore,
  type StorageErrorKind,
  type StorageResult,
} from '@/lib/storage';
import { KEYS, adoptSupportStore, hasSupportFlag } from './support-flag';

export { KEYS, SUPPORT_FLAG, hasSupportFlag, setSupportFlag } from './support-flag';

/** Where a storage failure happened, so that place can say so. */
export type ErrorPlace = 'mode' | 'case' | 'notes' | 'history';

/** The storage failure of each place, if its last write failed. */
export type StoreErrors = Readonly<Partial<Record<ErrorPlace, StorageErrorKind>>>;

/** Everything support mode knows. */
export interface SupportState {
  readonly on: boolean;
  /** True when this page load turned support mode on through a `support=1` link. */
  readonly viaLink: boolean;
  /** Saved cases, newest first (the current case included). */
  readonly cases: readonly SupportCase[];
  /** The case this tab is working on. */
  readonly currentId: string | undefined;
  /** Storage failures by place; a place's entry is cleared by its next successful write. */
  readonly errors: StoreErrors;
  /** Set when the saved history could not be read at all. */
  readonly readError: StorageErrorKind | undefined;
}

/** What the store needs from its surroundings (fakes in tests). */
export interface StoreEnv {
  readonly local: () => KeyValueStore | undefined;
  readonly session: () => KeyValueStore | undefined;
  /** The query string the page was opened with. */
  readonly initialSearch: () => string;
  readonly now: () => Date;
}

/** The support store: a tiny external store for `useSyncExternalStore`. */
export interface SupportStore {
  getState(): SupportState;
  subscribe(listener: () => void): () => void;
  setMode(on: boolean): void;
  /** The tab's case for a tree: the current one, or a new one when there is none for it. */
  caseFor(treeId: string): SupportCase;
  /** Starts a new case for a tree and makes it current. */
  startCase(treeId: string): SupportCase;
  /** Makes a saved case the tab's current case. */
  openCase(id: string): void;
  /** Replaces a case (by id) with `update(case)`; a no-op when it returns the same object. */
  updateCase(id: string, update: (c: SupportCase) => SupportCase, place: ErrorPlace): void;
  deleteCase(id: string): StorageResult<void>;
  deleteAll(): StorageResult<void>;
  /**
   * Re-reads the mode and the history (another tab changed them). `cleared`: the whole
   * storage was cleared; this tab keeps its mode and its current case and saves them again.
   */
  refresh(cleared?: boolean): void;
}

/** Creates a store over the given environment. */
export function createSupportStore(env: StoreEnv): SupportStore {
  let state: SupportState | undefined;
  const listeners = new Set<() => void>();

  const readCases = (): StorageResult<SupportCase[]> => {
    const r = readJson(env.local(), KEYS.cases);
    return r.ok ? { ok: true, value: parseCases(r.value) } : r;
  };

  const init = (): SupportState => {
    const stored = readText(env.local(), KEYS.mode);
    const viaLink = hasSupportFlag(env.initialSearch());
    const cases = readCases();
    const current = readText(env.session(), KEYS.current);
    const errors: Partial<Record<ErrorPlace, StorageErrorKind>> = {};
    if (viaLink && !(stored.ok && stored.value === 'on')) {
      const w = writeText(env.local(), KEYS.mode, 'on');
      if (!w.ok) errors.mode = w.error;
    }
    const list = cases.ok ? cases.value : [];
    const currentId =
      current.ok && current.value && list.some((c) => c.id === current.value)
        ? current.value
        : undefined;
    return {
      on: viaLink || (stored.ok && stored.value === 'on'),
      viaLink,
      cases: list,
      currentId,
      errors,
      readError: cases.ok ? undefined : cases.error,
    };
  };

  const get = (): SupportState => (state ??= init());

  const set = (next: SupportState) => {
    state = next;
    for (const l of listeners) l();
  };

  const withError = (s: SupportState, place: ErrorPlace, r: StorageResult<unknown>) =>
    r.ok
      ? s.errors[place]
        ? { ...s, errors: { ...s.errors, [place]: undefined } }
        : s
      : { ...s, errors: { ...s.errors, [place]: r.error } };

  /** Applies `change` to the stored list (re-read first) and to memory; writes it back. */
  const changeCases = (
    change: (list: SupportCase[]) => SupportCase[],
    place: ErrorPlace,
  ): StorageResult<void> => {
    const s = get();
    const fresh = readCases();
    const memory = change([...s.cases]);
    const base = fresh.ok ? mergeCases(fresh.value, s.cases) : s.cases;
    const stored = sortCases(change([...base])).slice(0, MAX_CASES);
    const w = writeJson(env.local(), KEYS.cases, stored);
    // Memory holds what was written, or (when writing failed) what this tab knows.
    const cases = w.ok ? stored : sortCases(memory);
    set(withError({ ...s, cases }, place, w));
    return w;
  };

  const setCurrent = (id: string | undefined) => {
    const w =
      id === undefined
        ? removeKey(env.session(), KEYS.current)
        : writeText(env.session(), KEYS.current, id);
    set(withError({ ...get(), currentId: id }, 'case', w));
  };

  const startCase = (treeId: string): SupportCase => {
    const c = newCase(treeId, env.now());
    changeCases((list) => [c, ...list.filter((x) => x.id !== c.id)], 'case');
    setCurrent(c.id);
    return c;
  };

  return {
    getState: get,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setMode(on) {
      const w = on ? writeText(env.local(), KEYS.mode, 'on') : removeKey(env.local(), KEYS.mode);
      set(withError({ ...get(), on, viaLink: on ? get().viaLink : false }, 'mode', w));
    },
    caseFor(treeId) {
      const s = get();
      const current = s.cases.find((c) => c.id === s.currentId);
      if (current && current.treeId === treeId) return current;
      return startCase(treeId);
    },
    startCase,
    openCase(id) {
      setCurrent(id);
    },
    updateCase(id, update, place) {
      const s = get();
      const before = s.cases.find((c) => c.id === id);
      if (!before) return;
      const after = update(before);
      if (after === before) return;
      changeCases((list) => {
        const i = list.findIndex((c) => c.id === id);
        // Another tab may have deleted it (or storage was cleared): this tab's edit brings it
        // back. Otherwise the edit is applied to the copy just read, so a note another tab
        // saved a moment ago (not yet seen here) is kept beside this tab's edit.
        return i === -1
          ? [after, ...list]
          : list.map((c) => (c.id === id ? (c === before ? after : update(c)) : c));
      }, place);
    },
    deleteCase(id) {
      const r = changeCases((list) => list.filter((c) => c.id !== id), 'history');
      if (get().currentId === id) setCurrent(undefined);
      return r;
    },
    deleteAll() {
      const s = get();
      const w = removeKey(env.local(), KEYS.cases);
      set(withError({ ...s, cases: [] }, 'history', w));
      if (s.currentId !== undefined) setCurrent(undefined);
      return w;
    },
    refresh(cleared = false) {
      const s = get();
      const r = readCases();
      const mode = readText(env.local(), KEYS.mode);
      const on = cleared ? s.on : mode.ok ? mode.value === 'on' : s.on;
      if (cleared && on) writeText(env.local(), KEYS.mode, 'on');
      // Storage cleared (or the case deleted) by another tab while this tab works on it: keep
      // the case on screen and save it again, so its answers and notes are not lost.
      const current = s.cases.find((c) => c.id === s.currentId);
      const lost = r.ok && current !== undefined && !r.value.some((c) => c.id === current.id);
      set({
        ...s,
        on,
        viaLink: on && s.viaLink,
        ...(r.ok ? { cases: lost ? [current, ...r.value] : r.value, readError: undefined } : {}),
      });
      if (lost)
        changeCases((list) => [current, ...list.filter((c) => c.id !== current.id)], 'case');
    },
  };
}

/**
 * The stored list with this tab's newer copies: a case this tab changed more recently than
 * the stored copy wins (another tab's cases are kept as stored).
 */
function mergeCases(stored: readonly SupportCase[], memory: readonly SupportCase[]): SupportCase[] {
  const byId = new Map(stored.map((c) => [c.id, c]));
  for (const c of memory) {
    const s = byId.get(c.id);
    if (s && c.updatedAt > s.updatedAt) byId.set(c.id, c);
  }
  return [...byId.values()];
}

/** The app's store: `localStorage`, `sessionStorage` and the page's own URL. */
export const supportStore = createSupportStore({
  local: browserStore,
  session: () => {
    try {
      return typeof window === 'undefined' ? undefined : window.sessionStorage;
    } catch {
      return undefined;
    }
  },
  initialSearch: () => (typeof window === 'undefined' ? '' : window.location.search),
  now: () => new Date(),
});

adoptSupportStore(supportStore);
