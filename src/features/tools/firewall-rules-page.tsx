import { useEffect, useRef, type RefObject } from 'react';
import { parseHostOrBlock } from '@/network/cidr';
import {
  HOST_BITS_CHOICES,
  MAX_DESTINATIONS,
  RULE_PROTOCOLS,
  SECURITY_GROUP_PLACEHOLDER,
  SERVICES,
  SERVICE_PORTS,
  type FirewallPlan,
  type FirewallRule,
  type HostBitsChoice,
  type SecurityGroupRule,
} from '@/network/firewall-rules';
import { useT } from '@/i18n/use-lang';
import type { HeadFn } from '@/i18n/head';
import { CodeBlock } from '@/components/code-block';
import {
  RadioGroup,
  RemoveRowButton,
  SelectField,
  StatusItem,
  TextField,
} from '@/components/form-kit';
import { useMessageText } from '@/i18n/message-text';
import { FIREWALL_TOOL, destId, destinationPortShown } from './firewall-fields';
import { ToolFields, ToolPage, ToolRows } from './tool-form-view';
import { useToolForm, useToolQuery, type ToolForm } from './use-tool-form';
import { EMPTY_DESTINATION, type DestinationForm, type FirewallForm } from './url-state';
import './tools.css';

export { toolsLoader } from './tools-loader';

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

/** `/<lang>/tools/firewall-rules?…`: the query is the tool's whole state. */
export function FirewallRulesPage() {
  const query = useToolQuery();
  return <FirewallTool key={query} query={query} />;
}

function FirewallTool({ query }: { query: string }) {
  const tool = useToolForm(FIREWALL_TOOL, query);
  const plan = tool.result?.ok ? tool.result.plan : undefined;
  const hostBits = 'fw-client-public-host-bits';
  return (
    <ToolPage
      page="tool-firewall-rules"
      words="firewall"
      tool={tool}
      result={plan ? <FirewallResult plan={plan} headingRef={tool.resultRef} /> : null}
    >
      <ToolFields
        tool={tool}
        groups={{
          'client-public-host-bits': (
            <HostBitsField
              idPrefix={hostBits}
              name="client-public-host-bits"
              typed={tool.form.clientPublic}
              value={tool.form.clientPublicHostBits}
              onChange={(v) => tool.set('clientPublicHostBits', v)}
              errors={tool.errorsOf(hostBits)}
            />
          ),
          destinations: <Destinations tool={tool} />,
        }}
      />
    </ToolPage>
  );
}

/** The servers behind the VPN: 1 to {@link MAX_DESTINATIONS} rows. */
function Destinations({ tool }: { tool: ToolForm<FirewallForm> }) {
  const rows = tool.rows('destinations', {
    max: MAX_DESTINATIONS,
    empty: EMPTY_DESTINATION,
    rowId: (row) => destId(row, 'address'),
  });
  return (
    <ToolRows tool={tool} name="destinations" rows={rows}>
      {rows.list.map((value, row) => (
        <DestinationRow
          key={row}
          row={row}
          value={value}
          onChange={(patch) => rows.update(row, (v) => ({ ...v, ...patch }))}
          onRemove={rows.list.length > 1 ? () => rows.remove(row) : undefined}
          errorsOf={tool.errorsOf}
        />
      ))}
    </ToolRows>
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
  const portId = destId(row, 'port');
  const portErrors = errorsOf(portId);
  const portShown = destinationPortShown(value, portErrors.length > 0);
  const focusProtocol = useRef(false);
  useEffect(() => {
    if (!focusProtocol.current) return;
    focusProtocol.current = false;
    document.getElementById(protocolId)?.focus();
  });
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
      <SelectField
        id={serviceId}
        name={`d${n}.service`}
        label={t(`${d}.service.label`)}
        value={value.service}
        options={[
          ...(value.service === '' ? [{ value: '', label: t(`${d}.service.choose`) }] : []),
          ...SERVICES.map((s) => ({
            value: s,
            label:
              s === 'custom'
                ? t(`${d}.service.custom`)
                : t(`${d}.service.named`, {
                    name: t(`${d}.service.names.${s}`),
                    protocol: SERVICE_PORTS[s].protocol,
                    port: SERVICE_PORTS[s].port,
                  }),
          })),
        ]}
        onChange={(v) => onChange({ service: SERVICES.find((s) => s === v) ?? '' })}
        errors={errorsOf(serviceId)}
      />
      {value.service === 'custom' ? (
        <>
          <SelectField
            id={protocolId}
            name={`d${n}.protocol`}
            label={t(`${d}.protocol.label`)}
            value={value.protocol}
            options={RULE_PROTOCOLS.map((p) => ({ value: p, label: p.toUpperCase() }))}
            onChange={(v) => {
              const protocol = RULE_PROTOCOLS.find((p) => p === v);
              if (protocol) onChange({ protocol });
            }}
            errors={errorsOf(protocolId)}
          />
          {portShown ? (
            <TextField
              id={portId}
              name={`d${n}.port`}
              label={t(`${d}.port.label`)}
              help={t(`${d}.port.help`)}
              value={value.port}
              onChange={(v) => {
                // Emptied under ICMP: the input goes; focus moves to the protocol it follows.
                if (!destinationPortShown({ ...value, port: v }, portErrors.length > 0)) {
                  focusProtocol.current = true;
                }
                onChange({ port: v });
              }}
              errors={portErrors}
              numeric
            />
          ) : null}
        </>
      ) : null}
      {onRemove ? (
        <p className="destination-actions">
          <RemoveRowButton row={t(`${d}.item`, { n })} onClick={onRemove} />
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
