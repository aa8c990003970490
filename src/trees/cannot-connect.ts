import type { Tree } from '../engine/types';
import { platformQuestion } from './shared';

/**
 * Symptom: the client cannot connect to the SSL server (SEED-FAQ "クライアントがSSLサーバーへの
 * 接続に失敗した場合", SEED-FW table 1). Words: `locales/<lang>/tree-cannot-connect.json`.
 */
export const cannotConnect = {
  id: 'cannot-connect',
  root: 'platform',
  nodes: [
    platformQuestion('log-message'),
    {
      kind: 'question',
      id: 'log-message',
      options: [
        { id: 'tls-timeout', next: 'config-matches' },
        { id: 'cert-expired', next: 'client-cert-expired' },
        { id: 'cert-not-yet-valid', next: 'client-clock-skew' },
        { id: 'options-error', next: 'invalid-config' },
        { id: 'adapter-in-use', next: 'vpn-app-conflict' },
        { id: 'other', next: 'other-vpn-app' },
        { id: 'no-log', next: 'config-matches' },
      ],
    },
    {
      kind: 'question',
      id: 'other-vpn-app',
      options: [
        { id: 'yes', next: 'vpn-app-conflict' },
        { id: 'no', next: 'config-matches' },
        { id: 'unsure', next: 'config-matches' },
      ],
    },
    {
      kind: 'check',
      id: 'config-matches',
      outcomes: { pass: 'firewall-in-path', fail: 'invalid-config', unsure: 'invalid-config' },
    },
    {
      kind: 'check',
      id: 'firewall-in-path',
      outcomes: { pass: 'connection-count', fail: 'endpoint-blocked', unsure: 'connection-count' },
    },
    {
      kind: 'question',
      id: 'connection-count',
      options: [
        { id: 'at-limit', next: 'too-many-connections' },
        { id: 'below-limit', next: 'pool-capacity' },
        { id: 'unsure', next: 'pool-capacity' },
      ],
    },
    {
      kind: 'compute',
      id: 'pool-capacity',
      fields: [
        { id: 'client-cidr', type: 'cidr', required: true },
        { id: 'connections', type: 'integer', required: true },
      ],
      evaluator: 'pool-capacity',
      results: { 'too-small': 'client-cidr-too-small', enough: 'lan-conflict' },
      unsure: 'lan-conflict',
    },
    {
      kind: 'compute',
      id: 'lan-conflict',
      fields: [
        { id: 'client-lan', type: 'cidr', required: true },
        { id: 'local-networks', type: 'cidr-list', required: true },
      ],
      evaluator: 'address-conflict',
      results: { conflict: 'address-conflict', 'no-conflict': 'read-the-logs' },
      unsure: 'read-the-logs',
    },
    { kind: 'diagnosis', id: 'invalid-config' },
    { kind: 'diagnosis', id: 'client-cert-expired' },
    { kind: 'diagnosis', id: 'client-clock-skew' },
    { kind: 'diagnosis', id: 'vpn-app-conflict' },
    { kind: 'diagnosis', id: 'endpoint-blocked' },
    { kind: 'diagnosis', id: 'too-many-connections' },
    { kind: 'diagnosis', id: 'client-cidr-too-small' },
    { kind: 'diagnosis', id: 'address-conflict' },
    { kind: 'diagnosis', id: 'read-the-logs' },
  ],
} as const satisfies Tree;
