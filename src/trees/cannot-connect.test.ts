import { describe, expect, it } from 'vitest';
import { allPaths, resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { cannotConnect as tree } from './cannot-connect';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;

const pool = evaluators['pool-capacity']!.examples;
const lan = evaluators['address-conflict']!.examples;

const base = { platform: 'alibaba' } as const;
const toConfig = { ...base, 'log-message': 'no-log' } as const;
const toOtherNetwork = { ...toConfig, 'config-matches': 'pass' } as const;
const toPortal = { ...toOtherNetwork, 'other-network': 'works-elsewhere' } as const;
const toFirewall = { ...toOtherNetwork, 'other-network': 'fails-too' } as const;
const toServerLog = { ...toFirewall, 'firewall-in-path': 'pass' } as const;
const toCount = { ...toServerLog, 'server-log': 'no-access' } as const;
const toPool = { ...toCount, 'connection-count': 'below-limit' } as const;
const toLan = { ...toPool, 'pool-capacity': pool.enough! } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → log-message', (platform) => {
    expect(at({ platform })).toBe('log-message');
  });

  it('starts here and stays on an unknown platform', () => {
    expect(at({})).toBe('platform');
    expect(resolve(tree, { platform: 'aws' }, { evaluators }).invalid?.reason).toBe(
      'unknown-option',
    );
  });
});

describe('question: log-message', () => {
  it.each([
    ['tls-timeout', 'initial-packet'],
    ['connection-refused', 'connection-refused'],
    ['auth-failed', 'auth-reason'],
    ['tls-error', 'tls-error'],
    ['options-error', 'options-line'],
    ['bad-packet-length', 'captive-portal'],
    ['adapter-in-use', 'vpn-app-conflict'],
    ['tun-missing', 'tun-device-missing'],
    ['other', 'other-vpn-app'],
    ['no-log', 'config-matches'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'log-message': answer })).toBe(next);
  });

  it('no longer offers the old “cert-expired” answer (it mixed up whose certificate expired)', () => {
    const r = resolve(tree, { ...base, 'log-message': 'cert-expired' }, { evaluators });
    expect(r.current.id).toBe('log-message');
    expect(r.invalid?.reason).toBe('unknown-option');
  });
});

describe('question: initial-packet', () => {
  it.each([
    ['absent', 'config-matches'],
    ['present', 'server-refused'],
    ['unsure', 'config-matches'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'log-message': 'tls-timeout', 'initial-packet': answer })).toBe(next);
  });
});

describe('question: server-refused', () => {
  it.each([
    ['revoked', 'client-cert-revoked'],
    ['expired', 'client-cert-expired'],
    ['unsupported-protocol', 'tls-version-too-old'],
    ['weak-cert', 'weak-certificate-rejected'],
    ['no-access', 'client-cert-revoked'],
  ])('%s → %s', (answer, next) => {
    const answers = { ...base, 'log-message': 'tls-timeout', 'initial-packet': 'present' };
    expect(at({ ...answers, 'server-refused': answer })).toBe(next);
  });
});

describe('question: tls-error', () => {
  it.each([
    ['verify-expired', 'clock-first'],
    ['own-cert-expired', 'client-cert-expired'],
    ['cert-not-yet-valid', 'client-clock-skew'],
    ['weak-cert', 'weak-certificate-rejected'],
    ['unsupported-protocol', 'tls-version-too-old'],
    ['hmac', 'tls-auth-key-mismatch'],
    ['other', 'config-matches'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'log-message': 'tls-error', 'tls-error': answer })).toBe(next);
  });
});

describe('check: clock-first', () => {
  it.each([
    ['pass', 'server-cert-expired'],
    ['fail', 'client-clock-skew'],
    ['unsure', 'server-cert-expired'],
  ])('%s → %s', (answer, next) => {
    const answers = { ...base, 'log-message': 'tls-error', 'tls-error': 'verify-expired' };
    expect(at({ ...answers, 'clock-first': answer })).toBe(next);
  });
});

