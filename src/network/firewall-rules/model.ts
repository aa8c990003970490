/**
 * The firewall rule builder: from an SSL-VPN connection's protocol, endpoint, client address
 * pool and the servers behind it, the firewall-service rules and security-group rules the
 * platform needs, rendered for the API that platform really has:
 *
 * - FJcloud-O: FWaaS v1 (`POST /v2.0/fw/firewall_rules`, as FJcloud-O documents it): the JSON
 *   body and a `curl` that posts it with a token placeholder (the console comes first in the
 *   words);
 * - an own OpenVPN server on a plain OpenStack cloud with FWaaS v2: the
 *   `openstack firewall group rule create` commands (which post to `/v2.0/fwaas/firewall_rules`)
 *   and their JSON;
 * - Alibaba Cloud has no OpenStack firewall service: refused at the platform field.
 *
 * Security-group rules are Neutron core API on both (CLI and JSON; FJcloud-O also `curl`).
 * Returns message codes only; the UI translates them.
 *
 * @packageDocumentation
 */
import { isPrivate, type FieldIssue, type HostOrBlock, type NetworkMessage } from '../cidr';
import {
  MAX_DESTINATIONS,
  MAX_FIELD_LENGTH,
  addressParser,
  cidrParser,
  choiceParser,
  formatPortRange,
  hostOrBlockParser,
  isAny,
  isBlank,
  portParser,
  portsParser,
  readChoice,
  readField,
  textOf,
  type Parse,
  type PortRange,
} from '../fields';
import {
  PLATFORM_FACTS,
  PLATFORM_IDS,
  VPN_PROTOCOLS,
  expectedEndpoint,
  isPlatform,
  type Platform,
  type VpnProtocol,
} from '../platforms';
import {
  FIREWALL_RULES_PATH,
  type FirewallRuleFields,
  type SecurityGroupRuleFields,
} from './mapping';
import {
  SECURITY_GROUP_PLACEHOLDER,
  firewallRuleBody,
  firewallRuleCli,
  firewallRuleCurl,
  securityGroupRuleBody,
  securityGroupRuleCli,
  securityGroupRuleCurl,
  type RenderedApi,
} from './render';

export { MAX_DESTINATIONS, PORT_RANGE, formatPortRange, type PortRange } from '../fields';
export { VPN_PROTOCOLS, type VpnProtocol } from '../platforms';

/** Protocols a firewall or security-group rule may carry here. */
export type RuleProtocol = 'tcp' | 'udp' | 'icmp';
/** Services offered for a destination; `custom` takes its protocol and port from the input. */
export type Service = 'ssh' | 'rdp' | 'https' | 'custom';
/** Platforms whose firewall API the builder renders. */
export type FirewallPlatform = Extract<Platform, 'fjcloud' | 'openvpn'>;
/** For a block typed with host bits set: keep the one address, or use the whole block. */
export type HostBitsChoice = 'host' | 'block';

/** The rule protocols, for validating untrusted input. */
export const RULE_PROTOCOLS: readonly RuleProtocol[] = ['tcp', 'udp', 'icmp'];
/** The services, for validating untrusted input. */
export const SERVICES: readonly Service[] = ['ssh', 'rdp', 'https', 'custom'];
/** The host-bits choices, for validating untrusted input. */
export const HOST_BITS_CHOICES: readonly HostBitsChoice[] = ['host', 'block'];
/** The platforms the builder renders for (Alibaba Cloud has no OpenStack firewall). */
export const FIREWALL_PLATFORMS: readonly FirewallPlatform[] = PLATFORM_IDS.filter(
  (p): p is FirewallPlatform => PLATFORM_FACTS[p].firewallApi.value !== 'none',
);

/** FJcloud-O's endpoint ports by protocol (443/tcp, 1194/udp; SEED-FW table 1). */
export const ENDPOINT_PORTS: Readonly<Record<VpnProtocol, number>> = (() => {
  const e = PLATFORM_FACTS.fjcloud.endpoint.value;
  return e.kind === 'fixed' ? e.ports : { tcp: 443, udp: 1194 };
})();

/** Protocol and port of the named services. */
export const SERVICE_PORTS: Readonly<
  Record<Exclude<Service, 'custom'>, { readonly protocol: 'tcp'; readonly port: number }>
> = {
  ssh: { protocol: 'tcp', port: 22 },
  rdp: { protocol: 'tcp', port: 3389 },
  https: { protocol: 'tcp', port: 443 },
};

/** Longest availability zone name accepted. */
export const MAX_AVAILABILITY_ZONE_LENGTH = 63;

