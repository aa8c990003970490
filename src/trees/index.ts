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
