import { useEffect, type ComponentType } from 'react';
import {
  Link,
  NavigationType,
  useLocation,
  useNavigationType,
  useParams,
  type LoaderFunctionArgs,
} from 'react-router';
import { data } from 'react-router';
import {
  alternatives,
  causeNamespace,
  treeNamespace,
  type Answers,
  type Resolution,
  type TrailStep,
  type Tree,
} from '@/engine';
import { findTree } from '@/trees';
import { ensureNamespaces } from '@/i18n/i18n';
import { paths } from '@/config/paths';
import { isLang, type Lang } from '@/i18n/langs';
import type { HeadFn } from '@/i18n/head';
import { platformKey, platformTerms } from '@/i18n/use-terms';
import { useLang, useLooseT, useT } from '@/i18n/use-lang';
import { DiagnosisView } from '@/components/diagnosis-view';
import { onDemand, useOnDemand } from '@/lib/on-demand';
import { useTerms } from '@/i18n/use-terms';
import { loadWizardState, useWizard, wizardNamespaces, wizardState } from './use-wizard';
import { YourAnswers } from './your-answers';
import { ShareActions, type ShareOptions } from './share-actions';
import { DidItFix } from './did-it-fix';
import { hasNavigated, rememberWalk, rememberedAnswer } from './back-memory';
import { NotFoundView } from '@/components/not-found-view';

/** Loads the words the step needs; an unknown symptom is a 404. */
/**
 * The step form (questions, checks, compute steps, with the form kit) is loaded only for a
 * step: a deep-linked diagnosis paints without it. A symptom's first-step shell preloads it
 * (`src/entry-server.tsx`), so the first question does not wait for it.
 */
const stepForm = onDemand(() => import('./step-form'));

export async function wizardLoader({ params, request }: LoaderFunctionArgs) {
  const lang = params.lang;
  const tree = findTree(params.symptomId ?? '');
  if (!isLang(lang) || !tree) throw data(null, { status: 404 });
  const { resolution } = await loadWizardState(tree, new URL(request.url).searchParams);
  await Promise.all([
    resolution.done ? undefined : stepForm.load(),
    ensureNamespaces(lang, wizardNamespaces(tree, resolution)),
  ]);
  return null;
}

/** What the route composes into the wizard (the wizard itself names no other feature). */
export interface WizardSlots {
  /** Extra blocks under a diagnosis, by cause id (e.g. the clock check under the clock cause). */
  readonly extras?: Readonly<Record<string, ComponentType>>;
  /** Beside every step and diagnosis (support mode's panel). */
  readonly Aside?: ComponentType<{ tree: Tree; resolution: Resolution; terms: Terms }>;
  /** Under a diagnosis, before Share (the link to the tool that checks the same thing). */
  readonly AfterDiagnosis?: ComponentType<{ trail: readonly TrailStep[]; answers: Answers }>;
  /** How Share builds its link, and what sits beside it. */
  readonly share?: ShareOptions;
  /** On the steps where {@link offersEvidence} holds: the box that reads the user's files. */
  readonly Evidence?: ComponentType<{ tree: Tree; platform: string | undefined }>;
}

/**
 * Whether a step offers to read the user's files instead: a question before any answer but the
 * platform (later, the files' answers would replace the ones given, so the offer stops there).
 */
export function offersEvidence(resolution: Resolution): boolean {
  const { done, invalid, trail } = resolution;
  return !done && !invalid && trail.every((s) => s.node.id === PLATFORM_STEP);
}
const PLATFORM_STEP = 'platform';

type Terms = Record<string, string>;

/** The step's or diagnosis' title, then the symptom: the page head of a wizard URL. */
export const wizardHead: HeadFn = ({ t, looseT: tl, params, search }) => {
  const tree = findTree(params.symptomId ?? '');
  if (!tree) return { title: [] };
  const ns = treeNamespace(tree.id);
  const { answers, resolution } = wizardState(tree, search);
  const terms = platformTerms(t, answers);
  const { current, done } = resolution;
  const step = done
    ? tl('title', { ns: causeNamespace(current.id), ...terms })
    : tl(`nodes.${current.id}.title`, { ns, ...terms });
  return { title: [step, tl('title', { ns })] };
};

