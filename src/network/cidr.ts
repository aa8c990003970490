/**
 * IPv4 address and CIDR arithmetic for the wizard's network checks. Pure: no UI imports; the
 * only module family allowed to import ipaddr.js. Every function here is total: it returns an
 * error code instead of throwing, whatever string it is given.
 *
 * @packageDocumentation
 */
import ipaddr from 'ipaddr.js';
import {
  PLATFORM_FACTS,
  addressesNeededFor,
  clientsServed,
  poolRuleFor,
  type Platform,
  type Topology,
} from './platforms';

/**
 * Every message code `src/network` can put in a field error, a verdict, a note or a
 * difference. The UI translates each one (a test there checks that every code has a string).
 */
export const NETWORK_MESSAGE_CODES = [
  // Field errors: CIDR fields.
  'cidr-empty',
  'cidr-ipv6',
  'cidr-not-cidr',
  'cidr-bad-prefix',
  'cidr-bad-address',
  // Field errors: single-address fields.
  'ip-empty',
  'ip-ipv6',
  'ip-bad-address',
  'ip-not-address',
  // Field errors: any field.
  'required',
  'too-many',
  'integer-range',
  'control-chars',
  'too-long',
  'choice-invalid',
  // Field errors: ports.
  'port-empty',
  'port-invalid',
  'port-out-of-range',
  'port-range-reversed',
  'port-single-expected',
  'port-not-allowed-icmp',
  'port-refused-by-platform',
  'endpoint-port-fixed',
  // Field errors: firewall rule builder.
  'platform-no-firewall-service',
  'availability-zone-invalid',
  'availability-zone-not-applicable',
  // Verdicts of the client CIDR check.
  'cidr-valid',
  'host-bits-set',
  'client-prefix-ok',
  'client-prefix-out-of-range',
  'local-prefix-ok',
  'local-prefix-out-of-range',
  'reserved-range',
  'special-range-warning',
  'shared-address-range',
  'client-cidr-private',
  'client-cidr-not-private',
  'capacity-enough',
  'capacity-too-small',
  'capacity-exceeds-largest-pool',
  'connections-not-spec',
  'pool-rule-net30',
  'pool-rule-subnet',
  'overlap-local-network',
  'overlap-client-lan',
  'overlap-ipsec-route',
  'overlap-lan-local-network',
  'no-overlap-local-networks',
  'local-networks-not-checked',
  'no-overlap-client-lans',
  'no-overlap-ipsec-routes',
  'suggest-client-cidr',
  'no-suggestion',
  // Notes of the firewall rule builder.
  'endpoint-rule-auto-added',
  'endpoint-rule-add-manually',
  'endpoint-rule-check-exists',
  'client-ip-private',
  'egress-default-allows-all',
  'security-group-unset-allows-all',
  'host-bits-kept-host',
  'host-bits-used-block',
  'availability-zone-set',
  'availability-zone-default',
  'firewall-api-fwaas-v1',
  'firewall-api-fwaas-v2',
  // Differences found by the endpoint-rule / service-rule evaluators.
  'rule-protocol-mismatch',
  'rule-port-mismatch',
  'rule-destination-mismatch',
  'rule-source-missing',
  'rule-source-partial',
  'rule-source-disjoint',
] as const;

/** One of {@link NETWORK_MESSAGE_CODES}. */
export type NetworkMessageCode = (typeof NETWORK_MESSAGE_CODES)[number];

/** Values that fill a message's placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translatable message: a code plus the values for its placeholders. */
export interface NetworkMessage {
  readonly code: NetworkMessageCode;
  readonly params?: MessageParams;
}

/**
 * A problem with one input field (or one item of a list field, by 0-based `index`).
 * Structurally compatible with the engine's `FieldError`.
 */
export interface FieldIssue {
  readonly field: string;
  readonly index?: number;
  readonly code: NetworkMessageCode;
  readonly params?: MessageParams;
}

/** A parsed IPv4 CIDR block. */
export interface Cidr {
  /** The network address (host bits cleared), e.g. `192.168.0.0`. */
  readonly network: string;
  readonly prefix: number;
  /** First address as an unsigned 32-bit integer. */
  readonly first: number;
  /** Last address as an unsigned 32-bit integer. */
  readonly last: number;
  /** Number of addresses in the block (2^(32-prefix)). */
  readonly size: number;
  /** `network/prefix`. */
  readonly normalized: string;
  /** True when the typed address had host bits set (e.g. `10.0.0.1/24`). */
  readonly hostBitsSet: boolean;
}

/** Why a text is not an IPv4 CIDR. The field error code is `cidr-<code>`. */
export type CidrErrorCode = 'empty' | 'ipv6' | 'not-cidr' | 'bad-address' | 'bad-prefix';

/** The result of {@link parseCidr}. */
export type CidrParse =
  | { readonly ok: true; readonly cidr: Cidr }
  | {
      readonly ok: false;
      readonly code: CidrErrorCode;
      readonly params?: Readonly<Record<string, string>>;
    };

