import { Link, data, type LoaderFunctionArgs } from 'react-router';
import { ensureNamespaces } from '@/i18n/i18n';
import { isLang, paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { trees } from '@/trees';
import { ClockSkewCheck } from './clock-skew-check';

const CLOCK_CAUSE = 'client-clock-skew';

/** Loads the clock tool's words. */
export async function clockLoader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw data(null, { status: 404 });
  await ensureNamespaces(params.lang, ['common', 'clock']);
  return null;
}

/** `/<lang>/tools/clock`: is this device's clock within the 10 minutes SSL-VPN allows? */
export function ClockPage() {
  const lang = useLang();
  const { t } = useT(['clock', 'common']);
  useDocumentTitle(t('page.title'), t('common:app.name'));
  const causeKnown = trees.some((tree) =>
    tree.nodes.some((n) => n.kind === 'diagnosis' && n.id === CLOCK_CAUSE),
  );
  return (
    <main id="main" tabIndex={-1} data-page="clock">
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.lead')}</p>
      <ClockSkewCheck heading="result" />
      <h2>{t('page.whyTitle')}</h2>
      <p>{t('page.why')}</p>
      <ul>
        {causeKnown ? (
          <li>
            <Link to={paths.cause.href(lang, CLOCK_CAUSE)}>{t('page.causeLink')}</Link>
          </li>
        ) : null}
        <li>
          <Link to={paths.toolsLogAnalyzer.href(lang)}>{t('page.logLink')}</Link>
        </li>
      </ul>
    </main>
  );
}
