import { Link } from 'react-router';
import type { Answers, TrailStep } from '@/engine';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import { toolLinkFor } from './wizard-link';
import './tools.css';

/**
 * On a diagnosis reached through a compute step: a link to the standalone tool that checks the
 * same thing, pre-filled with the walk's values. Renders nothing for other diagnoses.
 */
export function ToolLink({
  trail,
  answers,
}: {
  readonly trail: readonly TrailStep[];
  readonly answers: Answers;
}) {
  const lang = useLang();
  const { t } = useT('tools');
  const target = toolLinkFor(trail, answers);
  if (!target) return null;
  const href =
    target.tool === 'client-cidr'
      ? paths.toolsClientCidr.href(lang, target.query)
      : paths.toolsFirewallRules.href(lang, target.query);
  return (
    <aside className="tool-link" aria-labelledby="tool-link-title" data-tool={target.tool}>
      <h2 id="tool-link-title">{t('wizardLink.title')}</h2>
      <p>{t('wizardLink.lead')}</p>
      <p>
        <Link to={href}>{t(`wizardLink.${target.tool}`)}</Link>
      </p>
    </aside>
  );
}
