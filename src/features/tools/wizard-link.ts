/**
 * From a wizard walk that reached its diagnosis through a compute step, the standalone tool that
 * checks the same thing, pre-filled with every value the walk's compute steps hold.
 *
 * @packageDocumentation
 */
import type { Answers, ComputeInput, TrailStep } from '@/engine';
import { PLATFORMS, splitList } from '@/network/cidr';
import { MAX_LOCAL_NETWORKS, checkClientCidr } from '@/network/client-cidr-check';
import { SERVICE_PORTS, VPN_PROTOCOLS, buildFirewallRules } from '@/network/firewall-rules';
import {
  EMPTY_CLIENT_CIDR_FORM,
  EMPTY_FIREWALL_FORM,
  clientCidrInput,
  encodeClientCidr,
  encodeFirewall,
  firewallInput,
  type ClientCidrForm,
  type DestinationForm,
  type FirewallForm,
} from './url-state';

/** The standalone tools a wizard step can hand over to. */
export type ToolId = 'client-cidr' | 'firewall-rules';

/** Which tool checks what an evaluator checks. */
export const TOOL_OF_EVALUATOR: Readonly<Record<string, ToolId>> = {
  'pool-capacity': 'client-cidr',
  'address-conflict': 'client-cidr',
  'pool-overlap': 'client-cidr',
  'ipsec-overlap': 'client-cidr',
  'endpoint-rule': 'firewall-rules',
  'service-rule': 'firewall-rules',
};

/** A link target: the tool and its query (submitted when the values are complete). */
export interface ToolLinkTarget {
  readonly tool: ToolId;
  readonly query: string;
}

function text(input: ComputeInput, id: string): string {
  const value: unknown = Object.hasOwn(input, id) ? input[id] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

/** A list typed in one field as local-network rows: one block per row, up to the maximum. */
function asRows(list: string): string[] {
  const items = splitList(list);
  if (items.length === 0) return [''];
  return items.length <= MAX_LOCAL_NETWORKS ? items : [items.join(', ')];
}

function clientCidrForm(steps: readonly TrailStep[], answers: Answers): ClientCidrForm {
  const platform = PLATFORMS.find((p) => p === answers.platform) ?? '';
  let form: ClientCidrForm = { ...EMPTY_CLIENT_CIDR_FORM, platform };
  for (const s of steps) {
    if (s.node.kind !== 'compute' || typeof s.answer !== 'object') continue;
    const input = s.answer;
    const has = (id: string) => text(input, id) !== '';
    if (has('client-cidr')) form = { ...form, clientCidr: text(input, 'client-cidr') };
    if (has('connections')) form = { ...form, connections: text(input, 'connections') };
    if (has('local-networks')) {
      form = { ...form, localNetworks: asRows(text(input, 'local-networks')) };
    }
    if (has('client-lan')) form = { ...form, clientLans: text(input, 'client-lan') };
    if (has('ipsec-routes')) form = { ...form, ipsecRoutes: text(input, 'ipsec-routes') };
  }
  return form;
}

/** A service-rule port as a destination row (named service when it is one). */
function destinationFor(port: string): DestinationForm {
  const named = (Object.keys(SERVICE_PORTS) as (keyof typeof SERVICE_PORTS)[]).find(
    (s) => String(SERVICE_PORTS[s].port) === port,
  );
  return named
    ? { address: '', service: named, protocol: 'tcp', port: '', hostBits: '' }
    : { address: '', service: 'custom', protocol: 'tcp', port, hostBits: '' };
}

function firewallForm(steps: readonly TrailStep[], answers: Answers): FirewallForm {
  // The walk's platform, as answered (Alibaba Cloud too: the tool then says it has no
  // OpenStack firewall service, at the platform field).
  const platform = PLATFORMS.find((p) => p === answers.platform) ?? '';
  let form: FirewallForm = { ...EMPTY_FIREWALL_FORM, platform };
  for (const s of steps) {
    if (s.node.kind !== 'compute' || typeof s.answer !== 'object') continue;
    const input = s.answer;
    const protocol = VPN_PROTOCOLS.find((p) => p === text(input, 'protocol').toLowerCase());
    if (protocol) form = { ...form, protocol };
    // The VPN server's port as the walk has it (the tool refuses, at the field, one the
    // platform does not allow: FJcloud-O's is fixed).
    if (text(input, 'endpoint-port')) {
      form = { ...form, endpointPort: text(input, 'endpoint-port') };
    }
    if (text(input, 'internal-gateway')) {
      form = { ...form, internalGateway: text(input, 'internal-gateway') };
    }
    if (text(input, 'pool-cidr')) form = { ...form, poolCidr: text(input, 'pool-cidr') };
    if (text(input, 'service-port')) {
      form = { ...form, destinations: [destinationFor(text(input, 'service-port'))] };
    }
  }
  return form;
}

/**
 * The tool to offer on a diagnosis whose last step was a compute step with a matching tool,
 * pre-filled from every compute step of the walk that the same tool covers; undefined otherwise.
 * The query is marked submitted only when the values are complete enough for a verdict.
 */
export function toolLinkFor(
  trail: readonly TrailStep[],
  answers: Answers,
): ToolLinkTarget | undefined {
  const last = trail[trail.length - 1];
  if (!last || last.node.kind !== 'compute') return undefined;
  const tool = TOOL_OF_EVALUATOR[last.node.evaluator];
  if (!tool) return undefined;
  const steps = trail.filter(
    (s) => s.node.kind === 'compute' && TOOL_OF_EVALUATOR[s.node.evaluator] === tool,
  );
  if (tool === 'client-cidr') {
    const form = clientCidrForm(steps, answers);
    return { tool, query: encodeClientCidr(form, checkClientCidr(clientCidrInput(form)).ok) };
  }
  const form = firewallForm(steps, answers);
  return { tool, query: encodeFirewall(form, buildFirewallRules(firewallInput(form)).ok) };
}
