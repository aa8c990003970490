/**
 * The field mapping, written once: which field of a rule goes to which JSON key of the
 * OpenStack APIs and which flag of the `openstack` command line. Both renderers (render.ts)
 * read only this table, and firewall-rules.test.ts parses their output back through the real
 * clients' own flag handling to prove that the CLI and the JSON say the same thing.
 *
 * Sources: python-neutronclient `neutronclient/osc/v2/fwaas/firewallrule.py`
 * (`_get_common_parser` / `_get_common_attrs`: `--name`, `--protocol`, `--source-ip-address`,
 * `--destination-ip-address`, `--destination-port`, `--action`, `--enable-rule` → `enabled`;
 * no availability zone); python-openstackclient `openstackclient/network/v2/security_group_rule.py`
 * (`--ingress`/`--egress`, `--ethertype`, `--protocol`, `--dst-port a:b` → `port_range_min`,
 * `port_range_max`, `--remote-ip` → `remote_ip_prefix`, the group as the last argument);
 * FJcloud-O IaaS API Reference (Network), "Create firewall rule" (`POST /v2.0/fw/firewall_rules`:
 * `action`, `protocol`, `source_ip_address`, `destination_ip_address`, `destination_port`,
 * `enabled`, `name`) and `availability_zone` on the FWaaS resources.
 *
 * @packageDocumentation
 */
import type { FirewallApi } from '../platforms';

/** The fields of a firewall rule the builder fills. */
export interface FirewallRuleFields {
  readonly name: string;
  readonly protocol: string;
  readonly source?: string;
  readonly destination: string;
  readonly destinationPort?: string;
  readonly action: 'allow';
  readonly enabled: true;
  readonly availabilityZone?: string;
}

/** One row of the firewall-rule mapping. */
export interface FirewallFieldMap {
  readonly key: keyof FirewallRuleFields;
  /** JSON key inside `firewall_rule`. */
  readonly json: string;
  /** CLI flag (FWaaS v2 `openstack firewall group rule create`), when the CLI has one. */
  readonly flag?: string;
  /** True when the flag takes no value (its presence means `true`). */
  readonly switch?: boolean;
  /** The API generations that carry the field. */
  readonly apis: readonly Exclude<FirewallApi, 'none'>[];
}

const BOTH = ['fwaas-v1', 'fwaas-v2'] as const;

/** Firewall rule: field → JSON key → CLI flag. Order is the order of the output. */
export const FIREWALL_RULE_FIELDS: readonly FirewallFieldMap[] = [
  { key: 'name', json: 'name', flag: '--name', apis: BOTH },
  { key: 'protocol', json: 'protocol', flag: '--protocol', apis: BOTH },
  { key: 'source', json: 'source_ip_address', flag: '--source-ip-address', apis: BOTH },
  {
    key: 'destination',
    json: 'destination_ip_address',
    flag: '--destination-ip-address',
    apis: BOTH,
  },
  { key: 'destinationPort', json: 'destination_port', flag: '--destination-port', apis: BOTH },
  { key: 'action', json: 'action', flag: '--action', apis: BOTH },
  { key: 'enabled', json: 'enabled', flag: '--enable-rule', switch: true, apis: BOTH },
  // FJcloud-O only: FWaaS v2 and its CLI have no availability zone.
  { key: 'availabilityZone', json: 'availability_zone', apis: ['fwaas-v1'] },
];

/** The fields of a security-group rule the builder fills. */
export interface SecurityGroupRuleFields {
  readonly direction: 'ingress' | 'egress';
  readonly ethertype: 'IPv4';
  readonly protocol: string;
  readonly portRangeMin?: number;
  readonly portRangeMax?: number;
  readonly remoteIpPrefix: string;
  readonly securityGroupId: string;
}

/** One row of the security-group mapping. */
export interface SecurityGroupFieldMap {
  readonly key: keyof SecurityGroupRuleFields;
  readonly json: string;
  /**
   * How the CLI says it: `value` = `--flag value`; `direction` = `--ingress` / `--egress`;
   * `range` = one `--dst-port min:max` for both ends; `positional` = the last argument.
   */
  readonly cli:
    | { readonly kind: 'value'; readonly flag: string }
    | { readonly kind: 'direction' }
    | { readonly kind: 'range'; readonly flag: string; readonly end: 'min' | 'max' }
    | { readonly kind: 'positional' };
}

/** Security-group rule (Neutron core API, the same on every OpenStack cloud). */
export const SECURITY_GROUP_RULE_FIELDS: readonly SecurityGroupFieldMap[] = [
  { key: 'direction', json: 'direction', cli: { kind: 'direction' } },
  { key: 'ethertype', json: 'ethertype', cli: { kind: 'value', flag: '--ethertype' } },
  { key: 'protocol', json: 'protocol', cli: { kind: 'value', flag: '--protocol' } },
  {
    key: 'portRangeMin',
    json: 'port_range_min',
    cli: { kind: 'range', flag: '--dst-port', end: 'min' },
  },
  {
    key: 'portRangeMax',
    json: 'port_range_max',
    cli: { kind: 'range', flag: '--dst-port', end: 'max' },
  },
  { key: 'remoteIpPrefix', json: 'remote_ip_prefix', cli: { kind: 'value', flag: '--remote-ip' } },
  { key: 'securityGroupId', json: 'security_group_id', cli: { kind: 'positional' } },
];

/** The API paths, per generation. */
export const FIREWALL_RULES_PATH: Readonly<Record<Exclude<FirewallApi, 'none'>, string>> = {
  'fwaas-v1': '/v2.0/fw/firewall_rules',
  'fwaas-v2': '/v2.0/fwaas/firewall_rules',
};

/** Neutron's security-group rule path (both platforms). */
export const SECURITY_GROUP_RULES_PATH = '/v2.0/security-group-rules';
