import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { queryClient } from '@/lib/query-client';
import { useDuration } from '@/i18n/duration';
import { useNamespaces } from '@/i18n/use-namespaces';
import type { SkewResult, SkewUnavailableReason } from '@/network/clock-skew';
import { useLang, useT } from '@/i18n/use-lang';
import { clockSkewQueryOptions } from './clock-query';
import './clock.css';

/** What the check shows: still measuring, a verdict, or that it could not be made. */
type Status = 'loading' | 'ok' | 'warn' | 'fail' | 'unavailable';

function statusOf(
  pending: boolean,
  error: boolean,
  data: SkewResult | undefined,
): { status: Status; reason?: SkewUnavailableReason | 'request-failed' } {
  if (error) return { status: 'unavailable', reason: 'request-failed' };
  if (pending || !data) return { status: 'loading' };
  if (data.status === 'unavailable') return { status: 'unavailable', reason: data.reason };
  return { status: data.level };
}

interface Props {
  /** `check` on a diagnosis ("Check this device's clock"), `result` on the clock tool page. */
  readonly heading?: 'check' | 'result';
}

/**
 * Compares this device's clock with the `Date` header of a request to the page's own origin and
 * says whether it is within the 10 minutes SSL-VPN allows (warns above 2). Reusable: the clock
 * tool page, and the "certificate not yet valid" diagnosis. Never guesses: without a usable
 * header it says the check could not be made.
 */
export function ClockSkewCheck(props: Props) {
  // The clock check is the app's only server state: react-query lives in this lazy chunk, not
  // in the entry.
  return (
    <QueryClientProvider client={queryClient}>
      <ClockSkew {...props} />
    </QueryClientProvider>
  );
}

function ClockSkew({ heading = 'check' }: Props) {
  const { ready } = useNamespaces(['clock']);
  const lang = useLang();
  const { t } = useT('clock');
  const duration = useDuration();
  const query = useQuery(
    clockSkewQueryOptions(typeof window === 'undefined' ? '' : window.location.origin),
  );
  if (!ready) return null;

  const { status, reason } = statusOf(query.isPending, query.isError, query.data);
  const measured = query.data?.status === 'measured' && !query.isError ? query.data : null;
  const time = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });
  const direction = measured
    ? Math.abs(measured.offsetMs) < 1000
      ? 'same'
      : measured.offsetMs > 0
        ? 'ahead'
        : 'behind'
    : null;

  return (
    <section
      className="clock-check"
      aria-labelledby="clock-check-title"
      data-testid="clock-check"
      data-clock-status={status}
      data-clock-reason={reason}
      aria-busy={query.isFetching || undefined}
    >
      <h2 id="clock-check-title">{t(`check.heading.${heading}`)}</h2>
      <p className="hint">{t('check.what')}</p>
      <div role="status">
        {status === 'loading' ? <p>{t('check.loading')}</p> : null}
        {measured ? (
          <p className="clock-verdict" data-testid="clock-verdict">
            {t(`verdict.${measured.level}`, { offset: duration(measured.offsetMs) })}
          </p>
        ) : null}
        {status === 'unavailable' ? (
          <p className="clock-verdict" data-testid="clock-verdict">
            {t(`unavailable.${reason ?? 'request-failed'}`)}
          </p>
        ) : null}
      </div>
      {measured && direction ? (
        <>
          <p data-testid="clock-offset" data-offset-ms={Math.round(measured.offsetMs)}>
            {t(`offset.${direction}`, { offset: duration(measured.offsetMs) })}
          </p>
          <dl>
            <div>
              <dt>{t('details.device')}</dt>
              <dd>{time.format(measured.deviceTimeMs)}</dd>
            </div>
            <div>
              <dt>{t('details.server')}</dt>
              <dd>{time.format(measured.serverTimeMs)}</dd>
            </div>
            <div>
              <dt>{t('details.accuracy')}</dt>
              <dd>{t('details.accuracyValue', { accuracy: duration(measured.uncertaintyMs) })}</dd>
            </div>
          </dl>
          <p>{t(`advice.${measured.level}`)}</p>
        </>
      ) : null}
      {status === 'unavailable' ? <p>{t('advice.unavailable')}</p> : null}
      <button
        type="button"
        className="button secondary"
        onClick={() => void query.refetch()}
        disabled={query.isFetching}
      >
        {query.isFetching && status !== 'loading' ? t('check.checking') : t('check.again')}
      </button>
    </section>
  );
}
