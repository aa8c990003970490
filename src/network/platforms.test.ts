import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, maxClients, addressesNeeded, prefixForClients } from './cidr';
import { checkClientCidr } from './client-cidr-check';
import { evaluators } from './evaluators';
import { FIREWALL_PLATFORMS } from './firewall-rules';
import {
  PLATFORM_FACTS,
  PLATFORM_IDS,
  TOPOLOGIES,
  addressesNeededFor,
  clientsServed,
  expectedEndpoint,
  type PoolRule,
} from './platforms';
import { PLATFORM_OPTIONS } from '../trees/shared';
import { trees } from '../trees';
import enCommon from '../../locales/en/common.json';
import enTools from '../../locales/en/tools.json';

const RUNS = { numRuns: 1000 };
const RULES: readonly PoolRule[] = [
  { kind: 'per-client-30' },
  { kind: 'net30' },
  { kind: 'subnet' },
];

describe('one platform list (issue 15.3 / 13.7)', () => {
  it('every list of platforms agrees with the table', () => {
    expect(Object.keys(PLATFORM_FACTS)).toEqual([...PLATFORM_IDS]);
    for (const id of PLATFORM_IDS) expect(PLATFORM_FACTS[id].id).toBe(id);
    expect([...PLATFORMS]).toEqual([...PLATFORM_IDS]);
    expect(PLATFORM_OPTIONS).toEqual([...PLATFORM_IDS, 'unsure']);
    // Every tree asks the platform first, with exactly these options.
    for (const tree of trees) {
      const node = tree.nodes.find((n) => n.id === 'platform');
      expect(node?.kind, tree.id).toBe('question');
      if (node?.kind === 'question') {
        expect(node.options.map((o) => o.id)).toEqual([...PLATFORM_OPTIONS]);
      }
    }
    // Every platform has its terms in the words.
    const terms = (enCommon as unknown as { terms: Record<string, unknown> }).terms;
    for (const id of PLATFORM_IDS) expect(terms[id], id).toBeDefined();
    // The firewall builder renders exactly the platforms with an OpenStack firewall API.
    expect([...FIREWALL_PLATFORMS]).toEqual(
      PLATFORM_IDS.filter((p) => PLATFORM_FACTS[p].firewallApi.value !== 'none'),
    );
  });

  it('every fact names its source', () => {
    for (const f of Object.values(PLATFORM_FACTS)) {
      for (const fact of [f.protocols, f.endpoint, f.pool, f.poolPrefix, f.firewallApi]) {
        expect(fact.source.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('pool rules: needed addresses follow the capacity rule (issue 17.2)', () => {
  it('for every pool size and count: it serves them exactly when it holds the needed addresses', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 1, max: 100000 }),
        (rule, bits, clients) => {
          const size = 2 ** bits;
          expect(clientsServed(size, rule) >= clients).toBe(
            size >= addressesNeededFor(clients, rule),
          );
        },
      ),
      RUNS,
    );
  });

  it('FJcloud-O /29 with one connection: needs 8, not 12 (failed before)', () => {
    expect(addressesNeeded(1, 'fjcloud')).toBe(8);
    expect(maxClients(8, 'fjcloud')).toBe(1);
    expect(addressesNeeded(2, 'fjcloud')).toBe(16);
  });

  it('every capacity verdict: its numbers agree with each other and with the sentence', () => {
    const messages = (enTools as { messages: Record<string, string> }).messages;
    fc.assert(
      fc.property(
        fc.constantFrom(...PLATFORM_IDS),
        fc.constantFrom('', ...TOPOLOGIES),
        fc.integer({ min: 16, max: 30 }),
        fc.integer({ min: 1, max: 70000 }),
        (platform, topology, prefix, connections) => {
          const report = checkClientCidr({
            platform,
            topology,
            clientCidr: `10.0.0.0/${prefix}`,
            connections: String(connections),
            localNetworks: ['192.168.0.0/24'],
          });
          const v = report.verdicts.find((x) => x.id === 'capacity');
          expect(v).toBeDefined();
          if (!v) return;
          const p = v.params as Record<string, number>;
          const size = 2 ** (32 - prefix);
          expect(p.size).toBe(size);
          const enough = (p.maxClients ?? 0) >= connections;
          // The sentence says "enough" exactly when the pool serves the count…
          expect(v.code === 'capacity-enough').toBe(enough);
          expect(v.status === 'pass').toBe(enough);
          // …and "needs N addresses" by the same rule: enough ⇔ size ≥ needed.
          expect(size >= (p.needed ?? 0)).toBe(enough);
          // The mask it asks for really serves the count (when a /16 can).
          const neededSize = 2 ** (32 - (p.neededPrefix ?? 0));
          expect(neededSize).toBeGreaterThanOrEqual(p.needed ?? 0);
          const topo = platform === 'openvpn' && topology ? topology : undefined;
          expect(maxClients(neededSize, platform, topo)).toBeGreaterThanOrEqual(connections);
          expect(p.neededPrefix).toBe(prefixForClients(connections, platform, topo));
          // Every number the sentence shows is one of these params.
          for (const m of (messages[v.code] ?? '').matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)) {
            expect(v.params, `${v.code} {{${m[1]}}}`).toHaveProperty(m[1] ?? '');
          }
        },
      ),
      RUNS,
    );
  });

  it('the pool-capacity evaluator gives the same numbers as the checker', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLATFORM_IDS),
        fc.integer({ min: 16, max: 30 }),
        fc.integer({ min: 1, max: 5000 }),
        (platform, prefix, connections) => {
          const r = evaluators['pool-capacity']?.evaluate(
            { 'client-cidr': `10.0.0.0/${prefix}`, connections: String(connections) },
            { platform },
          );
          const c = checkClientCidr({
            platform,
            clientCidr: `10.0.0.0/${prefix}`,
            connections: String(connections),
            localNetworks: ['192.168.0.0/24'],
          }).verdicts.find((x) => x.id === 'capacity');
          if (!r?.ok || !c) throw new Error('expected results');
          const d = r.details as Record<string, number>;
          expect({
            maxClients: d.maxClients,
            needed: d.needed,
            neededPrefix: d.neededPrefix,
          }).toEqual({
            maxClients: c.params.maxClients,
            needed: c.params.needed,
            neededPrefix: c.params.neededPrefix,
          });
          expect(r.result === 'enough').toBe(c.code === 'capacity-enough');
        },
      ),
      RUNS,
    );
  });
});

