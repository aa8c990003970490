import { Link, data, type LoaderFunctionArgs } from 'react-router';
import { ensureNamespaces } from '@/i18n/i18n';
import { paths } from '@/config/paths';
import { isLang } from '@/i18n/langs';
import { useLang, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { CAUSES, trees } from '@/trees';
import { ClockSkewCheck } from './clock-skew-check';

const CLOCK_CAUSE = CAUSES.clientClockSkew;

/** The clock check's head. */
export const clockHead: HeadFn = ({ t }) => ({ title: [t('page.title', { ns: 'clock' })] });

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
