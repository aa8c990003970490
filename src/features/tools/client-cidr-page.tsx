import { useEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CONNECTION_SPECS, PLATFORMS, type FieldIssue, type Platform } from '@/network/cidr';
import {
  MAX_LOCAL_NETWORKS,
  checkClientCidr,
  type ClientCidrReport,
  type Verdict,
} from '@/network/client-cidr-check';
import { paths } from '@/config/paths';
import { looseT, useLang, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { ErrorSummary } from '@/components/error-summary';
import {
  FOCUS_RESULT,
  FieldError,
  RadioGroup,
  StatusBadge,
  StatusItem,
  TextField,
  describedBy,
  useFocusResult,
  useIssueText,
  type PlacedIssue,
} from '@/components/form-kit';
import { useMessageText } from '@/i18n/message-text';
import {
  clientCidrInput,
  decodeClientCidr,
  encodeClientCidr,
  rowOfItem,
  type ClientCidrForm,
} from './url-state';
import './tools.css';

export { toolsLoader } from './tools-loader';

/** DOM id of a client CIDR field (`cc-client-cidr`, `cc-local-network-2`, …). */
const fieldDomId = {
  platform: 'cc-platform',
  'client-cidr': 'cc-client-cidr',
  connections: 'cc-connections',
  'local-networks': 'cc-local-networks',
  'client-lans': 'cc-client-lans',
  'ipsec-routes': 'cc-ipsec-routes',
} as const;
const localNetworkId = (row: number) => `cc-local-network-${row}`;

/** The client CIDR checker's head. */
export const clientCidrHead: HeadFn = ({ t }) => ({
  title: [t('clientCidr.title', { ns: 'tools' })],
});

/** Where each checker error is shown and which input the summary links to. */
export function placeClientCidrIssues(
  errors: readonly FieldIssue[],
  form: ClientCidrForm,
): PlacedIssue[] {
  return errors.map((e) => {
    const base = { code: e.code, ...(e.params ? { params: e.params } : {}) };
    switch (e.field) {
      case 'platform':
        return { ...base, slot: fieldDomId.platform, fieldId: `${fieldDomId.platform}-alibaba` };
      case 'local-networks': {
        const row = e.index === undefined ? undefined : rowOfItem(form.localNetworks, e.index);
        return row === undefined
          ? { ...base, slot: fieldDomId['local-networks'], fieldId: localNetworkId(0) }
          : { ...base, slot: localNetworkId(row), fieldId: localNetworkId(row) };
      }
      case 'client-cidr':
      case 'connections':
      case 'client-lans':
      case 'ipsec-routes':
        return { ...base, slot: fieldDomId[e.field], fieldId: fieldDomId[e.field] };
      default:
        return { ...base, slot: fieldDomId['client-cidr'], fieldId: fieldDomId['client-cidr'] };
    }
  });
}

/** `/<lang>/tools/client-cidr?…`: the query is the tool's whole state. */
export function ClientCidrPage() {
  const [params] = useSearchParams();
  const query = params.toString();
  return <ClientCidrTool key={query} query={query} />;
}

const STATUS_ORDER: Readonly<Record<Verdict['status'], number>> = { fail: 0, warn: 1, pass: 2 };

function ClientCidrTool({ query }: { query: string }) {
  const lang = useLang();
  const navigate = useNavigate();
  const { t } = useT(['tools', 'common']);

  const initial = useMemo(() => decodeClientCidr(query), [query]);
  const report = useMemo(
    () => (initial.run ? checkClientCidr(clientCidrInput(initial.form)) : undefined),
    [initial],
  );
  const [form, setForm] = useState<ClientCidrForm>(initial.form);
  const [issues, setIssues] = useState<readonly PlacedIssue[]>(() =>
    report && !report.ok ? placeClientCidrIssues(report.errors, initial.form) : [],
  );
  const [stale, setStale] = useState(false);
  const pendingFocus = useRef<string | undefined>(undefined);
  const { items, bySlot } = useIssueText(issues, (slot) => {
    if (slot.startsWith('cc-local-network-')) {
      return t('clientCidr.fields.local-networks.item', {
        n: Number(slot.slice('cc-local-network-'.length)) + 1,
      });
    }
    const key = Object.entries(fieldDomId).find(([, id]) => id === slot)?.[0];
    if (!key) return undefined;
    const part = key === 'platform' || key === 'local-networks' ? 'legend' : 'label';
    // The field's id is found in the id table at run time.
    return looseT(t)(`clientCidr.fields.${key}.${part}`);
  });
  const errorsOf = (slot: string) => bySlot.get(slot) ?? [];
  const resultRef = useRef<HTMLHeadingElement>(null);
  const showResult = Boolean(report?.ok) && !stale;
  useFocusResult(resultRef, showResult);
  // After adding or removing a row, move focus to the row that takes its place.
  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });

  const set = <K extends keyof ClientCidrForm>(key: K, value: ClientCidrForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setRow = (row: number, value: string) =>
    set(
      'localNetworks',
      form.localNetworks.map((v, i) => (i === row ? value : v)),
    );
  const addRow = () => {
    if (form.localNetworks.length >= MAX_LOCAL_NETWORKS) return;
    pendingFocus.current = localNetworkId(form.localNetworks.length);
    set('localNetworks', [...form.localNetworks, '']);
  };
  const removeRow = (row: number) => {
    pendingFocus.current = localNetworkId(Math.max(0, row - 1));
    set(
      'localNetworks',
      form.localNetworks.filter((_, i) => i !== row),
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = checkClientCidr(clientCidrInput(form));
    if (!r.ok) {
      setIssues(placeClientCidrIssues(r.errors, form));
      setStale(true);
      return;
    }
    setIssues([]);
    setStale(false);
    void navigate(paths.toolsClientCidr.href(lang, encodeClientCidr(form)), {
      state: FOCUS_RESULT,
    });
  };

  const rowsAtMax = form.localNetworks.length >= MAX_LOCAL_NETWORKS;
  const localErrors = errorsOf(fieldDomId['local-networks']);

  return (
    <main id="main" tabIndex={-1} data-page="tool-client-cidr">
      <p className="eyebrow">{t('common.eyebrow')}</p>
      <h1>{t('clientCidr.title')}</h1>
      <p className="lead">{t('clientCidr.lead')}</p>
      <form onSubmit={submit} noValidate className="tool-form">
        <ErrorSummary items={items} />
        <RadioGroup<Platform>
          idPrefix={fieldDomId.platform}
          name="platform"
          legend={t('clientCidr.fields.platform.legend')}
          help={t('clientCidr.fields.platform.help')}
          options={PLATFORMS.map((p) => ({
            value: p,
            label: t(`clientCidr.fields.platform.options.${p}`),
          }))}
          value={form.platform}
          onChange={(v) => set('platform', v)}
          errors={errorsOf(fieldDomId.platform)}
        />
        <TextField
          id={fieldDomId['client-cidr']}
          name="client-cidr"
          label={t('clientCidr.fields.client-cidr.label')}
          help={t('clientCidr.fields.client-cidr.help')}
          value={form.clientCidr}
          onChange={(v) => set('clientCidr', v)}
          errors={errorsOf(fieldDomId['client-cidr'])}
        />
        <TextField
          id={fieldDomId.connections}
          name="connections"
          label={t('clientCidr.fields.connections.label')}
          help={t('clientCidr.fields.connections.help')}
          value={form.connections}
          onChange={(v) => set('connections', v)}
          errors={errorsOf(fieldDomId.connections)}
          numeric
          list="cc-connection-specs"
        >
          <datalist id="cc-connection-specs">
            {CONNECTION_SPECS.map((n) => (
              <option key={n} value={String(n)} />
            ))}
          </datalist>
        </TextField>

        <div className={localErrors.length ? 'form-group has-error' : 'form-group'}>
          <fieldset
            id={fieldDomId['local-networks']}
            aria-describedby={describedBy(
              'cc-local-networks-help',
              localErrors.length > 0 && 'cc-local-networks-error',
            )}
          >
            <legend className="field-label">{t('clientCidr.fields.local-networks.legend')}</legend>
            <p className="hint" id="cc-local-networks-help">
              {t('clientCidr.fields.local-networks.help', { max: MAX_LOCAL_NETWORKS })}
            </p>
            <FieldError id="cc-local-networks-error" messages={localErrors} />
            <ol className="rows">
              {form.localNetworks.map((value, row) => {
                const id = localNetworkId(row);
                const rowErrors = errorsOf(id);
                return (
                  <li key={row} className={rowErrors.length ? 'row has-error' : 'row'}>
                    <label htmlFor={id} className="row-label">
                      {t('clientCidr.fields.local-networks.item', { n: row + 1 })}
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
                        onChange={(e) => setRow(row, e.target.value)}
                      />
                      {form.localNetworks.length > 1 ? (
                        <button
                          type="button"
                          className="button secondary small"
                          onClick={() => removeRow(row)}
                        >
                          {t('common.remove')}
                          <span className="visually-hidden">
                            {' '}
                            {t('clientCidr.fields.local-networks.item', { n: row + 1 })}
                          </span>
                        </button>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
            {rowsAtMax ? (
              <p className="hint">
                {t('clientCidr.fields.local-networks.atMax', { max: MAX_LOCAL_NETWORKS })}
              </p>
            ) : (
              <button type="button" className="button secondary small" onClick={addRow}>
                {t('clientCidr.fields.local-networks.add')}
              </button>
            )}
          </fieldset>
        </div>

        <TextField
          id={fieldDomId['client-lans']}
          name="client-lans"
          label={t('clientCidr.fields.client-lans.label')}
          help={t('clientCidr.fields.client-lans.help')}
          optional
          value={form.clientLans}
          onChange={(v) => set('clientLans', v)}
          errors={errorsOf(fieldDomId['client-lans'])}
        />
        <TextField
          id={fieldDomId['ipsec-routes']}
          name="ipsec-routes"
          label={t('clientCidr.fields.ipsec-routes.label')}
          help={t('clientCidr.fields.ipsec-routes.help')}
          optional
          multiline
          value={form.ipsecRoutes}
          onChange={(v) => set('ipsecRoutes', v)}
          errors={errorsOf(fieldDomId['ipsec-routes'])}
        />
        <button type="submit" className="button">
          {t('clientCidr.submit')}
        </button>
      </form>
      {showResult && report ? (
        <ClientCidrResult report={report} form={initial.form} headingRef={resultRef} />
      ) : null}
      <p className="tool-share hint">{t('common.shareHint')}</p>
    </main>
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
