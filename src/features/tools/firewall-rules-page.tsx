import { useEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { parseHostOrBlock, type FieldIssue } from '@/network/cidr';
import { PLATFORM_IDS } from '@/network/platforms';
import {
  HOST_BITS_CHOICES,
  MAX_DESTINATIONS,
  RULE_PROTOCOLS,
  SECURITY_GROUP_PLACEHOLDER,
  SERVICES,
  SERVICE_PORTS,
  VPN_PROTOCOLS,
  buildFirewallRules,
  type FirewallPlan,
  type FirewallRule,
  type HostBitsChoice,
  type RuleProtocol,
  type SecurityGroupRule,
  type Service,
  type VpnProtocol,
} from '@/network/firewall-rules';
import { paths } from '@/config/paths';
import { looseT, useLang, useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { CodeBlock } from '@/components/code-block';
import { ErrorSummary } from '@/components/error-summary';
import {
  FOCUS_RESULT,
  FieldError,
  RadioGroup,
  StatusItem,
  TextField,
  describedBy,
  useFocusResult,
  useIssueText,
  type PlacedIssue,
} from '@/components/form-kit';
import { useMessageText } from '@/i18n/message-text';
import {
  EMPTY_DESTINATION,
  FIREWALL_BEFORE,
  decodeFirewall,
  encodeFirewall,
  firewallInput,
  type DestinationForm,
  type FirewallBefore,
  type FirewallForm,
} from './url-state';
import './tools.css';

export { toolsLoader } from './tools-loader';

const fieldDomId = {
  platform: 'fw-platform',
  protocol: 'fw-protocol',
  'endpoint-port': 'fw-endpoint-port',
  'internal-gateway': 'fw-internal-gateway',
  'client-public': 'fw-client-public',
  'client-public-host-bits': 'fw-client-public-host-bits',
  'pool-cidr': 'fw-pool-cidr',
  'firewall-before': 'fw-firewall-before',
  'availability-zone': 'fw-availability-zone',
  destinations: 'fw-destinations',
} as const;

/** Fields shown as radio groups: the summary links to their first option. */
const RADIO_FIELDS: Readonly<Record<string, string>> = {
  platform: PLATFORM_IDS[0],
  protocol: 'tcp',
  'client-public-host-bits': 'host',
};

type DestinationPart = 'address' | 'service' | 'protocol' | 'port' | 'host-bits';
/** DOM id of one input of destination row `row` (0-based). */
const destId = (row: number, part: DestinationPart) => `fw-dest-${row}-${part}`;
const DEST_FIELDS: Readonly<Record<string, DestinationPart>> = {
  'destination-address': 'address',
  'destination-service': 'service',
  'destination-protocol': 'protocol',
  'destination-port': 'port',
  'destination-host-bits': 'host-bits',
};

/** What a value typed with host bits set offers (`192.168.20.37/24`), or undefined. */
function hostBitsOf(text: string) {
  const p = parseHostOrBlock(text);
  if (!p.ok || p.value.isAddress || !p.value.cidr.hostBitsSet) return undefined;
  const address = p.value.hostAddress;
  if (address === undefined) return undefined;
  return {
    value: `${address}/${p.value.cidr.prefix}`,
    host: `${address}/32`,
    block: p.value.cidr.normalized,
  };
}

/** The rule builder's head. */
export const firewallRulesHead: HeadFn = ({ t }) => ({
  title: [t('firewall.title', { ns: 'tools' })],
});

/** Where each rule-builder error is shown and which input the summary links to. */
export function placeFirewallIssues(errors: readonly FieldIssue[]): PlacedIssue[] {
  return errors.map((e) => {
    const base = { code: e.code, ...(e.params ? { params: e.params } : {}) };
    const part = DEST_FIELDS[e.field];
    if (part && e.index !== undefined) {
      const slot = destId(e.index, part);
      return { ...base, slot, fieldId: part === 'host-bits' ? `${slot}-host` : slot };
    }
    switch (e.field) {
      case 'platform':
      case 'protocol':
      case 'client-public-host-bits': {
        const slot = fieldDomId[e.field];
        return { ...base, slot, fieldId: `${slot}-${RADIO_FIELDS[e.field] ?? ''}` };
      }
      case 'endpoint-port':
      case 'internal-gateway':
      case 'client-public':
      case 'pool-cidr':
      case 'availability-zone':
        return { ...base, slot: fieldDomId[e.field], fieldId: fieldDomId[e.field] };
      default:
        return { ...base, slot: fieldDomId.destinations, fieldId: destId(0, 'address') };
    }
  });
}

/** `/<lang>/tools/firewall-rules?…`: the query is the tool's whole state. */
export function FirewallRulesPage() {
  const [params] = useSearchParams();
  const query = params.toString();
  return <FirewallTool key={query} query={query} />;
}

function FirewallTool({ query }: { query: string }) {
  const lang = useLang();
  const navigate = useNavigate();
  const { t } = useT(['tools', 'common']);

  const initial = useMemo(() => decodeFirewall(query), [query]);
  const result = useMemo(
    () => (initial.run ? buildFirewallRules(firewallInput(initial.form)) : undefined),
    [initial],
  );
  const [form, setForm] = useState<FirewallForm>(initial.form);
  const [issues, setIssues] = useState<readonly PlacedIssue[]>(() =>
    result && !result.ok ? placeFirewallIssues(result.errors) : [],
  );
  const [stale, setStale] = useState(false);
  const pendingFocus = useRef<string | undefined>(undefined);
  const { items, bySlot } = useIssueText(issues, (slot) => {
    const dest = /^fw-dest-(\d+)-(address|service|protocol|port|host-bits)$/.exec(slot);
    if (dest) {
      const d = 'firewall.fields.destinations';
      const part = dest[2] === 'host-bits' ? 'firewall.fields.host-bits' : `${d}.${dest[2] ?? ''}`;
      return `${t(`${d}.item`, { n: Number(dest[1]) + 1 })} – ${looseT(t)(`${part}.label`)}`;
    }
    const key = Object.entries(fieldDomId).find(([, id]) => id === slot)?.[0];
    if (!key) return undefined;
    if (key === 'client-public-host-bits') {
      return `${t('firewall.fields.client-public.label')} – ${t('firewall.fields.host-bits.label')}`;
    }
    const legend = key === 'platform' || key === 'protocol' || key === 'destinations';
    // The field's id is found in the id table at run time.
    return looseT(t)(`firewall.fields.${key}.${legend ? 'legend' : 'label'}`);
  });
  const errorsOf = (slot: string) => bySlot.get(slot) ?? [];
  const resultRef = useRef<HTMLHeadingElement>(null);
  const plan = result?.ok && !stale ? result.plan : undefined;
  useFocusResult(resultRef, plan !== undefined);
  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });

  const set = <K extends keyof FirewallForm>(key: K, value: FirewallForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setDest = (row: number, patch: Partial<DestinationForm>) =>
    setForm((f) => ({
      ...f,
      destinations: f.destinations.map((d, i) => (i === row ? { ...d, ...patch } : d)),
    }));
  const addDest = () => {
    if (form.destinations.length >= MAX_DESTINATIONS) return;
    pendingFocus.current = destId(form.destinations.length, 'address');
    set('destinations', [...form.destinations, EMPTY_DESTINATION]);
  };
  const removeDest = (row: number) => {
    pendingFocus.current = destId(Math.max(0, row - 1), 'address');
    set(
      'destinations',
      form.destinations.filter((_, i) => i !== row),
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = buildFirewallRules(firewallInput(form));
    if (!r.ok) {
      setIssues(placeFirewallIssues(r.errors));
      setStale(true);
      return;
    }
    setIssues([]);
    setStale(false);
    void navigate(paths.toolsFirewallRules.href(lang, encodeFirewall(form)), {
      state: FOCUS_RESULT,
    });
  };

  const destErrors = errorsOf(fieldDomId.destinations);

  return (
    <main id="main" tabIndex={-1} data-page="tool-firewall-rules">
      <p className="eyebrow">{t('common.eyebrow')}</p>
      <h1>{t('firewall.title')}</h1>
      <p className="lead">{t('firewall.lead')}</p>
      <form onSubmit={submit} noValidate className="tool-form">
        <ErrorSummary items={items} />
        <RadioGroup<(typeof PLATFORM_IDS)[number]>
          idPrefix={fieldDomId.platform}
          name="platform"
          legend={t('firewall.fields.platform.legend')}
          help={t('firewall.fields.platform.help')}
          options={PLATFORM_IDS.map((p) => ({
            value: p,
            label: t(`firewall.fields.platform.options.${p}`),
          }))}
          value={form.platform}
          onChange={(v) => set('platform', v)}
          errors={errorsOf(fieldDomId.platform)}
          optional
        />
        <RadioGroup<VpnProtocol>
          idPrefix={fieldDomId.protocol}
          name="protocol"
          legend={t('firewall.fields.protocol.legend')}
          help={t('firewall.fields.protocol.help')}
          options={VPN_PROTOCOLS.map((p) => ({
            value: p,
            label: t(`firewall.fields.protocol.options.${p}`),
          }))}
          value={form.protocol}
          onChange={(v) => set('protocol', v)}
          errors={errorsOf(fieldDomId.protocol)}
        />
        <TextField
          id={fieldDomId['endpoint-port']}
          name="endpoint-port"
          label={t('firewall.fields.endpoint-port.label')}
          help={t('firewall.fields.endpoint-port.help')}
          value={form.endpointPort}
          onChange={(v) => set('endpointPort', v)}
          errors={errorsOf(fieldDomId['endpoint-port'])}
          numeric
          optional
        />
        <TextField
          id={fieldDomId['internal-gateway']}
          name="internal-gateway"
          label={t('firewall.fields.internal-gateway.label')}
          help={t('firewall.fields.internal-gateway.help')}
          value={form.internalGateway}
          onChange={(v) => set('internalGateway', v)}
          errors={errorsOf(fieldDomId['internal-gateway'])}
        />
        <TextField
          id={fieldDomId['client-public']}
          name="client-public"
          label={t('firewall.fields.client-public.label')}
          help={t('firewall.fields.client-public.help')}
          value={form.clientPublic}
          onChange={(v) => set('clientPublic', v)}
          errors={errorsOf(fieldDomId['client-public'])}
        />
        <HostBitsField
          idPrefix={fieldDomId['client-public-host-bits']}
          name="client-public-host-bits"
          typed={form.clientPublic}
          value={form.clientPublicHostBits}
          onChange={(v) => set('clientPublicHostBits', v)}
          errors={errorsOf(fieldDomId['client-public-host-bits'])}
        />
        <TextField
          id={fieldDomId['pool-cidr']}
          name="pool-cidr"
          label={t('firewall.fields.pool-cidr.label')}
          help={t('firewall.fields.pool-cidr.help')}
          value={form.poolCidr}
          onChange={(v) => set('poolCidr', v)}
          errors={errorsOf(fieldDomId['pool-cidr'])}
        />
        <RadioGroup<FirewallBefore>
          idPrefix={fieldDomId['firewall-before']}
          name="firewall-before"
          legend={t('firewall.fields.firewall-before.legend')}
          help={t('firewall.fields.firewall-before.help')}
          options={FIREWALL_BEFORE.map((v) => ({
            value: v,
            label: t(`firewall.fields.firewall-before.options.${v}`),
          }))}
          value={form.firewallBefore}
          onChange={(v) => set('firewallBefore', v)}
          errors={[]}
          optional
        />
        {form.platform !== 'openvpn' || form.availabilityZone !== '' ? (
          <TextField
            id={fieldDomId['availability-zone']}
            name="availability-zone"
            label={t('firewall.fields.availability-zone.label')}
            help={t('firewall.fields.availability-zone.help')}
            value={form.availabilityZone}
            onChange={(v) => set('availabilityZone', v)}
            errors={errorsOf(fieldDomId['availability-zone'])}
            optional
          />
        ) : null}

        <div className={destErrors.length ? 'form-group has-error' : 'form-group'}>
          <fieldset
            id={fieldDomId.destinations}
            aria-describedby={describedBy(
              'fw-destinations-help',
              destErrors.length > 0 && 'fw-destinations-error',
            )}
          >
            <legend className="field-label">{t('firewall.fields.destinations.legend')}</legend>
            <p className="hint" id="fw-destinations-help">
              {t('firewall.fields.destinations.help', { max: MAX_DESTINATIONS })}
            </p>
            <FieldError id="fw-destinations-error" messages={destErrors} />
            {form.destinations.map((d, row) => (
              <DestinationRow
                key={row}
                row={row}
                value={d}
                onChange={(patch) => setDest(row, patch)}
                onRemove={form.destinations.length > 1 ? () => removeDest(row) : undefined}
                errorsOf={errorsOf}
              />
            ))}
            {form.destinations.length >= MAX_DESTINATIONS ? (
              <p className="hint">
                {t('firewall.fields.destinations.atMax', { max: MAX_DESTINATIONS })}
              </p>
            ) : (
              <button type="button" className="button secondary small" onClick={addDest}>
                {t('firewall.fields.destinations.add')}
              </button>
            )}
          </fieldset>
        </div>
        <button type="submit" className="button">
          {t('firewall.submit')}
        </button>
      </form>
      {plan ? <FirewallResult plan={plan} headingRef={resultRef} /> : null}
      <p className="tool-share hint">{t('common.shareHint')}</p>
    </main>
  );
}

function DestinationRow({
  row,
  value,
  onChange,
  onRemove,
  errorsOf,
}: {
  row: number;
  value: DestinationForm;
  onChange: (patch: Partial<DestinationForm>) => void;
  onRemove: (() => void) | undefined;
  errorsOf: (slot: string) => string[];
}) {
  const { t } = useT(['tools', 'common']);
  const d = 'firewall.fields.destinations';
  const n = row + 1;
  const serviceId = destId(row, 'service');
  const protocolId = destId(row, 'protocol');
  const serviceErrors = errorsOf(serviceId);
  const protocolErrors = errorsOf(protocolId);
  const custom = value.service === 'custom';
  return (
    <fieldset className="destination">
      <legend>{t(`${d}.item`, { n })}</legend>
      <TextField
        id={destId(row, 'address')}
        name={`d${n}.address`}
        label={t(`${d}.address.label`)}
        help={t(`${d}.address.help`)}
        value={value.address}
        onChange={(v) => onChange({ address: v })}
        errors={errorsOf(destId(row, 'address'))}
      />
      <HostBitsField
        idPrefix={destId(row, 'host-bits')}
        name={`d${n}.host-bits`}
        typed={value.address}
        value={value.hostBits}
        onChange={(v) => onChange({ hostBits: v })}
        errors={errorsOf(destId(row, 'host-bits'))}
      />
      <div className={serviceErrors.length ? 'form-group has-error' : 'form-group'}>
        <label htmlFor={serviceId} className="field-label">
          {t(`${d}.service.label`)}
        </label>
        <FieldError id={`${serviceId}-error`} messages={serviceErrors} />
        <select
          id={serviceId}
          name={`d${n}.service`}
          value={value.service}
          aria-invalid={serviceErrors.length > 0 ? true : undefined}
          aria-describedby={describedBy(serviceErrors.length > 0 && `${serviceId}-error`)}
          onChange={(e) => {
            const service = SERVICES.find((s) => s === e.target.value) ?? '';
            onChange({ service });
          }}
        >
          {value.service === '' ? <option value="">{t(`${d}.service.choose`)}</option> : null}
          {SERVICES.map((s: Service) => (
            <option key={s} value={s}>
              {s === 'custom'
                ? t(`${d}.service.custom`)
                : t(`${d}.service.named`, {
                    name: t(`${d}.service.names.${s}`),
                    protocol: SERVICE_PORTS[s].protocol,
                    port: SERVICE_PORTS[s].port,
                  })}
            </option>
          ))}
        </select>
      </div>
      {custom ? (
        <>
          <div className={protocolErrors.length ? 'form-group has-error' : 'form-group'}>
            <label htmlFor={protocolId} className="field-label">
              {t(`${d}.protocol.label`)}
            </label>
            <FieldError id={`${protocolId}-error`} messages={protocolErrors} />
            <select
              id={protocolId}
              name={`d${n}.protocol`}
              value={value.protocol}
              aria-invalid={protocolErrors.length > 0 ? true : undefined}
              aria-describedby={describedBy(protocolErrors.length > 0 && `${protocolId}-error`)}
              onChange={(e) => {
                const protocol = RULE_PROTOCOLS.find((p) => p === e.target.value);
                if (protocol) onChange({ protocol });
              }}
            >
              {RULE_PROTOCOLS.map((p: RuleProtocol) => (
                <option key={p} value={p}>
                  {p.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
          {value.protocol !== 'icmp' ? (
            <TextField
              id={destId(row, 'port')}
              name={`d${n}.port`}
              label={t(`${d}.port.label`)}
              help={t(`${d}.port.help`)}
              value={value.port}
              onChange={(v) => onChange({ port: v })}
              errors={errorsOf(destId(row, 'port'))}
              numeric
            />
          ) : null}
        </>
      ) : null}
      {onRemove ? (
        <p className="destination-actions">
          <button type="button" className="button secondary small" onClick={onRemove}>
            {t('common.remove')}
            <span className="visually-hidden"> {t(`${d}.item`, { n })}</span>
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * Shown under an address typed with host bits set: keep the one address (the default) or use
 * the whole block. Nothing is widened without this choice.
 */
function HostBitsField({
  idPrefix,
  name,
  typed,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  name: string;
  typed: string;
  value: HostBitsChoice | '';
  onChange: (v: HostBitsChoice) => void;
  errors: string[];
}) {
  const { t } = useT(['tools', 'common']);
  const bits = hostBitsOf(typed);
  if (!bits) return null;
  return (
    <RadioGroup<HostBitsChoice>
      idPrefix={idPrefix}
      name={name}
      legend={t('firewall.fields.host-bits.legend', bits)}
      options={HOST_BITS_CHOICES.map((c) => ({
        value: c,
        label: t(`firewall.fields.host-bits.options.${c}`, bits),
      }))}
      value={value || 'host'}
      onChange={onChange}
      errors={errors}
    />
  );
}

/** The rules as tab-separated text (pastes into a spreadsheet), in the active language. */
function useRulesTable() {
  const { t } = useT(['tools', 'common']);
  const h = 'firewall.result.table';
  const any = t(`${h}.any`);
  return (plan: FirewallPlan): string => {
    const header = [
      t(`${h}.kind`),
      t(`${h}.name`),
      t(`${h}.direction`),
      t(`${h}.protocol`),
      t(`${h}.source`),
      t(`${h}.destination`),
      t(`${h}.port`),
      t(`${h}.action`),
      t(`${h}.note`),
    ];
    const fw = (r: FirewallRule) => [
      t(`${h}.kinds.${r.kind}`),
      r.name,
      '',
      r.protocol,
      r.source ?? any,
      r.destination,
      r.destinationPort ?? '',
      r.action,
      r.autoAdded ? t(`${h}.notes.autoAdded`) : '',
    ];
    const sg = (r: SecurityGroupRule) => [
      t(`${h}.kinds.security-group`),
      '',
      r.direction,
      r.protocol,
      r.direction === 'ingress' ? r.remoteIpPrefix : '',
      r.direction === 'egress' ? r.remoteIpPrefix : '',
      portRange(r),
      'allow',
      r.onlyIfDefaultEgressRemoved ? t(`${h}.notes.onlyIfEgressRemoved`) : '',
    ];
    return [
      header,
      fw(plan.endpointRule),
      ...plan.serviceRules.map(fw),
      sg(plan.securityGroup.ingress),
      ...plan.securityGroup.egress.map(sg),
    ]
      .map((cells) => cells.join('\t'))
      .join('\n');
  };
}

function portRange(r: SecurityGroupRule): string {
  if (r.portRangeMin === undefined || r.portRangeMax === undefined) return '';
  return r.portRangeMin === r.portRangeMax
    ? String(r.portRangeMin)
    : `${r.portRangeMin}:${r.portRangeMax}`;
}

function FirewallRuleTable({
  id,
  caption,
  rules,
}: {
  id: string;
  caption: string;
  rules: readonly FirewallRule[];
}) {
  const { t } = useT(['tools', 'common']);
  const h = 'firewall.result.table';
  return (
    <div className="table-scroll">
      <table className="rule-table" id={id} role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t(`${h}.name`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.protocol`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.source`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.destination`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.port`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.action`)}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rules.map((r) => (
            <tr key={r.name} role="row">
              <td role="cell" data-label={t(`${h}.name`)}>
                <code>{r.name}</code>
              </td>
              <td role="cell" data-label={t(`${h}.protocol`)}>
                {r.protocol}
              </td>
              <td role="cell" data-label={t(`${h}.source`)}>
                {r.source ? <code>{r.source}</code> : t(`${h}.any`)}
              </td>
              <td role="cell" data-label={t(`${h}.destination`)}>
                <code>{r.destination}</code>
              </td>
              <td role="cell" data-label={t(`${h}.port`)}>
                {r.destinationPort ?? t(`${h}.noPort`)}
              </td>
              <td role="cell" data-label={t(`${h}.action`)}>
                {r.action}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SecurityGroupTable({ plan }: { plan: FirewallPlan }) {
  const { t } = useT(['tools', 'common']);
  const h = 'firewall.result.table';
  const rules = [plan.securityGroup.ingress, ...plan.securityGroup.egress];
  return (
    <div className="table-scroll">
      <table className="rule-table" id="fw-sg-table" role="table">
        <caption>{t('firewall.result.securityGroup.caption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t(`${h}.direction`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.protocol`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.port`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.remote`)}
            </th>
            <th scope="col" role="columnheader">
              {t(`${h}.note`)}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rules.map((r, i) => (
            <tr key={i} role="row">
              <td role="cell" data-label={t(`${h}.direction`)}>
                {t(`${h}.directions.${r.direction}`)}
              </td>
              <td role="cell" data-label={t(`${h}.protocol`)}>
                {r.protocol}
              </td>
              <td role="cell" data-label={t(`${h}.port`)}>
                {portRange(r) || t(`${h}.noPort`)}
              </td>
              <td role="cell" data-label={t(`${h}.remote`)}>
                <code>{r.remoteIpPrefix}</code>
              </td>
              <td role="cell" data-label={t(`${h}.note`)}>
                {r.onlyIfDefaultEgressRemoved
                  ? t(`${h}.notes.onlyIfEgressRemoved`)
                  : t(`${h}.noPort`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FirewallResult({
  plan,
  headingRef,
}: {
  plan: FirewallPlan;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useT(['tools', 'common']);
  const text = useMessageText();
  const table = useRulesTable();
  const r = 'firewall.result';
  const endpoint = plan.endpointRule;
  return (
    <section className="tool-result" aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={headingRef}>
        {t(`${r}.title`)}
      </h2>
      <p>{t(`${r}.lead`)}</p>
      <ul className="status-list" data-testid="notes">
        {plan.notes.map((n) => (
          <StatusItem
            key={n.code}
            status={
              n.code === 'client-ip-private'
                ? 'warn'
                : n.code === 'endpoint-rule-add-manually'
                  ? 'warn'
                  : 'info'
            }
          >
            {text(n.code, n.params)}
          </StatusItem>
        ))}
      </ul>

      <h3>{t(`${r}.endpoint.title`)}</h3>
      <p data-testid="endpoint-status">
        {t(`${r}.endpoint.${endpoint.autoAdded ? 'auto' : 'manual'}`, {
          protocol: endpoint.protocol,
          port: endpoint.destinationPort ?? '',
        })}
      </p>
      <FirewallRuleTable
        id="fw-endpoint-table"
        caption={t(`${r}.endpoint.caption`)}
        rules={[endpoint]}
      />

      <h3>{t(`${r}.service.title`)}</h3>
      <p>{t(`${r}.service.lead`)}</p>
      <FirewallRuleTable
        id="fw-service-table"
        caption={t(`${r}.service.caption`)}
        rules={plan.serviceRules}
      />

      <h3>{t(`${r}.securityGroup.title`)}</h3>
      <p>{t(`${r}.securityGroup.lead`)}</p>
      <SecurityGroupTable plan={plan} />

      <h3>{t(`${r}.export.title`)}</h3>
      <p>{t(`${r}.export.lead`, { placeholder: SECURITY_GROUP_PLACEHOLDER })}</p>
      <div data-testid="export-table">
        <CodeBlock code={table(plan)} label={t(`${r}.export.table`)} />
      </div>
      <div data-testid="export-cli">
        <CodeBlock code={plan.exports.cli.join('\n')} label={t(`${r}.export.cli`)} />
      </div>
      <h4 data-testid="export-api" data-api={plan.exports.api}>
        {t(`${r}.export.api.title`, { api: t(`${r}.export.api.${plan.exports.api}`) })}
      </h4>
      {plan.exports.firewallRuleBodies.length > 0 ? (
        <div data-testid="export-firewall-api">
          <CodeBlock
            code={plan.exports.firewallRuleBodies.join('\n\n')}
            label={t(`${r}.export.firewallApi.${plan.exports.api}`, {
              path: plan.exports.firewallRulesPath,
            })}
          />
        </div>
      ) : null}
      {plan.exports.firewallCurl.length > 0 ? (
        <div data-testid="export-firewall-curl">
          <CodeBlock
            code={plan.exports.firewallCurl.join('\n\n')}
            label={t(`${r}.export.firewallCurl`, { path: plan.exports.firewallRulesPath })}
          />
        </div>
      ) : null}
      <h4>{t(`${r}.export.api.securityGroups`)}</h4>
      <div data-testid="export-sg-api">
        <CodeBlock
          code={plan.exports.securityGroupRuleBodies.join('\n\n')}
          label={t(`${r}.export.securityGroupApi`)}
        />
      </div>
      {plan.exports.securityGroupCurl.length > 0 ? (
        <div data-testid="export-sg-curl">
          <CodeBlock
            code={plan.exports.securityGroupCurl.join('\n\n')}
            label={t(`${r}.export.securityGroupCurl`)}
          />
        </div>
      ) : null}
    </section>
  );
}
