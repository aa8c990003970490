import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { someClients as tree } from './some-clients';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;

const base = { platform: 'alibaba' } as const;
const toOtherNetwork = { ...base, 'failing-log': 'tls-timeout' } as const;
const toPortal = { ...toOtherNetwork, 'other-network': 'works-elsewhere' } as const;
const toCount = { ...toOtherNetwork, 'other-network': 'fails-too' } as const;
const toShared = { ...toCount, 'connection-count': 'below-limit' } as const;
const toClock = { ...toShared, 'shared-cert': 'no' } as const;
const toFar = { ...toClock, 'clock-check': 'pass' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → failing-log', (platform) => {
    expect(at({ platform })).toBe('failing-log');
  });
});

describe('question: failing-log', () => {
  it.each([
    ['cert-not-yet-valid', 'client-clock-skew'],
    ['verify-expired', 'clock-first'],
    ['own-cert-expired', 'client-cert-expired'],
    ['server-refused', 'client-cert-revoked'],
    ['auth-failed', 'auth-method'],
    ['newer-client', 'upgrade-line'],
    ['adapter-error', 'client-app-exception'],
    ['drops-after-connect', 'shared-cert'],
    ['bad-packet-length', 'captive-portal'],
    ['tls-timeout', 'other-network'],
    ['other', 'connection-count'],
    ['no-log', 'other-network'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'failing-log': answer })).toBe(next);
  });
});

describe('check: clock-first', () => {
  it.each([
    ['pass', 'server-cert-expired'],
    ['fail', 'client-clock-skew'],
    ['unsure', 'client-clock-skew'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'failing-log': 'verify-expired', 'clock-first': answer })).toBe(next);
  });
});

describe('question: auth-method', () => {
  it.each([
    ['password', 'auth-failed-credentials'],
    ['two-factor', 'auth-failed-mfa'],
    ['certificate-only', 'client-cert-revoked'],
    ['unsure', 'auth-failed-credentials'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'failing-log': 'auth-failed', 'auth-method': answer })).toBe(next);
  });
});

describe('question: upgrade-line', () => {
  it.each([
    ['cipher-fallback', 'cipher-fallback-removed'],
    ['compression', 'compression-refused'],
    ['weak-cert', 'weak-certificate-rejected'],
    ['unsupported-protocol', 'tls-version-too-old'],
    ['other', 'client-app-exception'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'failing-log': 'newer-client', 'upgrade-line': answer })).toBe(next);
  });
});

describe('question: other-network', () => {
  it.each([
    ['works-elsewhere', 'portal-check'],
    ['fails-too', 'connection-count'],
    ['unsure', 'connection-count'],
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

describe('question: connection-count', () => {
  it.each([
    ['at-limit', 'too-many-connections'],
    ['below-limit', 'shared-cert'],
    ['unsure', 'shared-cert'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toCount, 'connection-count': answer })).toBe(next);
  });
});

describe('question: shared-cert', () => {
  it.each([
    ['yes', 'shared-client-cert'],
    ['no', 'clock-check'],
    ['unsure', 'clock-check'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toShared, 'shared-cert': answer })).toBe(next);
  });
});

describe('question: clock-check', () => {
  it.each([
    ['pass', 'far-clients'],
    ['fail', 'client-clock-skew'],
    ['unsure', 'far-clients'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toClock, 'clock-check': answer })).toBe(next);
  });
});

describe('question: far-clients', () => {
  it.each([
    ['yes', 'protocol'],
    ['no', 'line-quality'],
    ['unsure', 'line-quality'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toFar, 'far-clients': answer })).toBe(next);
  });
});

describe('question: protocol', () => {
  const here = { ...toFar, 'far-clients': 'yes' } as const;
  it.each([
    ['udp', 'udp-long-distance'],
    ['tcp', 'unstable-internet'],
    ['unsure', 'udp-long-distance'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...here, protocol: answer })).toBe(next);
  });
});

describe('question: line-quality', () => {
  const here = { ...toFar, 'far-clients': 'no' } as const;
  it.each([
    ['pass', 'client-app-exception'],
    ['fail', 'unstable-internet'],
    ['unsure', 'client-app-exception'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...here, 'line-quality': answer })).toBe(next);
  });
});

describe('SEED-FAQ rows of “only some clients can connect”', () => {
  const diagnoses = tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
  it.each([
    ['unstable internet / long distance over UDP (→ TCP, then CEN + SAG)', 'udp-long-distance'],
    ['unstable internet connection (→ ISP)', 'unstable-internet'],
    ['too many client connections', 'too-many-connections'],
    ['client exception (→ restart, reinstall and reconfigure)', 'client-app-exception'],
    ['time synchronisation (≤ 10 minutes)', 'client-clock-skew'],
    ['same client certificate on several computers (advice, not in the FAQ)', 'shared-client-cert'],
  ])('%s → %s', (_row, id) => {
    expect(diagnoses).toContain(id);
  });
});
