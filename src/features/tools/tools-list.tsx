import { Link } from 'react-router';
import { paths, type Lang } from '../../app/paths';
import { useLang, useT } from '../../app/use-lang';
import './tools.css';

/**
 * The tools the start page lists, in order. Each names its route and its words:
 * `index.<key>.title` / `.summary` in `tools.json`, or in its own namespace `ns`. Add a tool
 * by adding an entry (the start page loads {@link toolListNamespaces}).
 */
export const TOOL_ENTRIES: readonly {
  readonly key: string;
  readonly href: (lang: Lang) => string;
  readonly ns?: string;
}[] = [
  { key: 'clientCidr', href: (lang) => paths.toolsClientCidr.href(lang) },
  { key: 'firewallRules', href: (lang) => paths.toolsFirewallRules.href(lang) },
];

/** The namespaces the tools list reads. */
export function toolListNamespaces(): string[] {
  return [...new Set(['tools', ...TOOL_ENTRIES.map((e) => e.ns ?? 'tools')])];
}

/** The "Tools" section of the start page (needs the `tools` namespace loaded). */
export function ToolsList() {
  const lang = useLang();
  const { t } = useT('tools');
  return (
    <section aria-labelledby="tools-title" className="tools-section">
      <h2 id="tools-title">{t('index.title')}</h2>
      <p>{t('index.lead')}</p>
      <ul className="tool-list">
        {TOOL_ENTRIES.map((tool) => (
          <li key={tool.key}>
            <Link to={tool.href(lang)} className="symptom-link">
              {t(`index.${tool.key}.title`, { ns: tool.ns ?? 'tools' })}
            </Link>
            <p className="hint">{t(`index.${tool.key}.summary`, { ns: tool.ns ?? 'tools' })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
