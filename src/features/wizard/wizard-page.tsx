import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { alternatives, causeNamespace, treeNamespace } from '@/engine';
import { findTree } from '@/trees';
import { ensureNamespaces } from '@/i18n/i18n';
import { isLang, paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { DiagnosisView } from '@/components/diagnosis-view';
import { ClockSkewCheck } from '@/features/clock/clock-skew-check';
import { StepForm } from './step-form';
import { useTerms } from '@/i18n/use-terms';
import { useWizard, wizardState } from './use-wizard';
import { YourAnswers } from './your-answers';
import { ShareActions } from './share-actions';
import { DidItFix } from './did-it-fix';
import { NotFoundView } from '@/components/not-found-view';
import { SupportPanel } from '@/features/support/support-panel';
import { ToolLink } from '@/features/tools/tool-link';

/** Loads the words the step needs; an unknown symptom is a 404. */
export async function wizardLoader({ params, request }: LoaderFunctionArgs) {
  const lang = params.lang;
  const tree = findTree(params.symptomId ?? '');
  if (!isLang(lang) || !tree) throw data(null, { status: 404 });
  const { resolution } = wizardState(tree, new URL(request.url).searchParams);
  await ensureNamespaces(lang, [
    'common',
    'tools',
    treeNamespace(tree.id),
    ...(resolution.done
      ? [resolution.current.id, ...alternatives(tree, resolution).map((a) => a.diagnosis)].map(
          causeNamespace,
        )
      : []),
  ]);
  return null;
}

/** `/<lang>/diagnose/<symptomId>?…`: the current step, or the diagnosis the answers reach. */
export function WizardPage() {
  const lang = useLang();
  const { symptomId } = useParams();
  const tree = findTree(symptomId ?? '');
  if (!tree) return <NotFoundView lang={lang} />;
  return <Wizard key={tree.id} tree={tree} lang={lang} />;
}

function Wizard({ tree, lang }: { tree: NonNullable<ReturnType<typeof findTree>>; lang: string }) {
  const ns = treeNamespace(tree.id);
  const { t } = useT([ns, 'common']);
  const { answers, resolution, edit } = useWizard(tree);
  const terms = useTerms(answers);
  const { current, trail, invalid, done } = resolution;
  const symptom = t('title', { ns });
  const stepNumber = trail.length + 1;
  const stepTitle = done
    ? t('title', { ns: causeNamespace(current.id), ...terms })
    : t(`nodes.${current.id}.title`, { ns, ...terms });
  useDocumentTitle(stepTitle, symptom, t('common:app.name'));

  return (
    <main id="main" tabIndex={-1} data-node-kind={current.kind} data-node-id={current.id}>
      <p className="eyebrow">
        <span>{symptom}</span>
        <span aria-hidden="true"> · </span>
        <span>
          {done
            ? t('common:wizard.diagnosisAfter', { count: trail.length })
            : t('common:wizard.step', { n: stepNumber })}
        </span>
      </p>
      {invalid ? (
        <div className="notice" role="status">
          <p>{t('common:wizard.invalidAnswer')}</p>
        </div>
      ) : null}
      {current.kind === 'diagnosis' ? (
        <>
          <DiagnosisView causeId={current.id} terms={terms} />
          {current.id === 'client-clock-skew' ? <ClockSkewCheck /> : null}
          <ToolLink trail={trail} answers={answers} />
          <ShareActions title={stepTitle} />
          <DidItFix
            tree={tree}
            answers={answers}
            alternatives={alternatives(tree, resolution)}
            terms={terms}
          />
        </>
      ) : (
        <StepForm
          key={`${current.id}:${edit ?? ''}:${JSON.stringify(answers[current.id] ?? '')}`}
          tree={tree}
          node={current}
          answers={answers}
          terms={terms}

          prefill={!invalid}
        />
      )}
      <SupportPanel tree={tree} resolution={resolution} terms={terms} />
      <YourAnswers tree={tree} trail={trail} answers={answers} terms={terms} />
      {trail.length > 0 || invalid ? (
        <p className="start-again">
          <Link to={paths.diagnose.href(lang === 'ja' ? 'ja' : 'en', tree.id)}>
            {t('common:wizard.startAgain')}
          </Link>
        </p>
      ) : null}
    </main>
  );
}
