import { useEffect, useState } from 'react';
import { Link, isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NamespaceLoadError, ensureNamespaces } from '@/i18n/i18n';
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
 * True when the browser is offline and the error is a part of the app that could not be
 * fetched: a lazy route chunk (Chromium "Failed to fetch dynamically imported module", Firefox
 * "error loading dynamically imported module", Safari "Importing a module script failed": all
 * `TypeError`s) or a locale file — i.e. it had not been saved for offline use yet. Online, the
 * same failure is a real error and gets the error page with the link for support.
 */
export function isOfflineError(error: unknown, online: boolean): boolean {
  if (online) return false;
  if (error instanceof NamespaceLoadError || error instanceof TypeError) return true;
  const m = error instanceof Error ? error.message.toLowerCase() : '';
  return m.includes('dynamically imported module') || m.includes('importing a module script');
}

function OfflineView({ lang }: { lang: Lang }) {
  const { t } = useTranslation('common', { lng: lang });
  useDocumentTitle(t('error.offlineTitle'), t('app.name'));
  return (
    <main id="main" tabIndex={-1} data-page="offline">
      <h1>{t('error.offlineTitle')}</h1>
      <p>{t('error.offlineBody')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
      </p>
    </main>
  );
}

/**
 * The error element of every route: a 404 shows the not-found page, anything else a friendly
 * error page with "start again" and the link, and a part that could not be fetched says the
 * app is offline and offers a retry — in the URL's language, never a blank page.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const lang = langOfPath(location.pathname) ?? preferredLang();
  const ready = useCommonReady(lang);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  if (!ready) return <main id="main" aria-busy="true" />;
  if (notFound) return <NotFoundView lang={lang} />;
  const online = typeof navigator === 'undefined' || navigator.onLine;
  return isOfflineError(error, online) ? <OfflineView lang={lang} /> : <ErrorView lang={lang} />;
}
