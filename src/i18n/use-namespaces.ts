import { useEffect, useState } from 'react';
import { i18n, loadNamespaces } from './i18n';
import type { Lang } from './langs';
import { useLang } from './use-lang';

/** Where the words of a component stand. */
export interface NamespacesState {
  /** Every namespace (that has a file) is in i18next. */
  readonly ready: boolean;
  /** Loading failed (offline before the files were cached). */
  readonly failed: boolean;
}

const present = (lang: Lang, namespaces: readonly string[]) =>
  namespaces.every((ns) => i18n.hasResourceBundle(lang, ns));

/**
 * The one hook for words a component needs beyond what its route's loader loaded (the clock
 * check on a diagnosis, support mode's scripts, a case record in another language): loads them
 * through i18next's backend. Ready on the first render when they are already there (loaded by
 * a loader, or handed over by a prerendered page), so nothing flickers. `lang` defaults to the
 * route's language.
 */
export function useNamespaces(namespaces: readonly string[], lang?: Lang): NamespacesState {
  const routeLang = useLang();
  const l = lang ?? routeLang;
  const key = `${l}|${namespaces.join(',')}`;
  const [state, setState] = useState<{ key: string; failed: boolean } | undefined>();
  const ready = present(l, namespaces);
  useEffect(() => {
    if (present(l, namespaces)) return;
    let live = true;
    loadNamespaces(l, namespaces).then(
      () => live && setState({ key, failed: false }),
      () => live && setState({ key, failed: true }),
    );
    return () => {
      live = false;
    };
    // `key` stands for `l` and `namespaces` (a new array on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // A settled load re-renders through `setState`; `ready` is read from i18next itself.
  return { ready, failed: !ready && state?.key === key && state.failed };
}
