import { useEffect } from 'react';
import { useLocation, useMatches } from 'react-router';
import { documentTitle, headOf } from '@/i18n/head';
import { fixedLooseT, useLang, useT } from '@/i18n/use-lang';

/**
 * Sets `document.title` from the deepest route whose `handle` has a `head` (the same function the
 * prerenderer uses for the static HTML). Rendered before the page's outlet, so a page that shows
 * an error or a not-found view (which set their own titles) wins over it.
 */
export function DocumentHead() {
  const lang = useLang();
  const { t, i18n } = useT('common');
  const matches = useMatches();
  const location = useLocation();
  const match = [...matches].reverse().find((m) => headOf(m.handle));
  const head = match ? headOf(match.handle) : undefined;
  const title = head
    ? documentTitle(
        head({
          t: i18n.getFixedT(lang),
          looseT: fixedLooseT(lang),
          lang,
          params: match?.params ?? {},
          search: new URLSearchParams(location.search),
        }).title,
        t('app.name'),
      )
    : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
