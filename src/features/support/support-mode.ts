/**
 * Support mode's on/off without the store of cases (issue 18: the header switch is on every
 * page's first paint, the store and its case code are not).
 *
 * Until `support-store.ts` is loaded, "on" is what the page was opened with (`support-flag.ts`
 * reads it where the store will: the link's `support=1`, else the remembered mode). The store
 * is loaded at once when the mode is on, when the switch is pressed, when another tab turns
 * the mode on, or by any support module that imports it; it then registers itself and is the
 * only source of the mode.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import {
  KEYS,
  hasSupportFlag,
  initialMode,
  loadedSupportStore,
  setSupportFlag,
  subscribeMode,
  supportModeOn,
} from './support-flag';
import type { SupportStore } from './support-store';
import { onDemand } from '@/lib/on-demand';

const storeModule = onDemand(() => import('./support-store'));

/** Loads the store (once; asked again after a failed load). */
export function loadSupportStore(): Promise<SupportStore> {
  return storeModule.load().then((m) => m.supportStore);
}

if (initialMode) void loadSupportStore().catch(() => undefined);

/** Support mode's on/off (re-renders when it changes). */
export function useSupportOn(): boolean {
  return useSyncExternalStore(subscribeMode, supportModeOn, supportModeOn);
}

/** Turns support mode on or off (loads the store first). */
export function setSupportMode(on: boolean): void {
  void loadSupportStore().then(
    (s) => s.setMode(on),
    () => undefined,
  );
}

/**
 * Keeps support mode in step with the address bar and with other tabs:
 * - in support mode every page's URL carries `support=1`, so a copied address is a staff link;
 *   out of it the flag is removed (only the flag of the page load turns the mode on);
 * - a change made in another tab (mode, history) is picked up.
 *
 * The flag is written with `history.replaceState`, keeping the router's state, so the router
 * does not navigate (focus and scroll stay where they are).
 */
export function useSupportSync(on: boolean) {
  const location = useLocation();
  useEffect(() => {
    const has = hasSupportFlag(window.location.search);
    if (has === on) return;
    window.history.replaceState(window.history.state, '', setSupportFlag(window.location.href, on));
  }, [on, location.key, location.search]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      const cleared = e.key === null;
      if (!cleared && e.key !== KEYS.cases && e.key !== KEYS.mode) return;
      const store = loadedSupportStore();
      if (store) store.refresh(cleared);
      else if (e.key === KEYS.mode && e.newValue === 'on') void loadSupportStore().catch(() => {});
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
