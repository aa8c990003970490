/**
 * The firewall rule builder (model.ts), its field mapping (mapping.ts) and its two renderers
 * (render.ts: OpenStack CLI, API JSON and FJcloud-O `curl`).
 *
 * @packageDocumentation
 */
export * from './model';
export * from './mapping';
export {
  FJCLOUD_NETWORK_ENDPOINT,
  TOKEN_PLACEHOLDER,
  firewallRuleBody,
  firewallRuleCli,
  firewallRuleCurl,
  firewallRuleJson,
  securityGroupRuleBody,
  securityGroupRuleCli,
  securityGroupRuleCurl,
  securityGroupRuleJson,
  type RenderedApi,
} from './render';
