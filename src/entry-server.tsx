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
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { causeNamespace } from '@/engine';
import { trees } from '@/trees';
import { routes } from '@/app/router';
import { queryClient } from '@/lib/query-client';
import { i18n } from '@/i18n/i18n';
import { LANGS, paths, type Lang } from '@/config/paths';

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
}

/** Every cause id, once, in tree order (as the cause library lists them). */
function causeIds(): string[] {
  return [
    ...new Set(
      trees.flatMap((t) => t.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id)),
    ),
  ];
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

/** Further URLs for the sitemap that are not prerendered: each symptom's first step. */
export function sitemapExtras(): PrerenderPage[] {
  return trees.flatMap((tree) => {
    const alternates = Object.fromEntries(
      LANGS.map((l) => [l, paths.diagnose.href(l, tree.id)]),
    ) as Record<Lang, string>;
    return LANGS.map((lang) => ({ path: paths.diagnose.href(lang, tree.id), lang, alternates }));
  });
}

function genericTerms(lang: Lang): Record<string, string> {
  const v: unknown = i18n.getFixedT(lang, 'common')('terms.generic', { returnObjects: true });
  return typeof v === 'object' && v !== null ? (v as Record<string, string>) : {};
}

/**
 * The title and description of a page, as its component sets them (`useDocumentTitle`): the
 * page title, then the app name, joined with an en dash.
 */
function headOf(context: StaticHandlerContext, lang: Lang) {
  const t = i18n.getFixedT(lang, 'common');
  const app = t('app.name');
  const leaf = context.matches[context.matches.length - 1];
  const route = leaf?.route;
  const join = (...parts: string[]) => parts.filter(Boolean).join(' – ');
  if (route?.path === paths.cause.path) {
    const ns = causeNamespace(leaf?.params.causeId ?? '');
    const o = { ns, ...genericTerms(lang) };
    return { title: join(t('title', o), app), description: t('summary', o) };
  }
  if (route?.path === paths.causes.path) {
    return { title: join(t('causes.title'), app), description: t('causes.lead') };
  }
  if (route?.index) {
    return { title: join(t('start.title'), app), description: t('start.lead') };
  }
  return { title: app, description: '' };
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
  const context = await handler.query(new Request(`${origin}${prefix}${page.path}`));
  if (context instanceof Response) {
    return { status: context.status, html: '', title: '', description: '' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </I18nextProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { status: context.statusCode, html, ...headOf(context, page.lang) };
}
