import type { Tree } from '../engine/types';
import { platformQuestion, SERVICE_RULE_FIELDS } from './shared';

/**
 * Symptom: the client is connected, but cloud resources cannot be reached (SEED-FAQ
 * "クライアントがクラウドリソースにアクセスできない場合", SEED-FW table 2).
 * Words: `locales/<lang>/tree-resources-unreachable.json`.
 */
export const resourcesUnreachable = {
  id: 'resources-unreachable',
  root: 'platform',
  nodes: [
    platformQuestion('client-version'),
    {
      kind: 'check',
      id: 'client-version',
      outcomes: {
        pass: 'local-network-set',
        fail: 'openvpn-version-incompatible',
        unsure: 'local-network-set',
      },
    },
    {
      kind: 'question',
      id: 'local-network-set',
      options: [
        { id: 'yes', next: 'client-routes' },
        { id: 'no', next: 'local-network-missing' },
        { id: 'unsure', next: 'client-routes' },
      ],
    },
    {
      kind: 'check',
      id: 'client-routes',
      outcomes: { pass: 'pool-overlap', fail: 'local-network-missing', unsure: 'pool-overlap' },
    },
    {
      kind: 'compute',
      id: 'pool-overlap',
      fields: [
        { id: 'client-cidr', type: 'cidr', required: true },
        { id: 'local-networks', type: 'cidr-list', required: true },
      ],
      evaluator: 'pool-overlap',
      results: { overlap: 'local-network-overlaps-pool', 'no-overlap': 'ipsec-on-gateway' },
      unsure: 'ipsec-on-gateway',
    },
    {
      kind: 'question',
      id: 'ipsec-on-gateway',
      options: [
        { id: 'yes', next: 'ipsec-overlap' },
        { id: 'no', next: 'vpc-pool-route' },
        { id: 'unsure', next: 'vpc-pool-route' },
      ],
    },
    {
      kind: 'compute',
      id: 'ipsec-overlap',
      fields: [
        { id: 'client-cidr', type: 'cidr', required: true },
        { id: 'ipsec-routes', type: 'cidr-list', required: true },
      ],
      evaluator: 'ipsec-overlap',
      results: { overlap: 'ipsec-route-overlaps-pool', 'no-overlap': 'vpc-pool-route' },
      unsure: 'vpc-pool-route',
    },
    {
      kind: 'check',
      id: 'vpc-pool-route',
      outcomes: { pass: 'security-rules', fail: 'vpc-pool-route-wrong', unsure: 'security-rules' },
    },
    {
      kind: 'check',
      id: 'security-rules',
      outcomes: {
        pass: 'firewall-service',
        fail: 'security-group-blocks-pool',
        unsure: 'security-group-blocks-pool',
      },
    },
    {
      kind: 'question',
      id: 'firewall-service',
      options: [
        { id: 'yes', next: 'service-rule' },
        { id: 'no', next: 'trace-packet-path' },
        { id: 'unsure', next: 'trace-packet-path' },
      ],
    },
    {
      kind: 'compute',
      id: 'service-rule',
      fields: SERVICE_RULE_FIELDS,
      evaluator: 'service-rule',
      results: { 'rule-wrong': 'post-tunnel-rule-missing', 'rule-ok': 'trace-packet-path' },
      unsure: 'trace-packet-path',
    },
    { kind: 'diagnosis', id: 'openvpn-version-incompatible' },
    { kind: 'diagnosis', id: 'local-network-missing' },
    { kind: 'diagnosis', id: 'local-network-overlaps-pool' },
    { kind: 'diagnosis', id: 'ipsec-route-overlaps-pool' },
    { kind: 'diagnosis', id: 'vpc-pool-route-wrong' },
    { kind: 'diagnosis', id: 'security-group-blocks-pool' },
    { kind: 'diagnosis', id: 'post-tunnel-rule-missing' },
    { kind: 'diagnosis', id: 'trace-packet-path' },
  ],
} as const satisfies Tree;
