/**
 * The tools keep their whole state in the URL's query: submitting a tool navigates to the same
 * path with the values, so reload, Back and a shared link replay the same verdict. This module
 * turns the forms into queries and back. Decoding is tolerant: unknown keys, repeats, over-long
 * values and unknown choices are dropped; it never throws.
 *
 * @packageDocumentation
 */
import { PLATFORMS, splitList, type Platform } from '@/network/cidr';
import { MAX_LOCAL_NETWORKS, type ClientCidrCheckInput } from '@/network/client-cidr-check';
import { PLATFORM_IDS } from '@/network/platforms';
import {
  HOST_BITS_CHOICES,
  MAX_DESTINATIONS,
  RULE_PROTOCOLS,
  SERVICES,
  VPN_PROTOCOLS,
  type DestinationInput,
  type FirewallRulesInput,
  type HostBitsChoice,
  type RuleProtocol,
  type Service,
  type VpnProtocol,
} from '@/network/firewall-rules';

/** Longest value kept from the query (longer ones are junk and dropped). */
export const MAX_QUERY_VALUE = 2000;
/** Query key that marks a submitted form: the page shows the verdict (or the errors). */
export const RUN_KEY = 'run';

/** A query as URLSearchParams, whatever was given (never throws). */
function toParams(query: string | URLSearchParams): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

/** The first value of a key, or '' when missing or over-long. */
function read(params: URLSearchParams, key: string): string {
  const value = params.get(key);
  return value !== null && value.length <= MAX_QUERY_VALUE ? value : '';
}

/** The value when it is one of `choices`, else ''. */
function choice<T extends string>(value: string, choices: readonly T[]): T | '' {
  return choices.find((c) => c === value) ?? '';
}

/** True when the query says the form was submitted. */
function isRun(params: URLSearchParams): boolean {
  return params.get(RUN_KEY) === '1';
}

/** Appends `key=value` unless the value is empty. */
function put(params: URLSearchParams, key: string, value: string): void {
  if (value !== '') params.append(key, value);
}

// ---------------------------------------------------------------------------------------------
// Client CIDR checker

/** What the client CIDR form holds: text as typed; `platform` is '' until one is chosen. */
export interface ClientCidrForm {
  readonly platform: Platform | '';
  readonly clientCidr: string;
  readonly connections: string;
  /** One row per local network (1 to {@link MAX_LOCAL_NETWORKS} rows; a row may be empty). */
  readonly localNetworks: readonly string[];
  /** The client computers' own LANs, as a list (commas, spaces or lines). */
  readonly clientLans: string;
  /** Destinations of IPsec-VPN routes on the same gateway, as a list. */
  readonly ipsecRoutes: string;
}

/** An empty client CIDR form. */
export const EMPTY_CLIENT_CIDR_FORM: ClientCidrForm = {
  platform: '',
  clientCidr: '',
  connections: '',
  localNetworks: [''],
  clientLans: '',
  ipsecRoutes: '',
};

/** Query keys of the client CIDR checker. `local-network` repeats, one per row. */
export const CLIENT_CIDR_KEYS = {
  platform: 'platform',
  clientCidr: 'client-cidr',
  connections: 'connections',
  localNetwork: 'local-network',
  clientLans: 'client-lans',
  ipsecRoutes: 'ipsec-routes',
} as const;

/** A decoded tool query: the form, and whether it was submitted. */
export interface Decoded<F> {
  readonly form: F;
  readonly run: boolean;
}

/** Reads the client CIDR form from a query. Never throws. */
export function decodeClientCidr(query: string | URLSearchParams): Decoded<ClientCidrForm> {
  const params = toParams(query);
  const k = CLIENT_CIDR_KEYS;
  const rows = params
    .getAll(k.localNetwork)
    .filter((v) => v !== '' && v.length <= MAX_QUERY_VALUE)
    .slice(0, MAX_LOCAL_NETWORKS);
  return {
    form: {
      platform: choice(read(params, k.platform), PLATFORMS),
      clientCidr: read(params, k.clientCidr),
      connections: read(params, k.connections),
      localNetworks: rows.length > 0 ? rows : [''],
      clientLans: read(params, k.clientLans),
      ipsecRoutes: read(params, k.ipsecRoutes),
    },
    run: isRun(params),
  };
}

