import { useState } from 'react';
import { useLang, useT } from '@/i18n/use-lang';
import { copyText } from '@/lib/browser-actions';
import { setSupportFlag } from './support-flag';
import { useNamespaces } from '@/i18n/use-namespaces';
import { useSupportOn } from './support-mode';

/** The page's address as a customer link: never carries `support=1`. */
export function customerUrl(href: string = window.location.href): string {
  return setSupportFlag(href, false);
}

/** The page's address as a staff link: opens with support mode on. */
export function staffUrl(href: string = window.location.href): string {
  return setSupportFlag(href, true);
}

/**
 * Beside "Share this diagnosis" in support mode: says that Share gives a customer link, and
 * copies the staff link (with `support=1`). Nothing outside support mode.
 */
export function StaffLinkButton() {
  // Outside support mode nothing renders and support's words are not fetched (a diagnosis
  // would otherwise load them on every visit).
  return useSupportOn() ? <StaffLink /> : null;
}

function StaffLink() {
  const lang = useLang();
  const { ready } = useNamespaces(['support'], lang);
  const { t } = useT('support');
  const [status, setStatus] = useState('');
  if (!ready) return null;
  const copy = async () => {
    const ok = await copyText(staffUrl());
    setStatus(ok ? t('share.staffLinkCopied') : t('case.copyFailed'));
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={() => void copy()}>
        {t('share.staffLink')}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
      <p className="hint support-share-hint">{t('share.customerHint')}</p>
    </>
  );
}
