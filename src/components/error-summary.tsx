import { useEffect, useRef } from 'react';
import { useT } from '@/i18n/use-lang';

/** One problem to list: the message and the id of the field it belongs to. */
export interface SummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

/**
 * GOV.UK-style error summary: shown above the form, focused when it appears so screen readers
 * announce it, each message a link to its field.
 */
export function ErrorSummary({
  items,
  attempt = 0,
}: {
  items: readonly SummaryItem[];
  /** Bumped on every failed submit, so the summary takes focus again even with equal items. */
  attempt?: number;
}) {
  const { t } = useT('common');
  const ref = useRef<HTMLDivElement>(null);
  // Focus only when the messages or the submit attempt change — never while the user types.
  const signature = items.map((i) => `${i.fieldId}:${i.message}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature, attempt]);
  if (items.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title">{t('errors.summaryTitle')}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.fieldId}:${item.message}`}>
            <a
              href={`#${item.fieldId}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(item.fieldId)?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
