/**
 * Evaluators for the wizard's compute steps (see `Evaluator` in `src/engine/types.ts`). Each is
 * pure, never throws, and returns message codes from {@link NETWORK_MESSAGE_CODES}.
 *
 * @packageDocumentation
 */
import type { Answers, ComputeInput, Evaluator, EvaluatorRegistry } from '../engine/types';
import {
  addressesNeeded,
  contains,
  maxClients,
  overlap,
  prefixForClients,
  type Cidr,
  type FieldIssue,
  type NetworkMessage,
} from './cidr';
import {
  CONNECTIONS_RANGE,
  MAX_IPSEC_ROUTES,
  MAX_LOCAL_NETWORKS,
  addressParser,
  choiceParser,
  cidrParser,
  formatPortRange,
  hostOrBlockParser,
  portParser,
  portsParser,
  readField,
  readInteger,
  readList,
  readOptional,
} from './fields';
import {
  PLATFORM_FACTS,
  VPN_PROTOCOLS,
  expectedEndpoint,
  isPlatform,
  type Platform,
  type VpnProtocol,
} from './platforms';

export { NETWORK_MESSAGE_CODES, type NetworkMessageCode } from './cidr';
export { MAX_IPSEC_ROUTES } from './fields';

/** The platform answer of the walk, defaulting to Alibaba Cloud's 4× rule (`unsure` too). */
export function platformOf(context: Answers | undefined): Platform {
  const p = context?.platform;
  return isPlatform(p) ? p : 'alibaba';
}

/** The raw value of a compute field (the engine hands strings; anything else reads as empty). */
function field(input: ComputeInput, id: string): unknown {
  return input?.[id];
}

function readCidr(input: ComputeInput, id: string, errors: FieldIssue[]): Cidr | undefined {
  return readField(field(input, id), id, cidrParser, errors);
}

/** Reads a list field, reporting every bad item (with its `index`), not just the first. */
function readCidrList(input: ComputeInput, id: string, errors: FieldIssue[], max: number): Cidr[] {
  return readList(field(input, id), id, cidrParser, errors, {
    max,
    required: true,
    emptyCode: 'cidr-empty',
  }).items.map((i) => i.value);
}

/** Details of {@link poolCapacity}'s verdict, for the page. */
export interface PoolCapacityDetails {
  readonly cidr: string;
  readonly size: number;
  readonly maxClients: number;
  /** Addresses the connection count needs, by the same rule as `maxClients` (platforms.ts). */
  readonly needed: number;
  /** The mask a pool needs for the connection count (at most /29). */
  readonly neededPrefix: number;
  readonly connections: number;
  readonly platform: Platform;
}

/**
 * Is the client CIDR block large enough for the gateway's maximum concurrent connections?
 * Fields: `client-cidr`, `connections`. Results: `too-small`, `enough`.
 */
export const poolCapacity: Evaluator = {
  results: ['too-small', 'enough'],
  examples: {
    'too-small': { 'client-cidr': '192.168.100.0/29', connections: '5' },
    enough: { 'client-cidr': '192.168.100.0/24', connections: '50' },
  },
  evaluate(input, context) {
    const errors: FieldIssue[] = [];
    const cidr = readCidr(input, 'client-cidr', errors);
    const connections = readInteger(
      field(input, 'connections'),
      'connections',
      CONNECTIONS_RANGE,
      errors,
    );
    if (!cidr || connections === undefined) return { ok: false, errors };
    const platform = platformOf(context);
    const serves = maxClients(cidr.size, platform);
    const details: PoolCapacityDetails = {
      cidr: cidr.normalized,
      size: cidr.size,
      maxClients: serves,
      needed: addressesNeeded(connections, platform),
      neededPrefix: prefixForClients(connections, platform),
      connections,
      platform,
    };
    return { ok: true, result: serves >= connections ? 'enough' : 'too-small', details };
  },
};

/** One overlapping pair: `a` and `b` as typed (normalised), `shared` the common range. */
export interface ConflictPair {
  readonly a: string;
  readonly b: string;
  readonly shared: string;
}

/** Details of the overlap evaluators: every overlapping pair. */
export interface OverlapDetails {
  readonly pairs: readonly ConflictPair[];
}

function pairsOf(one: Cidr, others: readonly Cidr[]): ConflictPair[] {
  const pairs: ConflictPair[] = [];
  for (const other of others) {
    const shared = overlap(one, other);
    if (shared) pairs.push({ a: one.normalized, b: other.normalized, shared: shared.normalized });
  }
  return pairs;
}

/** Makes a "does this block overlap any block in that list?" evaluator. */
function overlapEvaluator(
  oneField: string,
  listField: string,
  max: number,
  hit: string,
  miss: string,
  examples: Readonly<Record<string, ComputeInput>>,
): Evaluator {
  return {
    results: [hit, miss],
    examples,
    evaluate(input) {
      const errors: FieldIssue[] = [];
      const one = readCidr(input, oneField, errors);
      const list = readCidrList(input, listField, errors, max);
      if (!one || errors.length > 0) return { ok: false, errors };
      const details: OverlapDetails = { pairs: pairsOf(one, list) };
      return { ok: true, result: details.pairs.length > 0 ? hit : miss, details };
    },
  };
}

