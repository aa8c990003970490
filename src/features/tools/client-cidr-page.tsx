import type { RefObject } from 'react';
import { Link } from 'react-router';
import {
  MAX_LOCAL_NETWORKS,
  type ClientCidrReport,
  type Verdict,
} from '@/network/client-cidr-check';
import { paths } from '@/config/paths';
import { useLang, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import {
  FieldError,
  RemoveRowButton,
  StatusBadge,
  StatusItem,
  describedBy,
} from '@/components/form-kit';
import { useMessageText } from '@/i18n/message-text';
import { CLIENT_CIDR_TOOL, localNetworkId } from './client-cidr-fields';
import { ToolFields, ToolPage, ToolRows } from './tool-form-view';
import { useToolForm, useToolQuery, type ToolForm } from './use-tool-form';
import { encodeClientCidr, type ClientCidrForm } from './url-state';
import './tools.css';

export { toolsLoader } from './tools-loader';

/** The client CIDR checker's head. */
export const clientCidrHead: HeadFn = ({ t }) => ({
  title: [t('clientCidr.title', { ns: 'tools' })],
});

/** `/<lang>/tools/client-cidr?…`: the query is the tool's whole state. */
export function ClientCidrPage() {
  const query = useToolQuery();
  return <ClientCidrTool key={query} query={query} />;
}

const STATUS_ORDER: Readonly<Record<Verdict['status'], number>> = { fail: 0, warn: 1, pass: 2 };

function ClientCidrTool({ query }: { query: string }) {
  const tool = useToolForm(CLIENT_CIDR_TOOL, query);
  const report = tool.result;
  return (
    <ToolPage
      page="tool-client-cidr"
      words="clientCidr"
      tool={tool}
      result={
        report ? (
          <ClientCidrResult report={report} form={tool.submitted} headingRef={tool.resultRef} />
        ) : null
      }
    >
      <ToolFields tool={tool} groups={{ 'local-networks': <LocalNetworks tool={tool} /> }} />
    </ToolPage>
  );
}

/** The local networks: one input a row, 1 to {@link MAX_LOCAL_NETWORKS} rows. */
function LocalNetworks({ tool }: { tool: ToolForm<ClientCidrForm> }) {
  const { t } = useT(['tools', 'common']);
  const rows = tool.rows('localNetworks', {
    max: MAX_LOCAL_NETWORKS,
    empty: '',
    rowId: localNetworkId,
  });
  const f = 'clientCidr.fields.local-networks';
  return (
    <ToolRows tool={tool} name="local-networks" rows={rows}>
      <ol className="rows">
        {rows.list.map((value, row) => {
          const id = localNetworkId(row);
          const rowErrors = tool.errorsOf(id);
          const item = t(`${f}.item`, { n: row + 1 });
          return (
            <li key={row} className={rowErrors.length ? 'row has-error' : 'row'}>
              <label htmlFor={id} className="row-label">
                {item}
              </label>
              <FieldError id={`${id}-error`} messages={rowErrors} />
              <div className="row-controls">
                <input
                  type="text"
                  id={id}
                  name="local-network"
                  value={value}
                  spellCheck={false}
                  autoComplete="off"
                  autoCapitalize="off"
                  aria-invalid={rowErrors.length > 0 ? true : undefined}
                  aria-describedby={describedBy(rowErrors.length > 0 && `${id}-error`)}
                  onChange={(e) => {
                    const typed = e.target.value;
                    rows.update(row, () => typed);
                  }}
                />
                {rows.list.length > 1 ? (
                  <RemoveRowButton row={item} onClick={() => rows.remove(row)} />
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </ToolRows>
  );
}

function ClientCidrResult({
  report,
  form,
  headingRef,
}: {
  report: ClientCidrReport;
  form: ClientCidrForm;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const lang = useLang();
  const { t } = useT(['tools', 'common']);
  const text = useMessageText();
  const status = report.status ?? 'pass';
  const counts = { fail: 0, warn: 0, pass: 0 };
  for (const v of report.verdicts) counts[v.status]++;
  const verdicts = [...report.verdicts].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  );
  const platform = form.platform || 'alibaba';
  const connections = Number(form.connections.trim().normalize('NFKC'));
  const suggestion = report.suggestion;
  const r = 'clientCidr.result';
  return (
    <section className="tool-result" aria-labelledby="result-title" data-status={status}>
      <h2 id="result-title" tabIndex={-1} ref={headingRef}>
        {t(`${r}.title`)}
      </h2>
      <p className={`overall overall-${status}`} data-testid="overall">
        <StatusBadge status={status} /> <span>{t(`${r}.overall.${status}`)}</span>
      </p>
      <p className="hint">{t(`${r}.counts`, counts)}</p>

      {report.pool ? (
        <>
          <h3>{t(`${r}.capacity.title`)}</h3>
          <dl className="facts">
            <div>
              <dt>{t(`${r}.capacity.block`)}</dt>
              <dd>
                <code>{report.pool.cidr}</code>
              </dd>
            </div>
            <div>
              <dt>{t(`${r}.capacity.size`)}</dt>
              <dd>{t(`${r}.capacity.sizeValue`, { count: report.pool.size })}</dd>
            </div>
            <div>
              <dt>{t(`${r}.capacity.maxClients`)}</dt>
              <dd data-testid="max-clients">
                {t(`${r}.capacity.maxClientsValue`, { count: report.pool.maxClients })}
                <span className="fact-note">{t(`${r}.capacity.rule.${platform}`)}</span>
              </dd>
            </div>
            {report.neededPrefix !== undefined ? (
              <div>
                <dt>{t(`${r}.capacity.needed`, { connections })}</dt>
                <dd>{t(`${r}.capacity.neededValue`, { prefix: report.neededPrefix })}</dd>
              </div>
            ) : null}
            {report.pool.firstClientBlock ? (
              <div>
                <dt>{t(`${r}.capacity.firstClient`)}</dt>
                <dd>
                  <code>{report.pool.firstClientBlock}</code>
                </dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : null}

      {suggestion ? (
        <>
          <h3>{t(`${r}.suggestion.title`)}</h3>
          <p data-testid="suggestion">{text(suggestion.code, suggestion.params)}</p>
          {suggestion.code === 'suggest-client-cidr' && suggestion.cidr !== report.pool?.cidr ? (
            <p>
              <Link
                to={paths.toolsClientCidr.href(
                  lang,
                  encodeClientCidr({ ...form, clientCidr: suggestion.cidr }),
                )}
              >
                {t(`${r}.suggestion.try`, { value: suggestion.cidr })}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}

      <h3>{t(`${r}.checks`)}</h3>
      <ul className="status-list" data-testid="verdicts">
        {verdicts.map((v) => (
          <StatusItem key={v.id} status={v.status}>
            {text(v.code, v.params)}
          </StatusItem>
        ))}
      </ul>
    </section>
  );
}