export { SECURITY_GROUP_PLACEHOLDER } from './render';

/** One server reached through the tunnel. */
export interface DestinationInput {
  /** The server's IPv4 address or a CIDR block. */
  readonly address: string;
  readonly service: Service;
  /** For `custom` only (default `tcp`). */
  readonly protocol?: RuleProtocol;
  /** For `custom` tcp/udp only: a port (`8080`) or range (`8000:8080`, `8000-8080`). */
  readonly port?: string;
  /** When the address is a block with host bits set: `host` (default) or `block`. */
  readonly hostBits?: string;
}

/** What the user typed into the firewall rule tool. */
export interface FirewallRulesInput {
  /** `fjcloud` (default when empty) or `openvpn` (own server on OpenStack with FWaaS v2). */
  readonly platform?: string;
  readonly protocol: VpnProtocol;
  /** The connection's `internal_gateway` / the server's address (an IPv4 address). */
  readonly internalGateway: string;
  /** Own OpenVPN only: the server's port (empty = 1194). FJcloud-O's is fixed. */
  readonly endpointPort?: string;
  /** The client's public IPv4 address (or block), or `any`. */
  readonly clientPublic: string;
  /** When the client's block has host bits set: `host` (default) or `block`. */
  readonly clientPublicHostBits?: string;
  /** The connection's `client_address_pool_cidr`. */
  readonly poolCidr: string;
  readonly destinations: readonly DestinationInput[];
  /** True when the firewall service existed before the SSL-VPN connection was created. */
  readonly firewallCreatedBeforeConnection?: boolean;
  /** FJcloud-O only: the availability zone of the router the firewall is attached to. */
  readonly availabilityZone?: string;
}

/** A firewall-service rule, as fields (rendered in {@link FirewallExports}). */
export interface FirewallRule extends FirewallRuleFields {
  /** `endpoint` = rule A (reach the SSL-VPN endpoint), `service` = rule B (after the tunnel). */
  readonly kind: 'endpoint' | 'service';
  readonly protocol: RuleProtocol;
  /** Rule B: index of the destination in the input. */
  readonly destinationIndex?: number;
  /** Rule A: true when the service added it when the connection was created. */
  readonly autoAdded?: boolean;
}

/** A security-group rule (Neutron `security_group_rule`), as fields. */
export interface SecurityGroupRule extends SecurityGroupRuleFields {
  readonly protocol: RuleProtocol;
  /** Egress: index of the destination in the input. */
  readonly destinationIndex?: number;
  /** Egress rules matter only when the group's default allow-all egress rule was removed. */
  readonly onlyIfDefaultEgressRemoved: boolean;
}

/**
 * Copyable text for the platform's API, in rule order (rule A is left out when it was added
 * automatically). Exactly one of `firewallCurl` (FJcloud-O, FWaaS v1) and `firewallCli`
 * (plain OpenStack, FWaaS v2) is non-empty.
 */
export interface FirewallExports {
  readonly platform: FirewallPlatform;
  readonly api: RenderedApi;
  /** Where the firewall-rule bodies are posted. */
  readonly firewallRulesPath: string;
  readonly firewallRuleBodies: readonly string[];
  /** FJcloud-O: `curl` commands posting each v1 body (token placeholder `${OS_AUTH_TOKEN}`). */
  readonly firewallCurl: readonly string[];
  /** Plain OpenStack: `openstack firewall group rule create` commands (FWaaS v2). */
  readonly firewallCli: readonly string[];
  readonly securityGroupRuleBodies: readonly string[];
  readonly securityGroupCli: readonly string[];
  /** FJcloud-O: `curl` commands posting each security-group rule body. */
  readonly securityGroupCurl: readonly string[];
  /** Every CLI line: `firewallCli` then `securityGroupCli`. */
  readonly cli: readonly string[];
}

/** Everything the builder produces. */
export interface FirewallPlan {
  readonly platform: FirewallPlatform;
  /** Rule A. */
  readonly endpointRule: FirewallRule;
  /** Rule B, one per destination. */
  readonly serviceRules: readonly FirewallRule[];
  readonly securityGroup: {
    readonly ingress: SecurityGroupRule;
    readonly egress: readonly SecurityGroupRule[];
  };
  /** Advice to show beside the rules (incl. which API generation, and every host-bits choice). */
  readonly notes: readonly NetworkMessage[];
  readonly exports: FirewallExports;
}

/** The result of {@link buildFirewallRules}. */
export type FirewallRulesResult =
  | { readonly ok: true; readonly plan: FirewallPlan }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

