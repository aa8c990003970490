import type { Tree } from '../engine/types';
import { clientVersionCheck, platformQuestion } from './shared';

/**
 * Symptom: the client is connected, but ping gets no reply (SEED-FAQ "クライアントがSSLサーバーに
 * 接続されているが、pingパケットでアクセスできない場合"). Words:
 * `locales/<lang>/tree-ping-no-reply.json`.
 */
export const pingNoReply = {
  id: 'ping-no-reply',
  root: 'platform',
  nodes: [
    platformQuestion('tunnel-up'),
    {
      kind: 'check',
      id: 'tunnel-up',
      outcomes: {
        pass: 'ping-direction',
        fail: 'tunnel-not-established',
        unsure: 'ping-direction',
      },
    },
    {
      kind: 'question',
      id: 'ping-direction',
      options: [
        { id: 'client-to-vpc', next: 'route-to-target' },
        { id: 'vpc-to-client', next: 'client-firewall' },
        { id: 'both', next: 'route-to-target' },
        { id: 'unsure', next: 'route-to-target' },
      ],
    },
    {
      kind: 'check',
      id: 'route-to-target',
      outcomes: { pass: 'sg-icmp', fail: 'local-network-missing', unsure: 'sg-icmp' },
    },
    {
      kind: 'check',
      id: 'sg-icmp',
      outcomes: {
        pass: 'client-firewall',
        fail: 'cloud-sg-blocks-icmp',
        unsure: 'cloud-sg-blocks-icmp',
      },
    },
    {
      kind: 'check',
      id: 'client-firewall',
      outcomes: {
        pass: 'client-version',
        fail: 'client-firewall-blocks-icmp',
        unsure: 'client-firewall-blocks-icmp',
      },
    },
    clientVersionCheck('trace-packet-path'),
    { kind: 'diagnosis', id: 'tunnel-not-established' },
    { kind: 'diagnosis', id: 'local-network-missing' },
    { kind: 'diagnosis', id: 'cloud-sg-blocks-icmp' },
    { kind: 'diagnosis', id: 'client-firewall-blocks-icmp' },
    { kind: 'diagnosis', id: 'openvpn-version-incompatible' },
    { kind: 'diagnosis', id: 'trace-packet-path' },
  ],
} as const satisfies Tree;
