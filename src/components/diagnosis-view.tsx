import { causeNamespace } from '@/engine';
import { useT } from '@/i18n/use-lang';
import { CodeBlock } from './code-block';
import { asSteps, asStrings } from '@/i18n/text';

interface Props {
  readonly causeId: string;
  /** Platform names for the placeholders. */
  readonly terms: Record<string, string>;
  /** Shown above the heading (e.g. the symptom and step count). */
  readonly eyebrow?: string;
}

/** A cause and its fix: the body of a wizard diagnosis and of a cause-library page. */
export function DiagnosisView({ causeId, terms, eyebrow }: Props) {
  const { t } = useT([causeNamespace(causeId), 'common']);
  const ns = { ns: causeNamespace(causeId), ...terms };
  const list = (key: string) => asStrings(t(key, { ...ns, returnObjects: true }));
  const steps = asSteps(t('steps', { ...ns, returnObjects: true }));
  return (
    <article className="diagnosis">
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1 tabIndex={-1}>{t('title', ns)}</h1>
      <p className="lead">{t('summary', ns)}</p>

      <h2>{t('common:diagnosis.why')}</h2>
      <p>{t('cause', ns)}</p>

      <h2>{t('common:diagnosis.fix')}</h2>
      <ol className="fix-steps">
        {steps.map((s, i) => (
          <li key={i}>
            {s.os ? <span className="os-tag">{t(`common:os.${s.os}`)}</span> : null}
            <p>{s.text}</p>
            {s.code ? <CodeBlock code={s.code} /> : null}
          </li>
        ))}
      </ol>

      <h2>{t('common:diagnosis.verify')}</h2>
      <ul>
        {list('verify').map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ul>

      <h2 id="collect-title">{t('common:diagnosis.collect')}</h2>
      <ul>
        {list('collect').map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ul>

      <h2>{t('common:diagnosis.sources')}</h2>
      <ul className="sources">
        {list('sources').map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ul>
    </article>
  );
}
