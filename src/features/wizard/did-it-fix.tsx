import { useState } from 'react';
import { Link } from 'react-router';
import { causeNamespace, withAnswer, type Alternative, type Answers, type Tree } from '@/engine';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';

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
  const { t } = useT(['common', ...alternatives.map((a) => causeNamespace(a.diagnosis))]);
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
  return (
    <section className="did-it-fix" aria-labelledby="did-it-fix-title">
      <h2 id="did-it-fix-title">{t('common:fixed.question')}</h2>
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          aria-pressed={choice === 'yes'}
          onClick={() => setChoice('yes')}
        >
          {t('common:fixed.yes')}
        </button>
        <button
          type="button"
          className="button secondary"
          aria-pressed={choice === 'no'}
          onClick={() => setChoice('no')}
        >
          {t('common:fixed.no')}
        </button>
      </div>
      <div role="status">
        {choice === 'yes' ? <p>{t('common:fixed.thanks')}</p> : null}
        {choice === 'no' ? (
          <div className="next-try">
            <p>{alternatives.length > 0 ? t('common:fixed.tryNext') : t('common:fixed.noMore')}</p>
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
                      {t('title', { ns: causeNamespace(a.diagnosis), ...terms })}
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
                {t('common:fixed.escalate')}
              </a>
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
