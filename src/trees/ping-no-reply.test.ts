import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { pingNoReply as tree } from './ping-no-reply';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;

const base = { platform: 'alibaba' } as const;
const toDirection = { ...base, 'tunnel-up': 'pass' } as const;
const toRoute = { ...toDirection, 'ping-direction': 'client-to-vpc' } as const;
const toSg = { ...toRoute, 'route-to-target': 'pass' } as const;
const toFirewall = { ...toSg, 'sg-icmp': 'pass' } as const;
const toVersion = { ...toFirewall, 'client-firewall': 'pass' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → tunnel-up', (platform) => {
    expect(at({ platform })).toBe('tunnel-up');
  });
});

describe('question: tunnel-up', () => {
  it.each([
    ['pass', 'ping-direction'],
    ['fail', 'tunnel-not-established'],
    ['unsure', 'ping-direction'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'tunnel-up': answer })).toBe(next);
  });
});

describe('question: ping-direction', () => {
  it.each([
    ['client-to-vpc', 'route-to-target'],
    ['vpc-to-client', 'client-firewall'],
    ['both', 'route-to-target'],
    ['unsure', 'route-to-target'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toDirection, 'ping-direction': answer })).toBe(next);
  });
});

describe('question: route-to-target', () => {
  it.each([
    ['pass', 'sg-icmp'],
    ['fail', 'local-network-missing'],
    ['unsure', 'sg-icmp'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toRoute, 'route-to-target': answer })).toBe(next);
  });
});

describe('question: sg-icmp', () => {
  it.each([
    ['pass', 'client-firewall'],
    ['fail', 'cloud-sg-blocks-icmp'],
    ['unsure', 'cloud-sg-blocks-icmp'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toSg, 'sg-icmp': answer })).toBe(next);
  });
});

describe('question: client-firewall', () => {
  it.each([
    ['pass', 'client-version'],
    ['fail', 'client-firewall-blocks-icmp'],
    ['unsure', 'client-firewall-blocks-icmp'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toFirewall, 'client-firewall': answer })).toBe(next);
  });

  it('is reached directly when the cloud server pings the client', () => {
    expect(
      at({ ...toDirection, 'ping-direction': 'vpc-to-client', 'client-firewall': 'fail' }),
    ).toBe('client-firewall-blocks-icmp');
  });
});

describe('question: client-version', () => {
  it.each([
    ['pass', 'trace-packet-path'],
    ['fail', 'openvpn-version-incompatible'],
    ['unsure', 'trace-packet-path'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...toVersion, 'client-version': answer })).toBe(next);
  });
});

describe('SEED-FAQ rows of “connected, but ping gets no reply”', () => {
  const diagnoses = tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
  it.each([
    ['the client network ACL / Windows firewall blocks ICMP', 'client-firewall-blocks-icmp'],
    ['the cloud security group does not allow ICMP from the client CIDR', 'cloud-sg-blocks-icmp'],
    ['the tunnel is not up (no “Initialization Sequence Completed”)', 'tunnel-not-established'],
    ['no route for the target on the client (Local network)', 'local-network-missing'],
    ['OpenVPN 2.6.6 on Windows cannot ping cloud resources', 'openvpn-version-incompatible'],
  ])('%s → %s', (_row, id) => {
    expect(diagnoses).toContain(id);
  });
});
