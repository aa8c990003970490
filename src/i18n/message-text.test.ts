import { describe, expect, it } from 'vitest';
import { NETWORK_MESSAGE_CODES, evaluators } from '@/network/evaluators';
import { checkClientCidr } from '@/network/client-cidr-check';
import { buildFirewallRules } from '@/network/firewall-rules';
import enTools from '../../locales/en/tools.json';
import jaTools from '../../locales/ja/tools.json';
import enCommon from '../../locales/en/common.json';
import jaCommon from '../../locales/ja/common.json';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Every leaf key of a bundle, dotted, with its value. */
function leaves(value: Json, prefix = ''): Map<string, Json> {
  const out = new Map<string, Json>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  } else out.set(prefix, value);
  return out;
}

function placeholders(text: Json | undefined): string[] {
  return typeof text === 'string'
    ? [...new Set([...text.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort()
    : [];
}

const bundles = { en: enTools as Json, ja: jaTools as Json };

describe('tools.json', () => {
  it('en and ja have the same keys', () => {
    expect([...leaves(bundles.ja).keys()].sort()).toEqual([...leaves(bundles.en).keys()].sort());
  });

  it('every text is a non-empty string, with the same placeholders in both languages', () => {
    const en = leaves(bundles.en);
    const ja = leaves(bundles.ja);
    for (const [key, value] of en) {
      expect(typeof value === 'string' && value.trim() !== '', `en ${key}`).toBe(true);
      const other = ja.get(key);
      expect(typeof other === 'string' && other.trim() !== '', `ja ${key}`).toBe(true);
      expect(placeholders(other), `placeholders of ${key}`).toEqual(placeholders(value));
    }
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: every NETWORK_MESSAGE_CODES entry has a message`, () => {
      const messages = leaves(bundles[lang]);
      const missing = NETWORK_MESSAGE_CODES.filter((code) => {
        const text = messages.get(`messages.${code}`);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(missing).toEqual([]);
    });
  }

  it('has no message for a code the network layer does not produce', () => {
    const codes = new Set<string>(NETWORK_MESSAGE_CODES);
    const extra = Object.keys((enTools as { messages: Record<string, string> }).messages).filter(
      (k) => !codes.has(k),
    );
    expect(extra).toEqual([]);
  });
});

describe('common.json verdicts of the network evaluators', () => {
  const common = { en: enCommon as Json, ja: jaCommon as Json };
  for (const name of ['pool-overlap', 'ipsec-overlap', 'endpoint-rule', 'service-rule']) {
    const evaluator = evaluators[name];
    it(`${name}: a sentence for every result in en and ja`, () => {
      expect(evaluator).toBeDefined();
      for (const result of evaluator?.results ?? []) {
        for (const lang of ['en', 'ja'] as const) {
          const text = leaves(common[lang]).get(`verdicts.${name}.${result}`);
          expect(typeof text === 'string' && text !== '', `${lang} ${name}.${result}`).toBe(true);
        }
        expect(placeholders(leaves(common.ja).get(`verdicts.${name}.${result}`))).toEqual(
          placeholders(leaves(common.en).get(`verdicts.${name}.${result}`)),
        );
      }
    });
  }
});

describe('every placeholder of a message is filled by the params its code comes with', () => {
  const messages = (enTools as { messages: Record<string, string> }).messages;
  const seen = new Map<string, Set<string>[]>();
  const note = (code: string, params: object | undefined) => {
    seen.set(code, [...(seen.get(code) ?? []), new Set(Object.keys(params ?? {}))]);
  };
  const cidrInputs = [
    {
      platform: 'alibaba',
      clientCidr: '192.168.0.0/24',
      connections: '5',
      localNetworks: ['172.16.0.0/16'],
    },
    {
      platform: 'fjcloud',
      clientCidr: '192.168.0.1/29',
      connections: '50',
      localNetworks: ['192.168.0.0/16', '10.0.0.0/7'],
      clientLans: ['192.168.1.0/24'],
      ipsecRoutes: ['192.168.0.0/28'],
    },
    {
      platform: 'openvpn',
      clientCidr: '8.8.8.0/30',
      connections: '7',
      localNetworks: ['127.0.0.0/8 100.64.0.0/16'],
      clientLans: ['10.0.0.0/8'],
      ipsecRoutes: ['10.1.0.0/16'],
    },
    {
      platform: 'alibaba',
      clientCidr: '10.0.0.0/24',
      connections: '100000',
      localNetworks: ['10.1.0.0/16'],
      clientLans: ['10.1.2.0/24'],
    },
    {
      platform: 'alibaba',
      clientCidr: '10.0.0.0/24',
      connections: '7',
      localNetworks: ['0.0.0.0/0'],
    },
    {
      platform: 'x',
      clientCidr: 'fd00::/64',
      connections: 'abc',
      localNetworks: ['10.0.0.0/33', '10.0.0.0', '300.1.1.1/24', 'a,b,c,d,e,f'],
      clientLans: ['\u0000'],
      ipsecRoutes: ['fd00::1'],
    },
    { platform: 'alibaba', clientCidr: '', connections: '', localNetworks: [] },
    {
      platform: 'alibaba',
      clientCidr: 'x'.repeat(200),
      connections: '5',
      localNetworks: ['10.0.0.0/8'],
    },
  ];
  for (const input of cidrInputs) {
    const r = checkClientCidr(input as never);
    for (const e of r.errors) note(e.code, e.params);
    for (const v of r.verdicts) note(v.code, v.params);
    if (r.suggestion) note(r.suggestion.code, r.suggestion.params);
  }
  const dest = (d: object) => ({ address: '192.168.10.20', service: 'ssh', ...d });
  const fwInputs = [
    {
      protocol: 'udp',
      internalGateway: '192.168.10.5',
      clientPublic: '10.1.1.1',
      poolCidr: '10.8.0.0/24',
      destinations: [dest({})],
      firewallCreatedBeforeConnection: true,
    },
    {
      protocol: 'tcp',
      internalGateway: '192.168.10.5',
      clientPublic: 'any',
      poolCidr: '10.8.0.0/24',
      destinations: [dest({})],
      firewallCreatedBeforeConnection: false,
    },
    {
      protocol: 'tcp',
      internalGateway: '192.168.10.5',
      clientPublic: 'any',
      poolCidr: '10.8.0.0/24',
      destinations: [dest({})],
    },
    {
      protocol: 'gre',
      internalGateway: '10.0.0.0/24',
      clientPublic: 'fd00::1',
      poolCidr: '',
      destinations: [
        dest({ address: '', service: 'custom', port: '' }),
        dest({ service: 'custom', port: '99999' }),
        dest({ service: 'custom', port: '9:1' }),
        dest({ service: 'custom', port: 'x' }),
        dest({ service: 'custom', protocol: 'gre' }),
        dest({ service: 'telnet' }),
      ],
    },
    {
      protocol: 'tcp',
      internalGateway: 'fd00::1',
      clientPublic: '1.2.3',
      poolCidr: '10.0.0.0',
      destinations: [],
    },
    {
      protocol: 'tcp',
      internalGateway: '',
      clientPublic: '',
      poolCidr: 'fd00::/8',
      destinations: Array.from({ length: 21 }, () => dest({})),
    },
    {
      protocol: 'tcp',
      internalGateway: '1.1.1',
      clientPublic: 'a',
      poolCidr: '10.0.0.0/33',
      destinations: [dest({ address: '\u0000' })],
    },
  ];
  for (const input of fwInputs) {
    const r = buildFirewallRules(input as never);
    if (r.ok) for (const n of r.plan.notes) note(n.code, n.params);
    else for (const e of r.errors) note(e.code, e.params);
  }
  const ruleInputs: Record<string, string>[] = [
    {
      protocol: 'tcp',
      'rule-protocol': 'udp',
      'rule-port': '1194',
      'rule-destination': '10.0.0.9',
      'internal-gateway': '192.168.10.5',
    },
    { 'pool-cidr': '10.8.0.0/24', 'rule-source': '' },
    { 'pool-cidr': '10.8.0.0/24', 'rule-source': '10.8.0.0/25' },
    { 'pool-cidr': '10.8.0.0/24', 'rule-source': '10.9.0.0/24' },
  ];
  for (const input of ruleInputs) {
    for (const name of ['endpoint-rule', 'service-rule']) {
      const r = evaluators[name]?.evaluate(input);
      if (r?.ok) {
        const d = r.details as { differences?: { code: string; params?: object }[] };
        for (const x of d.differences ?? []) note(x.code, x.params);
      }
    }
  }

  it('covers most codes', () => {
    expect(seen.size).toBeGreaterThan(NETWORK_MESSAGE_CODES.length * 0.8);
  });

  it('no message names a placeholder its code does not fill', () => {
    const problems: string[] = [];
    for (const [code, paramSets] of seen) {
      for (const name of placeholders(messages[code])) {
        if (paramSets.some((keys) => !keys.has(name))) problems.push(`${code}: {{${name}}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists the codes the corpus does not reach (for information)', () => {
    const unseen = NETWORK_MESSAGE_CODES.filter((c) => !seen.has(c));
    expect(unseen.length).toBeLessThan(10);
  });
});
