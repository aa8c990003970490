import { useState, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { causeNamespace } from '@/engine';
import type {
  ClientInfo,
  LogAnalysis,
  LogFinding,
  RestartSummary,
  Timeline,
  TunnelSummary,
} from '@/network/openvpn-log';
import { findTree } from '@/trees';
import { paths } from '@/config/paths';
import { type Lang } from '@/i18n/langs';
import { looseT, useLang, useT } from '@/i18n/use-lang';
import { asStrings } from '@/i18n/text';
import { useNamespaces } from '@/i18n/use-namespaces';
import { useTerms } from '@/i18n/use-terms';
import { restartRows } from '@/lib/durations';
import { useDuration } from '@/i18n/duration';
import { fromFileParam } from '@/lib/from-file';
import { excerptRows } from './read-log';
import { findingLink } from './wizard-link';

type T = TFunction<readonly ['log', 'common']>;

/** Rows of the timeline and restart tables shown before "Show all". */
const FIRST_ROWS = 40;

function useNumber() {
  const lang = useLang();
  const f = new Intl.NumberFormat(lang);
  return (n: number) => f.format(n);
}

interface Props {
  readonly analysis: LogAnalysis;
  readonly context: ReadonlyMap<number, string>;
  readonly elapsedMs: number;
  /** The file's name, or null for pasted text. */
  readonly name: string | null;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Everything learnt from one log: summary, ranked findings, restarts and the timeline. */
export function LogResults({ analysis, context, elapsedMs, name, headingRef }: Props) {
  const lang = useLang();
  const { t } = useT(['log', 'common']);
  const problems = analysis.findings.filter((f) => f.severity !== 'info');
  return (
    <section
      className="log-results"
      aria-labelledby="log-results-title"
      data-testid="log-results"
      data-line-count={analysis.lineCount}
      data-elapsed-ms={Math.round(elapsedMs)}
    >
      <h2 id="log-results-title" tabIndex={-1} ref={headingRef}>
        {name === null ? t('results.titlePaste') : t('results.titleFile', { name })}
      </h2>
      <Summary analysis={analysis} />
      {!analysis.recognised ? (
        <div className="notice" role="status" data-testid="not-openvpn">
          <p>{t('recognition.notOpenvpn')}</p>
        </div>
      ) : null}
      {problems.length === 0 ? <NothingFound analysis={analysis} lang={lang} t={t} /> : null}
      {analysis.findings.length > 0 ? (
        <Findings analysis={analysis} context={context} lang={lang} />
      ) : null}
      {analysis.restarts.count > 0 ? <Restarts restarts={analysis.restarts} lang={lang} /> : null}
      {analysis.timeline.total > 0 ? <TimelineView timeline={analysis.timeline} /> : null}
    </section>
  );
}

function Summary({ analysis }: { analysis: LogAnalysis }) {
  const { t } = useT(['log', 'common']);
  const num = useNumber();
  const duration = useDuration();
  const { client, tunnel, dataCipher, restarts } = analysis;
  return (
    <section aria-labelledby="log-summary-title">
      <h3 id="log-summary-title">{t('summary.title')}</h3>
      <dl className="log-summary">
        <div>
          <dt>{t('summary.lines')}</dt>
          <dd data-testid="line-count">
            {num(analysis.lineCount)}
            {analysis.longLineCount > 0 ? (
              <span className="answer-detail">
                {t('summary.longLines', {
                  count: analysis.longLineCount,
                  lines: num(analysis.longLineCount),
                })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('summary.client')}</dt>
          <dd data-testid="client">
            <ClientText client={client} t={t} />
          </dd>
        </div>
        <div>
          <dt>{t('summary.tunnel')}</dt>
          <dd data-testid="tunnel" data-tunnel={tunnelState(tunnel)}>
            <TunnelText tunnel={tunnel} t={t} num={num} />
          </dd>
        </div>
        <div>
          <dt>{t('summary.cipher')}</dt>
          <dd data-testid="cipher">
            {dataCipher
              ? t(`summary.cipherValue.${dataCipher.source}`, {
                  name: dataCipher.name,
                  line: num(dataCipher.line),
                })
              : t('summary.cipherNone')}
          </dd>
        </div>
        <div>
          <dt>{t('summary.restarts')}</dt>
          <dd data-testid="restarts">
            {restarts.count === 0
              ? t('summary.restartsNone')
              : t('summary.restartsValue', { count: restarts.count, times: num(restarts.count) })}
            {restarts.periodic && restarts.medianIntervalMs !== null ? (
              <span className="answer-detail">
                {t('summary.restartsPeriodic', { interval: duration(restarts.medianIntervalMs) })}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function tunnelState(tunnel: TunnelSummary): 'never' | 'up' | 'down' {
  if (!tunnel.cameUp) return 'never';
  return tunnel.upAtEnd ? 'up' : 'down';
}

function ClientText({ client, t }: { client: ClientInfo | null; t: T }) {
  if (!client) return <>{t('summary.clientNone')}</>;
  const platform =
    client.platform === 'other' ? t('summary.platformOther') : t(`common:os.${client.platform}`);
  const details = [
    client.ssl ? t('summary.ssl', { ssl: client.ssl }) : '',
    client.dcoBuild ? t('summary.dco') : '',
    client.libraries ? t('summary.libraries', { libraries: client.libraries }) : '',
  ].filter(Boolean);
  return (
    <>
      <span data-testid="client-version">
        {t('summary.clientValue', { version: client.version, platform, target: client.target })}
      </span>
      {details.map((d) => (
        <span className="answer-detail" key={d}>
          {d}
        </span>
      ))}
    </>
  );
}

function TunnelText({
  tunnel,
  t,
  num,
}: {
  tunnel: TunnelSummary;
  t: T;
  num: (n: number) => string;
}) {
  if (!tunnel.cameUp) return <>{t('summary.tunnelNever')}</>;
  const parts = [
    t('summary.tunnelUp', {
      count: tunnel.upCount,
      times: num(tunnel.upCount),
      line: num(tunnel.firstUpLine ?? 0),
    }),
    tunnel.upWithErrors ? t('summary.tunnelWithErrors') : '',
    tunnel.wentDownAfterUp
      ? t('summary.tunnelDown', {
          count: tunnel.downCount,
          times: num(tunnel.downCount),
          line: num(tunnel.lastDownLine ?? 0),
        })
      : '',
    tunnel.upAtEnd ? t('summary.tunnelUpAtEnd') : t('summary.tunnelDownAtEnd'),
  ].filter(Boolean);
  return (
    <>
      {parts.map((p) => (
        <span className="tunnel-part" key={p}>
          {p}{' '}
        </span>
      ))}
    </>
  );
}

function NothingFound({ analysis, lang, t }: { analysis: LogAnalysis; lang: Lang; t: T }) {
  const num = useNumber();
  const empty = analysis.findings.length === 0;
  return (
    <section aria-labelledby="log-nothing-title" data-testid="nothing-found">
      <div className="notice">
        <h3 id="log-nothing-title">{empty ? t('nothing.title') : t('nothing.onlyInfoTitle')}</h3>
        <p>
          {empty
            ? t('nothing.body', { count: analysis.lineCount, lines: num(analysis.lineCount) })
            : t('nothing.onlyInfoBody')}
        </p>
      </div>
      <h3>{t('next.title')}</h3>
      <ul>
        {asStrings(t('next.items', { returnObjects: true })).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <Link to={paths.home.href(lang)}>{t('next.wizard')}</Link>
      </p>
    </section>
  );
}

function Findings({
  analysis,
  context,
  lang,
}: {
  analysis: LogAnalysis;
  context: ReadonlyMap<number, string>;
  lang: Lang;
}) {
  const { t } = useT('log');
  // The titles of the causes the findings link to (their files load with the result).
  const causes = analysis.findings.flatMap((f) => (f.cause ? [causeNamespace(f.cause)] : []));
  useNamespaces([...new Set(causes)], lang);
  const several = analysis.findings.length > 1;
  return (
    <section aria-labelledby="log-findings-title">
      <h3 id="log-findings-title">
        {several
          ? t('findings.titleRanked', { count: analysis.findings.length })
          : t('findings.title')}
      </h3>
      {several ? <p className="hint">{t('findings.rankHint')}</p> : null}
      <ol className="findings">
        {analysis.findings.map((f) => (
          <FindingView
            key={f.id}
            finding={f}
            context={context}
            lineCount={analysis.lineCount}
            lang={lang}
          />
        ))}
      </ol>
    </section>
  );
}

function FindingView({
  finding: f,
  context,
  lineCount,
  lang,
}: {
  finding: LogFinding;
  context: ReadonlyMap<number, string>;
  lineCount: number;
  lang: Lang;
}) {
  const { t } = useT(['log', 'common']);
  const num = useNumber();
  const terms = useTerms({});
  const title = t(`signatures.${f.id}.title`);
  const rows = excerptRows(f.matches, context, lineCount);
  const more = f.count - f.matches.length;
  const link = findingLink(f);
  const causeTitle = link
    ? looseT(t)('title', { ns: causeNamespace(link.diagnosis), ...terms })
    : '';
  const titleId = `finding-${f.id}`;
  return (
    <li
      className={`finding severity-${f.severity}`}
      data-signature-id={f.id}
      data-rank={f.rank}
      data-rank-reason={f.rankReason}
    >
      <h4 id={titleId}>
        <span className="finding-rank">{t('findings.rank', { rank: f.rank })}</span> {title}
      </h4>
      <p className="finding-meta">
        <span className={`severity-tag severity-${f.severity}`}>{t(`severity.${f.severity}`)}</span>{' '}
        <span data-testid="finding-lines">
          {t('findings.seen', {
            count: f.count,
            times: num(f.count),
            first: num(f.firstLine),
            last: num(f.lastLine),
          })}
        </span>
      </p>
      <p>{t(`signatures.${f.id}.meaning`)}</p>
      <p className="rank-reason">
        <strong>{t('findings.whyRanked')}</strong>{' '}
        {t(`rankReasons.${f.rankReason}`, { ...f.params })}{' '}
        {t(`basis.${f.basis}`, { ...f.params, defaultValue: '' })}
      </p>
      <div className="log-excerpt-wrap">
        <table className="log-excerpt" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('excerpt.line')}</th>
              <th scope="col">{t('excerpt.text')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) =>
              r.kind === 'gap' ? (
                <tr className="gap" key={`gap-${i}`}>
                  <td colSpan={2}>
                    <span aria-hidden="true">⋮</span>
                    <span className="visually-hidden">{t('excerpt.gap')}</span>
                  </td>
                </tr>
              ) : (
                <tr
                  key={r.line}
                  className={r.matched ? 'matched' : undefined}
                  data-line={r.line}
                  data-matched={r.matched || undefined}
                >
                  <th scope="row" className="ln">
                    {r.line}
                    {r.matched ? (
                      <span className="visually-hidden"> {t('excerpt.matched')}</span>
                    ) : null}
                  </th>
                  <td>
                    <code>{r.matched ? <mark>{r.text}</mark> : r.text}</code>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {more > 0 ? (
        <p className="hint">{t('findings.moreLines', { count: more, lines: num(more) })}</p>
      ) : null}
      {link?.kind === 'diagnose' ? (
        <p>
          <Link
            className="finding-link"
            to={paths.diagnose.href(
              lang,
              link.tree,
              link.answers,
              fromFileParam(Object.keys(link.answers)),
            )}
            data-testid="finding-link"
          >
            {t('findings.openDiagnosis', { cause: causeTitle })}
          </Link>
        </p>
      ) : null}
      {link?.kind === 'cause' ? (
        <p>
          <Link
            className="finding-link"
            to={paths.cause.href(lang, link.diagnosis)}
            data-testid="finding-link"
          >
            {t('findings.readCause', { cause: causeTitle })}
          </Link>
        </p>
      ) : null}
    </li>
  );
}

function Restarts({ restarts, lang }: { restarts: RestartSummary; lang: Lang }) {
  const { t } = useT('log');
  const num = useNumber();
  const duration = useDuration();
  const [all, setAll] = useState(false);
  const rows = restartRows(restarts.events);
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  const periodicTree = findTree('periodic-disconnect');
  return (
    <section aria-labelledby="log-restarts-title" data-testid="restarts-section">
      <h3 id="log-restarts-title">{t('restarts.title')}</h3>
      <p>
        {t('restarts.count', { count: restarts.count, times: num(restarts.count) })}{' '}
        {restarts.medianIntervalMs !== null &&
        restarts.minIntervalMs !== null &&
        restarts.maxIntervalMs !== null
          ? t('restarts.intervals', {
              min: duration(restarts.minIntervalMs),
              median: duration(restarts.medianIntervalMs),
              max: duration(restarts.maxIntervalMs),
            })
          : null}
      </p>
      {restarts.periodic && restarts.medianIntervalMs !== null ? (
        <div className="notice" data-testid="periodic">
          <p>{t('restarts.periodic', { interval: duration(restarts.medianIntervalMs) })}</p>
          {periodicTree ? (
            <p>
              <Link to={paths.diagnose.href(lang, periodicTree.id)}>{t('restarts.wizard')}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="log-table-wrap">
        <table className="log-table" aria-labelledby="log-restarts-title">
          <thead>
            <tr>
              <th scope="col">{t('excerpt.line')}</th>
              <th scope="col">{t('restarts.time')}</th>
              <th scope="col">{t('restarts.reason')}</th>
              <th scope="col">{t('restarts.since')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ event, sincePreviousMs }) => (
              <tr key={event.line}>
                <th scope="row">{num(event.line)}</th>
                <td>
                  <code>{event.timestamp?.text ?? '–'}</code>
                </td>
                <td>
                  <code>
                    {event.signal}
                    {event.reason ? ` [${event.reason}]` : ''}
                  </code>
                </td>
                <td>{sincePreviousMs === null ? '–' : duration(sincePreviousMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowAll total={rows.length} all={all} setAll={setAll} />
    </section>
  );
}

function ShowAll({
  total,
  all,
  setAll,
}: {
  total: number;
  all: boolean;
  setAll: (v: boolean) => void;
}) {
  const { t } = useT('log');
  if (total <= FIRST_ROWS) return null;
  return (
    <button
      type="button"
      className="button secondary small"
      aria-expanded={all}
      onClick={() => setAll(!all)}
    >
      {all ? t('table.showFirst', { count: FIRST_ROWS }) : t('table.showAll', { count: total })}
    </button>
  );
}

function TimelineView({ timeline }: { timeline: Timeline }) {
  const { t } = useT('log');
  const num = useNumber();
  const [all, setAll] = useState(false);
  const events = all ? timeline.events : timeline.events.slice(0, FIRST_ROWS);
  return (
    <section aria-labelledby="log-timeline-title" data-testid="timeline">
      <h3 id="log-timeline-title">{t('timeline.title')}</h3>
      <p className="hint">{t('timeline.hint')}</p>
      <div className="log-table-wrap">
        <table className="log-table" aria-labelledby="log-timeline-title">
          <thead>
            <tr>
              <th scope="col">{t('excerpt.line')}</th>
              <th scope="col">{t('timeline.time')}</th>
              <th scope="col">{t('timeline.event')}</th>
              <th scope="col">{t('timeline.severity')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <TimelineRows
                key={`${e.line}-${e.id}`}
                event={e}
                gapAfter={timeline.omittedAfter === i ? timeline.omitted : 0}
                num={num}
              />
            ))}
          </tbody>
        </table>
      </div>
      <ShowAll total={timeline.events.length} all={all} setAll={setAll} />
    </section>
  );
}

function TimelineRows({
  event: e,
  gapAfter,
  num,
}: {
  event: Timeline['events'][number];
  gapAfter: number;
  num: (n: number) => string;
}) {
  const { t } = useT('log');
  return (
    <>
      <tr className={`severity-${e.severity}`} data-signature-id={e.id}>
        <th scope="row">{num(e.line)}</th>
        <td>
          <code>{e.timestamp?.text ?? '–'}</code>
        </td>
        <td>{t(`signatures.${e.id}.title`)}</td>
        <td>
          <span className={`severity-tag severity-${e.severity}`}>
            {t(`severity.${e.severity}`)}
          </span>
        </td>
      </tr>
      {gapAfter > 0 ? (
        <tr className="gap">
          <td colSpan={4}>{t('timeline.omitted', { count: gapAfter, events: num(gapAfter) })}</td>
        </tr>
      ) : null}
    </>
  );
}
