import { useEffect, useState } from 'react';
import { Link, isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ensureNamespaces } from '@/i18n/i18n';
import { preferredLang } from '@/i18n/lang';
import { langOfPath, paths } from '@/config/paths';
import { type Lang } from '@/i18n/langs';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { NotFoundView } from '@/components/not-found-view';

/** Loads `common` for the error page (its route's loader may be what failed). */
function useCommonReady(lang: Lang): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    ensureNamespaces(lang, ['common']).then(
      () => live && setReady(true),
      () => live && setReady(true),
    );
    document.documentElement.lang = lang;
    return () => {
      live = false;
    };
  }, [lang]);
  return ready;
}

function ErrorView({ lang }: { lang: Lang }) {
  const { t } = useTranslation('common', { lng: lang });
  const location = useLocation();
  useDocumentTitle(t('error.title'), t('app.name'));
  return (
    <main id="main" tabIndex={-1} data-page="error">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p className="break-anywhere">
        <code>{location.pathname + location.search}</code>
      </p>
      <p>
        <Link to={paths.home.href(lang)} reloadDocument>
          {t('error.startAgain')}
        </Link>
      </p>
    </main>
  );
}

/**
 * The error element of every route: a 404 shows the not-found page, anything else a friendly
 * error page with "start again" and the link — in the URL's language, never a blank page.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const lang = langOfPath(location.pathname) ?? preferredLang();
  const ready = useCommonReady(lang);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  if (!ready) return <main id="main" aria-busy="true" />;
  return notFound ? <NotFoundView lang={lang} /> : <ErrorView lang={lang} />;
}