/** The query (without `?`) for a client CIDR form; `run` marks it submitted. */
export function encodeClientCidr(form: ClientCidrForm, run = true): string {
  const params = new URLSearchParams();
  const k = CLIENT_CIDR_KEYS;
  put(params, k.platform, form.platform);
  put(params, k.clientCidr, form.clientCidr.trim());
  put(params, k.connections, form.connections.trim());
  for (const row of form.localNetworks.slice(0, MAX_LOCAL_NETWORKS)) {
    put(params, k.localNetwork, row.trim());
  }
  put(params, k.clientLans, form.clientLans.trim());
  put(params, k.ipsecRoutes, form.ipsecRoutes.trim());
  if (run) params.append(RUN_KEY, '1');
  return params.toString();
}

/** The checker's input for a form. */
export function clientCidrInput(form: ClientCidrForm): ClientCidrCheckInput {
  return {
    // An unchosen platform is passed through: the checker reports it as a field error.
    platform: form.platform as Platform,
    clientCidr: form.clientCidr,
    connections: form.connections,
    localNetworks: form.localNetworks,
    clientLans: [form.clientLans],
    ipsecRoutes: [form.ipsecRoutes],
  };
}

/**
 * The row that holds item `index` of a list the checker split from `rows` (a row may hold
 * several blocks), or undefined when out of range.
 */
export function rowOfItem(rows: readonly string[], index: number): number | undefined {
  let seen = 0;
  for (let row = 0; row < rows.length; row++) {
    seen += splitList(rows[row] ?? '').length;
    if (index < seen) return row;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Firewall rule builder

/** Whether the firewall existed before the SSL-VPN connection was created. */
export type FirewallBefore = 'yes' | 'no' | 'unsure';
/** The answers to "did the firewall exist first?". */
export const FIREWALL_BEFORE: readonly FirewallBefore[] = ['yes', 'no', 'unsure'];

/** One destination row as typed. `service` is '' when a link held an unknown one. */
export interface DestinationForm {
  readonly address: string;
  readonly service: Service | '';
  /** For `custom`: tcp, udp or icmp. */
  readonly protocol: RuleProtocol;
  /** For `custom` tcp/udp: a port or range (with icmp: refused, at the port field). */
  readonly port: string;
  /** For an address typed with host bits: keep the host or use the block ('' = host). */
  readonly hostBits: HostBitsChoice | '';
}

/** What the firewall form holds. */
export interface FirewallForm {
  /** The gateway (a platform id; '' = FJcloud-O, the rule builder's default). */
  readonly platform: (typeof PLATFORM_IDS)[number] | '';
  readonly protocol: VpnProtocol | '';
  /** The endpoint's port when it is not the platform's default ('' = the default). */
  readonly endpointPort: string;
  readonly internalGateway: string;
  /** The client's public address or block, or `any`. */
  readonly clientPublic: string;
  /** For a client block typed with host bits: keep the host or use the block. */
  readonly clientPublicHostBits: HostBitsChoice | '';
  readonly poolCidr: string;
  readonly firewallBefore: FirewallBefore | '';
  /** FJcloud-O: the availability zone of the virtual router ('' = the project's default). */
  readonly availabilityZone: string;
  /** 1 to {@link MAX_DESTINATIONS} rows. */
  readonly destinations: readonly DestinationForm[];
}

/** A new destination row (SSH). */
export const EMPTY_DESTINATION: DestinationForm = {
  address: '',
  service: 'ssh',
  protocol: 'tcp',
  port: '',
  hostBits: '',
};

/** An empty firewall form (client `any`, one SSH destination). */
export const EMPTY_FIREWALL_FORM: FirewallForm = {
  platform: '',
  protocol: '',
  endpointPort: '',
  internalGateway: '',
  clientPublic: 'any',
  clientPublicHostBits: '',
  poolCidr: '',
  firewallBefore: '',
  availabilityZone: '',
  destinations: [EMPTY_DESTINATION],
};

/** Query keys of the firewall rule builder. Destinations are `d<n>.<part>`, n = 1…20. */
export const FIREWALL_KEYS = {
  platform: 'platform',
  protocol: 'protocol',
  endpointPort: 'endpoint-port',
  internalGateway: 'internal-gateway',
  clientPublic: 'client-public',
  clientPublicHostBits: 'client-public-host-bits',
  poolCidr: 'pool-cidr',
  firewallBefore: 'firewall-before',
  availabilityZone: 'availability-zone',
} as const;

/** The parts of a destination row in the query. */
export type DestinationPart = 'address' | 'service' | 'protocol' | 'port' | 'host-bits';
const DESTINATION_KEY = /^d([1-9][0-9]?)\.(address|service|protocol|port|host-bits)$/;

/** The query key of one part of destination row `row` (0-based). */
export function destinationKey(row: number, part: DestinationPart): string {
  return `d${row + 1}.${part}`;
}

/** Reads the firewall form from a query. Never throws. */
export function decodeFirewall(query: string | URLSearchParams): Decoded<FirewallForm> {
  const params = toParams(query);
  const k = FIREWALL_KEYS;
  const rows = new Map<number, Partial<Record<DestinationPart, string>>>();
  for (const [key, value] of params) {
    const m = DESTINATION_KEY.exec(key);
    if (!m || value === '' || value.length > MAX_QUERY_VALUE) continue;
    const n = Number(m[1]);
    const part = m[2] as DestinationPart;
    if (n > MAX_DESTINATIONS) continue;
    const row = rows.get(n) ?? {};
    if (row[part] === undefined) row[part] = value;
    rows.set(n, row);
  }
  const destinations = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]): DestinationForm => ({
      address: r.address ?? '',
      service: r.service === undefined ? 'ssh' : choice(r.service, SERVICES),
      protocol: choice(r.protocol ?? '', RULE_PROTOCOLS) || 'tcp',
      port: r.port ?? '',
      hostBits: choice(r['host-bits'] ?? '', HOST_BITS_CHOICES),
    }));
  const before = read(params, k.firewallBefore);
  return {
    form: {
      platform: choice(read(params, k.platform), PLATFORM_IDS),
      protocol: choice(read(params, k.protocol), VPN_PROTOCOLS),
      endpointPort: read(params, k.endpointPort),
      internalGateway: read(params, k.internalGateway),
      clientPublic: params.has(k.clientPublic) ? read(params, k.clientPublic) : 'any',
      clientPublicHostBits: choice(read(params, k.clientPublicHostBits), HOST_BITS_CHOICES),
      poolCidr: read(params, k.poolCidr),
      firewallBefore: choice(before, FIREWALL_BEFORE),
      availabilityZone: read(params, k.availabilityZone),
      destinations: destinations.length > 0 ? destinations : [EMPTY_DESTINATION],
    },
    run: isRun(params),
  };
}