/** `/<lang>/diagnose/<symptomId>?…`: the current step, or the diagnosis the answers reach. */
export function WizardPage(slots: WizardSlots) {
  const lang = useLang();
  const { symptomId } = useParams();
  const tree = findTree(symptomId ?? '');
  if (!tree) return <NotFoundView lang={lang} />;
  return <Wizard key={tree.id} tree={tree} lang={lang} slots={slots} />;
}

function Wizard({ tree, lang, slots }: { tree: Tree; lang: Lang; slots: WizardSlots }) {
  const ns = treeNamespace(tree.id);
  const { t } = useT('common');
  // The tree's and the causes' words (namespaces named from data).
  const { t: tl } = useLooseT([ns, 'common']);
  const { answers, resolution, edit } = useWizard(tree, lang);
  const terms = useTerms(answers);
  const { current, trail, invalid, done } = resolution;
  const symptom = tl('title', { ns });
  const stepNumber = trail.length + 1;
  const stepTitle = done
    ? tl('title', { ns: causeNamespace(current.id), ...terms })
    : tl(`nodes.${current.id}.title`, { ns, ...terms });
  const { Aside, AfterDiagnosis, Evidence } = slots;
  // Back / Forward: the step shows the answer this tab gave it (as "Change" does).
  // (Only after an in-app navigation: a page opened from its address starts empty.)
  const location = useLocation();
  const navigated = hasNavigated(location.key);
  const pop = useNavigationType() === NavigationType.Pop && navigated;
  const back = pop && !done ? rememberedAnswer(tree.id, answers, current.id) : undefined;
  const stepAnswers = back === undefined ? answers : { ...answers, [current.id]: back };
  useEffect(() => rememberWalk(tree.id, answers), [tree.id, answers]);
  const Extra = done ? slots.extras?.[current.id] : undefined;
  const form = useOnDemand(stepForm, !done);

  return (
    <main id="main" tabIndex={-1} data-node-kind={current.kind} data-node-id={current.id}>
      <p className="eyebrow">
        <span>{symptom}</span>
        <span aria-hidden="true"> · </span>
        <span>
          {done
            ? t('wizard.diagnosisAfter', { count: trail.length })
            : t('wizard.step', { n: stepNumber })}
        </span>
      </p>
      {invalid ? (
        <div className="notice" role="status">
          <p>{t('wizard.invalidAnswer')}</p>
        </div>
      ) : null}
      {current.kind === 'diagnosis' ? (
        <>
          <DiagnosisView
            causeId={current.id}
            terms={terms}
            platform={platformKey(answers)}
            actions={
              <>
                {Extra ? <Extra /> : null}
                {AfterDiagnosis ? <AfterDiagnosis trail={trail} answers={answers} /> : null}
                <ShareActions title={stepTitle} {...(slots.share ?? {})} />
                <DidItFix
                  tree={tree}
                  answers={answers}
                  alternatives={alternatives(tree, resolution)}
                  terms={terms}
                />
              </>
            }
          />
        </>
      ) : form ? (
        <form.StepForm
          key={`${current.id}:${edit ?? ''}:${JSON.stringify(stepAnswers[current.id] ?? '')}`}
          tree={tree}
          node={current}
          answers={stepAnswers}
          terms={terms}
          prefill={!invalid}
        />
      ) : null}
      {Aside ? <Aside tree={tree} resolution={resolution} terms={terms} /> : null}
      <YourAnswers tree={tree} trail={trail} answers={answers} terms={terms} />
      {Evidence && offersEvidence(resolution) ? (
        <Evidence
          tree={tree}
          platform={typeof answers[PLATFORM_STEP] === 'string' ? answers[PLATFORM_STEP] : undefined}
        />
      ) : null}
      {trail.length > 0 || invalid ? (
        <p className="start-again">
          <Link to={paths.diagnose.href(lang, tree.id)}>{t('wizard.startAgain')}</Link>
        </p>
      ) : null}
    </main>
  );
}
