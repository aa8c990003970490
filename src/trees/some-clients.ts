import type { Tree } from '../engine/types';
import { otherNetworkNodes, platformQuestion } from './shared';

/**
 * Symptom: only some clients can connect to the SSL server (SEED-FAQ "特定のクライアントのみが
 * SSLサーバーに接続されている場合"). Words: `locales/<lang>/tree-some-clients.json`.
 */
export const someClients = {
  id: 'some-clients',
  root: 'platform',
  nodes: [
    platformQuestion('failing-log'),
    {
      kind: 'question',
      id: 'failing-log',
      options: [
        { id: 'cert-not-yet-valid', next: 'client-clock-skew' },
        { id: 'verify-expired', next: 'clock-first' },
        { id: 'own-cert-expired', next: 'client-cert-expired' },
        { id: 'server-refused', next: 'client-cert-revoked' },
        { id: 'auth-failed', next: 'auth-method' },
        { id: 'newer-client', next: 'upgrade-line' },
        { id: 'adapter-error', next: 'client-app-exception' },
        { id: 'drops-after-connect', next: 'shared-cert' },
        { id: 'bad-packet-length', next: 'captive-portal' },
        { id: 'tls-timeout', next: 'other-network' },
        { id: 'other', next: 'connection-count' },
        { id: 'no-log', next: 'other-network' },
      ],
    },
    {
      kind: 'check',
      id: 'clock-first',
      outcomes: {
        pass: 'server-cert-expired',
        fail: 'client-clock-skew',
        unsure: 'client-clock-skew',
      },
    },
    {
      kind: 'question',
      id: 'auth-method',
      options: [
        { id: 'password', next: 'auth-failed-credentials' },
        { id: 'two-factor', next: 'auth-failed-mfa' },
        { id: 'certificate-only', next: 'client-cert-revoked' },
        { id: 'unsure', next: 'auth-failed-credentials' },
      ],
    },
    {
      kind: 'question',
      id: 'upgrade-line',
      options: [
        { id: 'cipher-fallback', next: 'cipher-fallback-removed' },
        { id: 'compression', next: 'compression-refused' },
        { id: 'weak-cert', next: 'weak-certificate-rejected' },
        { id: 'unsupported-protocol', next: 'tls-version-too-old' },
        { id: 'other', next: 'client-app-exception' },
      ],
    },
    ...otherNetworkNodes('connection-count'),
    {
      kind: 'question',
      id: 'connection-count',
      options: [
        { id: 'at-limit', next: 'too-many-connections' },
        { id: 'below-limit', next: 'shared-cert' },
        { id: 'unsure', next: 'shared-cert' },
      ],
    },
    {
      kind: 'question',
      id: 'shared-cert',
      options: [
        { id: 'yes', next: 'shared-client-cert' },
        { id: 'no', next: 'clock-check' },
        { id: 'unsure', next: 'clock-check' },
      ],
    },
    {
      kind: 'check',
      id: 'clock-check',
      outcomes: { pass: 'far-clients', fail: 'client-clock-skew', unsure: 'far-clients' },
    },
    {
      kind: 'question',
      id: 'far-clients',
      options: [
        { id: 'yes', next: 'protocol' },
        { id: 'no', next: 'line-quality' },
        { id: 'unsure', next: 'line-quality' },
      ],
    },
    {
      kind: 'question',
      id: 'protocol',
      options: [
        { id: 'udp', next: 'udp-long-distance' },
        { id: 'tcp', next: 'unstable-internet' },
        { id: 'unsure', next: 'udp-long-distance' },
      ],
    },
    {
      kind: 'check',
      id: 'line-quality',
      outcomes: {
        pass: 'client-app-exception',
        fail: 'unstable-internet',
        unsure: 'client-app-exception',
      },
    },
    { kind: 'diagnosis', id: 'client-clock-skew' },
    { kind: 'diagnosis', id: 'server-cert-expired' },
    { kind: 'diagnosis', id: 'client-cert-expired' },
    { kind: 'diagnosis', id: 'client-cert-revoked' },
    { kind: 'diagnosis', id: 'auth-failed-credentials' },
    { kind: 'diagnosis', id: 'auth-failed-mfa' },
    { kind: 'diagnosis', id: 'cipher-fallback-removed' },
    { kind: 'diagnosis', id: 'compression-refused' },
    { kind: 'diagnosis', id: 'weak-certificate-rejected' },
    { kind: 'diagnosis', id: 'tls-version-too-old' },
    { kind: 'diagnosis', id: 'captive-portal' },
    { kind: 'diagnosis', id: 'udp-blocked-network' },
    { kind: 'diagnosis', id: 'endpoint-blocked' },
    { kind: 'diagnosis', id: 'client-app-exception' },
    { kind: 'diagnosis', id: 'too-many-connections' },
    { kind: 'diagnosis', id: 'shared-client-cert' },
    { kind: 'diagnosis', id: 'udp-long-distance' },
    { kind: 'diagnosis', id: 'unstable-internet' },
  ],
} as const satisfies Tree;
