/**
 * The client CIDR checker: validates an SSL server's client address pool against the gateway's
 * rules (mask range, reserved ranges, the 4× capacity rule, overlaps) and suggests a free block.
 * Returns message codes only; the UI translates them.
 *
 * @packageDocumentation
 */
import {
  CLIENT_PREFIX_RANGE,
  CONNECTION_SPECS,
  LOCAL_PREFIX_RANGE,
  PRIVATE_RANGES,
  addressesNeeded,
  cidrFrom,
  isPrivate,
  maxClients,
  normalizeInput,
  overlap,
  prefixForClients,
  type Cidr,
  type FieldIssue,
  type MessageParams,
  type NetworkMessageCode,
} from './cidr';
import {
  CONNECTIONS_RANGE,
  MAX_CLIENT_LANS,
  MAX_FIELD_LENGTH,
  MAX_IPSEC_ROUTES,
  MAX_LOCAL_NETWORKS,
  choiceParser,
  cidrParser,
  isBlank,
  readField,
  readInteger,
  readList,
  textOf,
  type ParsedList,
} from './fields';
import {
  PLATFORM_IDS,
  TOPOLOGIES,
  isPlatform,
  poolRuleFor,
  type Platform,
  type Topology,
} from './platforms';
import { specialRangeHits } from './special-ranges';

export {
  CONNECTIONS_RANGE,
  MAX_CLIENT_LANS,
  MAX_IPSEC_ROUTES,
  MAX_LOCAL_NETWORKS,
  readInteger,
} from './fields';

/** What the user typed into the client CIDR tool. */
export interface ClientCidrCheckInput {
  readonly platform: Platform;
  /** The client CIDR block (address pool), e.g. `192.168.0.0/24`. */
  readonly clientCidr: string;
  /** Maximum concurrent SSL connections (the gateway spec: 5, 10, … 1000, or any integer). */
  readonly connections: string;
  /** The SSL server's local networks (up to 5). Items may themselves hold lists. */
  readonly localNetworks: readonly string[];
  /** Networks the client computers sit in (their home or office LANs). */
  readonly clientLans?: readonly string[];
  /** Destinations routed over IPsec-VPN on the same gateway. */
  readonly ipsecRoutes?: readonly string[];
  /**
   * Own OpenVPN server only: `net30` (the 2.6 default, one /30 per client) or `subnet` (one
   * address per client). Empty = net30.
   */
  readonly topology?: string;
}

/** Field ids used in {@link FieldIssue.field} and {@link Verdict.field}. */
export type ClientCidrField =
  | 'platform'
  | 'topology'
  | 'client-cidr'
  | 'connections'
  | 'local-networks'
  | 'client-lans'
  | 'ipsec-routes';

/** Outcome of one check. */
export type VerdictStatus = 'pass' | 'warn' | 'fail';

/** Which rule a verdict is about. */
export type VerdictCheck =
  | 'syntax'
  | 'client-prefix'
  | 'local-prefix'
  | 'reserved'
  | 'private'
  | 'capacity'
  | 'connections-spec'
  | 'overlap';

/** One checked rule, as a translatable message. */
export interface Verdict {
  /** Unique within a report, e.g. `overlap:local-networks:1`. */
  readonly id: string;
  readonly check: VerdictCheck;
  readonly status: VerdictStatus;
  readonly code: NetworkMessageCode;
  readonly params: MessageParams;
  /** The field (and list item) the verdict is about, for highlighting. */
  readonly field?: ClientCidrField;
  readonly index?: number;
}

/** Facts about the client CIDR block, when it parsed. */
export interface PoolSummary {
  readonly cidr: string;
  readonly size: number;
  readonly maxClients: number;
  /** The /30 the first client takes (Alibaba, OpenVPN), e.g. `192.168.0.4/30` for a /24. */
  readonly firstClientBlock?: string;
}

/** A suggested client CIDR block, or why none fits. */
export type Suggestion =
  | {
      readonly code: 'suggest-client-cidr';
      readonly cidr: string;
      readonly params: MessageParams;
    }
  | { readonly code: 'no-suggestion'; readonly params: MessageParams };

