import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import { useNamespaces } from '@/i18n/use-namespaces';
import { StorageMessage } from './storage-message';
import { supportStore } from './support-store';
import { TOGGLE_ID } from './support-toggle';
import { useSupportState } from './use-support';

/**
 * Shown on every page while support mode is on (and so when a `support=1` link turned it on):
 * says so, links to the case history and turns the mode off.
 */
export function SupportBanner() {
  const lang = useLang();
  const { on, viaLink } = useSupportState();
  // Support mode's words only while the mode is on: the banner costs nothing otherwise.
  const { ready } = useNamespaces(on ? ['support'] : [], lang);
  const { t } = useT('support');
  if (!on || !ready) return null;
  const turnOff = () => {
    supportStore.setMode(false);
    // The banner goes away with the mode: keep keyboard focus on the switch.
    window.setTimeout(() => document.getElementById(TOGGLE_ID)?.focus(), 0);
  };
  return (
    <section className="support-banner" aria-label={t('mode.bannerTitle')} data-support-banner="">
      <p className="support-banner-title">
        <strong>{t('mode.bannerTitle')}</strong>
      </p>
      <p>{t('mode.bannerBody')}</p>
      {viaLink ? <p>{t('mode.bannerFromLink')}</p> : null}
      <StorageMessage place="mode" />
      <div className="support-banner-actions">
        <button type="button" className="button secondary small" onClick={turnOff}>
          {t('mode.turnOff')}
        </button>
        <Link to={paths.supportCases.href(lang)}>{t('mode.history')}</Link>
      </div>
    </section>
  );
}