function toInt(bytes: readonly number[]): number {
  return (
    ((bytes[0] ?? 0) * 2 ** 24 +
      (bytes[1] ?? 0) * 2 ** 16 +
      (bytes[2] ?? 0) * 2 ** 8 +
      (bytes[3] ?? 0)) >>>
    0
  );
}

/** An unsigned 32-bit integer as dotted quad. */
export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256).join('.');
}

/** Builds a CIDR from a first address and prefix (host bits are cleared). */
export function cidrFrom(first: number, prefix: number): Cidr {
  const size = 2 ** (32 - prefix);
  const start = Math.floor(first / size) * size;
  const network = intToIp(start);
  return {
    network,
    prefix,
    first: start,
    last: start + size - 1,
    size,
    normalized: `${network}/${prefix}`,
    hostBitsSet: start !== first,
  };
}

/**
 * Folds full-width characters typed with a Japanese IME (`１９２．１６８．０．０／２４`) to
 * ASCII and trims. Never throws.
 */
export function normalizeInput(text: string): string {
  let value = text;
  try {
    value = text.normalize('NFKC');
  } catch {
    // Lone surrogates cannot be normalised; parse the text as typed.
  }
  return value.trim();
}

/** The four-part decimal form ipaddr.js accepts, pre-screened so long junk stays cheap. */
function parseDottedQuad(text: string): number | undefined {
  if (!/^[0-9.]{7,15}$/.test(text) || !ipaddr.IPv4.isValidFourPartDecimal(text)) return undefined;
  return toInt(ipaddr.IPv4.parse(text).toByteArray());
}

function looksIpv6(text: string): boolean {
  return text.includes(':') && text.length <= 64 && ipaddr.IPv6.isValid(text);
}

/**
 * Parses an IPv4 CIDR such as `192.168.0.0/24` (surrounding spaces ignored, full-width digits
 * folded). Host bits are cleared and reported (`hostBitsSet`). Never throws.
 *
 * @example parseCidr('10.0.0.1/24') // { ok: true, cidr: { normalized: '10.0.0.0/24', hostBitsSet: true, … } }
 */
export function parseCidr(text: string): CidrParse {
  const value = normalizeInput(text);
  if (value === '') return { ok: false, code: 'empty' };
  const slash = value.indexOf('/');
  const addressText = slash === -1 ? value : value.slice(0, slash);
  if (looksIpv6(addressText)) return { ok: false, code: 'ipv6' };
  if (slash === -1) return { ok: false, code: 'not-cidr', params: { value } };
  const prefixText = value.slice(slash + 1);
  if (!/^\d{1,2}$/.test(prefixText) || Number(prefixText) > 32) {
    return { ok: false, code: 'bad-prefix', params: { value, prefix: prefixText } };
  }
  const typed = parseDottedQuad(addressText);
  if (typed === undefined) {
    return { ok: false, code: 'bad-address', params: { value: addressText } };
  }
  const cidr = cidrFrom(typed, Number(prefixText));
  return { ok: true, cidr: { ...cidr, hostBitsSet: cidr.first !== typed } };
}

/** Why a text is not a single IPv4 address. The field error code is `ip-<code>`. */
export type AddressErrorCode = 'empty' | 'ipv6' | 'bad-address';

/** The result of {@link parseAddress}. */
export type AddressParse =
  | { readonly ok: true; readonly address: string; readonly value: number }
  | {
      readonly ok: false;
      readonly code: AddressErrorCode;
      readonly params?: Readonly<Record<string, string>>;
    };

/** Parses one IPv4 address in four-part decimal form (`192.168.0.5`). Never throws. */
export function parseAddress(text: string): AddressParse {
  const value = normalizeInput(text);
  if (value === '') return { ok: false, code: 'empty' };
  if (looksIpv6(value)) return { ok: false, code: 'ipv6' };
  const parsed = parseDottedQuad(value);
  if (parsed === undefined) return { ok: false, code: 'bad-address', params: { value } };
  return { ok: true, address: intToIp(parsed), value: parsed };
}

/** An address or a block, as a firewall rule's source or destination holds it. */
export interface HostOrBlock {
  /** The block (a single address is a /32). */
  readonly cidr: Cidr;
  /** True when a bare address was typed (no `/`). */
  readonly isAddress: boolean;
  /** The address as typed, or the normalised block. */
  readonly text: string;
  /** For a block typed with host bits set (`192.168.20.37/24`): the address part as typed. */
  readonly hostAddress?: string;
}

/** The result of {@link parseHostOrBlock}; `code` is already the full field error code. */
export type HostOrBlockParse =
  | { readonly ok: true; readonly value: HostOrBlock }
  | {
      readonly ok: false;
      readonly code: NetworkMessageCode;
      readonly params?: Readonly<Record<string, string>>;
    };

/**
 * Parses an IPv4 address (`10.0.0.5`) or CIDR block (`10.0.0.0/24`). Errors are `ip-*` codes
 * for text without `/`, `cidr-*` codes otherwise. Never throws.
 */
