import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { packetLoss as tree } from './packet-loss';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;
const diagnoses = new Set<string>(
  tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id),
);

const base = { platform: 'alibaba' } as const;
const toMonitor = { ...base, 'mtu-log': 'none' } as const;
const toInternet = { ...toMonitor, 'traffic-monitor': 'pass' } as const;
const toProbe = { ...toInternet, 'internet-loss': 'pass' } as const;
const toProtocol = { ...toProbe, 'mtu-probe': 'pass' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → mtu-log', (platform) => {
    expect(at({ platform })).toBe('mtu-log');
  });
});

describe('question: mtu-log', () => {
  it('mtu-lines → mtu-fragmentation', () => {
    expect(at({ ...base, 'mtu-log': 'mtu-lines' })).toBe('mtu-fragmentation');
  });
  it('none → traffic-monitor', () => {
    expect(at({ ...base, 'mtu-log': 'none' })).toBe('traffic-monitor');
  });
  it('unsure → traffic-monitor', () => {
    expect(at({ ...base, 'mtu-log': 'unsure' })).toBe('traffic-monitor');
  });
});

describe('question: traffic-monitor', () => {
  it('pass → internet-loss', () => {
    expect(at({ ...toMonitor, 'traffic-monitor': 'pass' })).toBe('internet-loss');
  });
  it('fail → gateway-bandwidth-exceeded', () => {
    expect(at({ ...toMonitor, 'traffic-monitor': 'fail' })).toBe('gateway-bandwidth-exceeded');
  });
  it('unsure → internet-loss', () => {
    expect(at({ ...toMonitor, 'traffic-monitor': 'unsure' })).toBe('internet-loss');
  });
});

describe('question: internet-loss', () => {
  it('pass → mtu-probe', () => {
    expect(at({ ...toInternet, 'internet-loss': 'pass' })).toBe('mtu-probe');
  });
  it('fail → unstable-internet', () => {
    expect(at({ ...toInternet, 'internet-loss': 'fail' })).toBe('unstable-internet');
  });
  it('unsure → mtu-probe', () => {
    expect(at({ ...toInternet, 'internet-loss': 'unsure' })).toBe('mtu-probe');
  });
});

describe('question: mtu-probe', () => {
  it('pass → ssl-protocol', () => {
    expect(at({ ...toProbe, 'mtu-probe': 'pass' })).toBe('ssl-protocol');
  });
  it('fail → mtu-fragmentation', () => {
    expect(at({ ...toProbe, 'mtu-probe': 'fail' })).toBe('mtu-fragmentation');
  });
  it('unsure → ssl-protocol', () => {
    expect(at({ ...toProbe, 'mtu-probe': 'unsure' })).toBe('ssl-protocol');
  });
});

describe('question: ssl-protocol', () => {
  it('udp → ssl-server-uses-udp', () => {
    expect(at({ ...toProtocol, 'ssl-protocol': 'udp' })).toBe('ssl-server-uses-udp');
  });
  it('tcp → trace-packet-path', () => {
    expect(at({ ...toProtocol, 'ssl-protocol': 'tcp' })).toBe('trace-packet-path');
  });
  it('unsure → ssl-server-uses-udp', () => {
    expect(at({ ...toProtocol, 'ssl-protocol': 'unsure' })).toBe('ssl-server-uses-udp');
  });
});

/** SEED-FAQ "パケット損失が発生した場合" rows (+ MTU from domain-facts §4) → diagnosis. */
const faqRows: readonly (readonly [string, Answers, string])[] = [
  [
    'VPNゲートウェイ仕様の問題: traffic surge above the bandwidth',
    { ...toMonitor, 'traffic-monitor': 'fail' },
    'gateway-bandwidth-exceeded',
  ],
  [
    'SSLサーバー構成の問題: unreliable UDP',
    { ...toProtocol, 'ssl-protocol': 'udp' },
    'ssl-server-uses-udp',
  ],
  ['不安定なインターネット接続', { ...toInternet, 'internet-loss': 'fail' }, 'unstable-internet'],
  [
    'MTU / fragmentation log lines (domain-facts §4)',
    { ...base, 'mtu-log': 'mtu-lines' },
    'mtu-fragmentation',
  ],
  ['MTU probe: large DF pings fail', { ...toProbe, 'mtu-probe': 'fail' }, 'mtu-fragmentation'],
];

describe('SEED-FAQ rows', () => {
  it.each(faqRows)('%s', (_row, answers, id) => {
    expect(diagnoses.has(id)).toBe(true);
    expect(at(answers)).toBe(id);
  });
});
