/**
 * Build-time renderer (see `scripts/prerender-plugin.ts`): renders the start pages, the cause
 * library and every cause page to HTML with the app's own routes, loaders and words, so they
 * read without JavaScript. The browser then hydrates the same tree (`src/main.tsx`).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  StaticRouterProvider,
  createStaticHandler,
  createStaticRouter,
  type StaticHandlerContext,
} from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { causeIds, trees } from '@/trees';
import { RESERVED_KEYS, treeNamespace } from '@/engine';
import { documentTitle, headOf } from '@/i18n/head';
import { routes } from '@/app/router';
import { SiteHeader } from '@/app/layout';
import {
  collectNamespaces,
  ensureNamespaces,
  i18n,
  localeUrl,
  presentBundles,
  setLocaleSource,
} from '@/i18n/i18n';
import { readLocaleFiles } from '@/i18n/file-locales';
import { wordsBlock } from '@/i18n/page-words';
import { paths } from '@/config/paths';
import { DIAGNOSE_ROUTE_MODULE, FIRST_STEP_MODULES } from '@/config/first-question';
import { LANGS, type Lang } from '@/i18n/langs';
import { fixedLooseT } from '@/i18n/use-lang';

// At build time the words are read from the locale files, bundled into this SSR build.
setLocaleSource(readLocaleFiles);

/** One page to write: its route path (without the base) and language. */
export interface PrerenderPage {
  readonly path: string;
  readonly lang: Lang;
  /** The same page in each language (for hreflang). */
  readonly alternates: Readonly<Record<Lang, string>>;
}

/** What a rendered page puts into the HTML template. */
export interface Rendered {
  readonly status: number;
  readonly html: string;
  readonly title: string;
  readonly description: string;
  /** The page's words as a JSON data block (hydration adopts them instead of fetching). */
  readonly words: string;
}

/** Every page rendered at build time, in both languages. */
export function prerenderPages(): PrerenderPage[] {
  const builders: ((lang: Lang) => string)[] = [
    (l) => paths.home.href(l),
    (l) => paths.causes.href(l),
    ...causeIds().map((id) => (l: Lang) => paths.cause.href(l, id)),
  ];
  return builders.flatMap((href) => {
    const alternates = Object.fromEntries(LANGS.map((l) => [l, href(l)])) as Record<Lang, string>;
    return LANGS.map((lang) => ({ path: href(lang), lang, alternates }));
  });
}

/**
 * Each symptom's first step, `/<lang>/diagnose/<symptom>`: in the sitemap, and written as the
 * app's empty shell that preloads what the step needs. Its content is not prerendered, because
 * a shared link with answers (`?platform=…`) is served the same file and must not show the
 * first question before the app paints its own step; the preloads (the route module, its
 * imports, the common and tree words) let those downloads start with the entry instead of
 * after it.
 */
export interface ShellPage extends PrerenderPage {
  /**
   * Source paths of the modules every page of this path renders with, as Vite's manifest names
   * them: the route module.
   */
  readonly modules: readonly string[];
  /**
   * Modules only a question needs (the step form the wizard loads on demand, and the evidence
   * box of a first step). They are preloaded
   * only when the query carries no answer (`firstStepHint`), so a shared diagnosis link does
   * not download the form.
   */
  readonly firstStepModules: readonly string[];
  /** The locale files the first step needs, as the app fetches them. */
  readonly words: readonly string[];
}

export function diagnoseShells(): ShellPage[] {
  return trees.flatMap((tree) => {
    const alternates = Object.fromEntries(
      LANGS.map((l) => [l, paths.diagnose.href(l, tree.id)]),
    ) as Record<Lang, string>;
    return LANGS.map((lang) => ({
      path: paths.diagnose.href(lang, tree.id),
      lang,
      alternates,
      modules: [DIAGNOSE_ROUTE_MODULE],
      firstStepModules: FIRST_STEP_MODULES,
      words: ['common', treeNamespace(tree.id)].map((ns) => localeUrl(lang, ns)),
    }));
  });
}

/**
 * A symptom shell's static frame: the skip link and the site header in the page's language,
 * rendered by the layout's own `SiteHeader` (support mode off, as every prerendered page). It
 * is the same for any query, so a shared diagnosis link paints it at once; the page itself is
 * the app's to render.
 */
export async function renderShellFrame(page: PrerenderPage, basename: string): Promise<string> {
  await ensureNamespaces(page.lang, ['common']);
  const handler = createStaticHandler([{ path: `${paths.home.path}/*`, Component: SiteHeader }], {
    basename,
  });
  const prefix = basename === '/' ? '' : basename.replace(/\/$/, '');
  const context = await handler.query(new Request(`http://localhost${prefix}${page.path}`));
  if (context instanceof Response) throw new Error(`prerender: no frame for ${page.path}`);
  return renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StaticRouterProvider
          router={createStaticRouter(handler.dataRoutes, context)}
          context={context}
          hydrate={false}
        />
      </I18nextProvider>
    </StrictMode>,
  );
}

/** Query keys that are not answers (a first step's URL may carry them). */
export const reservedQueryKeys = (): readonly string[] => [...RESERVED_KEYS];

/** Further URLs for the sitemap that are not prerendered: each symptom's first step. */
export function sitemapExtras(): PrerenderPage[] {
  return diagnoseShells().map(({ path, lang, alternates }) => ({ path, lang, alternates }));
}

/** The title and description of a page: the leaf route's `handle.head`, as the layout uses it. */
function pageHead(context: StaticHandlerContext, lang: Lang, url: URL) {
  const t = i18n.getFixedT(lang, 'common');
  const leaf = [...context.matches].reverse().find((m) => headOf(m.route.handle));
  const head = leaf ? headOf(leaf.route.handle) : undefined;
  if (!leaf || !head) return { title: t('app.name'), description: '' };
  const { title, description = '' } = head({
    t: i18n.getFixedT(lang),
    looseT: fixedLooseT(lang),
    lang,
    params: leaf.params,
    search: url.searchParams,
  });
  return { title: documentTitle(title, t('app.name')), description };
}

/**
 * Renders one page. `origin` only completes the request URL; links in the HTML stay
 * root-relative (with the base path).
 */
export async function render(
  page: PrerenderPage,
  basename: string,
  origin = 'http://localhost',
): Promise<Rendered> {
  const handler = createStaticHandler(routes, { basename });
  const prefix = basename === '/' ? '' : basename.replace(/\/$/, '');
  const url = new URL(`${origin}${prefix}${page.path}`);
  const { result: context, used } = await collectNamespaces(() => handler.query(new Request(url)));
  if (context instanceof Response) {
    return { status: context.status, html: '', title: '', description: '', words: '' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </I18nextProvider>
    </StrictMode>,
  );
  return {
    status: context.statusCode,
    html,
    ...pageHead(context, page.lang, url),
    words: wordsBlock(presentBundles(used)),
  };
}
