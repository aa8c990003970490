import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLang, useT } from '../../app/use-lang';
import { useLazyNamespaces } from './use-lazy-namespaces';
import './log.css';

/** The start page's "Have a log? Start from it" box: the analyzer and the clock check. */
export function StartFromLog() {
  const ready = useLazyNamespaces(['log']);
  const lang = useLang();
  const { t } = useT('log');
  if (!ready) return null;
  return (
    <section
      className="tool-links"
      aria-labelledby="start-from-log-title"
      data-testid="start-from-log"
    >
      <h2 id="start-from-log-title">{t('start.title')}</h2>
      <p>{t('start.body')}</p>
      <ul>
        <li>
          <Link to={paths.toolsLogAnalyzer.href(lang)}>{t('start.analyzer')}</Link>
        </li>
        <li>
          <Link to={paths.toolsClock.href(lang)}>{t('start.clock')}</Link>
        </li>
      </ul>
    </section>
  );
}
