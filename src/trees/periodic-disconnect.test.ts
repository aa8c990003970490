import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { periodicDisconnect as tree } from './periodic-disconnect';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;

const base = { platform: 'alibaba' } as const;
const toLog = { ...base, 'server-changed': 'no' } as const;
const toPattern = { ...toLog, 'disconnect-log': 'ping-restart' } as const;
const toProtocol = { ...toPattern, 'drop-pattern': 'random' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → server-changed', (platform) => {
    expect(at({ platform })).toBe('server-changed');
  });
});

describe('question: server-changed', () => {
  it('yes → server-config-changed', () => {
    expect(at({ ...base, 'server-changed': 'yes' })).toBe('server-config-changed');
  });
  it('no → disconnect-log', () => {
    expect(at({ ...base, 'server-changed': 'no' })).toBe('disconnect-log');
  });
  it('unsure → all-at-once', () => {
    expect(at({ ...base, 'server-changed': 'unsure' })).toBe('all-at-once');
  });
});

describe('question: all-at-once', () => {
  const here = { ...base, 'server-changed': 'unsure' } as const;
  it('all → server-config-changed', () => {
    expect(at({ ...here, 'all-at-once': 'all' })).toBe('server-config-changed');
  });
  it('some → disconnect-log', () => {
    expect(at({ ...here, 'all-at-once': 'some' })).toBe('disconnect-log');
  });
  it('unsure → disconnect-log', () => {
    expect(at({ ...here, 'all-at-once': 'unsure' })).toBe('disconnect-log');
  });
});

describe('question: disconnect-log', () => {
  it.each([
    ['ping-restart', 'drop-pattern'],
    ['connection-reset', 'line-quality'],
    ['auth-failed', 'auth-when'],
    ['other', 'drop-pattern'],
    ['no-log', 'drop-pattern'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toLog, 'disconnect-log': answer })).toBe(next);
  });
});

describe('question: auth-when', () => {
  it.each([
    ['after-reconnect', 'auth-token-expired'],
    ['at-renegotiation', 'renegotiation-mfa-drop'],
    ['unsure', 'auth-token-expired'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toLog, 'disconnect-log': 'auth-failed', 'auth-when': answer })).toBe(next);
  });
});

describe('question: drop-pattern', () => {
  it.each([
    ['fixed-interval', 'reneg-prompt'],
    ['after-idle', 'nat-idle-timeout'],
    ['after-sleep', 'sleep-roaming'],
    ['two-computers', 'shared-client-cert'],
    ['random', 'protocol'],
    ['unsure', 'protocol'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toPattern, 'drop-pattern': answer })).toBe(next);
  });
});

describe('question: reneg-prompt', () => {
  it.each([
    ['yes', 'renegotiation-mfa-drop'],
    ['no', 'protocol'],
    ['unsure', 'protocol'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toPattern, 'drop-pattern': 'fixed-interval', 'reneg-prompt': answer })).toBe(
      next,
    );
  });
});

describe('question: protocol', () => {
  it('udp → long-distance', () => {
    expect(at({ ...toProtocol, protocol: 'udp' })).toBe('long-distance');
  });
  it('tcp → line-quality', () => {
    expect(at({ ...toProtocol, protocol: 'tcp' })).toBe('line-quality');
  });
  it('unsure → long-distance', () => {
    expect(at({ ...toProtocol, protocol: 'unsure' })).toBe('long-distance');
  });
});

describe('question: long-distance', () => {
  const here = { ...toProtocol, protocol: 'udp' } as const;
  it('yes → udp-long-distance', () => {
    expect(at({ ...here, 'long-distance': 'yes' })).toBe('udp-long-distance');
  });
  it('no → line-quality', () => {
    expect(at({ ...here, 'long-distance': 'no' })).toBe('line-quality');
  });
  it('unsure → line-quality', () => {
    expect(at({ ...here, 'long-distance': 'unsure' })).toBe('line-quality');
  });
});

describe('question: line-quality', () => {
  const here = { ...toProtocol, protocol: 'tcp' } as const;
  it('pass → read-the-logs', () => {
    expect(at({ ...here, 'line-quality': 'pass' })).toBe('read-the-logs');
  });
  it('fail → unstable-internet', () => {
    expect(at({ ...here, 'line-quality': 'fail' })).toBe('unstable-internet');
  });
  it('unsure → unstable-internet', () => {
    expect(at({ ...here, 'line-quality': 'unsure' })).toBe('unstable-internet');
  });
});

describe('SEED-FAQ rows of “the client is disconnected periodically”', () => {
  const diagnoses = tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
  it.each([
    ['unstable internet connection (latency, loss → ISP)', 'unstable-internet'],
    ['long-distance connection over UDP (→ TCP, then CEN + SAG)', 'udp-long-distance'],
    ['SSL server configuration changed (→ reconnect)', 'server-config-changed'],
  ])('%s → %s', (_row, id) => {
    expect(diagnoses).toContain(id);
  });
});
