import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { type Lang } from '@/i18n/langs';
import { useLang, useT } from '@/i18n/use-lang';
import './tools.css';

/**
 * The tools the start page lists, in order. Each names its route; its words are
 * `toolsIndex.<key>.title` / `.summary` in `common.json`, so the list paints with the page.
 */
export const TOOL_ENTRIES: readonly {
  readonly key: 'clientCidr' | 'firewallRules' | 'inspector';
  readonly href: (lang: Lang) => string;
}[] = [
  { key: 'clientCidr', href: (lang) => paths.toolsClientCidr.href(lang) },
  { key: 'firewallRules', href: (lang) => paths.toolsFirewallRules.href(lang) },
  { key: 'inspector', href: (lang) => paths.toolsInspector.href(lang) },
];

/** The "Tools" section of the start page. */
export function ToolsList() {
  const lang = useLang();
  const { t } = useT('common');
  return (
    <section aria-labelledby="tools-title" className="tools-section">
      <h2 id="tools-title">{t('toolsIndex.title')}</h2>
      <p>{t('toolsIndex.lead')}</p>
      <ul className="tool-list">
        {TOOL_ENTRIES.map((tool) => (
          <li key={tool.key}>
            <Link to={tool.href(lang)} className="symptom-link">
              {t(`toolsIndex.${tool.key}.title`)}
            </Link>
            <p className="hint">{t(`toolsIndex.${tool.key}.summary`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
