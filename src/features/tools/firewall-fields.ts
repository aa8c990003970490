import { PLATFORM_IDS } from '@/network/platforms';
import {
  HOST_BITS_CHOICES,
  VPN_PROTOCOLS,
  buildFirewallRules,
  type FirewallRulesResult,
} from '@/network/firewall-rules';
import { paths } from '@/config/paths';
import type { FieldTable } from './tool-fields';
import type { ToolDefinition } from './use-tool-form';
import {
  FIREWALL_BEFORE,
  FIREWALL_KEYS,
  decodeFirewall,
  encodeFirewall,
  firewallInput,
  type DestinationPart,
  type FirewallForm,
} from './url-state';

/** DOM id of one input of destination row `row` (0-based): `fw-dest-0-address`. */
export const destId = (row: number, part: DestinationPart) => `fw-dest-${row}-${part}`;
/** The evaluator's field names of a destination row's parts. */
const DEST_FIELDS: Readonly<Record<string, DestinationPart>> = {
  'destination-address': 'address',
  'destination-service': 'service',
  'destination-protocol': 'protocol',
  'destination-port': 'port',
  'destination-host-bits': 'host-bits',
};
const DEST_SLOT = /^fw-dest-(\d+)-(address|service|protocol|port|host-bits)$/;

const k = (name: string, part: string) => `firewall.fields.${name}.${part}`;
const KEYS = FIREWALL_KEYS;

/** The firewall rule builder's fields, in the page's order. */
export const FIREWALL_TABLE: FieldTable<FirewallForm> = {
  fields: [
    {
      kind: 'choice',
      name: KEYS.platform,
      key: 'platform',
      id: 'fw-platform',
      label: k('platform', 'legend'),
      hint: k('platform', 'help'),
      optional: true,
      options: PLATFORM_IDS,
      optionLabels: k('platform', 'options'),
    },
    {
      kind: 'choice',
      name: KEYS.protocol,
      key: 'protocol',
      id: 'fw-protocol',
      label: k('protocol', 'legend'),
      hint: k('protocol', 'help'),
      options: VPN_PROTOCOLS,
      optionLabels: k('protocol', 'options'),
    },
    {
      kind: 'text',
      name: KEYS.endpointPort,
      key: 'endpointPort',
      id: 'fw-endpoint-port',
      label: k('endpoint-port', 'label'),
      hint: k('endpoint-port', 'help'),
      numeric: true,
      optional: true,
    },
    {
      kind: 'text',
      name: KEYS.internalGateway,
      key: 'internalGateway',
      id: 'fw-internal-gateway',
      label: k('internal-gateway', 'label'),
      hint: k('internal-gateway', 'help'),
    },
    {
      kind: 'text',
      name: KEYS.clientPublic,
      key: 'clientPublic',
      id: 'fw-client-public',
      label: k('client-public', 'label'),
      hint: k('client-public', 'help'),
    },
    {
      // Radios shown under a client block typed with host bits (the page draws them).
      kind: 'group',
      name: KEYS.clientPublicHostBits,
      id: 'fw-client-public-host-bits',
      label: k('host-bits', 'legend'),
      summaryLabel: [k('client-public', 'label'), k('host-bits', 'label')],
      firstInput: `fw-client-public-host-bits-${HOST_BITS_CHOICES[0] ?? ''}`,
    },
    {
      kind: 'text',
      name: KEYS.poolCidr,
      key: 'poolCidr',
      id: 'fw-pool-cidr',
      label: k('pool-cidr', 'label'),
      hint: k('pool-cidr', 'help'),
    },
    {
      kind: 'choice',
      name: KEYS.firewallBefore,
      key: 'firewallBefore',
      id: 'fw-firewall-before',
      label: k('firewall-before', 'legend'),
      hint: k('firewall-before', 'help'),
      optional: true,
      silent: true,
      options: FIREWALL_BEFORE,
      optionLabels: k('firewall-before', 'options'),
    },
    {
      kind: 'text',
      name: KEYS.availabilityZone,
      key: 'availabilityZone',
      id: 'fw-availability-zone',
      label: k('availability-zone', 'label'),
      hint: k('availability-zone', 'help'),
      optional: true,
      // An own OpenVPN server has none (FWaaS v2); kept while a link still holds one.
      shownIf: (form) => form.platform !== 'openvpn' || form.availabilityZone !== '',
    },
    {
      kind: 'group',
      name: 'destinations',
      id: 'fw-destinations',
      label: k('destinations', 'legend'),
      hint: k('destinations', 'help'),
      firstInput: destId(0, 'address'),
    },
  ],
  fallback: 'destinations',
  // An error of a destination row's part goes to that input (host bits: its first radio).
  placeRow: (e) => {
    const part = DEST_FIELDS[e.field];
    if (!part || e.index === undefined) return undefined;
    const slot = destId(e.index, part);
    return { slot, fieldId: part === 'host-bits' ? `${slot}-host` : slot };
  },
  rowLabel: (slot, t) => {
    const dest = DEST_SLOT.exec(slot);
    if (!dest) return undefined;
    const d = 'firewall.fields.destinations';
    const part = dest[2] === 'host-bits' ? 'firewall.fields.host-bits' : `${d}.${dest[2] ?? ''}`;
    return `${t(`${d}.item`, { n: Number(dest[1]) + 1 })} – ${t(`${part}.label`)}`;
  },
};

/** The firewall rule builder as a tool. */
export const FIREWALL_TOOL: ToolDefinition<FirewallForm, FirewallRulesResult> = {
  table: FIREWALL_TABLE,
  decode: decodeFirewall,
  encode: encodeFirewall,
  evaluate: (form) => buildFirewallRules(firewallInput(form)),
  href: paths.toolsFirewallRules.href,
};
