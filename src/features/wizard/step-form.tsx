import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  CHECK_OUTCOMES,
  COMPUTE_UNSURE,
  treeNamespace,
  withAnswer,
  type Answers,
  type ComputeNode,
  type FieldError,
  type Tree,
  type TreeNode,
} from '@/engine';
import { paths } from '@/config/paths';
import { fromFileParam, readFromFile } from '@/lib/from-file';
import { looseT, useLang, useLooseT, useT } from '@/i18n/use-lang';
import { CodeBlock } from '@/components/code-block';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { asCommands } from '@/i18n/text';
import { FormField, type FieldSpec } from '@/components/form-kit';
import { loadedEvaluators } from './use-wizard';

type ChoiceNode = Extract<TreeNode, { kind: 'question' | 'check' }>;

interface StepProps<N> {
  readonly tree: Tree;
  readonly node: N;
  readonly answers: Answers;
  readonly terms: Record<string, string>;
  /** Prefill from a stored answer (the "Change" link), unless it was invalid. */
  readonly prefill: boolean;
}

function optionIds(node: ChoiceNode): readonly string[] {
  return node.kind === 'question' ? node.options.map((o) => o.id) : CHECK_OUTCOMES;
}

/** A step's question as its fieldset's legend (the page heading), and its help if any. */
function StepLegend({ title, helpId, help }: { title: string; helpId: string; help: string }) {
  return (
    <>
      <legend>
        <h1 tabIndex={-1}>{title}</h1>
      </legend>
      {help ? (
        <p className="hint" id={helpId}>
          {help}
        </p>
      ) : null}
    </>
  );
}

