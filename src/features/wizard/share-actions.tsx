import { useState } from 'react';
import { useT } from '@/i18n/use-lang';
import { StaffLinkButton, customerUrl } from '@/features/support/staff-link';

/**
 * "Share this diagnosis" (Web Share API where present, else copy the link) and "Print". The
 * shared link is a customer link (never `support=1`); support mode adds a staff-link button.
 */
export function ShareActions({ title }: { title: string }) {
  const { t } = useT('common');
  const [status, setStatus] = useState('');
  const share = async () => {
    const url = customerUrl();
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setStatus(t('actions.linkCopied'));
    } catch {
      setStatus(t('actions.copyFailed'));
    }
  };
  return (
    <div className="share-actions">
      <button type="button" className="button secondary" onClick={() => void share()}>
        {t('actions.share')}
      </button>
      <button type="button" className="button secondary" onClick={() => window.print()}>
        {t('actions.print')}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
      <StaffLinkButton />
      <p className="print-only print-link">{typeof window === 'undefined' ? '' : customerUrl()}</p>
    </div>
  );
}
