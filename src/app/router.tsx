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
import { paths } from '@/config/paths';
import { isLang } from '@/i18n/langs';
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
 * The route table (data routes); every path comes from `paths`. Each page is a route module in
 * `./routes/` (exports `loader`, `Component` and `handle.head`), loaded with `lazy`: the first
 * paint of a page loads only its own module. Route modules are where features are composed.
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
          { index: true, lazy: () => import('./routes/start') },
          { path: paths.diagnose.path, lazy: () => import('./routes/diagnose') },
          { path: paths.causes.path, lazy: () => import('./routes/causes') },
          { path: paths.cause.path, lazy: () => import('./routes/cause') },
          { path: paths.toolsClientCidr.path, lazy: () => import('./routes/client-cidr') },
          { path: paths.toolsFirewallRules.path, lazy: () => import('./routes/firewall-rules') },
          { path: paths.toolsLogAnalyzer.path, lazy: () => import('./routes/log-analyzer') },
          { path: paths.toolsInspector.path, lazy: () => import('./routes/inspector') },
          { path: paths.toolsClock.path, lazy: () => import('./routes/clock') },
          { path: paths.supportCases.path, lazy: () => import('./routes/support-cases') },
          { path: paths.map.path, lazy: () => import('./routes/map') },
          { path: paths.mapSymptom.path, lazy: () => import('./routes/map-symptom') },
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
