import type { Tree } from '../engine/types';
import { platformQuestion } from './shared';

/**
 * Symptom: the client is connected, but responses are slow (SEED-FAQ "応答遅延が大きい場合").
 * Words: `locales/<lang>/tree-high-latency.json`.
 */
export const highLatency = {
  id: 'high-latency',
  root: 'platform',
  nodes: [
    platformQuestion('traffic-monitor'),
    {
      kind: 'check',
      id: 'traffic-monitor',
      outcomes: { pass: 'gateway-age', fail: 'gateway-bandwidth-exceeded', unsure: 'gateway-age' },
    },
    {
      kind: 'question',
      id: 'gateway-age',
      options: [
        { id: 'before-2021-04', next: 'gateway-version-old' },
        { id: 'after-2021-04', next: 'internet-latency' },
        { id: 'not-alibaba', next: 'internet-latency' },
        { id: 'unsure', next: 'internet-latency' },
      ],
    },
    {
      kind: 'check',
      id: 'internet-latency',
      outcomes: { pass: 'trace-packet-path', fail: 'path-distance', unsure: 'path-distance' },
    },
    {
      kind: 'question',
      id: 'path-distance',
      options: [
        { id: 'far', next: 'long-distance-latency' },
        { id: 'near', next: 'unstable-internet' },
        { id: 'unsure', next: 'unstable-internet' },
      ],
    },
    { kind: 'diagnosis', id: 'gateway-bandwidth-exceeded' },
    { kind: 'diagnosis', id: 'gateway-version-old' },
    { kind: 'diagnosis', id: 'long-distance-latency' },
    { kind: 'diagnosis', id: 'unstable-internet' },
    { kind: 'diagnosis', id: 'trace-packet-path' },
  ],
} as const satisfies Tree;