/** The query (without `?`) for a firewall form; `run` marks it submitted. */
export function encodeFirewall(form: FirewallForm, run = true): string {
  const params = new URLSearchParams();
  const k = FIREWALL_KEYS;
  put(params, k.platform, form.platform);
  put(params, k.protocol, form.protocol);
  put(params, k.endpointPort, form.endpointPort.trim());
  put(params, k.internalGateway, form.internalGateway.trim());
  // Always written (even empty) so that an emptied field does not come back as `any`.
  params.append(k.clientPublic, form.clientPublic.trim());
  put(params, k.clientPublicHostBits, form.clientPublicHostBits);
  put(params, k.poolCidr, form.poolCidr.trim());
  put(params, k.firewallBefore, form.firewallBefore);
  put(params, k.availabilityZone, form.availabilityZone.trim());
  form.destinations.slice(0, MAX_DESTINATIONS).forEach((d, row) => {
    put(params, destinationKey(row, 'address'), d.address.trim());
    put(params, destinationKey(row, 'service'), d.service);
    put(params, destinationKey(row, 'host-bits'), d.hostBits);
    if (d.service === 'custom') {
      put(params, destinationKey(row, 'protocol'), d.protocol);
      // Kept with ICMP too: the rule builder refuses it at the field, never drops it.
      put(params, destinationKey(row, 'port'), d.port.trim());
    }
  });
  if (run) params.append(RUN_KEY, '1');
  return params.toString();
}

/** The rule builder's input for a form. */
export function firewallInput(form: FirewallForm): FirewallRulesInput {
  const destinations = form.destinations.map((d): DestinationInput => ({
    address: d.address,
    service: d.service as Service,
    ...(d.service === 'custom' ? { protocol: d.protocol, port: d.port } : {}),
    ...(d.hostBits ? { hostBits: d.hostBits } : {}),
  }));
  return {
    ...(form.platform ? { platform: form.platform } : {}),
    protocol: form.protocol as VpnProtocol,
    ...(form.endpointPort.trim() ? { endpointPort: form.endpointPort } : {}),
    ...(form.clientPublicHostBits ? { clientPublicHostBits: form.clientPublicHostBits } : {}),
    ...(form.availabilityZone.trim() ? { availabilityZone: form.availabilityZone } : {}),
    internalGateway: form.internalGateway,
    clientPublic: form.clientPublic,
    poolCidr: form.poolCidr,
    destinations,
    ...(form.firewallBefore === 'yes' || form.firewallBefore === 'no'
      ? { firewallCreatedBeforeConnection: form.firewallBefore === 'yes' }
      : {}),
  };
}
