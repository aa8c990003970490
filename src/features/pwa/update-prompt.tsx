import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureNamespaces } from '@/i18n/i18n';
import { langOfPath } from '@/config/paths';
import { DEFAULT_LANG, type Lang } from '@/i18n/langs';
import { updateStore } from './register';
import './pwa.css';

/** The part of the data router the banner reads: the current path, for its language. */
export interface LocationSource {
  subscribe(listener: () => void): () => void;
  readonly state: { readonly location: { readonly pathname: string } };
}

function Banner({ lang }: { lang: Lang }) {
  const { t } = useTranslation('pwa', { lng: lang });
  const [busy, setBusy] = useState(false);
  return (
    <section className="update-banner" aria-labelledby="update-banner-title" lang={lang}>
      <h2 id="update-banner-title" className="visually-hidden">
        {t('update.region')}
      </h2>
      <p role="status">{t('update.message')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button small"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void updateStore.reload();
          }}
        >
          {t('update.reload')}
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() => updateStore.dismiss()}
        >
          {t('update.later')}
        </button>
      </div>
    </section>
  );
}

/**
 * "A new version is available — Reload": shown when a new service worker is waiting. Lives
 * outside the routes (next to `RouterProvider`), so it reads the language from the router.
 */
export function UpdatePrompt({ router }: { router: LocationSource }) {
  const needRefresh = useSyncExternalStore(
    updateStore.subscribe,
    updateStore.getSnapshot,
    updateStore.getServerSnapshot,
  );
  const pathname = useSyncExternalStore(
    (l) => router.subscribe(l),
    () => router.state.location.pathname,
    () => router.state.location.pathname,
  );
  const lang = langOfPath(pathname) ?? DEFAULT_LANG;
  const [loaded, setLoaded] = useState<Lang | undefined>();
  useEffect(() => {
    if (!needRefresh) return;
    let live = true;
    ensureNamespaces(lang, ['pwa']).then(
      () => live && setLoaded(lang),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needRefresh, lang]);
  if (!needRefresh || loaded !== lang) return null;
  return <Banner lang={lang} />;
}
