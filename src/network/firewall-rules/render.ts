/**
 * The two renderers of a rule: the OpenStack command line and the API JSON body (plus, for
 * FJcloud-O, a `curl` that posts the body). Both read only the mapping in mapping.ts. Every
 * value they print was validated by the builder (addresses, ports, generated names, an
 * availability zone of `[A-Za-z0-9_.-]`), so no output needs shell quoting beyond the single
 * quotes around a JSON body, which can hold no `'`.
 *
 * @packageDocumentation
 */
import {
  FIREWALL_RULES_PATH,
  FIREWALL_RULE_FIELDS,
  SECURITY_GROUP_RULES_PATH,
  SECURITY_GROUP_RULE_FIELDS,
  type FirewallRuleFields,
  type SecurityGroupRuleFields,
} from './mapping';

/** The firewall API generations the builder renders. */
export type RenderedApi = 'fwaas-v1' | 'fwaas-v2';

/** FJcloud-O's networking endpoint, with the region left for the user (`jp-east-3`, …). */
export const FJCLOUD_NETWORK_ENDPOINT = 'https://networking.${REGION}.cloud.global.fujitsu.com';
/** Where the token goes in a `curl` command: the user sets `OS_AUTH_TOKEN` first. */
export const TOKEN_PLACEHOLDER = '${OS_AUTH_TOKEN}';
/** Placeholder for the security group in CLI commands and API bodies: replace before use. */
export const SECURITY_GROUP_PLACEHOLDER = 'SECURITY_GROUP_ID';

/** The `firewall_rule` object for one API generation, keys in mapping order. */
export function firewallRuleJson(
  rule: FirewallRuleFields,
  api: RenderedApi,
): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const m of FIREWALL_RULE_FIELDS) {
    const value = rule[m.key];
    if (value === undefined || !m.apis.includes(api)) continue;
    out[m.json] = value;
  }
  return out;
}

/** The request body (`{"firewall_rule": …}`), pretty-printed. */
export function firewallRuleBody(rule: FirewallRuleFields, api: RenderedApi): string {
  return JSON.stringify({ firewall_rule: firewallRuleJson(rule, api) }, null, 2);
}

/** `openstack firewall group rule create …` (FWaaS v2 only: the v2 CLI has no v1 form). */
export function firewallRuleCli(rule: FirewallRuleFields): string {
  const parts = ['openstack firewall group rule create'];
  for (const m of FIREWALL_RULE_FIELDS) {
    const value = rule[m.key];
    if (value === undefined || !m.flag || !m.apis.includes('fwaas-v2')) continue;
    parts.push(m.switch ? m.flag : `${m.flag} ${String(value)}`);
  }
  return parts.join(' ');
}

/** `curl` posting a body to an FJcloud-O path with the token placeholder. */
function curl(path: string, body: unknown): string {
  return [
    `curl -sS -X POST "${FJCLOUD_NETWORK_ENDPOINT}${path}"`,
    `-H "X-Auth-Token: ${TOKEN_PLACEHOLDER}"`,
    `-H "Content-Type: application/json"`,
    `-d '${JSON.stringify(body)}'`,
  ].join(' \\\n  ');
}

/** FJcloud-O: `curl` posting the v1 body to `/v2.0/fw/firewall_rules`. */
export function firewallRuleCurl(rule: FirewallRuleFields): string {
  return curl(FIREWALL_RULES_PATH['fwaas-v1'], {
    firewall_rule: firewallRuleJson(rule, 'fwaas-v1'),
  });
}

/** The `security_group_rule` object, keys in mapping order. */
export function securityGroupRuleJson(
  rule: SecurityGroupRuleFields,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const m of SECURITY_GROUP_RULE_FIELDS) {
    const value = rule[m.key];
    if (value !== undefined) out[m.json] = value;
  }
  return out;
}

/** The request body (`{"security_group_rule": …}`), pretty-printed. */
export function securityGroupRuleBody(rule: SecurityGroupRuleFields): string {
  return JSON.stringify({ security_group_rule: securityGroupRuleJson(rule) }, null, 2);
}

/** `openstack security group rule create …`. */
export function securityGroupRuleCli(rule: SecurityGroupRuleFields): string {
  const parts = ['openstack security group rule create'];
  let positional = '';
  const ranges = new Map<string, { min?: number; max?: number }>();
  for (const m of SECURITY_GROUP_RULE_FIELDS) {
    const value = rule[m.key];
    if (value === undefined) continue;
    switch (m.cli.kind) {
      case 'direction':
        parts.push(`--${String(value)}`);
        break;
      case 'value':
        parts.push(`${m.cli.flag} ${String(value)}`);
        break;
      case 'range': {
        const r = ranges.get(m.cli.flag) ?? {};
        r[m.cli.end] = Number(value);
        ranges.set(m.cli.flag, r);
        if (r.min !== undefined && r.max !== undefined)
          parts.push(`${m.cli.flag} ${r.min}:${r.max}`);
        break;
      }
      case 'positional':
        positional = String(value);
        break;
    }
  }
  if (positional) parts.push(positional);
  return parts.join(' ');
}

/** FJcloud-O: `curl` posting the security-group rule body. */
export function securityGroupRuleCurl(rule: SecurityGroupRuleFields): string {
  return curl(SECURITY_GROUP_RULES_PATH, { security_group_rule: securityGroupRuleJson(rule) });
}
