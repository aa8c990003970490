/**
 * The IANA IPv4 Special-Purpose Address Registry
 * (https://www.iana.org/assignments/iana-ipv4-special-registry/, RFC 6890 §2.2.2), plus the
 * multicast block (IANA IPv4 Multicast Address Space Registry, RFC 5771), as one table with
 * the RFC of each row and what an address pool or local network may do with it: `refuse` what
 * can never be a pool (not forwardable, not a unicast destination), `warn` what works on a
 * private network but is reserved for something else. Private-use rows (RFC 1918) are handled
 * by the private-range check, not here.
 *
 * Where ipaddr.js's own `range()` names a row (`ipaddrRange`), the row is checked against it
 * (special-ranges.test.ts), so the two never drift apart.
 *
 * @packageDocumentation
 */
import ipaddr from 'ipaddr.js';
import { contains, overlap, parseCidr, type Cidr } from './cidr';

/** What a pool or local network touching the row gets. */
export type SpecialRangeAction = 'refuse' | 'warn';

/** One row of the table. */
export interface SpecialRange {
  readonly cidr: Cidr;
  /** The RFC (and section) that reserves it, as the registry cites it. */
  readonly rfc: string;
  readonly action: SpecialRangeAction;
  /** The ipaddr.js `range()` name that covers this row, when ipaddr.js knows it. */
  readonly ipaddrRange?: string;
  /** Stable id for tests and message params. */
  readonly id: string;
}

function row(
  id: string,
  text: string,
  rfc: string,
  action: SpecialRangeAction,
  ipaddrRange?: string,
): SpecialRange {
  const parsed = parseCidr(text);
  if (!parsed.ok || parsed.cidr.hostBitsSet) throw new Error(`bad constant ${text}`);
  return { id, cidr: parsed.cidr, rfc, action, ...(ipaddrRange ? { ipaddrRange } : {}) };
}

/**
 * The table, in address order. Rows nested in another row (192.0.0.0/29 in 192.0.0.0/24,
 * 255.255.255.255/32 in 240.0.0.0/4) are kept because the registry lists them.
 */
export const SPECIAL_RANGES: readonly SpecialRange[] = [
  row('this-network', '0.0.0.0/8', 'RFC 791 §3.2', 'refuse', 'unspecified'),
  row('shared-address-space', '100.64.0.0/10', 'RFC 6598', 'warn', 'carrierGradeNat'),
  row('loopback', '127.0.0.0/8', 'RFC 1122 §3.2.1.3', 'refuse', 'loopback'),
  row('link-local', '169.254.0.0/16', 'RFC 3927', 'refuse', 'linkLocal'),
  row('ietf-protocol-assignments', '192.0.0.0/24', 'RFC 6890 §2.1', 'warn', 'reserved'),
  row('service-continuity', '192.0.0.0/29', 'RFC 7335', 'warn', 'reserved'),
  row('documentation-1', '192.0.2.0/24', 'RFC 5737', 'warn', 'reserved'),
  row('as112-v4', '192.31.196.0/24', 'RFC 7535', 'warn', 'as112'),
  row('amt', '192.52.193.0/24', 'RFC 7450', 'warn', 'amt'),
  row('6to4-relay-anycast', '192.88.99.0/24', 'RFC 7526', 'warn', 'reserved'),
  row('as112-direct-delegation', '192.175.48.0/24', 'RFC 7534', 'warn', 'as112'),
  row('benchmarking', '198.18.0.0/15', 'RFC 2544', 'warn', 'reserved'),
  row('documentation-2', '198.51.100.0/24', 'RFC 5737', 'warn', 'reserved'),
  row('documentation-3', '203.0.113.0/24', 'RFC 5737', 'warn', 'reserved'),
  row('multicast', '224.0.0.0/4', 'RFC 5771', 'refuse', 'multicast'),
  row('reserved', '240.0.0.0/4', 'RFC 1112 §4', 'refuse', 'reserved'),
  row('limited-broadcast', '255.255.255.255/32', 'RFC 919 §7', 'refuse', 'broadcast'),
];

/** The rows a block touches (shares at least one address with). */
export function specialRangesOf(cidr: Cidr): SpecialRange[] {
  return SPECIAL_RANGES.filter((r) => overlap(cidr, r.cidr) !== undefined);
}

/**
 * The rows a block touches, without rows nested in another hit of the same action (so
 * 192.0.0.0/24 is named once, not with 192.0.0.0/29 too).
 */
export function specialRangeHits(cidr: Cidr): SpecialRange[] {
  const hits = specialRangesOf(cidr);
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h && o.action === h.action && contains(o.cidr, h.cidr) && o.cidr.size > h.cidr.size,
      ),
  );
}

/** The name ipaddr.js's `range()` gives one address (an unsigned 32-bit integer). */
export function ipaddrRangeOf(value: number): string {
  const bytes = [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256);
  return ipaddr.IPv4.parse(bytes.join('.')).range();
}
