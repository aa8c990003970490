import type { Tree } from '../engine/types';
import { platformQuestion } from './shared';

/**
 * Symptom: the client is connected, but ping works in one direction only (SEED-FAQ
 * "pingパケットでクライアントまたはVPCにしかアクセスできない場合"). Words:
 * `locales/<lang>/tree-ping-one-way.json`.
 */
export const pingOneWay = {
  id: 'ping-one-way',
  root: 'platform',
  nodes: [
    platformQuestion('which-fails'),
    {
      kind: 'question',
      id: 'which-fails',
      options: [
        { id: 'vpc-to-client-fails', next: 'client-firewall' },
        { id: 'client-to-vpc-fails', next: 'sg-icmp' },
        { id: 'unsure', next: 'return-path-differs' },
      ],
    },
    {
      kind: 'check',
      id: 'client-firewall',
      outcomes: {
        pass: 'return-path-differs',
        fail: 'client-firewall-blocks-icmp',
        unsure: 'client-firewall-blocks-icmp',
      },
    },
    {
      kind: 'check',
      id: 'sg-icmp',
      outcomes: {
        pass: 'return-path-differs',
        fail: 'cloud-sg-blocks-icmp',
        unsure: 'cloud-sg-blocks-icmp',
      },
    },
    { kind: 'diagnosis', id: 'client-firewall-blocks-icmp' },
    { kind: 'diagnosis', id: 'cloud-sg-blocks-icmp' },
    { kind: 'diagnosis', id: 'return-path-differs' },
  ],
} as const satisfies Tree;