/** Availability zone names: letters, digits, `_`, `.` and `-` (e.g. `jp-east-3a`, `AZ1`). */
const availabilityZoneParser: Parse<string> = (text) => {
  const value = text.trim();
  let ok = value.length >= 1 && value.length <= MAX_AVAILABILITY_ZONE_LENGTH;
  for (let i = 0; ok && i < value.length; i++) {
    const c = value.charCodeAt(i);
    ok =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x2d ||
      c === 0x2e ||
      c === 0x5f;
  }
  return ok
    ? { ok: true, value }
    : {
        ok: false,
        code: 'availability-zone-invalid',
        params: { value: value.slice(0, 40), max: MAX_AVAILABILITY_ZONE_LENGTH },
      };
};

/** The address or block a rule uses, and the note when host bits forced a choice. */
interface Resolved {
  /** For firewall rules: the bare address, or the normalised block. */
  readonly text: string;
  /** For security groups: always a CIDR. */
  readonly prefix: string;
  readonly note?: NetworkMessage;
}

/**
 * Never widens silently: a block typed with host bits set (`192.168.20.37/24`) becomes the one
 * address (`host`, the default) or the whole block (`block`), and a note says which.
 */
function resolveHostBits(host: HostOrBlock, choice: HostBitsChoice): Resolved {
  if (host.isAddress) return { text: host.text, prefix: host.cidr.normalized };
  if (!host.cidr.hostBitsSet || host.hostAddress === undefined) {
    return { text: host.cidr.normalized, prefix: host.cidr.normalized };
  }
  const params = {
    value: `${host.hostAddress}/${host.cidr.prefix}`,
    host: `${host.hostAddress}/32`,
    block: host.cidr.normalized,
  };
  return choice === 'block'
    ? {
        text: host.cidr.normalized,
        prefix: host.cidr.normalized,
        note: { code: 'host-bits-used-block', params },
      }
    : {
        text: host.hostAddress,
        prefix: `${host.hostAddress}/32`,
        note: { code: 'host-bits-kept-host', params },
      };
}

function readHostBits(raw: unknown, field: string, errors: FieldIssue[], index?: number) {
  if (isBlank(raw)) return 'host';
  return readChoice(raw, field, HOST_BITS_CHOICES, errors, index) ?? 'host';
}

interface Destination {
  readonly host: HostOrBlock;
  readonly hostBits: HostBitsChoice;
  readonly service: Service;
  readonly protocol: RuleProtocol;
  readonly ports?: PortRange;
  readonly index: number;
}

function readDestination(
  raw: unknown,
  index: number,
  errors: FieldIssue[],
): Destination | undefined {
  const d: Partial<DestinationInput> = typeof raw === 'object' && raw !== null ? raw : {};
  const host = readField(d.address, 'destination-address', hostOrBlockParser, errors, { index });
  const hostBits = readHostBits(d.hostBits, 'destination-host-bits', errors, index);
  const service = readChoice(d.service, 'destination-service', SERVICES, errors, index);
  if (!service) return undefined;
  if (service !== 'custom') {
    const { protocol, port } = SERVICE_PORTS[service];
    return host
      ? { host, hostBits, service, protocol, ports: { min: port, max: port }, index }
      : undefined;
  }
  const protocol = isBlank(d.protocol)
    ? 'tcp'
    : readChoice(d.protocol, 'destination-protocol', RULE_PROTOCOLS, errors, index);
  if (!protocol) return undefined;
  if (protocol === 'icmp') {
    // K5-NET "Create firewall rule": ports only with tcp or udp. Refuse, never drop silently.
    if (!isBlank(d.port)) {
      errors.push({
        field: 'destination-port',
        index,
        code: 'port-not-allowed-icmp',
        params: { value: textOf(d.port).trim().slice(0, 40) },
      });
      return undefined;
    }
    return host ? { host, hostBits, service, protocol, index } : undefined;
  }
  const ports = readField(d.port, 'destination-port', portsParser, errors, { index });
  return host && ports ? { host, hostBits, service, protocol, ports, index } : undefined;
}

function ruleName(dest: Destination): string {
  const what =
    dest.service !== 'custom'
      ? dest.service
      : dest.ports
        ? `${dest.protocol}-${formatPortRange(dest.ports).replace(':', '-')}`
        : dest.protocol;
  return `sslvpn-to-server-${dest.index + 1}-${what}`;
}

