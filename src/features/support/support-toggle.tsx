import './support.css';
import { useT } from '@/i18n/use-lang';
import { setSupportMode, useSupportOn, useSupportSync } from './support-mode';

export const TOGGLE_ID = 'support-mode-toggle';

/**
 * The header switch: a toggle button (aria-pressed), remembered in the browser. Its words are in
 * `common` (loaded with every page) so it renders with the first paint: no layout shift. It
 * needs only the mode (`support-mode.ts`); the store of cases loads when the mode is on.
 */
export function SupportToggle() {
  const { t } = useT('common');
  const on = useSupportOn();
  useSupportSync(on);
  return (
    <button
      type="button"
      id={TOGGLE_ID}
      className="support-toggle"
      aria-pressed={on}
      onClick={() => setSupportMode(!on)}
    >
      {t('supportMode.toggle')}
      <span className="support-toggle-state" aria-hidden="true">
        {on ? t('supportMode.on') : t('supportMode.off')}
      </span>
    </button>
  );
}
