import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { dnsFails as tree } from './dns-fails';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;

const base = { platform: 'alibaba' } as const;
const toDirect = { ...base, 'what-fails': 'name-fails' } as const;
const toApp = { ...base, 'what-fails': 'app-fails' } as const;
const toAppRoute = { ...toApp, 'resolved-address': 'inside' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → what-fails', (platform) => {
    expect(at({ platform })).toBe('what-fails');
  });
});

describe('question: what-fails', () => {
  it.each([
    ['name-fails', 'dns-direct'],
    ['app-fails', 'resolved-address'],
    ['unsure', 'dns-direct'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'what-fails': answer })).toBe(next);
  });
});

describe('question: dns-direct', () => {
  it.each([
    ['pass', 'vpn-dns-listed'],
    ['fail', 'dns-route'],
    ['unsure', 'dns-route'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toDirect, 'dns-direct': answer })).toBe(next);
  });
});

describe('check: vpn-dns-listed', () => {
  it.each([
    ['pass', 'split-dns-leak'],
    ['fail', 'dns-server-not-set'],
    ['unsure', 'dns-server-not-set'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toDirect, 'dns-direct': 'pass', 'vpn-dns-listed': answer })).toBe(next);
  });

  it('is also where a name that resolves to a public address goes', () => {
    expect(at({ ...toApp, 'resolved-address': 'public' })).toBe('vpn-dns-listed');
  });
});

describe('question: dns-route', () => {
  const here = { ...toDirect, 'dns-direct': 'fail' } as const;
  it.each([
    ['pass', 'dns-server-blocks-clients'],
    ['fail', 'dns-route-missing'],
    ['unsure', 'dns-route-missing'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...here, 'dns-route': answer })).toBe(next);
  });
});

describe('question: resolved-address', () => {
  it.each([
    ['inside', 'app-route'],
    ['outside-private', 'local-network-missing'],
    ['public', 'vpn-dns-listed'],
    ['unsure', 'app-route'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toApp, 'resolved-address': answer })).toBe(next);
  });
});

describe('question: app-route', () => {
  it.each([
    ['pass', 'app-port'],
    ['fail', 'local-network-missing'],
    ['unsure', 'app-port'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toAppRoute, 'app-route': answer })).toBe(next);
  });
});

describe('question: app-port', () => {
  const here = { ...toAppRoute, 'app-route': 'pass' } as const;
  it.each([
    ['pass', 'mtu-probe'],
    ['fail', 'security-group-blocks-pool'],
    ['unsure', 'security-group-blocks-pool'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...here, 'app-port': answer })).toBe(next);
  });
});

describe('question: mtu-probe', () => {
  const here = { ...toAppRoute, 'app-route': 'pass', 'app-port': 'pass' } as const;
  it.each([
    ['pass', 'app-level-problem'],
    ['fail', 'mtu-fragmentation'],
    ['unsure', 'app-level-problem'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...here, 'mtu-probe': answer })).toBe(next);
  });
});

describe('SEED-FAQ rows of “connected, but domain names or applications cannot be reached”', () => {
  const diagnoses = tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
  it.each([
    ['no route on the client to the DNS server', 'dns-route-missing'],
    ['the client does not use the DNS server (dhcp-option DNS; advice)', 'dns-server-not-set'],
    ['the DNS server does not answer the client pool (advice)', 'dns-server-blocks-clients'],
    ['name resolves, app fails: no route (Local network)', 'local-network-missing'],
    ['name resolves, app fails: security group blocks the port', 'security-group-blocks-pool'],
  ])('%s → %s', (_row, id) => {
    expect(diagnoses).toContain(id);
  });
});