/** Reads the platform field: empty = FJcloud-O (the tool's original platform). */
function readPlatform(raw: unknown, errors: FieldIssue[]): FirewallPlatform | undefined {
  if (isBlank(raw)) return 'fjcloud';
  const value = textOf(raw).trim().toLowerCase();
  if (isPlatform(value) && PLATFORM_FACTS[value].firewallApi.value === 'none') {
    errors.push({ field: 'platform', code: 'platform-no-firewall-service', params: { value } });
    return undefined;
  }
  return readField(raw, 'platform', choiceParser(FIREWALL_PLATFORMS), errors);
}

/**
 * Builds the firewall-service and security-group rules an SSL-VPN connection needs:
 *
 * - rule A: client (public IP, or any) → endpoint on the platform's port (FJcloud-O: 443/tcp or
 *   1194/udp; own server: its port, default 1194); on FJcloud-O added automatically when the
 *   firewall existed before the connection;
 * - rule B per destination: client address pool → server on the service's protocol/port;
 * - security group: ingress from the client on the endpoint port, egress to each server
 *   (only needed when the default allow-all egress rule was removed).
 *
 * All fields are validated at once; errors name the field (`platform`, `protocol`,
 * `internal-gateway`, `endpoint-port`, `client-public`, `client-public-host-bits`, `pool-cidr`,
 * `availability-zone`, `destinations`, `destination-address|host-bits|service|protocol|port`
 * with the destination's `index`). Never throws.
 */
