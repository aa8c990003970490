import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { findTree } from './index';

/**
 * Issue 15: each symptom where a user would start reaches each new cause it should, by answers a
 * user can give. One row per (tree, cause): the walk must end exactly at that diagnosis.
 */
const p = { platform: 'alibaba' } as const;
const rows: readonly (readonly [tree: string, cause: string, answers: Answers])[] = [
  [
    'cannot-connect',
    'auth-failed-credentials',
    { ...p, 'log-message': 'auth-failed', 'auth-reason': 'plain', 'auth-method': 'password' },
  ],
  [
    'cannot-connect',
    'auth-failed-mfa',
    { ...p, 'log-message': 'auth-failed', 'auth-reason': 'plain', 'auth-method': 'two-factor' },
  ],
  [
    'cannot-connect',
    'client-cert-revoked',
    {
      ...p,
      'log-message': 'tls-timeout',
      'initial-packet': 'present',
      'server-refused': 'revoked',
    },
  ],
  [
    'cannot-connect',
    'cipher-fallback-removed',
    { ...p, 'log-message': 'options-error', 'options-line': 'cipher-fallback' },
  ],
  [
    'cannot-connect',
    'compression-refused',
    { ...p, 'log-message': 'options-error', 'options-line': 'compression' },
  ],
  [
    'cannot-connect',
    'tls-version-too-old',
    { ...p, 'log-message': 'tls-error', 'tls-error': 'unsupported-protocol' },
  ],
  [
    'cannot-connect',
    'weak-certificate-rejected',
    { ...p, 'log-message': 'tls-error', 'tls-error': 'weak-cert' },
  ],
  [
    'cannot-connect',
    'udp-blocked-network',
    {
      ...p,
      'log-message': 'tls-timeout',
      'initial-packet': 'absent',
      'config-matches': 'pass',
      'other-network': 'works-elsewhere',
      'portal-check': 'pass',
      'server-protocol': 'udp',
    },
  ],
  [
    'cannot-connect',
    'captive-portal',
    {
      ...p,
      'log-message': 'tls-timeout',
      'initial-packet': 'absent',
      'config-matches': 'pass',
      'other-network': 'works-elsewhere',
      'portal-check': 'fail',
    },
  ],
  [
    'cannot-connect',
    'tls-auth-key-mismatch',
    {
      ...p,
      'log-message': 'tls-timeout',
      'initial-packet': 'absent',
      'config-matches': 'pass',
      'other-network': 'fails-too',
      'firewall-in-path': 'pass',
      'server-log': 'hmac',
    },
  ],
  [
    'cannot-connect',
    'server-cert-expired',
    { ...p, 'log-message': 'tls-error', 'tls-error': 'verify-expired', 'clock-first': 'pass' },
  ],
  [
    'cannot-connect',
    'client-cert-expired',
    { ...p, 'log-message': 'tls-error', 'tls-error': 'own-cert-expired' },
  ],
  ['cannot-connect', 'tun-device-missing', { ...p, 'log-message': 'tun-missing' }],
  ['cannot-connect', 'connection-refused', { ...p, 'log-message': 'connection-refused' }],
  [
    'cannot-connect',
    'server-unreachable',
    {
      ...p,
      'log-message': 'no-log',
      'config-matches': 'pass',
      'other-network': 'unsure',
      'firewall-in-path': 'unsure',
    },
  ],
  [
    'some-clients',
    'udp-blocked-network',
    {
      ...p,
      'failing-log': 'tls-timeout',
      'other-network': 'works-elsewhere',
      'portal-check': 'pass',
      'server-protocol': 'udp',
    },
  ],
  ['some-clients', 'captive-portal', { ...p, 'failing-log': 'bad-packet-length' }],
  ['some-clients', 'client-cert-revoked', { ...p, 'failing-log': 'server-refused' }],
  [
    'some-clients',
    'auth-failed-mfa',
    { ...p, 'failing-log': 'auth-failed', 'auth-method': 'two-factor' },
  ],
  [
    'some-clients',
    'cipher-fallback-removed',
    { ...p, 'failing-log': 'newer-client', 'upgrade-line': 'cipher-fallback' },
  ],
  [
    'some-clients',
    'server-cert-expired',
    { ...p, 'failing-log': 'verify-expired', 'clock-first': 'pass' },
  ],
  [
    'periodic-disconnect',
    'auth-token-expired',
    {
      ...p,
      'server-changed': 'no',
      'disconnect-log': 'auth-failed',
      'auth-when': 'after-reconnect',
    },
  ],
  [
    'periodic-disconnect',
    'renegotiation-mfa-drop',
    {
      ...p,
      'server-changed': 'no',
      'disconnect-log': 'ping-restart',
      'drop-pattern': 'fixed-interval',
      'reneg-prompt': 'yes',
    },
  ],
  [
    'periodic-disconnect',
    'nat-idle-timeout',
    {
      ...p,
      'server-changed': 'no',
      'disconnect-log': 'ping-restart',
      'drop-pattern': 'after-idle',
    },
  ],
  [
    'periodic-disconnect',
    'sleep-roaming',
    { ...p, 'server-changed': 'no', 'disconnect-log': 'no-log', 'drop-pattern': 'after-sleep' },
  ],
  [
    'periodic-disconnect',
    'shared-client-cert',
    { ...p, 'server-changed': 'no', 'disconnect-log': 'other', 'drop-pattern': 'two-computers' },
  ],
  [
    'dns-fails',
    'split-dns-leak',
    { ...p, 'what-fails': 'name-fails', 'dns-direct': 'pass', 'vpn-dns-listed': 'pass' },
  ],
  // Issue 15 leftovers: causes that existed in one tree, now reached where users start.
  ['cipher-mismatch', 'cipher-fallback-removed', { ...p, 'log-cipher': 'cipher-fallback' }],
  [
    'resources-unreachable',
    'address-conflict',
    {
      ...p,
      'local-network-set': 'yes',
      'lan-conflict': { 'client-lan': '192.168.1.0/24', 'local-networks': '192.168.0.0/16' },
    },
  ],
  [
    'resources-unreachable',
    'mtu-fragmentation',
    {
      ...p,
      'local-network-set': 'yes',
      'lan-conflict': { 'client-lan': '192.168.1.0/24', 'local-networks': '172.16.0.0/16' },
      'client-routes': 'pass',
      'pool-overlap': { 'client-cidr': '10.255.0.0/24', 'local-networks': '172.16.0.0/16' },
      'ipsec-on-gateway': 'no',
      'vpc-pool-route': 'pass',
      'security-rules': 'pass',
      'firewall-service': 'no',
      'mtu-probe': 'fail',
    },
  ],
  [
    'dns-fails',
    'mtu-fragmentation',
    {
      ...p,
      'what-fails': 'app-fails',
      'resolved-address': 'inside',
      'app-route': 'pass',
      'app-port': 'pass',
      'mtu-probe': 'fail',
    },
  ],
];

describe('each symptom reaches each new cause (issue 15)', () => {
  it.each(rows)('%s → %s', (treeId, cause, answers) => {
    const tree = findTree(treeId);
    expect(tree).toBeDefined();
    const r = resolve(tree!, answers, { evaluators });
    expect(r.invalid).toBeUndefined();
    expect(r.done).toBe(true);
    expect(r.current.id).toBe(cause);
  });

  it('covers every cause id of the shared contract at least once', () => {
    const contract = [
      'auth-failed-credentials',
      'auth-failed-mfa',
      'client-cert-revoked',
      'cipher-fallback-removed',
      'compression-refused',
      'tls-version-too-old',
      'weak-certificate-rejected',
      'udp-blocked-network',
      'captive-portal',
      'tls-auth-key-mismatch',
      'server-cert-expired',
      'tun-device-missing',
      'connection-refused',
      'server-unreachable',
      'auth-token-expired',
      'renegotiation-mfa-drop',
      'nat-idle-timeout',
      'sleep-roaming',
      'split-dns-leak',
      'address-conflict',
      'mtu-fragmentation',
    ];
    const covered = new Set(rows.map((r) => r[1]));
    expect(contract.filter((c) => !covered.has(c))).toEqual([]);
  });
});
