import { useEffect, useMemo, useState } from 'react';
import { Form, Link, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { looseT, useLang, useT } from '@/i18n/use-lang';
import type { SearchIndex } from './search';
import { loadSearch, loadedSearch } from './search-loader';

/** One index per language (the words of a language do not change while the page is open). */
const indexes = new Map<string, SearchIndex>();

/**
 * Search over symptoms and causes in the active language. The query lives in the URL
 * (`?q=`), so a search is a link too; ranking is in the browser, with the search chunk loaded
 * only when there is a query.
 */
export function SearchBox() {
  const lang = useLang();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').slice(0, 200);
  const { t, i18n } = useT('common');
  const [engine, setEngine] = useState(loadedSearch);
  useEffect(() => {
    if (query && !engine) void loadSearch().then((m) => setEngine(() => m));
  }, [query, engine]);
  const hits = useMemo(() => {
    if (!query || !engine) return [];
    let index = indexes.get(lang);
    if (!index) {
      const terms = t('terms.generic', { returnObjects: true }) as Record<string, string>;
      index = engine.buildIndex(
        engine.searchDocs(
          (ns, key) => looseT(t)(key, { ns, ...terms, defaultValue: '' }),
          (ns) => i18n.getResourceBundle(lang, ns) as unknown,
        ),
      );
      indexes.set(lang, index);
    }
    return engine.search(index, query);
  }, [query, engine, t, i18n, lang]);

  return (
    <section className="search" aria-labelledby="search-title">
      <h2 id="search-title">{t('search.title')}</h2>
      <Form method="get" action={paths.home.href(lang)} role="search" className="search-form">
        <label htmlFor="search-q" className="field-label">
          {t('search.label')}
        </label>
        <p className="hint" id="search-hint">
          {t('search.hint')}
        </p>
        <div className="search-row">
          <input
            type="search"
            id="search-q"
            name="q"
            defaultValue={query}
            key={query}
            aria-describedby="search-hint"
            maxLength={200}
            spellCheck={false}
            autoComplete="off"
          />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </Form>
      {query && engine ? (
        <div className="search-results">
          <p role="status">
            {hits.length > 0
              ? t('search.count', { count: hits.length, query })
              : t('search.none', { query })}
          </p>
          {hits.length > 0 ? (
            <ol>
              {hits.map(({ doc }) => (
                <li key={`${doc.kind}:${doc.id}`}>
                  <span className="result-kind">{t(`search.kind.${doc.kind}`)}</span>{' '}
                  <Link
                    to={
                      doc.kind === 'symptom'
                        ? paths.diagnose.href(lang, doc.id)
                        : paths.cause.href(lang, doc.id)
                    }
                  >
                    {doc.title}
                  </Link>
                  <p className="hint">{doc.summary}</p>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
