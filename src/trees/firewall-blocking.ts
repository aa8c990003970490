import type { Tree } from '../engine/types';
import { platformQuestion, SERVICE_RULE_FIELDS } from './shared';

/**
 * Symptom: a firewall service or security group in the path blocks the VPN or the traffic
 * after it (SEED-FW tables 1–3). Words: `locales/<lang>/tree-firewall-blocking.json`.
 */
export const firewallBlocking = {
  id: 'firewall-blocking',
  root: 'platform',
  nodes: [
    platformQuestion('stage'),
    {
      kind: 'question',
      id: 'stage',
      options: [
        { id: 'no-tunnel', next: 'tunnel-firewall' },
        { id: 'service-fails', next: 'service-firewall' },
        { id: 'unsure', next: 'tunnel-firewall' },
      ],
    },
    {
      kind: 'question',
      id: 'tunnel-firewall',
      options: [
        { id: 'yes', next: 'endpoint-rule' },
        { id: 'no', next: 'sg-set' },
        { id: 'unsure', next: 'sg-set' },
      ],
    },
    {
      kind: 'compute',
      id: 'endpoint-rule',
      fields: [
        { id: 'protocol', type: 'choice', required: true, choices: ['tcp', 'udp'] },
        { id: 'endpoint-port', type: 'text', required: false },
        {
          id: 'rule-protocol',
          type: 'choice',
          required: true,
          choices: ['tcp', 'udp', 'icmp', 'any'],
        },
        { id: 'rule-port', type: 'text', required: false },
        { id: 'rule-destination', type: 'text', required: false },
        { id: 'internal-gateway', type: 'text', required: true },
      ],
      evaluator: 'endpoint-rule',
      results: { 'rule-wrong': 'endpoint-blocked', 'rule-ok': 'sg-set' },
      unsure: 'sg-set',
    },
    {
      kind: 'question',
      id: 'sg-set',
      options: [
        { id: 'yes', next: 'sg-ingress' },
        { id: 'no', next: 'read-the-logs' },
        { id: 'unsure', next: 'sg-ingress' },
      ],
    },
    {
      kind: 'check',
      id: 'sg-ingress',
      outcomes: { pass: 'read-the-logs', fail: 'sg-ingress-missing', unsure: 'sg-ingress-missing' },
    },
    {
      kind: 'question',
      id: 'service-firewall',
      options: [
        { id: 'yes', next: 'service-rule' },
        { id: 'no', next: 'sg-egress' },
        { id: 'unsure', next: 'sg-egress' },
      ],
    },
    {
      kind: 'compute',
      id: 'service-rule',
      fields: SERVICE_RULE_FIELDS,
      evaluator: 'service-rule',
      results: { 'rule-wrong': 'post-tunnel-rule-missing', 'rule-ok': 'sg-egress' },
      unsure: 'sg-egress',
    },
    {
      kind: 'check',
      id: 'sg-egress',
      outcomes: { pass: 'server-sg', fail: 'sg-egress-removed', unsure: 'server-sg' },
    },
    {
      kind: 'check',
      id: 'server-sg',
      outcomes: {
        pass: 'trace-packet-path',
        fail: 'security-group-blocks-pool',
        unsure: 'security-group-blocks-pool',
      },
    },
    { kind: 'diagnosis', id: 'endpoint-blocked' },
    { kind: 'diagnosis', id: 'sg-ingress-missing' },
    { kind: 'diagnosis', id: 'read-the-logs' },
    { kind: 'diagnosis', id: 'post-tunnel-rule-missing' },
    { kind: 'diagnosis', id: 'sg-egress-removed' },
    { kind: 'diagnosis', id: 'security-group-blocks-pool' },
    { kind: 'diagnosis', id: 'trace-packet-path' },
  ],
} as const satisfies Tree;
