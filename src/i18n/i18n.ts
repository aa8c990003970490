import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { queryOptions } from '@tanstack/react-query';
import { queryClient } from '@/lib/query-client';
import type { Lang } from '@/i18n/langs';

type Bundle = Record<string, unknown>;

/** Every locale file as a lazy chunk: `../../locales/<lang>/<namespace>.json`. */
const files = import.meta.glob<Bundle>('../../locales/*/*.json', { import: 'default' });

/** The namespaces that exist for a language (from the file names, without loading them). */
export function namespacesOf(lang: Lang): string[] {
  const prefix = `../../locales/${lang}/`;
  return Object.keys(files)
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length, -'.json'.length));
}

/** True when a namespace file exists for the language. */
export function hasNamespace(lang: Lang, ns: string): boolean {
  return Object.hasOwn(files, `../../locales/${lang}/${ns}.json`);
}

/** Query options for one locale file (TanStack's `xQueryOptions()` pattern). */
export function localeQueryOptions(lang: Lang, ns: string) {
  return queryOptions({
    queryKey: ['locale', lang, ns],
    queryFn: async (): Promise<Bundle> => {
      const load = files[`../../locales/${lang}/${ns}.json`];
      if (!load) throw new Error(`No locale file ${lang}/${ns}.json`);
      return load();
    },
  });
}

/** The shared i18next instance. Bundles are added by route loaders, one file per namespace. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: 'en',
  fallbackLng: false,
  ns: ['common'],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false, bindI18nStore: 'added' },
});

/**
 * Loads locale files (cached by react-query) and adds them to i18next. Call from route loaders
 * so a page renders only once its words are present. Unknown namespaces are skipped.
 */
export async function ensureNamespaces(lang: Lang, namespaces: readonly string[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((ns) => hasNamespace(lang, ns))
      .map(async (ns) => {
        const bundle = await queryClient.ensureQueryData(localeQueryOptions(lang, ns));
        if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, bundle, true, true);
      }),
  );
}
