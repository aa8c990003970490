import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { answersBeforeInput, causeNamespace, shortestAnswers, treeNamespace } from '@/engine';
import { causeIds, diagnosisIds, trees, treesWithCause } from '@/trees';
import { ensureNamespaces } from '@/i18n/i18n';
import { paths } from '@/config/paths';
import { isLang } from '@/i18n/langs';
import { looseT, useLang, useLooseT, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { platformTerms, useTerms } from '@/i18n/use-terms';
import { DiagnosisView } from '@/components/diagnosis-view';

/** Loads one cause's words and the titles of the symptoms that lead to it. */
export async function causeLoader({ params }: LoaderFunctionArgs) {
  const id = params.causeId ?? '';
  if (!isLang(params.lang) || !causeIds().includes(id)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, [
    'common',
    causeNamespace(id),
    ...treesWithCause(id).map((t) => treeNamespace(t.id)),
  ]);
  return null;
}

/** A cause page's head: its title and summary, with generic platform names. */
export const causeHead: HeadFn = ({ t, looseT: tl, params }) => {
  const o = { ns: causeNamespace(params.causeId ?? ''), ...platformTerms(t, {}) };
  return { title: [tl('title', o)], description: tl('summary', o) };
};

/** The cause library's head. */
export const causeIndexHead: HeadFn = ({ t }) => ({
  title: [t('causes.title')],
  description: t('causes.lead'),
});

/** `/<lang>/causes/<id>`: one cause and its fix, readable without answers. */
export function CausePage() {
  const lang = useLang();
  const { causeId = '' } = useParams();
  const { t } = useT('common');
  // The cause's words and the titles of its trees (namespaces named from data).
  const { t: tl } = useLooseT(['common', causeNamespace(causeId)]);
  const terms = useTerms({});
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
        {treesWithCause(causeId).map((tree) => {
          // The way in, answered up to the first step that needs the user's own values
          // (a compute step): the link never fills in example input as if it were theirs.
          const path = shortestAnswers(tree).get(causeId);
          return (
            <li key={tree.id}>
              <Link to={paths.diagnose.href(lang, tree.id, path ? answersBeforeInput(path) : {})}>
                {tl('title', { ns: treeNamespace(tree.id) })}
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
    ...causeIds().map(causeNamespace),
  ]);
  return null;
}

/** `/<lang>/causes`: every cause, grouped by symptom. */
export function CauseIndexPage() {
  const lang = useLang();
  const { t } = useT('common');
  const tl = looseT(t);
  return (
    <main id="main" tabIndex={-1} data-page="causes">
      <h1>{t('causes.title')}</h1>
      <p className="lead">{t('causes.lead')}</p>
      {trees.map((tree) => (
        <section key={tree.id} aria-labelledby={`sym-${tree.id}`}>
          <h2 id={`sym-${tree.id}`}>{tl('title', { ns: treeNamespace(tree.id) })}</h2>
          <ul>
            {diagnosisIds(tree).map((id) => (
              <li key={id}>
                <Link to={paths.cause.href(lang, id)}>
                  {tl('title', { ns: causeNamespace(id), ...platformTerms(t, {}) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
