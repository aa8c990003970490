import { useState } from 'react';
import { useT } from '@/i18n/use-lang';

/** A command in a code block, with a copy button and a polite "copied" status. */
export function CodeBlock({ code, label }: { code: string; label?: string | undefined }) {
  const { t } = useT('common');
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t('actions.copied'));
    } catch {
      setStatus(t('actions.copyFailed'));
    }
  };
  return (
    <div className="code-block">
      {label ? <p className="code-label">{label}</p> : null}
      {/* Focusable: a long command scrolls sideways, also from the keyboard. */}
      <pre tabIndex={0}>
        <code>{code}</code>
      </pre>
      <button type="button" className="button secondary small" onClick={() => void copy()}>
        {t('actions.copy')}
        <span className="visually-hidden"> {label ?? ''}</span>
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}
