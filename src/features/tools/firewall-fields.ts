import { PLATFORM_IDS } from '@/network/platforms';
import {
  HOST_BITS_CHOICES,
  VPN_PROTOCOLS,
  buildFirewallRules,
  type FirewallRulesResult,
} from '@/network/firewall-rules';
import { paths } from '@/config/paths';
import { fieldRows, type FieldTable } from './tool-fields';
import type { ToolDefinition } from './use-tool-form';
import {
  FIREWALL_BEFORE,
  FIREWALL_KEYS,
  decodeFirewall,
  encodeFirewall,
  firewallInput,
  type DestinationForm,
  type DestinationPart,
  type FirewallForm,
} from './url-state';

/** DOM id of one input of destination row `row` (0-based): `fw-dest-0-address`. */
export const destId = (row: number, part: DestinationPart) => `fw-dest-${row}-${part}`;
/**
 * Whether destination row `d`'s port input is drawn. With a custom service: always for tcp and
 * udp; for ICMP only while it holds a port (which the rule builder refuses, at this input) or
 * shows an error, so a port typed before choosing ICMP, or one a link holds, is never lost
 * unseen and no error points at an input that is not there.
 */
export function destinationPortShown(d: DestinationForm, hasError: boolean): boolean {
  if (d.service !== 'custom') return false;
  return d.protocol !== 'icmp' || d.port.trim() !== '' || hasError;
}

/** The evaluator's field names of a destination row's parts. */
const DEST_FIELDS: Readonly<Record<string, DestinationPart>> = {
  'destination-address': 'address',
  'destination-service': 'service',
  'destination-protocol': 'protocol',
  'destination-port': 'port',
  'destination-host-bits': 'host-bits',
};
const DEST_SLOT = /^fw-dest-(\d+)-(address|service|protocol|port|host-bits)$/;

const KEYS = FIREWALL_KEYS;

const row = fieldRows<FirewallForm>('firewall');

/** The firewall rule builder's fields, in the page's order. */
export const FIREWALL_TABLE: FieldTable<FirewallForm> = {
  fields: [
    row.choice(KEYS.platform, 'platform', 'fw-platform', PLATFORM_IDS, { optional: true }),
    row.choice(KEYS.protocol, 'protocol', 'fw-protocol', VPN_PROTOCOLS),
    row.text(KEYS.endpointPort, 'endpointPort', 'fw-endpoint-port', {
      numeric: true,
      optional: true,
    }),
    row.text(KEYS.internalGateway, 'internalGateway', 'fw-internal-gateway'),
    row.text(KEYS.clientPublic, 'clientPublic', 'fw-client-public'),
    // Radios shown under a client block typed with host bits (the page draws them).
    row.group(
      KEYS.clientPublicHostBits,
      'fw-client-public-host-bits',
      `fw-client-public-host-bits-${HOST_BITS_CHOICES[0] ?? ''}`,
      {
        label: 'firewall.fields.host-bits.legend',
        hint: undefined,
        summaryLabel: ['firewall.fields.client-public.label', 'firewall.fields.host-bits.label'],
      },
    ),
    row.text(KEYS.poolCidr, 'poolCidr', 'fw-pool-cidr'),
    // The rule builder never reports it: no error slot.
    row.choice(KEYS.firewallBefore, 'firewallBefore', 'fw-firewall-before', FIREWALL_BEFORE, {
      optional: true,
      silent: true,
    }),
    row.text(KEYS.availabilityZone, 'availabilityZone', 'fw-availability-zone', {
      optional: true,
      // An own OpenVPN server has none (FWaaS v2); kept while a link still holds one.
      shownIf: (form) => form.platform !== 'openvpn' || form.availabilityZone !== '',
    }),
    row.group('destinations', 'fw-destinations', destId(0, 'address')),
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
