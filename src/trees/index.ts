import type { Tree } from '../engine/types';
import { cannotConnect } from './cannot-connect';
import { periodicDisconnect } from './periodic-disconnect';
import { someClients } from './some-clients';
import { pingNoReply } from './ping-no-reply';
import { pingOneWay } from './ping-one-way';
import { dnsFails } from './dns-fails';
import { resourcesUnreachable } from './resources-unreachable';
import { packetLoss } from './packet-loss';
import { highLatency } from './high-latency';
import { cipherMismatch } from './cipher-mismatch';
import { firewallBlocking } from './firewall-blocking';

/**
 * Every symptom tree, in the order the start page lists them. To add a symptom: write
 * `src/trees/<id>.ts`, add it here, and add `locales/{en,ja}/tree-<id>.json`.
 */
export const trees: readonly Tree[] = [
  cannotConnect,
  periodicDisconnect,
  someClients,
  pingNoReply,
  pingOneWay,
  dnsFails,
  resourcesUnreachable,
  packetLoss,
  highLatency,
  cipherMismatch,
  firewallBlocking,
];

/** The tree for a symptom id, or undefined. */
export function findTree(id: string): Tree | undefined {
  return trees.find((t) => t.id === id);
}

/** The diagnosis (cause) ids of a tree, in node order. */
export function diagnosisIds(tree: Tree): string[] {
  return tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
}

/** Every cause id of every tree, once, in tree order (the cause library's order). */
export function causeIds(): string[] {
  return [...new Set(trees.flatMap(diagnosisIds))];
}

/** The trees that can end in a cause. */
export function treesWithCause(causeId: string): Tree[] {
  return trees.filter((t) => diagnosisIds(t).includes(causeId));
}

/**
 * Causes that code outside the trees refers to by name (a test checks each is a diagnosis of
 * some tree): the clock check is shown under the clock cause, and links to it.
 */
export const CAUSES = { clientClockSkew: 'client-clock-skew' } as const;
