import type { Tree } from '../engine/types';
import {
  clientVersionCheck,
  lanConflictStep,
  platformQuestion,
  SERVICE_RULE_FIELDS,
} from './shared';

/**
 * Symptom: the client is connected, but cloud resources cannot be reached (SEED-FAQ
 * "クライアントがクラウドリソースにアクセスできない場合", SEED-FW table 2). The client version comes
 * last (content review #4): nearly every current Windows client runs 2.6, and asking it first
 * hid the routing, overlap and security-group causes; the client's own LAN and large packets
 * (MTU) are checked on the way.
 * Words: `locales/<lang>/tree-resources-unreachable.json`.
 */
export const resourcesUnreachable = {
  id: 'resources-unreachable',
  root: 'platform',
  nodes: [
    platformQuestion('local-network-set'),
    {
      kind: 'question',
      id: 'local-network-set',
      options: [
        { id: 'yes', next: 'lan-conflict' },
        { id: 'no', next: 'local-network-missing' },
        { id: 'unsure', next: 'lan-conflict' },
      ],
    },
    lanConflictStep('client-routes'),
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
        { id: 'no', next: 'mtu-probe' },
        { id: 'unsure', next: 'mtu-probe' },
      ],
    },
    {
      kind: 'compute',
      id: 'service-rule',
      fields: SERVICE_RULE_FIELDS,
      evaluator: 'service-rule',
      results: { 'rule-wrong': 'post-tunnel-rule-missing', 'rule-ok': 'mtu-probe' },
      unsure: 'mtu-probe',
    },
    {
      kind: 'check',
      id: 'mtu-probe',
      outcomes: { pass: 'client-version', fail: 'mtu-fragmentation', unsure: 'client-version' },
    },
    clientVersionCheck('trace-packet-path'),
    { kind: 'diagnosis', id: 'local-network-missing' },
    { kind: 'diagnosis', id: 'address-conflict' },
    { kind: 'diagnosis', id: 'local-network-overlaps-pool' },
    { kind: 'diagnosis', id: 'ipsec-route-overlaps-pool' },
    { kind: 'diagnosis', id: 'vpc-pool-route-wrong' },
    { kind: 'diagnosis', id: 'security-group-blocks-pool' },
    { kind: 'diagnosis', id: 'post-tunnel-rule-missing' },
    { kind: 'diagnosis', id: 'mtu-fragmentation' },
    { kind: 'diagnosis', id: 'openvpn-version-incompatible' },
    { kind: 'diagnosis', id: 'trace-packet-path' },
  ],
} as const satisfies Tree;
