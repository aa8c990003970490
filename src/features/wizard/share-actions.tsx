import { useState, type ComponentType } from 'react';
import { useT } from '@/i18n/use-lang';

/** What the route gives Share: the link it shares, and a block beside the buttons. */
export interface ShareOptions {
  /** The link to share (default: the page's address). */
  readonly shareUrl?: () => string;
  /** Beside the buttons (e.g. support mode's staff link). */
  readonly Beside?: ComponentType;
}

const pageUrl = () => window.location.href;

/**
 * "Share this diagnosis" (Web Share API where present, else copy the link) and "Print". The
 * route decides which link is shared (a customer link, never `support=1`) and what sits beside it.
 */
export function ShareActions({
  title,
  shareUrl = pageUrl,
  Beside,
}: { title: string } & ShareOptions) {
  const { t } = useT('common');
  const [status, setStatus] = useState('');
  const share = async () => {
    const url = shareUrl();
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
      {Beside ? <Beside /> : null}
      <p className="print-only print-link">{typeof window === 'undefined' ? '' : shareUrl()}</p>
    </div>
  );
}