/** A question or a guided check: radios in a fieldset whose legend is the question. */
function ChoiceStep({ tree, node, answers, terms, prefill }: StepProps<ChoiceNode>) {
  const navigate = useNavigate();
  const answerHref = useAnswerHref(tree.id);
  const ns = treeNamespace(tree.id);
  const { t } = useT('common');
  // The tree's and the causes' words (namespaces named from data).
  const { t: tl } = useLooseT([ns, 'common']);
  const o = { ns, ...terms };
  const ids = optionIds(node);
  const stored = answers[node.id];
  const [value, setValue] = useState(
    prefill && typeof stored === 'string' && ids.includes(stored) ? stored : '',
  );
  const [error, setError] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const base = `nodes.${node.id}`;
  const inputId = (id: string) => `${node.id}-${id}`;
  const help = tl(`${base}.help`, { ...o, defaultValue: '' });
  const body = node.kind === 'check' ? tl(`${base}.body`, o) : '';
  const commands =
    node.kind === 'check' ? asCommands(tl(`${base}.commands`, { ...o, returnObjects: true })) : [];
  const errorMessage = t(node.kind === 'check' ? 'errors.chooseOutcome' : 'errors.chooseOption');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!value) {
      setError([{ fieldId: inputId(ids[0] ?? ''), message: errorMessage }]);
      setAttempt((n) => n + 1);
      return;
    }
    void navigate(answerHref(withAnswer(answers, node.id, value), node.id));
  };

  const describedBy = [
    help ? `${node.id}-help` : '',
    body ? `${node.id}-body` : '',
    error.length ? `${node.id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary items={error} attempt={attempt} />
      <div className={error.length ? 'form-group has-error' : 'form-group'}>
        <fieldset aria-describedby={describedBy || undefined}>
          <StepLegend title={tl(`${base}.title`, o)} helpId={`${node.id}-help`} help={help} />
          {node.kind === 'check' ? (
            <div id={`${node.id}-body`} className="check-body">
              <p>{body}</p>
            </div>
          ) : null}
          {commands.map((c) => (
            <CodeBlock key={c.os + c.code} code={c.code} label={tl(`common:os.${c.os}`)} />
          ))}
          {node.kind === 'check' ? (
            <p className="outcome-prompt">{t('wizard.whatDidYouSee')}</p>
          ) : null}
          {error.length ? (
            <p className="field-error" id={`${node.id}-error`}>
              <span className="visually-hidden">{t('errors.prefix')}</span> {errorMessage}
            </p>
          ) : null}
          <div className="radios">
            {ids.map((id) => (
              <div className="radio" key={id}>
                <input
                  type="radio"
                  id={inputId(id)}
                  name={node.id}
                  value={id}
                  checked={value === id}
                  onChange={() => {
                    setValue(id);
                    setError([]);
                  }}
                />
                <label htmlFor={inputId(id)}>{tl(`${base}.options.${id}`, o)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="button">
        {t('actions.continue')}
      </button>
    </form>
  );
}

/** Translates an evaluator's field error to a sentence in the active language. */
export function useFieldErrorText() {
  const { t } = useT(['common', 'tools']);
  // Network codes: the tools' messages (one wording for wizard and tools); others: common.
  // The code comes from the evaluator, so both keys are looked up loosely.
  const tl = looseT(t);
  return (e: FieldError) =>
    tl(`tools:messages.${e.code}`, {
      ...e.params,
      defaultValue: tl(`errors.${e.code}`, { ...e.params, defaultValue: t('errors.invalid') }),
    });
}

/**
 * A compute step: the shared form kit's fields (text inputs, a textarea for lists, radios for a
 * `choice` field), evaluated in the browser; the verdict picks the next step.
 */
function ComputeStep({ tree, node, answers, terms, prefill }: StepProps<ComputeNode>) {
  const navigate = useNavigate();
  const answerHref = useAnswerHref(tree.id);
  const ns = treeNamespace(tree.id);
  const { t } = useT('common');
  // The tree's and the causes' words (namespaces named from data).
  const { t: tl } = useLooseT([ns, 'common']);
  const errorText = useFieldErrorText();
  const o = { ns, ...terms };
  const base = `nodes.${node.id}`;
  const stored = answers[node.id];
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      node.fields.map((f) => [f.id, typeof stored === 'object' ? (stored[f.id] ?? '') : '']),
    ),
  );
  // Loaded by the route's loader: this page stands on a compute step.
  const evaluator = loadedEvaluators()?.[node.evaluator];
  const initialErrors = (): FieldError[] => {
    if (!prefill || typeof stored !== 'object' || !evaluator) return [];
    const v = evaluator.evaluate(stored, answers);
    return v.ok ? [] : [...v.errors];
  };
  const [errors, setErrors] = useState<FieldError[]>(initialErrors);
  const [attempt, setAttempt] = useState(0);
  const fieldId = (id: string) => `${node.id}-${id}`;
  const help = tl(`${base}.help`, { ...o, defaultValue: '' });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!evaluator) return;
    const verdict = evaluator.evaluate(values, answers);
    if (!verdict.ok) {
      setErrors([...verdict.errors]);
      setAttempt((n) => n + 1);
      return;
    }
    const input = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]));
    void navigate(answerHref(withAnswer(answers, node.id, input), node.id));
  };

  // The summary links to the field's input (a choice field: its first radio).
  const summaryTarget = (field: string) => {
    const f = node.fields.find((x) => x.id === field);
    const first = f?.type === 'choice' ? f.choices?.[0] : undefined;
    return first ? `${fieldId(field)}-${first}` : fieldId(field);
  };
  const items: SummaryItem[] = errors.map((er) => ({
    fieldId: summaryTarget(er.field),
    message: errorText(er),
  }));

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary items={items} attempt={attempt} />
      <fieldset aria-describedby={help ? `${node.id}-help` : undefined}>
        <StepLegend title={tl(`${base}.title`, o)} helpId={`${node.id}-help`} help={help} />
        {node.fields.map((f) => {
          const id = fieldId(f.id);
          const messages = errors.filter((er) => er.field === f.id).map(errorText);
          const label = tl(`${base}.fields.${f.id}.label`, o);
          const fieldHelp =
            tl(`${base}.fields.${f.id}.help`, { ...o, defaultValue: '' }) || undefined;
          const spec: FieldSpec =
            f.type === 'choice'
              ? {
                  kind: 'choice',
                  id,
                  name: f.id,
                  label,
                  help: fieldHelp,
                  optional: !f.required,
                  options: (f.choices ?? []).map((c) => ({
                    value: c,
                    label: tl(`${base}.fields.${f.id}.choices.${c}`, { ...o, defaultValue: c }),
                  })),
                }
              : {
                  kind: 'text',
                  id,
                  name: f.id,
                  label,
                  help: fieldHelp,
                  optional: !f.required,
                  numeric: f.type === 'integer',
                  multiline: f.type === 'cidr-list',
                };
          return (
            <FormField
              key={f.id}
              spec={spec}
              value={values[f.id] ?? ''}
              onChange={(v) => setValues((vs) => ({ ...vs, [f.id]: v }))}
              errors={messages}
            />
          );
        })}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button">
          {t('actions.continue')}
        </button>
        {node.unsure ? (
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              void navigate(answerHref(withAnswer(answers, node.id, COMPUTE_UNSURE), node.id))
            }
          >
            {t('wizard.dontKnowValues')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The form for the current step, whatever its kind. */
export function StepForm(props: StepProps<Exclude<TreeNode, { kind: 'diagnosis' }>>) {
  const { node } = props;
  return node.kind === 'compute' ? (
    <ComputeStep {...props} node={node} />
  ) : (
    <ChoiceStep {...props} node={node} />
  );
}

/**
 * The link after answering `nodeId`: the new answers, and the "from your file" list without
 * that step (the user's own answer replaces the file's).
 */
function useAnswerHref(treeId: string) {
  const lang = useLang();
  const [params] = useSearchParams();
  return (next: Answers, nodeId: string) =>
    paths.diagnose.href(lang, treeId, next, fromFileParam(readFromFile(params), nodeId));
}
