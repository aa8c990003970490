import type { Tree } from '../engine/types';
import { platformQuestion } from './shared';

/**
 * Symptom: the client is connected, but packets are lost (SEED-FAQ "パケット損失が発生した場合",
 * plus MTU / fragmentation from the OpenVPN log lines in domain-facts §4).
 * Words: `locales/<lang>/tree-packet-loss.json`.
 */
export const packetLoss = {
  id: 'packet-loss',
  root: 'platform',
  nodes: [
    platformQuestion('mtu-log'),
    {
      kind: 'question',
      id: 'mtu-log',
      options: [
        { id: 'mtu-lines', next: 'mtu-fragmentation' },
        { id: 'none', next: 'traffic-monitor' },
        { id: 'unsure', next: 'traffic-monitor' },
      ],
    },
    {
      kind: 'check',
      id: 'traffic-monitor',
      outcomes: {
        pass: 'internet-loss',
        fail: 'gateway-bandwidth-exceeded',
        unsure: 'internet-loss',
      },
    },
    {
      kind: 'check',
      id: 'internet-loss',
      outcomes: { pass: 'mtu-probe', fail: 'unstable-internet', unsure: 'mtu-probe' },
    },
    {
      kind: 'check',
      id: 'mtu-probe',
      outcomes: { pass: 'ssl-protocol', fail: 'mtu-fragmentation', unsure: 'ssl-protocol' },
    },
    {
      kind: 'question',
      id: 'ssl-protocol',
      options: [
        { id: 'udp', next: 'ssl-server-uses-udp' },
        { id: 'tcp', next: 'trace-packet-path' },
        { id: 'unsure', next: 'ssl-server-uses-udp' },
      ],
    },
    { kind: 'diagnosis', id: 'mtu-fragmentation' },
    { kind: 'diagnosis', id: 'gateway-bandwidth-exceeded' },
    { kind: 'diagnosis', id: 'unstable-internet' },
    { kind: 'diagnosis', id: 'ssl-server-uses-udp' },
    { kind: 'diagnosis', id: 'trace-packet-path' },
  ],
} as const satisfies Tree;