/** The result of {@link checkClientCidr}. */
export interface ClientCidrReport {
  /** True when no field had an error. */
  readonly ok: boolean;
  /** Every field problem, all fields checked at once. */
  readonly errors: readonly FieldIssue[];
  /** Verdicts for every check whose inputs parsed (partial while fields have errors). */
  readonly verdicts: readonly Verdict[];
  /** The worst verdict status, or undefined when there are no verdicts. */
  readonly status?: VerdictStatus;
  readonly pool?: PoolSummary;
  /** Present once the connection count and all listed networks parsed. */
  readonly suggestion?: Suggestion;
  /** The prefix a pool needs for the connection count, when it parsed. */
  readonly neededPrefix?: number;
}

type CidrList = ParsedList<Cidr>;

/** Pushes a verdict; keeps the call sites short. */
function add(
  out: Verdict[],
  id: string,
  check: VerdictCheck,
  status: VerdictStatus,
  code: NetworkMessageCode,
  params: MessageParams,
  where?: { field: ClientCidrField; index?: number },
): void {
  out.push({ id, check, status, code, params, ...where });
}

/** `0.0.0.0/8 (RFC 791 §3.2), 127.0.0.0/8 (RFC 1122 §3.2.1.3)`: the rows, with their RFCs. */
function rangesText(rows: readonly { cidr: Cidr; rfc: string }[]): string {
  return rows.map((r) => `${r.cidr.normalized} (${r.rfc})`).join(', ');
}

/**
 * Special-purpose ranges (IANA registry, special-ranges.ts): a `fail` verdict for rows that can
 * never be a pool, a `warn` for the others (the shared address space has its own code).
 * Returns true when any row was touched.
 */
function reservedChecks(
  out: Verdict[],
  cidr: Cidr,
  field: ClientCidrField,
  index: number | undefined,
): boolean {
  const key = index === undefined ? field : `${field}:${index}`;
  const where = index === undefined ? { field } : { field, index };
  const hits = specialRangeHits(cidr);
  const refused = hits.filter((h) => h.action === 'refuse');
  if (refused.length > 0) {
    add(
      out,
      `reserved:${key}`,
      'reserved',
      'fail',
      'reserved-range',
      { value: cidr.normalized, ranges: rangesText(refused) },
      where,
    );
  }
  const shared = hits.find((h) => h.id === 'shared-address-space');
  if (shared) {
    add(
      out,
      `shared:${key}`,
      'reserved',
      'warn',
      'shared-address-range',
      { value: cidr.normalized, range: shared.cidr.normalized, rfc: shared.rfc },
      where,
    );
  }
  const warned = hits.filter((h) => h.action === 'warn' && h !== shared);
  if (warned.length > 0) {
    add(
      out,
      `special:${key}`,
      'reserved',
      'warn',
      'special-range-warning',
      { value: cidr.normalized, ranges: rangesText(warned) },
      where,
    );
  }
  return hits.length > 0;
}

function overlapChecks(
  out: Verdict[],
  pool: Cidr,
  list: CidrList,
  field: 'local-networks' | 'client-lans' | 'ipsec-routes',
  failCode: NetworkMessageCode,
  passCode: NetworkMessageCode,
): void {
  let found = false;
  for (const { value: cidr, index } of list.items) {
    const shared = overlap(pool, cidr);
    if (!shared) continue;
    found = true;
    add(
      out,
      `overlap:${field}:${index}`,
      'overlap',
      'fail',
      failCode,
      {
        a: pool.normalized,
        b: cidr.normalized,
        shared: shared.normalized,
      },
      { field, index },
    );
  }
  if (!found && !list.bad && list.items.length > 0) {
    add(
      out,
      `overlap:${field}`,
      'overlap',
      'pass',
      passCode,
      {
        value: pool.normalized,
        count: list.items.length,
      },
      { field },
    );
  }
}

/**
 * The first block of `/neededPrefix` inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (in
 * that order) that overlaps none of `avoid`; undefined when none is free or the prefix is not
 * an integer 0–32. Never throws.
 *
 * @example suggestClientCidr(24, [parseCidr('10.0.0.0/16')]) // 10.1.0.0/24
 */
