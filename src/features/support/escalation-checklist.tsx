import { useState } from 'react';
import { useLooseT, useT } from '@/i18n/use-lang';
import { copyText } from '@/lib/browser-actions';
import { causeChecklist, checklistText, genericChecklist } from './case-record';
import { withStillBroken, type SupportCase } from './cases';
import { supportStore } from './support-store';

interface Props {
  readonly causeId: string;
  readonly terms: Record<string, string>;
  readonly supportCase: SupportCase | undefined;
}

/**
 * What to collect before escalating (the cause's `collect` list and the generic checklist),
 * ready to copy into the ticket, and the "still broken after the fix" mark of the case.
 */
export function EscalationChecklist({ causeId, terms, supportCase }: Props) {
  const { t } = useT('support');
  // The record builder's words: the cause's list and keys read from data (os).
  const { t: tr } = useLooseT(['support', 'common']);
  const [status, setStatus] = useState('');
  const cause = causeChecklist(tr, causeId, terms);
  const generic = genericChecklist(tr);
  const copy = async () => {
    const ok = await copyText(checklistText(tr, causeId, terms));
    setStatus(ok ? t('escalation.copied') : t('case.copyFailed'));
  };
  return (
    <section className="support-escalation" aria-labelledby="support-escalation-title">
      <h2 id="support-escalation-title">{t('escalation.title')}</h2>
      <p>{t('escalation.lead')}</p>
      {supportCase ? (
        <div className="support-check">
          <input
            type="checkbox"
            id="support-still-broken"
            checked={supportCase.stillBrokenAt !== undefined}
            aria-describedby="support-still-broken-hint"
            onChange={(e) => {
              const broken = e.target.checked;
              supportStore.updateCase(
                supportCase.id,
                (c) => withStillBroken(c, broken, new Date()),
                'case',
              );
            }}
          />
          <label htmlFor="support-still-broken">{t('escalation.stillBroken')}</label>
          <p className="hint" id="support-still-broken-hint">
            {t('escalation.stillBrokenHint')}
          </p>
        </div>
      ) : null}
      {cause.length > 0 ? (
        <>
          <h3>{t('escalation.forCause')}</h3>
          <ul className="support-checklist">
            {cause.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('escalation.forAll')}</h3>
      <ul className="support-checklist">
        {generic.map((g, i) => (
          <li key={i}>
            {g.os ? <span className="os-tag">{tr(`common:os.${g.os}`)}</span> : null} {g.text}
            {g.code ? (
              <pre>
                <code>{g.code}</code>
              </pre>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="support-actions">
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {t('escalation.copy')}
        </button>
        <span role="status" className="copy-status">
          {status}
        </span>
      </div>
    </section>
  );
}