describe('question: options-line', () => {
  it.each([
    ['cipher-fallback', 'cipher-fallback-removed'],
    ['compression', 'compression-refused'],
    ['dco', 'openvpn-version-incompatible'],
    ['options-error', 'invalid-config'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'log-message': 'options-error', 'options-line': answer })).toBe(next);
  });
});

describe('question: auth-reason', () => {
  it.each([
    ['no-shared-cipher', 'no-shared-cipher'],
    ['plain', 'auth-method'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'log-message': 'auth-failed', 'auth-reason': answer })).toBe(next);
  });
});

describe('question: auth-method', () => {
  it.each([
    ['password', 'auth-failed-credentials'],
    ['two-factor', 'auth-failed-mfa'],
    ['certificate-only', 'client-cert-revoked'],
    ['unsure', 'auth-failed-credentials'],
  ])('%s → %s', (answer, next) => {
    const answers = { ...base, 'log-message': 'auth-failed', 'auth-reason': 'plain' };
    expect(at({ ...answers, 'auth-method': answer })).toBe(next);
  });
});

describe('question: other-vpn-app', () => {
  it.each([
    ['yes', 'vpn-app-conflict'],
    ['no', 'config-matches'],
    ['unsure', 'config-matches'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'log-message': 'other', 'other-vpn-app': answer })).toBe(next);
  });
});

describe('check: config-matches', () => {
  it.each([
    ['pass', 'other-network'],
    ['fail', 'invalid-config'],
    ['unsure', 'invalid-config'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toConfig, 'config-matches': answer })).toBe(next);
  });
});

describe('question: other-network', () => {
  it.each([
    ['works-elsewhere', 'portal-check'],
    ['fails-too', 'firewall-in-path'],
    ['unsure', 'firewall-in-path'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toOtherNetwork, 'other-network': answer })).toBe(next);
  });
});

describe('check: portal-check', () => {
  it.each([
    ['pass', 'server-protocol'],
    ['fail', 'captive-portal'],
    ['unsure', 'server-protocol'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toPortal, 'portal-check': answer })).toBe(next);
  });
});

describe('question: server-protocol', () => {
  it.each([
    ['udp', 'udp-blocked-network'],
    ['tcp', 'endpoint-blocked'],
    ['unsure', 'udp-blocked-network'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toPortal, 'portal-check': 'pass', 'server-protocol': answer })).toBe(next);
  });
});

describe('check: firewall-in-path', () => {
  it.each([
    ['pass', 'server-log'],
    ['fail', 'endpoint-blocked'],
    ['unsure', 'server-unreachable'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toFirewall, 'firewall-in-path': answer })).toBe(next);
  });
});

describe('question: server-log', () => {
  it.each([
    ['hmac', 'tls-auth-key-mismatch'],
    ['nothing', 'server-unreachable'],
    ['no-access', 'connection-count'],
    ['other', 'connection-count'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toServerLog, 'server-log': answer })).toBe(next);
  });
});

describe('question: connection-count', () => {
  it.each([
    ['at-limit', 'too-many-connections'],
    ['below-limit', 'pool-capacity'],
    ['unsure', 'pool-capacity'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toCount, 'connection-count': answer })).toBe(next);
  });
});

