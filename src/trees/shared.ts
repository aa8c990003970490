import type { Field, Id, QuestionNode } from '../engine/types';
import { PLATFORM_IDS } from '../network/platforms';

/**
 * The platforms every tree asks about first: the platform table's ids (src/network/platforms.ts)
 * plus the tree answer `unsure` (their words: `nodes.platform` in each tree file).
 */
export const PLATFORM_OPTIONS = [...PLATFORM_IDS, 'unsure'] as const;

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
