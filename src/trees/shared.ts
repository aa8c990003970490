import type { CheckNode, ComputeNode, Field, Id, QuestionNode, TreeNode } from '../engine/types';
import { PLATFORM_ANSWERS } from '../network/platforms';

/**
 * The platforms every tree asks about first: the platform table's ids (src/network/platforms.ts)
 * plus the tree answer `unsure` (their words: `nodes.platform` in each tree file).
 */
export const PLATFORM_OPTIONS = PLATFORM_ANSWERS;

/**
 * The root question of every tree: which gateway the client talks to. Every answer leads to the
 * same next step — the answer only changes names and limits (`terms.<platform>` in common.json)
 * and the 4 × N vs 4 × N + 8 rule.
 */
export function platformQuestion(next: Id): QuestionNode {
  return {
    kind: 'question',
    id: 'platform',
    options: PLATFORM_OPTIONS.map((id) => ({ id, next })),
  };
}

/** The inputs of the `service-rule` evaluator (is the firewall rule for the server right?). */
export const SERVICE_RULE_FIELDS: readonly Field[] = [
  { id: 'pool-cidr', type: 'cidr', required: true },
  { id: 'rule-source', type: 'text', required: false },
  { id: 'service-port', type: 'text', required: false },
];

/**
 * "Does it work from another network?": the path that tells a network blocking UDP or asking for
 * a captive-portal login from a blocked gateway port (cannot-connect and some-clients). `failsToo`
 * is where the walk goes when the other network fails as well.
 */
export function otherNetworkNodes(failsToo: Id): TreeNode[] {
  return [
    {
      kind: 'question',
      id: 'other-network',
      options: [
        { id: 'works-elsewhere', next: 'portal-check' },
        { id: 'fails-too', next: failsToo },
        { id: 'unsure', next: failsToo },
      ],
    },
    {
      kind: 'check',
      id: 'portal-check',
      outcomes: { pass: 'server-protocol', fail: 'captive-portal', unsure: 'server-protocol' },
    },
    {
      kind: 'question',
      id: 'server-protocol',
      options: [
        { id: 'udp', next: 'udp-blocked-network' },
        { id: 'tcp', next: 'endpoint-blocked' },
        { id: 'unsure', next: 'udp-blocked-network' },
      ],
    },
  ];
}

/**
 * "Does the client's own LAN overlap the networks behind the gateway?" (cannot-connect,
 * resources-unreachable): the `address-conflict` evaluator on the client's LAN (a network dump
 * answers `client-lan`: `LAN_CONFLICT_TREES` in the evidence reader). `noConflict` is where the
 * walk goes without an overlap, or when the values are not known.
 */
export function lanConflictStep(noConflict: Id): ComputeNode {
  return {
    kind: 'compute',
    id: 'lan-conflict',
    fields: [
      { id: 'client-lan', type: 'cidr', required: true },
      { id: 'local-networks', type: 'cidr-list', required: true },
    ],
    evaluator: 'address-conflict',
    results: { conflict: 'address-conflict', 'no-conflict': noConflict },
    unsure: noConflict,
  };
}

/**
 * "Which OpenVPN client version runs?", asked last where the tunnel is up (resources-unreachable,
 * ping-no-reply): a version the provider does not recommend leads to its cause; otherwise the
 * walk goes on to `pass`.
 */
export function clientVersionCheck(pass: Id): CheckNode {
  return {
    kind: 'check',
    id: 'client-version',
    outcomes: { pass, fail: 'openvpn-version-incompatible', unsure: pass },
  };
}