describe('endpoint ports per platform (content-review #7 / T12)', () => {
  it('FJcloud-O fixed, Alibaba and own OpenVPN: typed or default 1194', () => {
    expect(expectedEndpoint('fjcloud', 'tcp')).toEqual({
      protocol: 'tcp',
      port: 443,
      from: 'fixed',
    });
    expect(expectedEndpoint('fjcloud', 'tcp', 8443).port).toBe(443);
    expect(expectedEndpoint('alibaba', 'tcp')).toEqual({
      protocol: 'tcp',
      port: 1194,
      from: 'default',
    });
    expect(expectedEndpoint('openvpn', 'udp', 1195)).toEqual({
      protocol: 'udp',
      port: 1195,
      from: 'typed',
    });
  });

  const endpoint = evaluators['endpoint-rule'];
  const rule = (extra: Record<string, string>) => ({
    protocol: 'tcp',
    'rule-protocol': 'tcp',
    'rule-port': '1194',
    'rule-destination': '',
    'internal-gateway': '192.168.10.5',
    ...extra,
  });

  it('a correct tcp/1194 rule is ok on Alibaba Cloud and own OpenVPN (was "rule-wrong": 443)', () => {
    for (const platform of ['alibaba', 'openvpn', 'unsure']) {
      const r = endpoint?.evaluate(rule({}), { platform });
      expect(r?.ok && r.result, platform).toBe('rule-ok');
    }
    const fj = endpoint?.evaluate(rule({}), { platform: 'fjcloud' });
    expect(fj?.ok && fj.result).toBe('rule-wrong');
  });

  it('takes the typed port on Alibaba Cloud and refuses the ports Alibaba does not allow', () => {
    const r = endpoint?.evaluate(rule({ 'endpoint-port': '4443', 'rule-port': '4443' }), {
      platform: 'alibaba',
    });
    expect(r?.ok && r.result).toBe('rule-ok');
    const bad = endpoint?.evaluate(rule({ 'endpoint-port': '443' }), { platform: 'alibaba' });
    expect(bad).toEqual({
      ok: false,
      errors: [
        {
          field: 'endpoint-port',
          code: 'port-refused-by-platform',
          params: { value: 443, platform: 'alibaba' },
        },
      ],
    });
  });
});
