import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker (vite-plugin-pwa, `registerType: 'prompt'`): registered from the app's own
 * module (no inline script, so the CSP holds). A new version waits until the user accepts the
 * update banner; `needRefresh` is a tiny store for it.
 */
let needRefresh = false;
let update: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** How often an open tab asks the server for a new version. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Registers the service worker once, after the page has loaded. */
export function registerServiceWorker(): void {
  if (update || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  update = registerSW({
    onNeedRefresh() {
      needRefresh = true;
      emit();
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
}

/** The store behind the update banner (`useSyncExternalStore`). */
export const updateStore = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): boolean => needRefresh,
  getServerSnapshot: (): boolean => false,
  /** Hides the banner; the new version is used on the next visit. */
  dismiss: (): void => {
    needRefresh = false;
    emit();
  },
  /** Activates the waiting version; the page reloads when it takes control. */
  reload: async (): Promise<void> => {
    await update?.(true);
  },
};
