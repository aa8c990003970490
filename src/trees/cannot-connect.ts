import type { Tree } from '../engine/types';
import { lanConflictStep, otherNetworkNodes, platformQuestion } from './shared';

/**
 * Symptom: the client cannot connect to the SSL server (SEED-FAQ "クライアントがSSLサーバーへの
 * 接続に失敗した場合", SEED-FW table 1). Words: `locales/<lang>/tree-cannot-connect.json`.
 *
 * The first question sorts by the log line that names the failing stage; each answer option of
 * `log-message`, `tls-error`, `options-line` and `auth-reason` quotes the line that proves it
 * (OpenVPN 2.6.14 source, see the cause files). Without a telling line the walk checks the path
 * to the server (`config-matches` → `other-network` → `firewall-in-path` → `server-log`).
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
        { id: 'tls-timeout', next: 'initial-packet' },
        { id: 'connection-refused', next: 'connection-refused' },
        { id: 'auth-failed', next: 'auth-reason' },
        { id: 'tls-error', next: 'tls-error' },
        { id: 'options-error', next: 'options-line' },
        { id: 'bad-packet-length', next: 'captive-portal' },
        { id: 'adapter-in-use', next: 'vpn-app-conflict' },
        { id: 'tun-missing', next: 'tun-device-missing' },
        { id: 'other', next: 'other-vpn-app' },
        { id: 'no-log', next: 'config-matches' },
      ],
    },
    {
      kind: 'question',
      id: 'initial-packet',
      options: [
        { id: 'absent', next: 'config-matches' },
        { id: 'present', next: 'server-refused' },
        { id: 'unsure', next: 'config-matches' },
      ],
    },
    {
      kind: 'question',
      id: 'server-refused',
      options: [
        { id: 'revoked', next: 'client-cert-revoked' },
        { id: 'expired', next: 'client-cert-expired' },
        { id: 'unsupported-protocol', next: 'tls-version-too-old' },
        { id: 'weak-cert', next: 'weak-certificate-rejected' },
        { id: 'no-access', next: 'client-cert-revoked' },
      ],
    },
    {
      kind: 'question',
      id: 'tls-error',
      options: [
        { id: 'verify-expired', next: 'clock-first' },
        { id: 'own-cert-expired', next: 'client-cert-expired' },
        { id: 'cert-not-yet-valid', next: 'client-clock-skew' },
        { id: 'weak-cert', next: 'weak-certificate-rejected' },
        { id: 'unsupported-protocol', next: 'tls-version-too-old' },
        { id: 'hmac', next: 'tls-auth-key-mismatch' },
        { id: 'other', next: 'config-matches' },
      ],
    },
    {
      kind: 'check',
      id: 'clock-first',
      outcomes: {
        pass: 'server-cert-expired',
        fail: 'client-clock-skew',
        unsure: 'server-cert-expired',
      },
    },
    {
      kind: 'question',
      id: 'options-line',
      options: [
        { id: 'cipher-fallback', next: 'cipher-fallback-removed' },
        { id: 'compression', next: 'compression-refused' },
        { id: 'dco', next: 'openvpn-version-incompatible' },
        { id: 'options-error', next: 'invalid-config' },
      ],
    },
    {
      kind: 'question',
      id: 'auth-reason',
      options: [
        { id: 'no-shared-cipher', next: 'no-shared-cipher' },
        { id: 'plain', next: 'auth-method' },
      ],
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
      outcomes: { pass: 'other-network', fail: 'invalid-config', unsure: 'invalid-config' },
    },
    ...otherNetworkNodes('firewall-in-path'),
    {
      kind: 'check',
      id: 'firewall-in-path',
      outcomes: { pass: 'server-log', fail: 'endpoint-blocked', unsure: 'server-unreachable' },
    },
    {
      kind: 'question',
      id: 'server-log',
      options: [
        { id: 'hmac', next: 'tls-auth-key-mismatch' },
        { id: 'nothing', next: 'server-unreachable' },
        { id: 'no-access', next: 'connection-count' },
        { id: 'other', next: 'connection-count' },
      ],
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
    lanConflictStep('read-the-logs'),
    { kind: 'diagnosis', id: 'invalid-config' },
    { kind: 'diagnosis', id: 'connection-refused' },
    { kind: 'diagnosis', id: 'server-cert-expired' },
    { kind: 'diagnosis', id: 'client-cert-expired' },
    { kind: 'diagnosis', id: 'client-clock-skew' },
    { kind: 'diagnosis', id: 'client-cert-revoked' },
    { kind: 'diagnosis', id: 'weak-certificate-rejected' },
    { kind: 'diagnosis', id: 'tls-version-too-old' },
    { kind: 'diagnosis', id: 'tls-auth-key-mismatch' },
    { kind: 'diagnosis', id: 'cipher-fallback-removed' },
    { kind: 'diagnosis', id: 'compression-refused' },
    { kind: 'diagnosis', id: 'openvpn-version-incompatible' },
    { kind: 'diagnosis', id: 'no-shared-cipher' },
    { kind: 'diagnosis', id: 'auth-failed-credentials' },
    { kind: 'diagnosis', id: 'auth-failed-mfa' },
    { kind: 'diagnosis', id: 'captive-portal' },
    { kind: 'diagnosis', id: 'udp-blocked-network' },
    { kind: 'diagnosis', id: 'vpn-app-conflict' },
    { kind: 'diagnosis', id: 'tun-device-missing' },
    { kind: 'diagnosis', id: 'endpoint-blocked' },
    { kind: 'diagnosis', id: 'server-unreachable' },
    { kind: 'diagnosis', id: 'too-many-connections' },
    { kind: 'diagnosis', id: 'client-cidr-too-small' },
    { kind: 'diagnosis', id: 'address-conflict' },
    { kind: 'diagnosis', id: 'read-the-logs' },
  ],
} as const satisfies Tree;