describe('compute: pool-capacity', () => {
  it.each([
    ['too-small', 'client-cidr-too-small'],
    ['enough', 'lan-conflict'],
  ])('%s → %s', (result, next) => {
    expect(at({ ...toPool, 'pool-capacity': pool[result]! })).toBe(next);
  });

  it('applies the 4× rule: a /24 serves 64 connections on Alibaba Cloud', () => {
    const input = (connections: string) => ({ 'client-cidr': '192.168.0.0/24', connections });
    expect(at({ ...toPool, 'pool-capacity': input('64') })).toBe('lan-conflict');
    expect(at({ ...toPool, 'pool-capacity': input('65') })).toBe('client-cidr-too-small');
  });

  it('reads the platform from the answers: FJcloud-O needs 4× + 8', () => {
    const input = { 'client-cidr': '192.168.0.0/24', connections: '63' };
    expect(at({ ...toPool, 'pool-capacity': input })).toBe('lan-conflict');
    expect(at({ ...toPool, platform: 'fjcloud', 'pool-capacity': input })).toBe(
      'client-cidr-too-small',
    );
  });

  it('stays here with field errors on malformed input', () => {
    const r = resolve(
      tree,
      { ...toPool, 'pool-capacity': { 'client-cidr': '300.1.2.3/24', connections: 'many' } },
      { evaluators },
    );
    expect(r.current.id).toBe('pool-capacity');
    expect(r.invalid?.reason).toBe('malformed-input');
    expect(r.invalid?.errors?.map((e) => e.field).sort()).toEqual(['client-cidr', 'connections']);
  });
});

describe('compute: lan-conflict', () => {
  it.each([
    ['conflict', 'address-conflict'],
    ['no-conflict', 'read-the-logs'],
  ])('%s → %s', (result, next) => {
    expect(at({ ...toLan, 'lan-conflict': lan[result]! })).toBe(next);
  });

  it('finds a conflict with any of the local networks', () => {
    const input = { 'client-lan': '10.0.5.0/24', 'local-networks': '172.16.0.0/12, 10.0.0.0/16' };
    expect(at({ ...toLan, 'lan-conflict': input })).toBe('address-conflict');
  });

  it('stays here with field errors on malformed input', () => {
    const r = resolve(
      tree,
      { ...toLan, 'lan-conflict': { 'client-lan': 'my laptop' } },
      { evaluators },
    );
    expect(r.current.id).toBe('lan-conflict');
    expect(r.invalid?.reason).toBe('malformed-input');
  });
});

/**
 * The "cannot connect" section of SEED-FAQ (クライアントがSSLサーバーへの接続に失敗した場合, one
 * row per cause) and SEED-FW table 1 (the firewall rule for the SSL-VPN endpoint), each with the
 * diagnosis that covers it.
 */
const seedRows: readonly (readonly [source: string, diagnosis: string])[] = [
  ['SEED-FAQ 無効な設定 (invalid server or client settings)', 'invalid-config'],
  ['SEED-FAQ 期限切れのSSLクライアント証明書 (expired client certificate)', 'client-cert-expired'],
  ['SEED-FAQ 過剰なクライアント接続 (too many client connections)', 'too-many-connections'],
  [
    'SEED-FAQ IPアドレスに関連する問題 (VPC addresses conflict with the client)',
    'address-conflict',
  ],
  ['SEED-FAQ Client CIDR block too small (fewer than 4× the connections)', 'client-cidr-too-small'],
  ['SEED-FAQ VPNアプリケーションに関連する問題 (VPN application conflict)', 'vpn-app-conflict'],
  ['SEED-FAQ その他の原因 (other causes → read the logs)', 'read-the-logs'],
  ['SEED-FW table 1 (allow 443/tcp or 1194/udp to internal_gateway)', 'endpoint-blocked'],
];

describe('seed coverage', () => {
  const paths = allPaths(tree, evaluators);
  const diagnoses = new Set<string>(
    tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id),
  );

  it.each(seedRows)('%s → %s is a reachable diagnosis', (_source, diagnosis) => {
    expect(diagnoses.has(diagnosis)).toBe(true);
    const path = paths.find((p) => p.diagnosis === diagnosis);
    expect(path).toBeDefined();
    const r = resolve(tree, path!.answers, { evaluators });
    expect(r.done).toBe(true);
    expect(r.current.id).toBe(diagnosis);
  });

  it('reaches every diagnosis on every platform', () => {
    for (const platform of ['alibaba', 'fjcloud', 'openvpn', 'unsure']) {
      const reached = new Set(
        paths.filter((p) => p.answers.platform === platform).map((p) => p.diagnosis),
      );
      expect(reached).toEqual(diagnoses);
    }
  });
});
