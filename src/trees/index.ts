import type { Tree } from '../engine/types';
import { cannotConnect } from './cannot-connect';

/**
 * Every symptom tree, in the order the start page lists them. To add a symptom: write
 * `src/trees/<id>.ts`, add it here, and add `locales/{en,ja}/tree-<id>.json`.
 */
export const trees: readonly Tree[] = [cannotConnect];

/** The tree for a symptom id, or undefined. */
export function findTree(id: string): Tree | undefined {
  return trees.find((t) => t.id === id);
}
