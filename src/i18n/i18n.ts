import i18next, { type ResourceKey } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { localesPath } from 'virtual:locales';
import type { Lang } from '@/i18n/langs';

type Bundle = Record<string, unknown>;

/** Reads one locale file. */
export type LocaleSource = (lang: string, ns: string) => Promise<Bundle>;

/** The URL of a built locale file (`scripts/locales-plugin.ts` writes them there). */
export function localeUrl(lang: string, ns: string): string {
  return `${import.meta.env.BASE_URL}${localesPath}${lang}/${ns}.json`;
}

/** In the browser words are fetched as JSON; the prerenderer and tests read the files. */
let source: LocaleSource = async (lang, ns) => {
  const res = await fetch(localeUrl(lang, ns));
  if (!res.ok) throw new Error(`${res.status} for ${lang}/${ns}.json`);
  return (await res.json()) as Bundle;
};

/** Replaces how locale files are read (the prerenderer's bundled files, a test's). */
export function setLocaleSource(read: LocaleSource): void {
  source = read;
}

/**
 * The shared i18next instance. Words come only through i18next's backend
 * (`i18next-resources-to-backend` over the source above: one JSON file per namespace); a
 * prerendered page hands over the bundles it was rendered with (`addBundles`), so hydration
 * loads nothing it already has.
 */
export const i18n = i18next.createInstance();

void i18n
  .use(
    // Every namespace the app names exists in both languages: the tree tests check each tree's
    // and cause's files, the support tests each script file, and the build fails when a
    // language lacks a file (`scripts/locales-plugin.ts`). So no list of files ships here.
    resourcesToBackend((lang: string, ns: string) => source(lang, ns)),
  )
  .use(initReactI18next)
  .init({
    // `resources` present and not "partial": i18next (and react-i18next's `useTranslation`)
    // then never load a namespace on their own — a component naming a namespace its page did
    // not load (support words outside support mode, tool messages on a plain step) costs no
    // request. Words come only through `loadNamespaces` below (loaders, `useNamespaces`), which
    // drives the same backend connector explicitly.
    resources: {},
    partialBundledLanguages: false,
    lng: 'en',
    fallbackLng: false,
    // Nothing is loaded at init: each route's loader names the namespaces its page needs.
    ns: [],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A failed file (offline, before the worker has it) fails the load at once: the route's
    // error page says so and offers a retry, which asks again.
    maxRetries: 0,
    initAsync: false,
    // No `bindI18nStore`: every added bundle would re-render each `useTranslation` on the page,
    // and the wizard adds several while the user reads a step (the next steps' words, one file
    // at a time), so a step cost one or more extra whole-page renders: about 10 ms of 25 ms of
    // React work per step at 1x CPU (profile of the bench's walk, 2026-12-08). Nothing needs
    // it: a page renders after its loader has its words, and a component that loads more
    // (`useNamespaces`) re-renders through its own state when they arrive.
    react: { useSuspense: false },
  });

/** What i18next's backend connector offers (`i18n.services.backendConnector`, typed `any`). */
interface BackendConnector {
  reload(langs: readonly string[], ns: readonly string[], done: (errors?: unknown) => void): void;
}

/**
 * Loads namespaces of one language through i18next's backend into the instance, and resolves
 * once they are there (rejects when a file cannot be loaded: offline before it was cached).
 * Call from route loaders so a page renders only once its words are present. Present ones are
 * not loaded again; a name with no file fails the load like an unreachable file.
 *
 * Why not `i18n.loadNamespaces`: it loads for `i18n.languages` only (a support case record is
 * written in another language than the page), never rejects, and adds every namespace to
 * `options.ns` for good, so each later language switch would fetch every namespace ever used.
 * This goes through the same backend connector with an explicit language.
 */
export async function loadNamespaces(lang: Lang, namespaces: readonly string[]): Promise<void> {
  for (const ns of namespaces) collector?.add(`${lang}|${ns}`);
  const missing = [...new Set(namespaces)].filter((ns) => !i18n.hasResourceBundle(lang, ns));
  if (missing.length === 0) return;
  const connector = i18n.services.backendConnector as BackendConnector;
  await new Promise<void>((done) => connector.reload([lang], missing, () => done()));
  const failed = missing.filter((ns) => !i18n.hasResourceBundle(lang, ns));
  if (failed.length > 0) {
    throw new NamespaceLoadError(
      `Could not load ${failed.map((ns) => `${lang}/${ns}`).join(', ')}`,
    );
  }
}

/** The old name of {@link loadNamespaces}, kept for existing callers and tests. */
export const ensureNamespaces = loadNamespaces;

/** A locale file could not be loaded (the network is down and the worker does not have it). */
export class NamespaceLoadError extends Error {
  override readonly name = 'NamespaceLoadError';
}

/** Bundles by language and namespace, as the prerenderer serialises them into a page. */
export type BundleMap = Partial<Record<Lang, Record<string, ResourceKey>>>;

/** Adds bundles without loading anything (a prerendered page's words, read from the page). */
export function addBundles(bundles: BundleMap): void {
  for (const [lang, byNs] of Object.entries(bundles)) {
    for (const [ns, bundle] of Object.entries(byNs ?? {})) {
      if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, bundle, true, true);
    }
  }
}

let collector: Set<string> | undefined;

/**
 * Runs `work` (one page's loaders, at build time) and returns the `lang|namespace` pairs it
 * asked for: the words that page paints with. One page at a time (the prerenderer is serial).
 */
export async function collectNamespaces<T>(
  work: () => Promise<T>,
): Promise<{ result: T; used: Set<string> }> {
  const used = new Set<string>();
  collector = used;
  try {
    return { result: await work(), used };
  } finally {
    collector = undefined;
  }
}

/** The bundles of `lang|namespace` pairs that are present (for serialising into a page). */
export function presentBundles(pairs: Iterable<string>): BundleMap {
  const out: Record<string, Record<string, ResourceKey>> = {};
  for (const pair of pairs) {
    const [lang = '', ns = ''] = pair.split('|');
    const bundle: unknown = i18n.getResourceBundle(lang, ns);
    if (bundle && typeof bundle === 'object') (out[lang] ??= {})[ns] = bundle;
  }
  return out;
}
