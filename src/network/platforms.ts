/**
 * The one table of platform facts: which gateways the wizard knows, the ports and protocols
 * their SSL-VPN endpoints use, how a client address pool is carved up, connection limits and
 * which firewall API (if any) sits in front of them. Every fact names its source. Pure data and
 * arithmetic: no words (those live in `locales/`), no imports.
 *
 * Sources (short names used below):
 * - SEED-FW: `shared/seeds/000_6c057e5767a3144f.txt` (FJcloud-O / K5 SSL-VPN Connection firewall
 *   and security-group rules, tables 1–3).
 * - SEED-FAQ: `shared/seeds/003_2dcb45571ee9e659.txt` (Alibaba Cloud SSL-VPN FAQ).
 * - ALI-API: Alibaba Cloud VPC API `CreateSslVpnServer` field notes (`shared/docs/domain-facts.md` §2).
 * - K5-NET: FUJITSU Cloud Service for OSS (FJcloud-O) IaaS API Reference (Network): SSL VPN V2
 *   connection, "Create firewall rule" `POST /v2.0/fw/firewall_rules`
 *   (doc.cloud.global.fujitsu.com/lib/iaas/jp/api-reference/v2/nw/concept_nw/V1_net_fw_crefwrule_0201050603.html),
 *   "Create firewall" / "Create firewall policy" (`availability_zone`: default zone when omitted).
 * - OVPN: OpenVPN source, tag v2.6.14: `src/openvpn/helper.c` (`--server` expansion: pool ranges per
 *   topology, /29 limit for tun, `IFCONFIG_POOL_MIN_NETBITS` 16 in `pool.h`), `options.c:809`
 *   (`topology = TOP_NET30` is the 2.6 default; 2.7 leaves it undefined and uses subnet).
 * - NEUTRON-CLIENT: python-neutronclient `neutronclient/osc/v2/fwaas/firewallrule.py` (the
 *   `openstack firewall group rule …` commands post to `/v2.0/fwaas/firewall_rules`, FWaaS v2).
 *
 * @packageDocumentation
 */

/** The gateways the wizard distinguishes. `unsure` is a tree answer, not a platform. */
export const PLATFORM_IDS = ['alibaba', 'fjcloud', 'openvpn'] as const;

/** One of {@link PLATFORM_IDS}. */
export type Platform = (typeof PLATFORM_IDS)[number];

/** The answers of the platform question every tree asks first: a platform, or `unsure`. */
export const PLATFORM_ANSWERS = [...PLATFORM_IDS, 'unsure'] as const;

/** One of {@link PLATFORM_ANSWERS}. */
export type PlatformAnswer = (typeof PLATFORM_ANSWERS)[number];

/** True when `value` is one of {@link PLATFORM_IDS}. */
export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}

/** The SSL-VPN transport protocols. */
export type VpnProtocol = 'tcp' | 'udp';

/** The VPN protocols, for validating untrusted input. */
export const VPN_PROTOCOLS: readonly VpnProtocol[] = ['tcp', 'udp'];

/** How an own OpenVPN server hands out tunnel addresses (`--topology`). */
export type Topology = 'net30' | 'subnet';

/** The topologies, for validating untrusted input. */
export const TOPOLOGIES: readonly Topology[] = ['net30', 'subnet'];

/** Which firewall API generation a platform's firewall service speaks. */
export type FirewallApi =
  /** OpenStack FWaaS v1 paths (`/v2.0/fw/firewall_rules`), as FJcloud-O documents. */
  | 'fwaas-v1'
  /** OpenStack FWaaS v2 (`/v2.0/fwaas/firewall_rules`, the `openstack firewall group` CLI). */
  | 'fwaas-v2'
  /** No OpenStack firewall service: security groups and network ACLs of the cloud. */
  | 'none';

/** A fact together with where it was read. */
export interface Sourced<T> {
  readonly value: T;
  readonly source: string;
}