/**
 * Does the client computer's LAN overlap a network behind the gateway?
 * Fields: `client-lan`, `local-networks` (up to 5). Results: `conflict`, `no-conflict`.
 */
export const addressConflict: Evaluator = overlapEvaluator(
  'client-lan',
  'local-networks',
  MAX_LOCAL_NETWORKS,
  'conflict',
  'no-conflict',
  {
    conflict: { 'client-lan': '192.168.1.0/24', 'local-networks': '192.168.0.0/16' },
    'no-conflict': { 'client-lan': '192.168.1.0/24', 'local-networks': '172.16.0.0/12' },
  },
);

/**
 * Does the client CIDR block overlap the SSL server's local networks?
 * Fields: `client-cidr`, `local-networks` (up to 5). Results: `overlap`, `no-overlap`.
 */
export const poolOverlap: Evaluator = overlapEvaluator(
  'client-cidr',
  'local-networks',
  MAX_LOCAL_NETWORKS,
  'overlap',
  'no-overlap',
  {
    overlap: { 'client-cidr': '172.16.0.0/24', 'local-networks': '172.16.0.0/12' },
    'no-overlap': {
      'client-cidr': '10.255.0.0/24',
      'local-networks': '172.16.0.0/12 192.168.0.0/24',
    },
  },
);

/**
 * Does the client CIDR block overlap a destination routed over IPsec-VPN on the same gateway?
 * Fields: `client-cidr`, `ipsec-routes` (list). Results: `overlap`, `no-overlap`.
 */
export const ipsecOverlap: Evaluator = overlapEvaluator(
  'client-cidr',
  'ipsec-routes',
  MAX_IPSEC_ROUTES,
  'overlap',
  'no-overlap',
  {
    overlap: { 'client-cidr': '10.10.0.0/24', 'ipsec-routes': '10.0.0.0/8' },
    'no-overlap': {
      'client-cidr': '10.10.0.0/24',
      'ipsec-routes': '192.168.50.0/24, 172.20.0.0/16',
    },
  },
);

/** The rule an evaluator expected, for the page to show. */
export interface ExpectedRule {
  readonly source?: string;
  readonly destination?: string;
  readonly protocol?: string;
  readonly port?: string;
}

/**
 * Details of the rule evaluators: what differs, and the rule that would work. The `expected*`
 * fields repeat `expected` flat, for message interpolation.
 */
export interface RuleCheckDetails {
  readonly differences: readonly NetworkMessage[];
  readonly expected: ExpectedRule;
  readonly expectedSource?: string;
  readonly expectedDestination?: string;
  readonly expectedProtocol?: string;
  readonly expectedPort?: string;
}

function ruleDetails(differences: NetworkMessage[], expected: ExpectedRule): RuleCheckDetails {
  const flat: Record<string, string> = {};
  if (expected.source !== undefined) flat.expectedSource = expected.source;
  if (expected.destination !== undefined) flat.expectedDestination = expected.destination;
  if (expected.protocol !== undefined) flat.expectedProtocol = expected.protocol;
  if (expected.port !== undefined) flat.expectedPort = expected.port;
  return { differences, expected, ...flat };
}

/** Protocols a user may read off an existing firewall rule. */
const RULE_PROTOCOL_CHOICES = ['tcp', 'udp', 'icmp', 'any'] as const;

/**
 * Does the user's existing firewall rule let the client reach the SSL-VPN endpoint? The port
 * the rule must allow comes from the platform (platforms.ts): FJcloud-O's is fixed (443/tcp,
 * 1194/udp); on Alibaba Cloud and an own OpenVPN server it is the server's port the user types
 * (`endpoint-port`), else the platform default (1194).
 * Fields: `protocol` (the connection's, `tcp`/`udp`), `endpoint-port` (optional: the server's
 * port), `rule-protocol` (`tcp`/`udp`/`icmp`/`any`), `rule-port` (port, `a:b` range, or
 * empty/`any`), `rule-destination` (address, CIDR, or empty/`any`), `internal-gateway`.
 * Results: `rule-ok`, `rule-wrong`.
 */
