import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { rememberLang } from '@/i18n/lang';
import { paths, switchLangHref } from '@/config/paths';
import { LANGS, type Lang } from '@/i18n/langs';
import { useLang, useT } from '@/i18n/use-lang';
import { SupportToggle } from '@/features/support/support-toggle';
import { useSupportOn } from '@/features/support/support-mode';
import { onDemand, useOnDemand } from '@/lib/on-demand';
import { DocumentHead } from './document-head';

/** Keeps `<html lang>` in step with the route's language. */
function useHtmlLang(lang: Lang) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}

/**
 * Marks `<html data-app-ready>` once React has rendered (or hydrated prerendered HTML): from then
 * on every control works. Tests wait for it before using script-only controls.
 */
function useReadyMark() {
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
  }, []);
}

/**
 * Moves focus to the new page's heading after every in-app navigation (a new step, Back, a
 * Change link, a language switch) so screen readers read it; never on the first load.
 */
function useFocusOnNavigation() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target =
      document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [location.key]);
}

/** The language switch: a link to the same route and query in each other language. */
/** Support mode's banner, with the store of cases: loaded only while the mode is on. */
const supportBanner = onDemand(() => import('@/features/support/support-banner'));

function SupportBannerSlot() {
  const m = useOnDemand(supportBanner, useSupportOn());
  return m ? <m.SupportBanner /> : null;
}

export function LanguageSwitch() {
  const lang = useLang();
  const { t } = useT('common');
  const location = useLocation();
  return (
    <nav aria-label={t('layout.languageNav')} className="lang-switch">
      <ul>
        {LANGS.filter((l) => l !== lang).map((l) => (
          <li key={l}>
            <Link
              to={switchLangHref(location.pathname, location.search, location.hash, l)}
              hrefLang={l}
              lang={l}
              onClick={() => rememberLang(l)}
            >
              {t(`layout.switchTo.${l}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The skip link and the site header. The layout draws them on every page; a symptom's preloading
 * shell carries them as its static frame (`renderShellFrame`), so a shared link paints them
 * before the app starts, and the app's first render puts the same nodes in the same place.
 */
export function SiteHeader() {
  const lang = useLang();
  const { t } = useT('common');
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          const main = document.getElementById('main');
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to={paths.home.href(lang)} className="site-name">
            {t('app.name')}
          </Link>
          <SupportToggle />
          <LanguageSwitch />
        </div>
      </header>
    </>
  );
}

/** Header, skip link and footer around every page of a language. */
export function Layout() {
  const lang = useLang();
  const { t } = useT('common');
  useHtmlLang(lang);
  useReadyMark();
  useFocusOnNavigation();
  return (
    <>
      <SiteHeader />
      <div className="container page">
        <SupportBannerSlot />
        <DocumentHead />
        <Outlet />
      </div>
      <footer className="site-footer">
        <div className="container">
          <p>{t('layout.privacy')}</p>
        </div>
      </footer>
    </>
  );
}
