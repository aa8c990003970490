import type { ReactNode } from 'react';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { ensureNamespaces } from '@/i18n/i18n';
import { paths } from '@/config/paths';
import { isLang } from '@/i18n/langs';
import { useLang, useLooseT, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { SearchBox } from './search-box';
import { loadSearch } from './search-loader';

/**
 * Loads the common words and `symptoms` (every symptom's title and summary, ≈ 1 kB gzip); the
 * search chunk (MiniSearch, the tree data) and the tree and cause files only when searching.
 */
export async function startLoader({ params, request }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) return null;
  const searching = (new URL(request.url).searchParams.get('q') ?? '').trim() !== '';
  const [search] = await Promise.all([
    searching ? loadSearch() : undefined,
    ensureNamespaces(params.lang, ['common', 'symptoms']),
  ]);
  if (search) await ensureNamespaces(params.lang, search.searchNamespaces());
  return null;
}

/** The start page's head (also the prerendered page's title and description). */
export const startHead: HeadFn = ({ t }) => ({
  title: [t('start.title')],
  description: t('start.lead'),
});

/** What the route composes into the start page: the log entry and the tools list. */
export interface StartSlots {
  readonly afterSymptoms?: ReactNode;
  readonly tools?: ReactNode;
}

/** `/<lang>/`: the symptoms to start from. */
export function StartPage({ afterSymptoms, tools }: StartSlots) {
  const lang = useLang();
  const { t, i18n } = useT('common');
  // The symptoms' words, by tree id (data).
  const { t: ts } = useLooseT('symptoms');
  // The symptoms in the trees' order, as symptoms.json lists them (locales/symptoms.test.ts
  // pins it), so the page paints without the tree data.
  const symptomIds = Object.keys(
    (i18n.getResourceBundle(lang, 'symptoms') as Record<string, unknown> | undefined) ?? {},
  );
  // The symptoms come first on a phone's first screen; with a query, its results do.
  const [params] = useSearchParams();
  const searching = (params.get('q') ?? '').trim() !== '';
  return (
    <main id="main" tabIndex={-1} data-page="start">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>
      {searching ? <SearchBox /> : null}
      <h2 id="symptoms-title">{t('start.symptoms')}</h2>
      <ul className="symptom-list" aria-labelledby="symptoms-title">
        {symptomIds.map((id) => (
          <li key={id}>
            <Link to={paths.diagnose.href(lang, id)} className="symptom-link">
              {ts(`${id}.title`)}
            </Link>
            <p className="hint">{ts(`${id}.summary`)}</p>
          </li>
        ))}
      </ul>
      {searching ? null : <SearchBox />}
      {afterSymptoms}
      <ul className="plain-links">
        <li>
          <Link to={paths.causes.href(lang)}>{t('start.browseCauses')}</Link>
        </li>
        <li>
          <Link to={paths.map.href(lang)}>{t('start.browseMaps')}</Link>
        </li>
      </ul>
      {tools}
    </main>
  );
}
