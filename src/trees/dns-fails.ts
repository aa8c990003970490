import type { Tree } from '../engine/types';
import { platformQuestion } from './shared';

/**
 * Symptom: the client is connected, but domain names or applications cannot be reached (SEED-FAQ
 * "ドメイン名またはアプリケーションにアクセスできない場合"). Words:
 * `locales/<lang>/tree-dns-fails.json`.
 */
export const dnsFails = {
  id: 'dns-fails',
  root: 'platform',
  nodes: [
    platformQuestion('what-fails'),
    {
      kind: 'question',
      id: 'what-fails',
      options: [
        { id: 'name-fails', next: 'dns-direct' },
        { id: 'app-fails', next: 'resolved-address' },
        { id: 'unsure', next: 'dns-direct' },
      ],
    },
    {
      kind: 'check',
      id: 'dns-direct',
      outcomes: { pass: 'vpn-dns-listed', fail: 'dns-route', unsure: 'dns-route' },
    },
    {
      kind: 'check',
      id: 'vpn-dns-listed',
      outcomes: {
        pass: 'split-dns-leak',
        fail: 'dns-server-not-set',
        unsure: 'dns-server-not-set',
      },
    },
    {
      kind: 'check',
      id: 'dns-route',
      outcomes: {
        pass: 'dns-server-blocks-clients',
        fail: 'dns-route-missing',
        unsure: 'dns-route-missing',
      },
    },
    {
      kind: 'question',
      id: 'resolved-address',
      options: [
        { id: 'inside', next: 'app-route' },
        { id: 'outside-private', next: 'local-network-missing' },
        { id: 'public', next: 'vpn-dns-listed' },
        { id: 'unsure', next: 'app-route' },
      ],
    },
    {
      kind: 'check',
      id: 'app-route',
      outcomes: { pass: 'app-port', fail: 'local-network-missing', unsure: 'app-port' },
    },
    {
      kind: 'check',
      id: 'app-port',
      outcomes: {
        pass: 'mtu-probe',
        fail: 'security-group-blocks-pool',
        unsure: 'security-group-blocks-pool',
      },
    },
    {
      kind: 'check',
      id: 'mtu-probe',
      outcomes: {
        pass: 'app-level-problem',
        fail: 'mtu-fragmentation',
        unsure: 'app-level-problem',
      },
    },
    { kind: 'diagnosis', id: 'dns-server-not-set' },
    { kind: 'diagnosis', id: 'split-dns-leak' },
    { kind: 'diagnosis', id: 'dns-route-missing' },
    { kind: 'diagnosis', id: 'dns-server-blocks-clients' },
    { kind: 'diagnosis', id: 'local-network-missing' },
    { kind: 'diagnosis', id: 'security-group-blocks-pool' },
    { kind: 'diagnosis', id: 'mtu-fragmentation' },
    { kind: 'diagnosis', id: 'app-level-problem' },
  ],
} as const satisfies Tree;
