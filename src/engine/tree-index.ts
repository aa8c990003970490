import { COMPUTE_UNSURE, type Id, type Tree, type TreeNode } from './types';

const indexCache = new WeakMap<Tree, ReadonlyMap<Id, TreeNode>>();

/** The nodes of a tree by id (cached per tree object). Later duplicates are ignored. */
export function nodeIndex(tree: Tree): ReadonlyMap<Id, TreeNode> {
  let index = indexCache.get(tree);
  if (!index) {
    const map = new Map<Id, TreeNode>();
    for (const node of tree.nodes) if (!map.has(node.id)) map.set(node.id, node);
    index = map;
    indexCache.set(tree, index);
  }
  return index;
}

/**
 * The edges leaving a node: `[answer, next node id]` pairs. For a compute node the "answer"
 * is the evaluator's result key, plus `unsure` when the node has a don't-know edge.
 */
export function edges(node: TreeNode): readonly (readonly [Id, Id])[] {
  switch (node.kind) {
    case 'question':
      return node.options.map((o) => [o.id, o.next] as const);
    case 'check':
      return Object.entries(node.outcomes);
    case 'compute':
      return [
        ...Object.entries(node.results),
        ...(node.unsure ? [[COMPUTE_UNSURE, node.unsure] as const] : []),
      ];
    case 'diagnosis':
      return [];
  }
}

/** A kebab-case, URL-safe id: lower-case letters and digits in groups joined by single dashes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` is a URL-safe kebab-case id of at most 64 characters. */
export function isId(value: string): boolean {
  return value.length <= 64 && ID_PATTERN.test(value);
}
