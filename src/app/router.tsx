import {
  createBrowserRouter,
  data,
  redirect,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { NotFoundView } from '@/components/not-found-view';
import { RouteError } from './route-error';
import { ensureNamespaces } from '@/i18n/i18n';
import { preferredLang } from '@/i18n/lang';
import { Layout } from './layout';
import { isLang, paths } from '@/config/paths';
import { useLang } from '@/i18n/use-lang';

async function langLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, ['common']);
  return null;
}

function NotFoundRoute() {
  return <NotFoundView lang={useLang()} />;
}

/**
 * The route table (data routes); every path comes from `paths`. Pages are code-split with
 * `lazy`: the first paint of a page loads only its own module (and, e.g., ipaddr.js only where
 * a page computes with addresses).
 */
export const routes: RouteObject[] = [
  {
    path: paths.root.path,
    loader: () => redirect(paths.home.href(preferredLang())),
    errorElement: <RouteError />,
  },
  {
    path: paths.home.path,
    loader: langLoader,
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: async () => {
              const m = await import('@/features/start/start-page');
              return { loader: m.startLoader, Component: m.StartPage };
            },
          },
          {
            path: paths.diagnose.path,
            lazy: async () => {
              const m = await import('@/features/wizard/wizard-page');
              return { loader: m.wizardLoader, Component: m.WizardPage };
            },
          },
          {
            path: paths.causes.path,
            lazy: async () => {
              const m = await import('@/features/causes/cause-pages');
              return { loader: m.causeIndexLoader, Component: m.CauseIndexPage };
            },
          },
          {
            path: paths.cause.path,
            lazy: async () => {
              const m = await import('@/features/causes/cause-pages');
              return { loader: m.causeLoader, Component: m.CausePage };
            },
          },
          {
            path: paths.toolsClientCidr.path,
            lazy: async () => {
              const m = await import('@/features/tools/client-cidr-page');
              return { loader: m.toolsLoader, Component: m.ClientCidrPage };
            },
          },
          {
            path: paths.toolsFirewallRules.path,
            lazy: async () => {
              const m = await import('@/features/tools/firewall-rules-page');
              return { loader: m.toolsLoader, Component: m.FirewallRulesPage };
            },
          },
          {
            path: paths.toolsLogAnalyzer.path,
            lazy: async () => {
              const m = await import('@/features/log/log-analyzer-page');
              return { loader: m.logAnalyzerLoader, Component: m.LogAnalyzerPage };
            },
          },
          {
            path: paths.toolsClock.path,
            lazy: async () => {
              const m = await import('@/features/clock/clock-page');
              return { loader: m.clockLoader, Component: m.ClockPage };
            },
          },
          {
            path: paths.supportCases.path,
            lazy: async () => {
              const m = await import('@/features/support/cases-page');
              return { loader: m.supportCasesLoader, Component: m.SupportCasesPage };
            },
          },
          {
            path: paths.map.path,
            lazy: async () => {
              const m = await import('@/features/map/map-pages');
              return { loader: m.mapIndexLoader, Component: m.MapIndexPage };
            },
          },
          {
            path: paths.mapSymptom.path,
            lazy: async () => {
              const m = await import('@/features/map/map-pages');
              return { loader: m.mapSymptomLoader, Component: m.MapSymptomPage };
            },
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

/** The router's basename: Vite's `base` (`BASE_PATH` at build time) without its last slash. */
export function routerBasename(base: string = import.meta.env.BASE_URL): string {
  return base.replace(/\/+$/, '') || '/';
}

/** The browser router for the app. */
export function createAppRouter() {
  return createBrowserRouter(routes, { basename: routerBasename() });
}
