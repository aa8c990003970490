import type { LocaleSource } from './i18n';

/*
 * The locale files as modules, for code that runs outside the browser: the prerenderer's SSR
 * build (`src/entry-server.tsx`) and tests (`src/test-setup.ts`). Never imported by the app:
 * in the browser words are fetched as JSON (`localeUrl`).
 */
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  import: 'default',
});

export const readLocaleFiles: LocaleSource = (lang, ns) => {
  const load = files[`../../locales/${lang}/${ns}.json`];
  return load ? load() : Promise.reject(new Error(`No locale file ${lang}/${ns}.json`));
};