/** How the endpoint's port is known. */
export type EndpointPorts =
  /** Fixed by the platform: one port per protocol. */
  | { readonly kind: 'fixed'; readonly ports: Readonly<Record<VpnProtocol, number>> }
  /**
   * Chosen by whoever set the server up: a default, and ports the platform refuses.
   */
  | {
      readonly kind: 'chosen';
      readonly defaultPort: number;
      readonly defaultProtocol: VpnProtocol;
      readonly refused: readonly number[];
    };

/** How a client address pool is carved up. */
export type PoolRule =
  /** Each client takes a /30: the pool must hold 4 × clients (Alibaba Cloud). */
  | { readonly kind: 'per-client-30' }
  /**
   * OpenVPN's `--topology net30` layout: the server takes the first /30 and, below a /29, the
   * last /30 stays unused, so clients × 4 + 8; a /29 serves exactly one client (FJcloud-O, own
   * OpenVPN with net30).
   */
  | { readonly kind: 'net30' }
  /** `--topology subnet`: one address per client; network, server and broadcast are taken. */
  | { readonly kind: 'subnet' };

/** Everything the wizard and the tools need to know about one platform. */
export interface PlatformFacts {
  readonly id: Platform;
  readonly protocols: Sourced<readonly VpnProtocol[]>;
  readonly endpoint: Sourced<EndpointPorts>;
  /** Pool rule; an own OpenVPN server's depends on its topology (see {@link poolRuleFor}). */
  readonly pool: Sourced<PoolRule>;
  /** Masks a client address pool may have (/16–/29 on the gateways). */
  readonly poolPrefix: Sourced<{ readonly min: number; readonly max: number }>;
  /** True when the gateway enforces the mask range (false: advice only). */
  readonly poolPrefixEnforced: boolean;
  /** Connection limits the gateway offers, or undefined when any number may be configured. */
  readonly connectionSpecs?: Sourced<readonly number[]>;
  readonly firewallApi: Sourced<FirewallApi>;
}

/** Alibaba Cloud's SSL server port rule (ALI-API): ports it does not accept. */
export const ALIBABA_REFUSED_PORTS: readonly number[] = [
  22, 53, 68, 80, 123, 443, 500, 2222, 4500, 4510, 4560, 7505, 9000, 9001, 9002, 22222,
];

/** The table. One row per platform; every fact has its source. */
export const PLATFORM_FACTS: Readonly<Record<Platform, PlatformFacts>> = {
  alibaba: {
    id: 'alibaba',
    protocols: { value: ['udp', 'tcp'], source: 'ALI-API CreateSslVpnServer Proto (UDP default)' },
    endpoint: {
      value: {
        kind: 'chosen',
        defaultPort: 1194,
        defaultProtocol: 'udp',
        refused: ALIBABA_REFUSED_PORTS,
      },
      source: 'ALI-API CreateSslVpnServer Port: 1–65535, default 1194, refused ports listed',
    },
    pool: { value: { kind: 'per-client-30' }, source: 'SEED-FAQ 4× rule; ALI-API ClientIpPool' },
    poolPrefix: { value: { min: 16, max: 29 }, source: 'ALI-API ClientIpPool mask /16–/29' },
    poolPrefixEnforced: true,
    connectionSpecs: {
      value: [5, 10, 20, 50, 100, 200, 500, 1000],
      source: 'ALI-API CreateVpnGateway SslConnections',
    },
    firewallApi: {
      value: 'none',
      source: 'Alibaba Cloud has no OpenStack FWaaS: ECS security groups and VPC network ACLs',
    },
  },
  fjcloud: {
    id: 'fjcloud',
    protocols: { value: ['udp', 'tcp'], source: 'K5-NET SSL VPN V2 connection protocol' },
    endpoint: {
      value: { kind: 'fixed', ports: { tcp: 443, udp: 1194 } },
      source: 'SEED-FW table 1: 443/tcp or 1194/udp to internal_gateway',
    },
    pool: {
      value: { kind: 'net30' },
      source: 'K5-NET client_address_pool_cidr: clients × 4 + 8, a /29 serves one client',
    },
    poolPrefix: { value: { min: 16, max: 29 }, source: 'K5-NET client_address_pool_cidr /16–/29' },
    poolPrefixEnforced: true,
    firewallApi: {
      value: 'fwaas-v1',
      source: 'K5-NET Create firewall rule: POST /v2.0/fw/firewall_rules (FWaaS v1 path)',
    },
  },
  openvpn: {
    id: 'openvpn',
    protocols: { value: ['udp', 'tcp'], source: 'OVPN --proto (udp default)' },
    endpoint: {
      value: { kind: 'chosen', defaultPort: 1194, defaultProtocol: 'udp', refused: [] },
      source: 'OVPN --port (default 1194)',
    },
    pool: {
      value: { kind: 'net30' },
      source: 'OVPN v2.6.14 helper.c --server expansion; options.c:809 net30 is the 2.6 default',
    },
    poolPrefix: {
      value: { min: 16, max: 29 },
      source: 'OVPN v2.6.14 helper.c: --server netbits ≥ 16 (pool.h), tun ≤ /29',
    },
    poolPrefixEnforced: false,
    firewallApi: {
      value: 'fwaas-v2',
      source:
        'NEUTRON-CLIENT: an own server on a plain OpenStack cloud; `openstack firewall group rule create` posts to /v2.0/fwaas/firewall_rules',
    },
  },
};

