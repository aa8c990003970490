import {
  createBrowserRouter,
  data,
  redirect,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { StartPage, startLoader } from '../features/start/start-page';
import { WizardPage, wizardLoader } from '../features/wizard/wizard-page';
import {
  CauseIndexPage,
  CausePage,
  causeIndexLoader,
  causeLoader,
} from '../features/causes/cause-pages';
import { NotFoundView } from '../features/not-found/not-found-page';
import { RouteError } from '../features/errors/route-error';
import { ensureNamespaces } from './i18n';
import { preferredLang } from './lang';
import { Layout } from './layout';
import { isLang, paths } from './paths';
import { useLang } from './use-lang';

async function langLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, ['common']);
  return null;
}

function NotFoundRoute() {
  return <NotFoundView lang={useLang()} />;
}

/** The route table (data routes); every path comes from `paths`. */
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
          { index: true, loader: startLoader, element: <StartPage /> },
          { path: paths.diagnose.path, loader: wizardLoader, element: <WizardPage /> },
          { path: paths.causes.path, loader: causeIndexLoader, element: <CauseIndexPage /> },
          { path: paths.cause.path, loader: causeLoader, element: <CausePage /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

/** The browser router for the app. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