export function suggestClientCidr(neededPrefix: number, avoid: readonly Cidr[]): Cidr | undefined {
  if (!Number.isInteger(neededPrefix) || neededPrefix < 0 || neededPrefix > 32) return undefined;
  const size = 2 ** (32 - neededPrefix);
  for (const range of PRIVATE_RANGES) {
    if (size > range.size) continue;
    let start = range.first;
    while (start + size - 1 <= range.last) {
      const candidate = cidrFrom(start, neededPrefix);
      let blockedUntil = -1;
      for (const a of avoid) {
        if (overlap(candidate, a)) blockedUntil = Math.max(blockedUntil, a.last);
      }
      if (blockedUntil < 0) return candidate;
      // Every block that blocked this candidate ends before the next aligned start.
      start = Math.ceil((blockedUntil + 1) / size) * size;
    }
  }
  return undefined;
}

const STATUS_RANK: Readonly<Record<VerdictStatus, number>> = { pass: 0, warn: 1, fail: 2 };

/** The worst status of a list of verdicts (fail > warn > pass), or undefined when empty. */
export function worstStatus(
  verdicts: readonly { readonly status: VerdictStatus }[],
): VerdictStatus | undefined {
  let worst: VerdictStatus | undefined;
  for (const v of verdicts)
    if (!worst || STATUS_RANK[v.status] > STATUS_RANK[worst]) worst = v.status;
  return worst;
}

/**
 * Checks an SSL server's client CIDR block. Every field is validated at once; verdicts cover
 * each check whose inputs parsed:
 *
 * - syntax (host bits set → warn with the normalised form);
 * - client mask /16–/29 (fail; warn for plain OpenVPN, which has no such limit);
 * - local network masks /8–/32;
 * - reserved ranges (127/8, 169.254/16, 224/4, 255/8 fail; 100.64/10 warns) and a pool outside
 *   RFC 1918 (warn);
 * - capacity: each client takes a /30 (FJcloud-O: clients × 4 + 8), with the clients the block
 *   really serves and the mask the connection count needs;
 * - overlaps of the pool with each local network, client LAN and IPsec route, and of each
 *   client LAN with each local network.
 *
 * Never throws, whatever the input holds.
 */
