import { useState } from 'react';
import { Link } from 'react-router';
import { causeNamespace, withAnswer, type Alternative, type Answers, type Tree } from '@/engine';
import { paths } from '@/config/paths';
import { useLang, useLooseT, useT } from '@/i18n/use-lang';

interface Props {
  readonly tree: Tree;
  readonly answers: Answers;
  readonly alternatives: readonly Alternative[];
  readonly terms: Record<string, string>;
}

/**
 * "Did this fix it?": Yes thanks the user; No lists the next likely causes on the same
 * symptom (each a link that changes the answer that led away from it) and points to the
 * data to collect for support.
 */
export function DidItFix({ tree, answers, alternatives, terms }: Props) {
  const lang = useLang();
  const { t } = useT('common');
  // The titles of the other causes (their namespaces are named from data).
  const { t: tl } = useLooseT(['common', ...alternatives.map((a) => causeNamespace(a.diagnosis))]);
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
  return (
    <section className="did-it-fix" aria-labelledby="did-it-fix-title">
      <h2 id="did-it-fix-title">{t('fixed.question')}</h2>
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          aria-pressed={choice === 'yes'}
          onClick={() => setChoice('yes')}
        >
          {t('fixed.yes')}
        </button>
        <button
          type="button"
          className="button secondary"
          aria-pressed={choice === 'no'}
          onClick={() => setChoice('no')}
        >
          {t('fixed.no')}
        </button>
      </div>
      <div role="status">
        {choice === 'yes' ? <p>{t('fixed.thanks')}</p> : null}
        {choice === 'no' ? (
          <div className="next-try">
            <p>{alternatives.length > 0 ? t('fixed.tryNext') : t('fixed.noMore')}</p>
            {alternatives.length > 0 ? (
              <ul>
                {alternatives.map((a) => (
                  <li key={a.diagnosis}>
                    <Link
                      to={paths.diagnose.href(
                        lang,
                        tree.id,
                        withAnswer(answers, a.nodeId, a.outcome),
                      )}
                    >
                      {tl('title', { ns: causeNamespace(a.diagnosis), ...terms })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
            <p>
              <a
                href="#collect-title"
                onClick={() => {
                  // The list sits in a collapsed section: open it before the jump.
                  const d = document.getElementById('collect-title')?.closest('details');
                  if (d) d.open = true;
                }}
              >
                {t('fixed.escalate')}
              </a>
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
