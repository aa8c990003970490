import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { highLatency as tree } from './high-latency';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;
const diagnoses = new Set<string>(
  tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id),
);

const base = { platform: 'alibaba' } as const;
const toAge = { ...base, 'traffic-monitor': 'pass' } as const;
const toInternet = { ...toAge, 'gateway-age': 'after-2021-04' } as const;
const toDistance = { ...toInternet, 'internet-latency': 'fail' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → traffic-monitor', (platform) => {
    expect(at({ platform })).toBe('traffic-monitor');
  });
});

describe('question: traffic-monitor', () => {
  it('pass → gateway-age', () => {
    expect(at({ ...base, 'traffic-monitor': 'pass' })).toBe('gateway-age');
  });
  it('fail → gateway-bandwidth-exceeded', () => {
    expect(at({ ...base, 'traffic-monitor': 'fail' })).toBe('gateway-bandwidth-exceeded');
  });
  it('unsure → gateway-age', () => {
    expect(at({ ...base, 'traffic-monitor': 'unsure' })).toBe('gateway-age');
  });
});

describe('question: gateway-age', () => {
  it('before-2021-04 → gateway-version-old', () => {
    expect(at({ ...toAge, 'gateway-age': 'before-2021-04' })).toBe('gateway-version-old');
  });
  it.each(['after-2021-04', 'not-alibaba', 'unsure'])('%s → internet-latency', (answer) => {
    expect(at({ ...toAge, 'gateway-age': answer })).toBe('internet-latency');
  });
});

describe('question: internet-latency', () => {
  it('pass → trace-packet-path', () => {
    expect(at({ ...toInternet, 'internet-latency': 'pass' })).toBe('trace-packet-path');
  });
  it('fail → path-distance', () => {
    expect(at({ ...toInternet, 'internet-latency': 'fail' })).toBe('path-distance');
  });
  it('unsure → path-distance', () => {
    expect(at({ ...toInternet, 'internet-latency': 'unsure' })).toBe('path-distance');
  });
});

describe('question: path-distance', () => {
  it('far → long-distance-latency', () => {
    expect(at({ ...toDistance, 'path-distance': 'far' })).toBe('long-distance-latency');
  });
  it('near → unstable-internet', () => {
    expect(at({ ...toDistance, 'path-distance': 'near' })).toBe('unstable-internet');
  });
  it('unsure → unstable-internet', () => {
    expect(at({ ...toDistance, 'path-distance': 'unsure' })).toBe('unstable-internet');
  });
});

/** SEED-FAQ "応答遅延が大きい場合" rows (+ the path itself) → diagnosis. */
const faqRows: readonly (readonly [string, Answers, string])[] = [
  [
    'VPNゲートウェイ仕様の問題: traffic surge above the bandwidth',
    { ...base, 'traffic-monitor': 'fail' },
    'gateway-bandwidth-exceeded',
  ],
  [
    '低バージョンのVPN Gateway: created before 2021-04-01',
    { ...toAge, 'gateway-age': 'before-2021-04' },
    'gateway-version-old',
  ],
  [
    'long-distance path (SEED-FAQ long-distance rows)',
    { ...toDistance, 'path-distance': 'far' },
    'long-distance-latency',
  ],
  ['unstable internet path', { ...toDistance, 'path-distance': 'near' }, 'unstable-internet'],
];

describe('SEED-FAQ rows', () => {
  it.each(faqRows)('%s', (_row, answers, id) => {
    expect(diagnoses.has(id)).toBe(true);
    expect(at(answers)).toBe(id);
  });
});
