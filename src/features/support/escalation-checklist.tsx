import { useState } from 'react';
import { useT } from '@/i18n/use-lang';
import { copyText } from '@/lib/browser-actions';
import { causeChecklist, checklistText, genericChecklist } from './case-record';
import { withStillBroken, type SupportCase } from './cases';
import { supportStore } from './support-store';
import { asTranslate } from './translate';

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
  const { t } = useT(['support', 'common']);
  const tr = asTranslate(t);
  const [status, setStatus] = useState('');
  const cause = causeChecklist(tr, causeId, terms);
  const generic = genericChecklist(tr);
  const copy = async () => {
    const ok = await copyText(checklistText(tr, causeId, terms));
    setStatus(ok ? t('support:escalation.copied') : t('support:case.copyFailed'));
  };
  return (
    <section className="support-escalation" aria-labelledby="support-escalation-title">
      <h2 id="support-escalation-title">{t('support:escalation.title')}</h2>
      <p>{t('support:escalation.lead')}</p>
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
          <label htmlFor="support-still-broken">{t('support:escalation.stillBroken')}</label>
          <p className="hint" id="support-still-broken-hint">
            {t('support:escalation.stillBrokenHint')}
          </p>
        </div>
      ) : null}
      {cause.length > 0 ? (
        <>
          <h3>{t('support:escalation.forCause')}</h3>
          <ul className="support-checklist">
            {cause.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('support:escalation.forAll')}</h3>
      <ul className="support-checklist">
        {generic.map((g, i) => (
          <li key={i}>
            {g.os ? <span className="os-tag">{t(`common:os.${g.os}`)}</span> : null} {g.text}
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
          {t('support:escalation.copy')}
        </button>
        <span role="status" className="copy-status">
          {status}
        </span>
      </div>
    </section>
  );
}
