/**
 * The firewall rule builder: from an SSL-VPN connection's protocol, internal gateway, client
 * address pool and the servers behind it, the firewall-service rules and security-group rules
 * FJcloud-O / K5 (OpenStack) needs, with OpenStack CLI commands and API request bodies.
 *
 * @packageDocumentation
 */
import {
  MAX_FIELD_LENGTH,
  isPrivate,
  normalizeInput,
  parseAddress,
  parseCidr,
  parseHostOrBlock,
  textIssue,
  type FieldIssue,
  type HostOrBlock,
  type MessageParams,
  type NetworkMessage,
  type NetworkMessageCode,
} from './cidr';

/** The SSL-VPN connection's transport protocol. */
export type VpnProtocol = 'tcp' | 'udp';
/** Protocols a firewall or security-group rule may carry here. */
export type RuleProtocol = 'tcp' | 'udp' | 'icmp';
/** Services offered for a destination; `custom` takes its protocol and port from the input. */
export type Service = 'ssh' | 'rdp' | 'https' | 'custom';

/** The VPN protocols, for validating untrusted input. */
export const VPN_PROTOCOLS: readonly VpnProtocol[] = ['tcp', 'udp'];
/** The rule protocols, for validating untrusted input. */
export const RULE_PROTOCOLS: readonly RuleProtocol[] = ['tcp', 'udp', 'icmp'];
/** The services, for validating untrusted input. */
export const SERVICES: readonly Service[] = ['ssh', 'rdp', 'https', 'custom'];

/** The endpoint port of an SSL-VPN connection by protocol (443/tcp or 1194/udp). */
export const ENDPOINT_PORTS: Readonly<Record<VpnProtocol, number>> = { tcp: 443, udp: 1194 };

/** Protocol and port of the named services. */
export const SERVICE_PORTS: Readonly<
  Record<Exclude<Service, 'custom'>, { readonly protocol: 'tcp'; readonly port: number }>
> = {
  ssh: { protocol: 'tcp', port: 22 },
  rdp: { protocol: 'tcp', port: 3389 },
  https: { protocol: 'tcp', port: 443 },
};

/** Placeholder for the security group in CLI commands and API bodies: replace before use. */
export const SECURITY_GROUP_PLACEHOLDER = 'SECURITY_GROUP_ID';

/** Most destinations the builder takes. */
export const MAX_DESTINATIONS = 20;

/** One server reached through the tunnel. */
export interface DestinationInput {
  /** The server's IPv4 address or a CIDR block. */
  readonly address: string;
  readonly service: Service;
  /** For `custom` only (default `tcp`). */
  readonly protocol?: RuleProtocol;
  /** For `custom` tcp/udp only: a port (`8080`) or range (`8000:8080`, `8000-8080`). */
  readonly port?: string;
}

/** What the user typed into the firewall rule tool. */
export interface FirewallRulesInput {
  readonly protocol: VpnProtocol;
  /** The connection's `internal_gateway` (an IPv4 address). */
  readonly internalGateway: string;
  /** The client's public IPv4 address (or block), or `any`. */
  readonly clientPublic: string;
  /** The connection's `client_address_pool_cidr`. */
  readonly poolCidr: string;
  readonly destinations: readonly DestinationInput[];
  /** True when the firewall service existed before the SSL-VPN connection was created. */
  readonly firewallCreatedBeforeConnection?: boolean;
}

/** An inclusive port range (`min === max` for one port). */
export interface PortRange {
  readonly min: number;
  readonly max: number;
}

/** The result of {@link parsePortRange}. */
export type PortParse =
  | { readonly ok: true; readonly range: PortRange }
  | { readonly ok: false; readonly code: NetworkMessageCode; readonly params?: MessageParams };

/** Valid port numbers. */
export const PORT_RANGE = { min: 1, max: 65535 } as const;

/**
 * Parses a port (`22`) or range (`8000:8080`, also `8000-8080`). Errors: `port-empty`,
 * `port-invalid` (`value`), `port-out-of-range` (`value`, `min`, `max`), `port-range-reversed`
 * (`value`, `from`, `to`). Never throws.
 */
export function parsePortRange(text: string): PortParse {
  const value = normalizeInput(typeof text === 'string' ? text : '');
  if (value === '') return { ok: false, code: 'port-empty' };
  const match = /^(\d{1,6})(?:\s*[:-]\s*(\d{1,6}))?$/.exec(value);
  if (!match) return { ok: false, code: 'port-invalid', params: { value: value.slice(0, 40) } };
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if ([from, to].some((p) => p < PORT_RANGE.min || p > PORT_RANGE.max)) {
    return { ok: false, code: 'port-out-of-range', params: { value, ...PORT_RANGE } };
  }
  if (from > to) return { ok: false, code: 'port-range-reversed', params: { value, from, to } };
  return { ok: true, range: { min: from, max: to } };
}

