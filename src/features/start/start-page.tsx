import { Link, type LoaderFunctionArgs } from 'react-router';
import { treeNamespace } from '@/engine';
import { trees } from '@/trees';
import { ensureNamespaces } from '@/i18n/i18n';
import { isLang, paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SearchBox, searchNamespaces } from './search-box';
import { ToolsList } from '@/features/tools/tools-list';
import { StartFromLog } from '@/features/log/start-from-log';

/** Loads the common words and every symptom's title and summary. */
export async function startLoader({ params, request }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) return null;
  const searching = (new URL(request.url).searchParams.get('q') ?? '').trim() !== '';
  await ensureNamespaces(params.lang, [
    'common',
    ...trees.map((t) => treeNamespace(t.id)),
    ...(searching ? searchNamespaces() : []),
  ]);
  return null;
}

/** `/<lang>/`: the symptoms to start from. */
export function StartPage() {
  const lang = useLang();
  const { t } = useT(['common', ...trees.map((tr) => treeNamespace(tr.id))]);
  useDocumentTitle(t('start.title'), t('app.name'));
  return (
    <main id="main" tabIndex={-1} data-page="start">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>
      <SearchBox />
      <h2 id="symptoms-title">{t('start.symptoms')}</h2>
      <ul className="symptom-list" aria-labelledby="symptoms-title">
        {trees.map((tree) => (
          <li key={tree.id}>
            <Link to={paths.diagnose.href(lang, tree.id)} className="symptom-link">
              {t('title', { ns: treeNamespace(tree.id) })}
            </Link>
            <p className="hint">{t('summary', { ns: treeNamespace(tree.id) })}</p>
          </li>
        ))}
      </ul>
      <StartFromLog />
      <ul className="plain-links">
        <li>
          <Link to={paths.causes.href(lang)}>{t('start.browseCauses')}</Link>
        </li>
        <li>
          <Link to={paths.map.href(lang)}>{t('start.browseMaps')}</Link>
        </li>
      </ul>
      <ToolsList />
    </main>
  );
}