export function checkClientCidr(input: ClientCidrCheckInput): ClientCidrReport {
  const errors: FieldIssue[] = [];
  const raw: Partial<ClientCidrCheckInput> =
    typeof input === 'object' && input !== null ? input : {};
  const platform: Platform | undefined = isPlatform(raw.platform) ? raw.platform : undefined;
  if (!platform) {
    errors.push({
      field: 'platform',
      code: 'choice-invalid',
      params: {
        value: textOf(raw.platform).slice(0, MAX_FIELD_LENGTH),
        choices: PLATFORM_IDS.join(', '),
      },
    });
  }
  // Own OpenVPN only: the topology decides the pool rule (empty = net30, the 2.6 default).
  const topology: Topology | undefined =
    platform === 'openvpn' && !isBlank(raw.topology)
      ? readField(raw.topology, 'topology', choiceParser(TOPOLOGIES), errors)
      : undefined;
  const pool = readField(raw.clientCidr, 'client-cidr', cidrParser, errors);
  const connections = readInteger(raw.connections, 'connections', CONNECTIONS_RANGE, errors);
  const listOf = (value: unknown, field: ClientCidrField, max: number, required: boolean) =>
    readList(Array.isArray(value) ? value : [], field, cidrParser, errors, {
      max,
      required,
      emptyCode: 'cidr-empty',
    });
  // Optional: capacity needs only the pool and the connections; without local networks the
  // overlap with them is not checked, and a warning says so.
  const locals = listOf(raw.localNetworks, 'local-networks', MAX_LOCAL_NETWORKS, false);
  const lans = listOf(raw.clientLans, 'client-lans', MAX_CLIENT_LANS, false);
  const routes = listOf(raw.ipsecRoutes, 'ipsec-routes', MAX_IPSEC_ROUTES, false);

  const verdicts: Verdict[] = [];
  const rules = platform ?? 'alibaba';
  const gatewayLimits = rules !== 'openvpn';

  if (pool) {
    if (pool.hostBitsSet) {
      add(
        verdicts,
        'syntax:client-cidr',
        'syntax',
        'warn',
        'host-bits-set',
        {
          value: normalizeInput(typeof raw.clientCidr === 'string' ? raw.clientCidr : ''),
          normalized: pool.normalized,
        },
        { field: 'client-cidr' },
      );
    } else {
      add(
        verdicts,
        'syntax:client-cidr',
        'syntax',
        'pass',
        'cidr-valid',
        { value: pool.normalized },
        {
          field: 'client-cidr',
        },
      );
    }
    const inRange =
      pool.prefix >= CLIENT_PREFIX_RANGE.min && pool.prefix <= CLIENT_PREFIX_RANGE.max;
    add(
      verdicts,
      'client-prefix',
      'client-prefix',
      inRange ? 'pass' : gatewayLimits ? 'fail' : 'warn',
      inRange ? 'client-prefix-ok' : 'client-prefix-out-of-range',
      { value: pool.normalized, prefix: pool.prefix, ...CLIENT_PREFIX_RANGE },
      { field: 'client-cidr' },
    );
    const flagged = reservedChecks(verdicts, pool, 'client-cidr', undefined);
    if (!flagged) {
      const priv = isPrivate(pool);
      add(
        verdicts,
        'private:client-cidr',
        'private',
        priv ? 'pass' : 'warn',
        priv ? 'client-cidr-private' : 'client-cidr-not-private',
        {
          value: pool.normalized,
          ranges: PRIVATE_RANGES.map((r) => r.normalized).join(', '),
        },
        { field: 'client-cidr' },
      );
    }
  }

  // Host bits in any list: worth saying, harmless for the overlap maths.
  for (const [field, list] of [
    ['local-networks', locals],
    ['client-lans', lans],
    ['ipsec-routes', routes],
  ] as const) {
    for (const { value: cidr, index, text } of list.items) {
      if (!cidr.hostBitsSet) continue;
      add(
        verdicts,
        `syntax:${field}:${index}`,
        'syntax',
        'warn',
        'host-bits-set',
        {
          value: text,
          normalized: cidr.normalized,
        },
        { field, index },
      );
    }
  }

  // Local networks: mask range and reserved ranges, item by item.
  let localMasksOk = true;
  for (const { value: cidr, index } of locals.items) {
    if (cidr.prefix < LOCAL_PREFIX_RANGE.min || cidr.prefix > LOCAL_PREFIX_RANGE.max) {
      localMasksOk = false;
      add(
        verdicts,
        `local-prefix:${index}`,
        'local-prefix',
        gatewayLimits ? 'fail' : 'warn',
        'local-prefix-out-of-range',
        { value: cidr.normalized, prefix: cidr.prefix, ...LOCAL_PREFIX_RANGE },
        { field: 'local-networks', index },
      );
    }
    reservedChecks(verdicts, cidr, 'local-networks', index);
  }
  if (localMasksOk && !locals.bad && locals.items.length > 0) {
    add(
      verdicts,
      'local-prefix',
      'local-prefix',
      'pass',
      'local-prefix-ok',
      {
        count: locals.items.length,
        ...LOCAL_PREFIX_RANGE,
      },
      { field: 'local-networks' },
    );
  }

  // Capacity.
  let neededPrefix: number | undefined;
  if (connections !== undefined) {
    neededPrefix = prefixForClients(connections, rules, topology);
    if (rules === 'alibaba' && !CONNECTION_SPECS.includes(connections)) {
      add(
        verdicts,
        'connections-spec',
        'connections-spec',
        'warn',
        'connections-not-spec',
        {
          connections,
          specs: CONNECTION_SPECS.join(', '),
        },
        { field: 'connections' },
      );
    }
  }
  if (pool && connections !== undefined && neededPrefix !== undefined) {
    const serves = maxClients(pool.size, rules, topology);
    const params = {
      value: pool.normalized,
      size: pool.size,
      maxClients: serves,
      connections,
      needed: addressesNeeded(connections, rules, topology),
      neededPrefix,
    };
    if (rules === 'openvpn') {
      const net30 = poolRuleFor(rules, topology).kind === 'net30';
      add(
        verdicts,
        'pool-rule',
        'capacity',
        'pass',
        net30 ? 'pool-rule-net30' : 'pool-rule-subnet',
        { value: pool.normalized, maxClients: serves },
        { field: 'client-cidr' },
      );
    }
    if (serves >= connections) {
      add(verdicts, 'capacity', 'capacity', 'pass', 'capacity-enough', params, {
        field: 'client-cidr',
      });
    } else if (gatewayLimits && neededPrefix < CLIENT_PREFIX_RANGE.min) {
      add(
        verdicts,
        'capacity',
        'capacity',
        'fail',
        'capacity-exceeds-largest-pool',
        {
          ...params,
          largestPrefix: CLIENT_PREFIX_RANGE.min,
          largestMaxClients: maxClients(2 ** (32 - CLIENT_PREFIX_RANGE.min), rules, topology),
        },
        { field: 'client-cidr' },
      );
    } else {
      add(verdicts, 'capacity', 'capacity', 'fail', 'capacity-too-small', params, {
        field: 'client-cidr',
      });
    }
  }

  // Overlaps.
  if (pool && locals.items.length === 0 && !locals.bad) {
    add(
      verdicts,
      'overlap:local-networks',
      'overlap',
      'warn',
      'local-networks-not-checked',
      { value: pool.normalized },
      { field: 'local-networks' },
    );
  }
  if (pool) {
    overlapChecks(
      verdicts,
      pool,
      locals,
      'local-networks',
      'overlap-local-network',
      'no-overlap-local-networks',
    );
    overlapChecks(
      verdicts,
      pool,
      lans,
      'client-lans',
      'overlap-client-lan',
      'no-overlap-client-lans',
    );
    overlapChecks(
      verdicts,
      pool,
      routes,
      'ipsec-routes',
      'overlap-ipsec-route',
      'no-overlap-ipsec-routes',
    );
  }
  for (const lan of lans.items) {
    for (const local of locals.items) {
      const shared = overlap(lan.value, local.value);
      if (!shared) continue;
      add(
        verdicts,
        `overlap:client-lans:${lan.index}:local-networks:${local.index}`,
        'overlap',
        'fail',
        'overlap-lan-local-network',
        {
          a: lan.value.normalized,
          b: local.value.normalized,
          shared: shared.normalized,
        },
        { field: 'client-lans', index: lan.index },
      );
    }
  }

  // Suggestion: needs the connection count and complete lists of what to avoid.
  let suggestion: Suggestion | undefined;
  if (
    neededPrefix !== undefined &&
    connections !== undefined &&
    !locals.bad &&
    !lans.bad &&
    !routes.bad
  ) {
    const avoid = [...locals.items, ...lans.items, ...routes.items].map((i) => i.value);
    const tooBig = gatewayLimits && neededPrefix < CLIENT_PREFIX_RANGE.min;
    const found = tooBig ? undefined : suggestClientCidr(neededPrefix, avoid);
    suggestion = found
      ? {
          code: 'suggest-client-cidr',
          cidr: found.normalized,
          params: {
            value: found.normalized,
            prefix: found.prefix,
            maxClients: maxClients(found.size, rules, topology),
            connections,
          },
        }
      : { code: 'no-suggestion', params: { prefix: neededPrefix, connections } };
  }

  let summary: PoolSummary | undefined;
  if (pool) {
    summary = {
      cidr: pool.normalized,
      size: pool.size,
      maxClients: maxClients(pool.size, rules, topology),
      ...(rules !== 'fjcloud' && poolRuleFor(rules, topology).kind !== 'subnet' && pool.size >= 8
        ? { firstClientBlock: cidrFrom(pool.first + 4, 30).normalized }
        : {}),
    };
  }

  const status = worstStatus(verdicts);
  return {
    ok: errors.length === 0,
    errors,
    verdicts,
    ...(status ? { status } : {}),
    ...(summary ? { pool: summary } : {}),
    ...(suggestion ? { suggestion } : {}),
    ...(neededPrefix !== undefined ? { neededPrefix } : {}),
  };
}
