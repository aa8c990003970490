import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import './log.css';

/**
 * The start page's "Have a log? Start from it" box: the analyzer and the clock check. Its words
 * are in `common.json`, so it paints with the page (no layout shift).
 */
export function StartFromLog() {
  const lang = useLang();
  const { t } = useT('common');
  return (
    <section
      className="tool-links"
      aria-labelledby="start-from-log-title"
      data-testid="start-from-log"
    >
      <h2 id="start-from-log-title">{t('startFromLog.title')}</h2>
      <p>{t('startFromLog.body')}</p>
      <ul>
        <li>
          <Link to={paths.toolsLogAnalyzer.href(lang)}>{t('startFromLog.analyzer')}</Link>
        </li>
        <li>
          <Link to={paths.toolsClock.href(lang)}>{t('startFromLog.clock')}</Link>
        </li>
      </ul>
    </section>
  );
}