/** `22` for one port, `8000:8080` for a range (the firewall API's form). */
export function formatPortRange(range: PortRange): string {
  return range.min === range.max ? String(range.min) : `${range.min}:${range.max}`;
}

/** A firewall-service rule (K5 `firewall_rule`). */
export interface FirewallRule {
  /** `endpoint` = rule A (reach the SSL-VPN endpoint), `service` = rule B (after the tunnel). */
  readonly kind: 'endpoint' | 'service';
  readonly name: string;
  readonly action: 'allow';
  readonly protocol: RuleProtocol;
  /** Omitted = any source. */
  readonly source?: string;
  readonly destination: string;
  /** `22` or `8000:8080`; omitted for ICMP. */
  readonly destinationPort?: string;
  /** Rule B: index of the destination in the input. */
  readonly destinationIndex?: number;
  /** Rule A: true when the service added it when the connection was created. */
  readonly autoAdded?: boolean;
  /** The OpenStack CLI command that creates it. */
  readonly cli: string;
  /** The `POST /v2.0/fw/firewall_rules` body, as JSON. */
  readonly apiBody: string;
}

/** A security-group rule (Neutron `security_group_rule`). */
export interface SecurityGroupRule {
  readonly direction: 'ingress' | 'egress';
  readonly ethertype: 'IPv4';
  readonly protocol: RuleProtocol;
  readonly portRangeMin?: number;
  readonly portRangeMax?: number;
  readonly remoteIpPrefix: string;
  /** Egress: index of the destination in the input. */
  readonly destinationIndex?: number;
  /** Egress rules matter only when the group's default allow-all egress rule was removed. */
  readonly onlyIfDefaultEgressRemoved: boolean;
  /** The OpenStack CLI command that creates it. */
  readonly cli: string;
  /** The `POST /v2.0/security-group-rules` body, as JSON. */
  readonly apiBody: string;
}

/** Everything the builder produces. */
export interface FirewallPlan {
  /** Rule A. */
  readonly endpointRule: FirewallRule;
  /** Rule B, one per destination. */
  readonly serviceRules: readonly FirewallRule[];
  readonly securityGroup: {
    readonly ingress: SecurityGroupRule;
    readonly egress: readonly SecurityGroupRule[];
  };
  /** Advice to show beside the rules. */
  readonly notes: readonly NetworkMessage[];
  /**
   * Copyable text, in rule order. Rule A is left out when it was added automatically.
   * `cli`: OpenStack commands; `firewallRuleBodies` / `securityGroupRuleBodies`: API bodies.
   */
  readonly exports: {
    readonly cli: readonly string[];
    readonly firewallRuleBodies: readonly string[];
    readonly securityGroupRuleBodies: readonly string[];
  };
}

/** The result of {@link buildFirewallRules}. */
export type FirewallRulesResult =
  | { readonly ok: true; readonly plan: FirewallPlan }
  | { readonly ok: false; readonly errors: readonly FieldIssue[] };

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function readChoice<T extends string>(
  value: unknown,
  choices: readonly T[],
  field: string,
  errors: FieldIssue[],
  index?: number,
): T | undefined {
  const text = normalizeInput(str(value)).toLowerCase();
  const found = choices.find((c) => c === text);
  if (!found) {
    errors.push({
      field,
      ...(index === undefined ? {} : { index }),
      code: 'choice-invalid',
      params: { value: text.slice(0, 40), choices: choices.join(', ') },
    });
  }
  return found;
}

function readHostOrBlock(
  value: unknown,
  field: string,
  errors: FieldIssue[],
  index?: number,
): HostOrBlock | undefined {
  const at = index === undefined ? {} : { index };
  const issue = textIssue(str(value), MAX_FIELD_LENGTH);
  if (issue) {
    errors.push({ field, ...at, ...issue });
    return undefined;
  }
  const parsed = parseHostOrBlock(str(value));
  if (!parsed.ok) {
    errors.push({
      field,
      ...at,
      code: parsed.code,
      ...(parsed.params ? { params: parsed.params } : {}),
    });
    return undefined;
  }
  return parsed.value;
}

function isAny(value: unknown): boolean {
  const text = normalizeInput(str(value)).toLowerCase();
  return text === 'any' || text === '0.0.0.0/0';
}

