import { describe, expect, it } from 'vitest';
import { resolve, type Answers } from '../engine';
import { evaluators } from '../network/evaluators';
import { pingOneWay as tree } from './ping-one-way';

/** Where the answers lead (the current node's id). */
const at = (answers: Answers) => resolve(tree, answers, { evaluators }).current.id;

const base = { platform: 'alibaba' } as const;

describe('question: platform', () => {
  it.each(['alibaba', 'fjcloud', 'openvpn', 'unsure'])('%s → which-fails', (platform) => {
    expect(at({ platform })).toBe('which-fails');
  });
});

describe('question: which-fails', () => {
  it.each([
    ['vpc-to-client-fails', 'client-firewall'],
    ['client-to-vpc-fails', 'sg-icmp'],
    ['unsure', 'return-path-differs'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...base, 'which-fails': answer })).toBe(next);
  });
});

describe('question: client-firewall', () => {
  const here = { ...base, 'which-fails': 'vpc-to-client-fails' } as const;
  it.each([
    ['pass', 'return-path-differs'],
    ['fail', 'client-firewall-blocks-icmp'],
    ['unsure', 'client-firewall-blocks-icmp'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...here, 'client-firewall': answer })).toBe(next);
  });
});

describe('question: sg-icmp', () => {
  const here = { ...base, 'which-fails': 'client-to-vpc-fails' } as const;
  it.each([
    ['pass', 'return-path-differs'],
    ['fail', 'cloud-sg-blocks-icmp'],
    ['unsure', 'cloud-sg-blocks-icmp'],
  ])('%s → %s', (answer, next) => {
    expect(at({ ...here, 'sg-icmp': answer })).toBe(next);
  });
});

describe('SEED-FAQ rows of “ping works in one direction only”', () => {
  const diagnoses = tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
  it.each([
    [
      'VPC→client fails, client→VPC works: client ACL / Windows firewall',
      'client-firewall-blocks-icmp',
    ],
    [
      'client→VPC fails, VPC→client works: the two directions take different paths',
      'return-path-differs',
    ],
    ['client→VPC fails: security group of the cloud instance', 'cloud-sg-blocks-icmp'],
  ])('%s → %s', (_row, id) => {
    expect(diagnoses).toContain(id);
  });
});
