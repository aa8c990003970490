import { useMemo } from 'react';
import { Form, Link, useSearchParams } from 'react-router';
import { causeNamespace, treeNamespace } from '@/engine';
import { trees } from '@/trees';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import { search, type SearchDoc } from './search';

/** Every cause id of every tree, once. */
export function searchableCauseIds(): string[] {
  return [
    ...new Set(
      trees.flatMap((t) => t.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id)),
    ),
  ];
}

/** The namespaces search reads (loaded only when there is a query). */
export function searchNamespaces(): string[] {
  return [...trees.map((t) => treeNamespace(t.id)), ...searchableCauseIds().map(causeNamespace)];
}

function flat(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(flat).join(' ');
  if (typeof value === 'object' && value !== null) return Object.values(value).map(flat).join(' ');
  return '';
}

/**
 * Search over symptoms and causes in the active language. The query lives in the URL
 * (`?q=`), so a search is a link too; matching is in the browser.
 */
export function SearchBox() {
  const lang = useLang();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').slice(0, 200);
  const { t, i18n } = useT('common');
  const docs = useMemo((): SearchDoc[] => {
    if (!query) return [];
    const terms = t('terms.generic', { returnObjects: true }) as Record<string, string>;
    const get = (ns: string, key: string) => t(key, { ns, ...terms, defaultValue: '' });
    const bundle = (ns: string) => i18n.getResourceBundle(lang, ns) as unknown;
    return [
      ...trees.map((tree) => {
        const ns = treeNamespace(tree.id);
        return {
          kind: 'symptom' as const,
          id: tree.id,
          title: get(ns, 'title'),
          summary: get(ns, 'summary'),
          body: `${get(ns, 'keywords')} ${flat(bundle(ns))}`,
        };
      }),
      ...searchableCauseIds().map((id) => {
        const ns = causeNamespace(id);
        return {
          kind: 'cause' as const,
          id,
          title: get(ns, 'title'),
          summary: get(ns, 'summary'),
          body: `${get(ns, 'keywords')} ${flat(bundle(ns))}`,
        };
      }),
    ];
  }, [query, t, i18n, lang]);
  const hits = useMemo(() => search(docs, query), [docs, query]);

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
      {query ? (
        <div className="search-results">
          <p role="status">
            {hits.length > 0
              ? t('search.count', { count: hits.length, query })
              : t('search.none', { query })}
          </p>
          {hits.length > 0 ? (
            <ul>
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
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
