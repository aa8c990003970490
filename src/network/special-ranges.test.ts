import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { cidrFrom, contains, intToIp } from './cidr';
import { checkClientCidr } from './client-cidr-check';
import { SPECIAL_RANGES, ipaddrRangeOf, specialRangeHits } from './special-ranges';

const RUNS = { numRuns: 2000 };

/** The innermost table row that holds an address. */
function innermost(value: number) {
  const rows = SPECIAL_RANGES.filter((r) => r.cidr.first <= value && value <= r.cidr.last);
  return rows.sort((a, b) => a.cidr.size - b.cidr.size)[0];
}

/** Addresses drawn from inside every row and from anywhere. */
const arbAddress = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  fc
    .tuple(fc.constantFrom(...SPECIAL_RANGES), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([r, f]) => Math.min(r.cidr.last, r.cidr.first + Math.floor(f * r.cidr.size))),
);

describe('the IANA special-purpose table', () => {
  it('holds the rows issue 17 names, with their action', () => {
    const action = Object.fromEntries(SPECIAL_RANGES.map((r) => [r.cidr.normalized, r.action]));
    for (const refused of [
      '0.0.0.0/8',
      '127.0.0.0/8',
      '169.254.0.0/16',
      '224.0.0.0/4',
      '240.0.0.0/4',
      '255.255.255.255/32',
    ]) {
      expect(action[refused], refused).toBe('refuse');
    }
    for (const warned of [
      '100.64.0.0/10',
      '198.18.0.0/15',
      '192.0.2.0/24',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '192.0.0.0/24',
    ]) {
      expect(action[warned], warned).toBe('warn');
    }
    for (const r of SPECIAL_RANGES) expect(r.rfc).toMatch(/^RFC \d{3,4}( §[\d.]+)?$/);
  });

  it('every row is a block ipaddr.js parses to the same network', () => {
    for (const r of SPECIAL_RANGES) {
      const [net, bits] = ipaddr.IPv4.parseCIDR(r.cidr.normalized);
      expect(`${net.toString()}/${bits}`).toBe(r.cidr.normalized);
    }
  });

  it('agrees with ipaddr.js range() on every address', () => {
    fc.assert(
      fc.property(arbAddress, (value) => {
        const range = ipaddrRangeOf(value);
        const row = innermost(value);
        if (row) expect(row.ipaddrRange, intToIp(value)).toBe(range);
        else expect(['unicast', 'private'], intToIp(value)).toContain(range);
        // What ipaddr.js calls never-a-pool, the table refuses.
        if (['unspecified', 'broadcast', 'multicast', 'linkLocal', 'loopback'].includes(range)) {
          expect(row?.action).toBe('refuse');
        }
      }),
      RUNS,
    );
  });
});

describe('the client CIDR checker follows the table (issue 17.1)', () => {
  const arbBlock = fc
    .tuple(arbAddress, fc.integer({ min: 8, max: 32 }))
    .map(([v, p]) => cidrFrom(v, p));

  it('a pool fails exactly when it touches a refused row, warns for a warned row, naming each with its RFC', () => {
    fc.assert(
      fc.property(arbBlock, (pool) => {
        const report = checkClientCidr({
          platform: 'openvpn',
          clientCidr: pool.normalized,
          connections: '1',
          localNetworks: ['10.255.255.0/24'],
        });
        const byId = new Map(report.verdicts.map((v) => [v.id, v]));
        const touched = SPECIAL_RANGES.filter(
          (r) => pool.first <= r.cidr.last && r.cidr.first <= pool.last,
        );
        const refused = touched.filter((r) => r.action === 'refuse');
        const reserved = byId.get('reserved:client-cidr');
        expect(reserved !== undefined).toBe(refused.length > 0);
        if (reserved) {
          expect(reserved.status).toBe('fail');
          for (const r of refused) {
            // Named unless a larger refused row already names its addresses.
            const covered = refused.some(
              (o) => o !== r && contains(o.cidr, r.cidr) && o.cidr.size > r.cidr.size,
            );
            if (!covered)
              expect(String(reserved.params.ranges)).toContain(`${r.cidr.normalized} (${r.rfc})`);
          }
        }
        const warned = touched.filter((r) => r.action === 'warn');
        const warnings = ['shared:client-cidr', 'special:client-cidr'].filter((id) => byId.has(id));
        expect(warnings.length > 0).toBe(warned.length > 0);
        expect(specialRangeHits(pool).length > 0).toBe(touched.length > 0);
        // The "not private" check is only made when no special row was touched.
        expect(byId.has('private:client-cidr')).toBe(touched.length === 0);
      }),
      RUNS,
    );
  });

  it('0.0.0.0/8 and 240.0.0.0/4 are refused, not merely "not private" (failed before)', () => {
    for (const clientCidr of ['0.0.0.0/24', '240.0.0.0/24', '250.1.0.0/16']) {
      const r = checkClientCidr({
        platform: 'alibaba',
        clientCidr,
        connections: '5',
        localNetworks: ['10.0.0.0/16'],
      });
      expect(r.verdicts.find((v) => v.id === 'reserved:client-cidr')?.status).toBe('fail');
      expect(r.verdicts.find((v) => v.id === 'private:client-cidr')).toBeUndefined();
    }
  });

  it('documentation and benchmarking ranges warn with their RFC', () => {
    const r = checkClientCidr({
      platform: 'alibaba',
      clientCidr: '198.18.0.0/24',
      connections: '5',
      localNetworks: ['192.0.2.0/24'],
    });
    expect(r.verdicts.find((v) => v.id === 'special:client-cidr')?.params).toEqual({
      value: '198.18.0.0/24',
      ranges: '198.18.0.0/15 (RFC 2544)',
    });
    expect(r.verdicts.find((v) => v.id === 'special:local-networks:0')?.params.ranges).toBe(
      '192.0.2.0/24 (RFC 5737)',
    );
  });
});
