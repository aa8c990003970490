import { useSyncExternalStore } from 'react';
import { supportStore, type SupportState } from './support-store';

const subscribe = (listener: () => void) => supportStore.subscribe(listener);
const snapshot = () => supportStore.getState();

/** Support mode and the saved cases (re-renders on every change). */
export function useSupportState(): SupportState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
