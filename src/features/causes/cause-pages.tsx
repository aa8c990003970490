import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { causeNamespace, shortestPathTo, treeNamespace, type Tree } from '@/engine';
import { evaluators } from '@/network/evaluators';
import { trees } from '@/trees';
import { ensureNamespaces } from '@/i18n/i18n';
import { isLang, paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { DiagnosisView } from '@/components/diagnosis-view';
import { useTerms } from '@/i18n/use-terms';

function diagnosisIds(tree: Tree): string[] {
  return tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
}

/** Every cause id, once, in tree order. */
export function allCauseIds(): string[] {
  return [...new Set(trees.flatMap(diagnosisIds))];
}

/** The trees that end in a cause. */
function treesWith(causeId: string): Tree[] {
  return trees.filter((t) => diagnosisIds(t).includes(causeId));
}

/** Loads one cause's words and the titles of the symptoms that lead to it. */
export async function causeLoader({ params }: LoaderFunctionArgs) {
  const id = params.causeId ?? '';
  if (!isLang(params.lang) || !allCauseIds().includes(id)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, [
    'common',
    causeNamespace(id),
    ...treesWith(id).map((t) => treeNamespace(t.id)),
  ]);
  return null;
}

/** `/<lang>/causes/<id>`: one cause and its fix, readable without answers. */
export function CausePage() {
  const lang = useLang();
  const { causeId = '' } = useParams();
  const { t } = useT(['common', causeNamespace(causeId)]);
  const terms = useTerms({});
  useDocumentTitle(t('title', { ns: causeNamespace(causeId), ...terms }), t('app.name'));
  return (
    <main
      id="main"
      tabIndex={-1}
      data-page="cause"
      data-node-kind="diagnosis"
      data-node-id={causeId}
    >
      <DiagnosisView causeId={causeId} terms={terms} eyebrow={t('causes.eyebrow')} />
      <h2>{t('causes.walkIn')}</h2>
      <ul>
        {treesWith(causeId).map((tree) => {
          const path = shortestPathTo(tree, evaluators, causeId);
          return (
            <li key={tree.id}>
              <Link to={paths.diagnose.href(lang, tree.id, path?.answers ?? {})}>
                {t('title', { ns: treeNamespace(tree.id) })}
              </Link>
            </li>
          );
        })}
      </ul>
      <p>
        <Link to={paths.causes.href(lang)}>{t('causes.back')}</Link>
      </p>
    </main>
  );
}

/** Loads every tree and cause file for the index. */
export async function causeIndexLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, [
    'common',
    ...trees.map((t) => treeNamespace(t.id)),
    ...allCauseIds().map(causeNamespace),
  ]);
  return null;
}

/** `/<lang>/causes`: every cause, grouped by symptom. */
export function CauseIndexPage() {
  const lang = useLang();
  const { t } = useT('common');
  useDocumentTitle(t('causes.title'), t('app.name'));
  return (
    <main id="main" tabIndex={-1} data-page="causes">
      <h1>{t('causes.title')}</h1>
      <p className="lead">{t('causes.lead')}</p>
      {trees.map((tree) => (
        <section key={tree.id} aria-labelledby={`sym-${tree.id}`}>
          <h2 id={`sym-${tree.id}`}>{t('title', { ns: treeNamespace(tree.id) })}</h2>
          <ul>
            {diagnosisIds(tree).map((id) => (
              <li key={id}>
                <Link to={paths.cause.href(lang, id)}>
                  {t('title', { ns: causeNamespace(id), ...genericTerms(t) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

function genericTerms(
  t: (k: string, o: { returnObjects: true }) => unknown,
): Record<string, string> {
  const v = t('terms.generic', { returnObjects: true });
  return typeof v === 'object' && v !== null ? (v as Record<string, string>) : {};
}