export const endpointRule: Evaluator = {
  results: ['rule-ok', 'rule-wrong'],
  examples: {
    'rule-ok': {
      protocol: 'udp',
      'endpoint-port': '1194',
      'rule-protocol': 'udp',
      'rule-port': '1194',
      'rule-destination': '192.168.10.5',
      'internal-gateway': '192.168.10.5',
    },
    'rule-wrong': {
      protocol: 'tcp',
      'endpoint-port': '',
      'rule-protocol': 'udp',
      'rule-port': '1194',
      'rule-destination': '192.168.10.5',
      'internal-gateway': '192.168.10.5',
    },
  },
  evaluate(input, context) {
    const errors: FieldIssue[] = [];
    const platform = platformOf(context);
    const protocol: VpnProtocol | undefined = readField(
      field(input, 'protocol'),
      'protocol',
      choiceParser(VPN_PROTOCOLS),
      errors,
    );
    const typed = readOptional(field(input, 'endpoint-port'), 'endpoint-port', portParser, errors, {
      anyAllowed: false,
    });
    const typedPort = typed?.kind === 'value' ? typed.value : undefined;
    const endpointFacts = PLATFORM_FACTS[platform].endpoint.value;
    if (typedPort !== undefined && endpointFacts.kind === 'chosen') {
      if (endpointFacts.refused.includes(typedPort)) {
        errors.push({
          field: 'endpoint-port',
          code: 'port-refused-by-platform',
          params: { value: typedPort, platform },
        });
      }
    }
    const ruleProtocol = readField(
      field(input, 'rule-protocol'),
      'rule-protocol',
      choiceParser(RULE_PROTOCOL_CHOICES),
      errors,
    );
    const ports = readOptional(field(input, 'rule-port'), 'rule-port', portsParser, errors);
    const dest = readOptional(
      field(input, 'rule-destination'),
      'rule-destination',
      hostOrBlockParser,
      errors,
    );
    const gateway = readField(
      field(input, 'internal-gateway'),
      'internal-gateway',
      addressParser,
      errors,
    );
    if (errors.length > 0 || !protocol || !ruleProtocol || !gateway) return { ok: false, errors };

    // FJcloud-O's port is fixed: a typed port does not change what the rule must allow.
    const { port } = expectedEndpoint(platform, protocol, typedPort);
    const expected: ExpectedRule = {
      destination: gateway.address,
      protocol,
      port: String(port),
    };
    const differences: NetworkMessage[] = [];
    if (ruleProtocol !== 'any' && ruleProtocol !== protocol) {
      differences.push({
        code: 'rule-protocol-mismatch',
        params: { actual: ruleProtocol, expected: protocol },
      });
    }
    if (ports?.kind === 'value' && (port < ports.value.min || port > ports.value.max)) {
      differences.push({
        code: 'rule-port-mismatch',
        params: { actual: formatPortRange(ports.value), expected: port },
      });
    }
    if (
      dest?.kind === 'value' &&
      !(dest.value.cidr.first <= gateway.value && gateway.value <= dest.value.cidr.last)
    ) {
      differences.push({
        code: 'rule-destination-mismatch',
        params: { actual: dest.value.text, expected: gateway.address },
      });
    }
    const details = ruleDetails(differences, expected);
    return { ok: true, result: differences.length > 0 ? 'rule-wrong' : 'rule-ok', details };
  },
};

/**
 * Does the user's firewall rule for a server admit the whole client address pool?
 * Fields: `pool-cidr`, `rule-source` (the rule's source; empty = no rule, `any` = every source),
 * `service-port` (optional: port or range, echoed in the expected rule).
 * Results: `rule-ok`, `rule-wrong` (source missing, or not containing the whole pool).
 */
export const serviceRule: Evaluator = {
  results: ['rule-ok', 'rule-wrong'],
  examples: {
    'rule-ok': { 'pool-cidr': '10.8.0.0/24', 'rule-source': '10.8.0.0/16', 'service-port': '22' },
    'rule-wrong': {
      'pool-cidr': '10.8.0.0/24',
      'rule-source': '10.8.0.0/25',
      'service-port': '22',
    },
  },
  evaluate(input) {
    const errors: FieldIssue[] = [];
    const pool = readCidr(input, 'pool-cidr', errors);
    const sourceField = readOptional(
      field(input, 'rule-source'),
      'rule-source',
      hostOrBlockParser,
      errors,
    );
    const missing = sourceField?.kind === 'empty';
    const source = sourceField?.kind === 'value' ? sourceField.value : undefined;
    const portField = readOptional(
      field(input, 'service-port'),
      'service-port',
      portsParser,
      errors,
      {
        anyAllowed: false,
      },
    );
    const ports = portField?.kind === 'value' ? portField.value : undefined;
    if (errors.length > 0 || !pool) return { ok: false, errors };

    const expected: ExpectedRule = {
      source: pool.normalized,
      ...(ports ? { port: formatPortRange(ports) } : {}),
    };
    const differences: NetworkMessage[] = [];
    if (missing) {
      differences.push({ code: 'rule-source-missing', params: { pool: pool.normalized } });
    } else if (source && !contains(source.cidr, pool)) {
      const shared = overlap(source.cidr, pool);
      differences.push(
        shared
          ? {
              code: 'rule-source-partial',
              params: { source: source.text, pool: pool.normalized, shared: shared.normalized },
            }
          : {
              code: 'rule-source-disjoint',
              params: { source: source.text, pool: pool.normalized },
            },
      );
    }
    const details = ruleDetails(differences, expected);
    return { ok: true, result: differences.length > 0 ? 'rule-wrong' : 'rule-ok', details };
  },
};

/** Every evaluator trees may name. */
export const evaluators: EvaluatorRegistry = {
  'pool-capacity': poolCapacity,
  'address-conflict': addressConflict,
  'pool-overlap': poolOverlap,
  'ipsec-overlap': ipsecOverlap,
  'endpoint-rule': endpointRule,
  'service-rule': serviceRule,
};
