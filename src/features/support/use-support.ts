import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import {
  KEYS,
  hasSupportFlag,
  setSupportFlag,
  supportStore,
  type SupportState,
} from './support-store';

const subscribe = (listener: () => void) => supportStore.subscribe(listener);
const snapshot = () => supportStore.getState();

/** Support mode and the saved cases (re-renders on every change). */
export function useSupportState(): SupportState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
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
      if (e.key === null || e.key === KEYS.cases || e.key === KEYS.mode)
        supportStore.refresh(e.key === null);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
