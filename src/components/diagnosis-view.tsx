import type { ReactNode } from 'react';
import { causeNamespace } from '@/engine';
import { useLooseT, useT } from '@/i18n/use-lang';
import { CodeBlock } from './code-block';
import { asSteps, asStrings, asTaggedTexts, forPlatform } from '@/i18n/text';

interface Props {
  readonly causeId: string;
  /** Platform names for the placeholders. */
  readonly terms: Record<string, string>;
  /** The platform of the walk (`alibaba`, `fjcloud`, `openvpn`; `generic` or absent: any). */
  readonly platform?: string | undefined;
  /** Shown above the heading (e.g. the symptom and step count). */
  readonly eyebrow?: string;
  /** Right after the fix (checks, Share / Print, "Did this fix it?"), before the why. */
  readonly actions?: ReactNode;
}

/**
 * A cause and its fix: the body of a wizard diagnosis and of a cause-library page. On a phone
 * the one-line cause and the fix come first; the why, what to collect and the sources follow
 * as collapsed sections. Steps tagged for another platform than the walk's are left out; with
 * no platform known every step shows with its platform's name.
 */
export function DiagnosisView({ causeId, terms, platform, eyebrow, actions }: Props) {
  const { t } = useT('common');
  // The cause's words, and common words whose key comes from the cause's data (os, platform).
  const { t: tc } = useLooseT([causeNamespace(causeId), 'common']);
  const ns = { ns: causeNamespace(causeId), ...terms };
  const list = (key: string) => asStrings(tc(key, { ...ns, returnObjects: true }));
  const steps = asSteps(tc('steps', { ...ns, returnObjects: true })).filter((s) =>
    forPlatform(s.platforms ?? [], platform),
  );
  const known = platform !== undefined && platform !== 'generic';
  const verify = asTaggedTexts(tc('verify', { ...ns, returnObjects: true }), platform);
  const platformTags = (platforms: readonly string[] | undefined) =>
    !known && platforms
      ? platforms.map((p) => (
          <span className="os-tag" key={p}>
            {tc(`common:diagnosis.platformTag.${p}`, { defaultValue: p })}
          </span>
        ))
      : null;
  return (
    <article className="diagnosis">
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1 tabIndex={-1}>{tc('title', ns)}</h1>
      <p className="lead">{tc('summary', ns)}</p>

      <h2 id="fix-title">{t('diagnosis.fix')}</h2>
      <ol className="fix-steps" aria-labelledby="fix-title">
        {steps.map((s, i) => (
          <li key={i}>
            {s.os ? <span className="os-tag">{tc(`common:os.${s.os}`)}</span> : null}
            {platformTags(s.platforms)}
            <p>{s.text}</p>
            {s.codes.map((c) => (
              <CodeBlock key={c} code={c} />
            ))}
          </li>
        ))}
      </ol>

      {verify.length > 0 ? (
        <>
          <h2>{t('diagnosis.verify')}</h2>
          <ul>
            {verify.map((v, i) => (
              <li key={i}>
                {platformTags(v.platforms)}
                {v.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {actions}

      <details className="diagnosis-more" data-section="why">
        <summary>
          <h2>{t('diagnosis.why')}</h2>
        </summary>
        <p>{tc('cause', ns)}</p>
      </details>

      <details className="diagnosis-more" data-section="collect">
        <summary>
          <h2 id="collect-title">{t('diagnosis.collect')}</h2>
        </summary>
        <ul>
          {list('collect').map((v, i) => (
            <li key={i}>{v}</li>
          ))}
        </ul>
      </details>

      <details className="diagnosis-more" data-section="sources">
        <summary>
          <h2>{t('diagnosis.sources')}</h2>
        </summary>
        <ul className="sources">
          {list('sources').map((v, i) => (
            <li key={i}>{v}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}