export function buildFirewallRules(input: FirewallRulesInput): FirewallRulesResult {
  const errors: FieldIssue[] = [];
  const raw: Partial<FirewallRulesInput> = typeof input === 'object' && input !== null ? input : {};

  const platform = readPlatform(raw.platform, errors);
  const protocol = readChoice(raw.protocol, 'protocol', VPN_PROTOCOLS, errors);
  const gateway = readField(raw.internalGateway, 'internal-gateway', addressParser, errors);

  // The endpoint port: FJcloud-O's is fixed (a different typed port is refused, not ignored).
  let typedPort: number | undefined;
  if (!isBlank(raw.endpointPort)) {
    typedPort = readField(raw.endpointPort, 'endpoint-port', portParser, errors);
    const facts = platform ? PLATFORM_FACTS[platform].endpoint.value : undefined;
    if (typedPort !== undefined && facts?.kind === 'fixed' && protocol) {
      const expected = facts.ports[protocol];
      if (typedPort !== expected) {
        errors.push({
          field: 'endpoint-port',
          code: 'endpoint-port-fixed',
          params: { value: typedPort, expected, protocol },
        });
      }
    }
  }

  const clientAny = isAny(raw.clientPublic);
  const client = clientAny
    ? undefined
    : readField(raw.clientPublic, 'client-public', hostOrBlockParser, errors);
  const clientHostBits = readHostBits(raw.clientPublicHostBits, 'client-public-host-bits', errors);
  const pool = readField(raw.poolCidr, 'pool-cidr', cidrParser, errors);

  let availabilityZone: string | undefined;
  if (!isBlank(raw.availabilityZone)) {
    if (platform && platform !== 'fjcloud') {
      errors.push({
        field: 'availability-zone',
        code: 'availability-zone-not-applicable',
        params: { platform },
      });
    } else {
      availabilityZone = readField(
        raw.availabilityZone,
        'availability-zone',
        availabilityZoneParser,
        errors,
        { max: MAX_FIELD_LENGTH },
      );
    }
  }

  const rawDestinations: readonly unknown[] = Array.isArray(raw.destinations)
    ? (raw.destinations as readonly unknown[])
    : [];
  if (rawDestinations.length === 0) errors.push({ field: 'destinations', code: 'required' });
  if (rawDestinations.length > MAX_DESTINATIONS) {
    errors.push({ field: 'destinations', code: 'too-many', params: { max: MAX_DESTINATIONS } });
  }
  const destinations = rawDestinations
    .slice(0, MAX_DESTINATIONS)
    .map((d, i) => readDestination(d, i, errors));

  if (errors.length > 0 || !platform || !protocol || !gateway || !pool || (!clientAny && !client)) {
    return { ok: false, errors };
  }
  const servers = destinations.filter((d): d is Destination => d !== undefined);
  const api: RenderedApi = platform === 'fjcloud' ? 'fwaas-v1' : 'fwaas-v2';
  const zone = api === 'fwaas-v1' && availabilityZone ? { availabilityZone } : {};

  const notes: NetworkMessage[] = [
    {
      code: api === 'fwaas-v1' ? 'firewall-api-fwaas-v1' : 'firewall-api-fwaas-v2',
      params: { path: FIREWALL_RULES_PATH[api] },
    },
  ];

  const endpoint = expectedEndpoint(platform, protocol, typedPort);
  const endpointPort = endpoint.port;
  // FJcloud-O adds rule A itself when the firewall came first; an own server never does.
  const autoAdded = platform === 'fjcloud' && raw.firewallCreatedBeforeConnection === true;
  const clientResolved = client ? resolveHostBits(client, clientHostBits) : undefined;
  // The automatic rule A leaves the source out ("Omit"); a manual one may narrow it.
  const source = autoAdded || !clientResolved ? undefined : clientResolved.text;
  const endpointRule: FirewallRule = {
    kind: 'endpoint',
    name: `sslvpn-endpoint-${protocol}-${endpointPort}`,
    protocol,
    ...(source ? { source } : {}),
    destination: gateway.address,
    destinationPort: String(endpointPort),
    action: 'allow',
    enabled: true,
    autoAdded,
    ...zone,
  };

  const resolvedServers = servers.map((d) => ({
    d,
    r: resolveHostBits(d.host, d.hostBits),
  }));
  const serviceRules: FirewallRule[] = resolvedServers.map(({ d, r }) => ({
    kind: 'service',
    name: ruleName(d),
    protocol: d.protocol,
    source: pool.normalized,
    destination: r.text,
    ...(d.ports ? { destinationPort: formatPortRange(d.ports) } : {}),
    action: 'allow',
    enabled: true,
    destinationIndex: d.index,
    ...zone,
  }));

  const ingress: SecurityGroupRule = {
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol,
    portRangeMin: endpointPort,
    portRangeMax: endpointPort,
    remoteIpPrefix: clientResolved ? clientResolved.prefix : '0.0.0.0/0',
    securityGroupId: SECURITY_GROUP_PLACEHOLDER,
    onlyIfDefaultEgressRemoved: false,
  };
  const egress: SecurityGroupRule[] = resolvedServers.map(({ d, r }) => ({
    direction: 'egress',
    ethertype: 'IPv4',
    protocol: d.protocol,
    ...(d.ports ? { portRangeMin: d.ports.min, portRangeMax: d.ports.max } : {}),
    remoteIpPrefix: r.prefix,
    securityGroupId: SECURITY_GROUP_PLACEHOLDER,
    destinationIndex: d.index,
    onlyIfDefaultEgressRemoved: true,
  }));

  const ep = { protocol, port: endpointPort };
  if (autoAdded) notes.push({ code: 'endpoint-rule-auto-added', params: ep });
  else if (platform === 'openvpn' || raw.firewallCreatedBeforeConnection === false) {
    notes.push({ code: 'endpoint-rule-add-manually', params: ep });
  } else notes.push({ code: 'endpoint-rule-check-exists', params: ep });
  if (clientResolved?.note) notes.push(clientResolved.note);
  for (const { r } of resolvedServers) if (r.note) notes.push(r.note);
  if (client && isPrivate(client.cidr)) {
    notes.push({ code: 'client-ip-private', params: { value: client.text } });
  }
  if (api === 'fwaas-v1') {
    notes.push(
      availabilityZone
        ? { code: 'availability-zone-set', params: { zone: availabilityZone } }
        : { code: 'availability-zone-default' },
    );
  }
  notes.push({ code: 'egress-default-allows-all' });
  if (platform === 'fjcloud') notes.push({ code: 'security-group-unset-allows-all' });

  const firewallRules = [...(autoAdded ? [] : [endpointRule]), ...serviceRules];
  const groupRules = [ingress, ...egress];
  const firewallCli = api === 'fwaas-v2' ? firewallRules.map(firewallRuleCli) : [];
  const securityGroupCli = groupRules.map(securityGroupRuleCli);
  return {
    ok: true,
    plan: {
      platform,
      endpointRule,
      serviceRules,
      securityGroup: { ingress, egress },
      notes,
      exports: {
        platform,
        api,
        firewallRulesPath: FIREWALL_RULES_PATH[api],
        firewallRuleBodies: firewallRules.map((r) => firewallRuleBody(r, api)),
        firewallCurl: api === 'fwaas-v1' ? firewallRules.map(firewallRuleCurl) : [],
        firewallCli,
        securityGroupRuleBodies: groupRules.map(securityGroupRuleBody),
        securityGroupCli,
        securityGroupCurl: api === 'fwaas-v1' ? groupRules.map(securityGroupRuleCurl) : [],
        cli: [...firewallCli, ...securityGroupCli],
      },
    },
  };
}

/** Port range parser (fields.ts), under its historical name. */
export function parsePortRange(text: string) {
  const r = portsParser(text);
  return r.ok ? { ok: true as const, range: r.value } : r;
}
