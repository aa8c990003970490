import { Link, useSearchParams } from 'react-router';
import { fromFileParam, readFromFile } from '@/lib/from-file';
import { treeNamespace, type Answers, type Tree, type TrailStep } from '@/engine';
import { paths } from '@/config/paths';
import { useLang, useLooseT, useT } from '@/i18n/use-lang';
import { useVerdictText } from '@/i18n/verdict';

interface Props {
  readonly tree: Tree;
  readonly trail: readonly TrailStep[];
  readonly answers: Answers;
  readonly terms: Record<string, string>;
}

/** "Your answers": every answered step with a Change link back to it, and Start again. */
export function YourAnswers({ tree, trail, answers, terms }: Props) {
  const lang = useLang();
  const ns = treeNamespace(tree.id);
  const { t } = useT('common');
  // The tree's and the causes' words (namespaces named from data).
  const { t: tl } = useLooseT([ns, 'common']);
  const verdictText = useVerdictText();
  const o = { ns, ...terms };
  const [params] = useSearchParams();
  const fromFile = readFromFile(params);
  if (trail.length === 0) return null;
  return (
    <section className="your-answers" aria-labelledby="your-answers-title">
      <h2 id="your-answers-title">{t('wizard.yourAnswers')}</h2>
      <dl>
        {trail.map((s) => {
          const base = `nodes.${s.node.id}`;
          const question = tl(`${base}.title`, o);
          let answer: string;
          let detail = '';
          if (s.node.kind === 'compute') {
            const node = s.node;
            const input = typeof s.answer === 'object' ? s.answer : {};
            answer = tl(`${base}.results.${s.outcome}`, o);
            detail = node.fields
              .filter((f) => input[f.id])
              .map((f) => `${tl(`${base}.fields.${f.id}.label`, o)}: ${input[f.id] ?? ''}`)
              .join(' · ');
            const sentence = verdictText(node.evaluator, s.outcome, s.details);
            if (sentence) detail = `${detail} — ${sentence}`;
          } else {
            answer = tl(`${base}.options.${s.outcome}`, o);
          }
          return (
            <div className="answer-row" key={s.node.id}>
              <dt>{question}</dt>
              <dd>
                {answer}
                {fromFile.has(s.node.id) ? (
                  <span className="answer-from-file"> ({t('wizard.fromYourFile')})</span>
                ) : null}
                {detail ? <span className="answer-detail">{detail}</span> : null}
              </dd>
              <dd className="change">
                <Link
                  to={paths.diagnose.href(lang, tree.id, answers, {
                    edit: s.node.id,
                    ...fromFileParam(fromFile),
                  })}
                >
                  {t('wizard.change')}
                  <span className="visually-hidden"> {question}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