export function parseHostOrBlock(text: string): HostOrBlockParse {
  const value = normalizeInput(text);
  if (value.includes('/')) {
    const parsed = parseCidr(value);
    if (!parsed.ok) {
      return {
        ok: false,
        code: `cidr-${parsed.code}`,
        ...(parsed.params ? { params: parsed.params } : {}),
      };
    }
    const typed = parsed.cidr.hostBitsSet
      ? parseAddress(value.slice(0, value.indexOf('/')))
      : undefined;
    return {
      ok: true,
      value: {
        cidr: parsed.cidr,
        isAddress: false,
        text: parsed.cidr.normalized,
        ...(typed?.ok ? { hostAddress: typed.address } : {}),
      },
    };
  }
  const parsed = parseAddress(value);
  if (!parsed.ok) {
    return {
      ok: false,
      code: `ip-${parsed.code}`,
      ...(parsed.params ? { params: parsed.params } : {}),
    };
  }
  return {
    ok: true,
    value: { cidr: cidrFrom(parsed.value, 32), isAddress: true, text: parsed.address },
  };
}

/** The range two blocks share, or undefined when they do not overlap. Symmetric. */
export function overlap(a: Cidr, b: Cidr): Cidr | undefined {
  if (a.last < b.first || b.last < a.first) return undefined;
  // CIDR blocks either nest or are disjoint: the shared range is the smaller block.
  return a.size <= b.size ? a : b;
}

/** True when every address of `inner` lies in `outer`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}

/**
 * Splits a list typed as lines, commas, semicolons, spaces or Japanese commas (`、`) into its
 * non-empty items.
 */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;、，；]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * True when the text holds a C0 control other than tab, line feed and carriage return, DEL, a
 * C1 control, a bidi override or isolate, or a byte order mark.
 */
export function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    if ((c >= 0x7f && c <= 0x9f) || c === 0xfeff) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

/**
 * Checks the raw text of a field before parsing: control characters (other than line breaks
 * and tabs, which separate list items) and length. Returns the issue code, or undefined.
 */
export function textIssue(
  text: string,
  max: number,
): { readonly code: 'control-chars' | 'too-long'; readonly params?: MessageParams } | undefined {
  if (hasControlChars(text)) return { code: 'control-chars' };
  if (text.length > max) return { code: 'too-long', params: { max } };
  return undefined;
}

export { PLATFORM_IDS as PLATFORMS, type Platform } from './platforms';

/**
 * How many clients a pool of `size` addresses serves on a platform (an own OpenVPN server:
 * with `--topology net30` unless `topology` says otherwise). See `clientsServed` in
 * platforms.ts for the rules and their sources.
 */
export function maxClients(size: number, platform: Platform, topology?: Topology): number {
  return clientsServed(size, poolRuleFor(platform, topology));
}

/**
 * Addresses a pool needs for `clients` concurrent connections: the same rule as
 * {@link maxClients} (FJcloud-O: a /29 serves one client, so one client needs 8, not 12).
 */
export function addressesNeeded(clients: number, platform: Platform, topology?: Topology): number {
  return addressesNeededFor(clients, poolRuleFor(platform, topology));
}

/** The longest prefix (smallest block) that holds `addresses` addresses. */
export function prefixFor(addresses: number): number {
  let prefix = 32;
  while (prefix > 0 && 2 ** (32 - prefix) < addresses) prefix--;
  return prefix;
}

/** Shortest and longest client CIDR masks the gateways accept (/16–/29). */
export const CLIENT_PREFIX_RANGE: { readonly min: number; readonly max: number } =
  PLATFORM_FACTS.alibaba.poolPrefix.value;
/** Shortest and longest local network masks Alibaba Cloud accepts (/8–/32). */
export const LOCAL_PREFIX_RANGE = { min: 8, max: 32 } as const;

/**
 * The longest prefix a client pool may have that serves `clients` connections on a platform,
 * never longer than /29 (the smallest pool the gateways accept). May be shorter than /16 when
 * no accepted pool is large enough. E.g. Alibaba: 5→27, 50→24, 1000→20.
 */
export function prefixForClients(clients: number, platform: Platform, topology?: Topology): number {
  let prefix = CLIENT_PREFIX_RANGE.max;
  while (prefix > 0 && maxClients(2 ** (32 - prefix), platform, topology) < clients) prefix--;
  return prefix;
}

/** Alibaba Cloud's concurrent SSL connection specs (gateway sizes). */
export const CONNECTION_SPECS: readonly number[] =
  PLATFORM_FACTS.alibaba.connectionSpecs?.value ?? [];

function block(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`bad constant ${text}`);
  return parsed.cidr;
}

/** The private ranges of RFC 1918, where a client CIDR should lie. */
export const PRIVATE_RANGES: readonly Cidr[] = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
].map(block);

/** True when the block lies wholly inside one RFC 1918 range. */
export function isPrivate(cidr: Cidr): boolean {
  return PRIVATE_RANGES.some((range) => contains(range, cidr));
}