interface Destination {
  readonly host: HostOrBlock;
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
  const host = readHostOrBlock(d.address, 'destination-address', errors, index);
  const service = readChoice(d.service, SERVICES, 'destination-service', errors, index);
  if (!service) return undefined;
  if (service !== 'custom') {
    const { protocol, port } = SERVICE_PORTS[service];
    return host ? { host, service, protocol, ports: { min: port, max: port }, index } : undefined;
  }
  const protocol =
    d.protocol === undefined || normalizeInput(str(d.protocol)) === ''
      ? 'tcp'
      : readChoice(d.protocol, RULE_PROTOCOLS, 'destination-protocol', errors, index);
  if (!protocol) return undefined;
  if (protocol === 'icmp') return host ? { host, service, protocol, index } : undefined;
  const portText = str(d.port);
  const issue = textIssue(portText, MAX_FIELD_LENGTH);
  if (issue) {
    errors.push({ field: 'destination-port', index, ...issue });
    return undefined;
  }
  const ports = parsePortRange(portText);
  if (!ports.ok) {
    errors.push({
      field: 'destination-port',
      index,
      code: ports.code,
      ...(ports.params ? { params: ports.params } : {}),
    });
    return undefined;
  }
  return host ? { host, service, protocol, ports: ports.range, index } : undefined;
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

function firewallRule(rule: Omit<FirewallRule, 'action' | 'cli' | 'apiBody'>): FirewallRule {
  const cli = [
    'openstack firewall group rule create',
    `--protocol ${rule.protocol}`,
    ...(rule.source ? [`--source-ip-address ${rule.source}`] : []),
    `--destination-ip-address ${rule.destination}`,
    ...(rule.destinationPort ? [`--destination-port ${rule.destinationPort}`] : []),
    '--action allow',
    `--name ${rule.name}`,
  ].join(' ');
  const apiBody = JSON.stringify(
    {
      firewall_rule: {
        action: 'allow',
        protocol: rule.protocol,
        ...(rule.source ? { source_ip_address: rule.source } : {}),
        destination_ip_address: rule.destination,
        ...(rule.destinationPort ? { destination_port: rule.destinationPort } : {}),
        enabled: true,
        name: rule.name,
      },
    },
    null,
    2,
  );
  return { ...rule, action: 'allow', cli, apiBody };
}

function securityGroupRule(
  rule: Omit<SecurityGroupRule, 'ethertype' | 'cli' | 'apiBody'>,
): SecurityGroupRule {
  const hasPorts = rule.portRangeMin !== undefined && rule.portRangeMax !== undefined;
  const cli = [
    'openstack security group rule create',
    `--${rule.direction}`,
    '--ethertype IPv4',
    `--protocol ${rule.protocol}`,
    ...(hasPorts ? [`--dst-port ${rule.portRangeMin}:${rule.portRangeMax}`] : []),
    `--remote-ip ${rule.remoteIpPrefix}`,
    SECURITY_GROUP_PLACEHOLDER,
  ].join(' ');
  const apiBody = JSON.stringify(
    {
      security_group_rule: {
        direction: rule.direction,
        ethertype: 'IPv4',
        protocol: rule.protocol,
        ...(hasPorts
          ? { port_range_min: rule.portRangeMin, port_range_max: rule.portRangeMax }
          : {}),
        remote_ip_prefix: rule.remoteIpPrefix,
        security_group_id: SECURITY_GROUP_PLACEHOLDER,
      },
    },
    null,
    2,
  );
  return { ...rule, ethertype: 'IPv4', cli, apiBody };
}

/**
 * Builds the firewall-service and security-group rules an SSL-VPN connection needs:
 *
 * - rule A: client (public IP, or any) → `internal_gateway` on 443/tcp or 1194/udp; added
 *   automatically when the firewall existed before the connection;
 * - rule B per destination: client address pool → server on the service's protocol/port;
 * - security group: ingress from the client on 443/tcp or 1194/udp, egress to each server
 *   (only needed when the default allow-all egress rule was removed).
 *
 * All fields are validated at once; errors name the field (`protocol`, `internal-gateway`,
 * `client-public`, `pool-cidr`, `destinations`, `destination-address|service|protocol|port`
 * with the destination's `index`). Never throws.
 *
 * @example
 * buildFirewallRules({ protocol: 'udp', internalGateway: '192.168.10.5', clientPublic: 'any',
 *   poolCidr: '10.8.0.0/24', destinations: [{ address: '192.168.10.20', service: 'ssh' }] })
 */
export function buildFirewallRules(input: FirewallRulesInput): FirewallRulesResult {
  const errors: FieldIssue[] = [];
  const raw: Partial<FirewallRulesInput> = typeof input === 'object' && input !== null ? input : {};

  const protocol = readChoice(raw.protocol, VPN_PROTOCOLS, 'protocol', errors);

  let gateway: string | undefined;
  const gatewayIssue = textIssue(str(raw.internalGateway), MAX_FIELD_LENGTH);
  if (gatewayIssue) {
    errors.push({ field: 'internal-gateway', ...gatewayIssue });
  } else {
    const parsed = parseAddress(str(raw.internalGateway));
    if (parsed.ok) gateway = parsed.address;
    else if (str(raw.internalGateway).includes('/')) {
      errors.push({
        field: 'internal-gateway',
        code: 'ip-not-address',
        params: { value: normalizeInput(str(raw.internalGateway)).slice(0, 40) },
      });
    } else {
      errors.push({
        field: 'internal-gateway',
        code: `ip-${parsed.code}`,
        ...(parsed.params ? { params: parsed.params } : {}),
      });
    }
  }

  const clientAny = isAny(raw.clientPublic);
  const client = clientAny ? undefined : readHostOrBlock(raw.clientPublic, 'client-public', errors);

  let pool: string | undefined;
  const poolIssue = textIssue(str(raw.poolCidr), MAX_FIELD_LENGTH);
  if (poolIssue) {
    errors.push({ field: 'pool-cidr', ...poolIssue });
  } else {
    const parsed = parseCidr(str(raw.poolCidr));
    if (parsed.ok) pool = parsed.cidr.normalized;
    else {
      errors.push({
        field: 'pool-cidr',
        code: `cidr-${parsed.code}`,
        ...(parsed.params ? { params: parsed.params } : {}),
      });
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

  if (errors.length > 0 || !protocol || !gateway || !pool || (!clientAny && !client)) {
    return { ok: false, errors };
  }
  const servers = destinations.filter((d): d is Destination => d !== undefined);

  const endpointPort = ENDPOINT_PORTS[protocol];
  const autoAdded = raw.firewallCreatedBeforeConnection === true;
  // The automatic rule A leaves the source out ("Omit"); a manual one may narrow it.
  const source = autoAdded || !client ? undefined : client.text;
  const endpointRule = firewallRule({
    kind: 'endpoint',
    name: `sslvpn-endpoint-${protocol}-${endpointPort}`,
    protocol,
    ...(source ? { source } : {}),
    destination: gateway,
    destinationPort: String(endpointPort),
    autoAdded,
  });

  const serviceRules = servers.map((d) =>
    firewallRule({
      kind: 'service',
      name: ruleName(d),
      protocol: d.protocol,
      source: pool,
      destination: d.host.text,
      ...(d.ports ? { destinationPort: formatPortRange(d.ports) } : {}),
      destinationIndex: d.index,
    }),
  );

  const ingress = securityGroupRule({
    direction: 'ingress',
    protocol,
    portRangeMin: endpointPort,
    portRangeMax: endpointPort,
    remoteIpPrefix: client ? client.cidr.normalized : '0.0.0.0/0',
    onlyIfDefaultEgressRemoved: false,
  });
  const egress = servers.map((d) =>
    securityGroupRule({
      direction: 'egress',
      protocol: d.protocol,
      ...(d.ports ? { portRangeMin: d.ports.min, portRangeMax: d.ports.max } : {}),
      remoteIpPrefix: d.host.cidr.normalized,
      destinationIndex: d.index,
      onlyIfDefaultEgressRemoved: true,
    }),
  );

  const notes: NetworkMessage[] = [];
  if (autoAdded) {
    notes.push({ code: 'endpoint-rule-auto-added', params: { protocol, port: endpointPort } });
  } else if (raw.firewallCreatedBeforeConnection === false) {
    notes.push({ code: 'endpoint-rule-add-manually', params: { protocol, port: endpointPort } });
  } else {
    notes.push({ code: 'endpoint-rule-check-exists', params: { protocol, port: endpointPort } });
  }
  if (client && isPrivate(client.cidr)) {
    notes.push({ code: 'client-ip-private', params: { value: client.text } });
  }
  notes.push({ code: 'egress-default-allows-all' });
  notes.push({ code: 'security-group-unset-allows-all' });

  const firewallRules = [...(autoAdded ? [] : [endpointRule]), ...serviceRules];
  const groupRules = [ingress, ...egress];
  return {
    ok: true,
    plan: {
      endpointRule,
      serviceRules,
      securityGroup: { ingress, egress },
      notes,
      exports: {
        cli: [...firewallRules, ...groupRules].map((r) => r.cli),
        firewallRuleBodies: firewallRules.map((r) => r.apiBody),
        securityGroupRuleBodies: groupRules.map((r) => r.apiBody),
      },
    },
  };
}
