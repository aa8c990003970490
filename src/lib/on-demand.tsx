import { useEffect, useState } from 'react';

/** A module loaded on demand: by a route loader before the page that shows it, or on first use. */
export interface OnDemand<T> {
  /** Loads the module (once); loaders await it so the page paints with it, no later shift. */
  load(): Promise<T>;
  /** The module if it is loaded. */
  get(): T | undefined;
}

/** Wraps a dynamic `import()`. */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let mod: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (m) => (mod = m),
        (e: unknown) => {
          pending = undefined; // offline now, maybe not later: ask again next time
          throw e;
        },
      )),
    get: () => mod,
  };
}

/**
 * The module when it is needed: synchronously if a loader already loaded it (so a render
 * never suspends and nothing shifts), else loaded now and shown once in (e.g. support mode
 * switched on while on the page). Undefined while not needed or still loading.
 */
export function useOnDemand<T>(source: OnDemand<T>, needed: boolean): T | undefined {
  const [, setLoaded] = useState(0);
  const mod = source.get();
  useEffect(() => {
    if (!needed || source.get()) return;
    let live = true;
    source.load().then(
      () => live && setLoaded((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, source]);
  return needed ? mod : undefined;
}
