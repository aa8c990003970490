import { useQuery } from '@tanstack/react-query';
import { ensureNamespaces, i18n } from './i18n';
import { useLang } from './use-lang';

/**
 * Loads locale namespaces from inside a component, for pieces mounted on pages whose loader does
 * not know them (the clock check on a diagnosis, the log entry on the start page). True once the
 * words are there; pages that load them in their loader get true on the first render.
 */
export function useLazyNamespaces(namespaces: readonly string[]): boolean {
  const lang = useLang();
  const present = namespaces.every((ns) => i18n.hasResourceBundle(lang, ns));
  const query = useQuery({
    queryKey: ['lazy-namespaces', lang, ...namespaces],
    queryFn: async () => {
      await ensureNamespaces(lang, namespaces);
      return true;
    },
    enabled: !present,
  });
  return present || query.data === true;
}