/** The pool rule that applies: an own OpenVPN server's follows its topology. */
export function poolRuleFor(platform: Platform, topology?: Topology): PoolRule {
  if (platform === 'openvpn' && topology === 'subnet') return { kind: 'subnet' };
  return PLATFORM_FACTS[platform].pool.value;
}

/** Clients a pool of `size` addresses (a power of two) serves at once under `rule`. */
export function clientsServed(size: number, rule: PoolRule): number {
  if (!(size >= 1)) return 0;
  switch (rule.kind) {
    case 'per-client-30':
      return Math.floor(size / 4);
    case 'net30':
      // helper.c: pool from network + 4 to broadcast − 4 (− 0 for a /29), one /30 per client.
      if (size < 8) return 0;
      return size === 8 ? 1 : Math.floor(size / 4) - 2;
    case 'subnet':
      // helper.c: pool from network + 2 to broadcast − 1; tun pools are at least a /29.
      return size < 8 ? 0 : size - 3;
  }
}

/**
 * The fewest addresses a pool needs for `clients` connections under `rule`: the same rule as
 * {@link clientsServed}, so that for every power-of-two `size`,
 * `clientsServed(size) >= clients` exactly when `size >= addressesNeeded(clients)`.
 */
export function addressesNeededFor(clients: number, rule: PoolRule): number {
  if (!(clients >= 1)) return 0;
  switch (rule.kind) {
    case 'per-client-30':
      return clients * 4;
    case 'net30':
      return clients === 1 ? 8 : clients * 4 + 8;
    case 'subnet':
      return Math.max(8, clients + 3);
  }
}

/** What a firewall rule for the endpoint must allow, on one platform. */
export interface ExpectedEndpoint {
  readonly protocol: VpnProtocol;
  readonly port: number;
  /** `fixed`: the platform's port; `typed`: the user's; `default`: the platform default. */
  readonly from: 'fixed' | 'typed' | 'default';
}

/**
 * The endpoint port and protocol a rule must allow. FJcloud-O's are fixed by protocol; on
 * Alibaba Cloud and an own server the user's port counts, else the platform default.
 */
export function expectedEndpoint(
  platform: Platform,
  protocol: VpnProtocol,
  typedPort?: number,
): ExpectedEndpoint {
  const endpoint = PLATFORM_FACTS[platform].endpoint.value;
  if (endpoint.kind === 'fixed') return { protocol, port: endpoint.ports[protocol], from: 'fixed' };
  if (typedPort !== undefined) return { protocol, port: typedPort, from: 'typed' };
  return { protocol, port: endpoint.defaultPort, from: 'default' };
}
