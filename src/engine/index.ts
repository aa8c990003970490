/**
 * The pure decision-tree engine: no React, no i18next, no DOM. Trees are data; `resolve`
 * replays the answers from the URL; `validateTree` and `allPaths` keep trees honest in tests.
 *
 * @packageDocumentation
 */
export * from './types';
export { resolve, step, trailAnswers } from './resolve';
export type {
  Resolution,
  ResolveOptions,
  TrailStep,
  InvalidAnswer,
  InvalidReason,
  StepOutcome,
} from './resolve';
export {
  validateTree,
  treeNamespace,
  causeNamespace,
  NODE_TEXT_KEYS,
  TREE_TEXT_KEYS,
  CAUSE_TEXT_KEYS,
} from './validate';
export type { LocaleBundle, ValidateOptions } from './validate';
export { allPaths, shortestPathTo } from './paths';
export type { PathStep, TreePath } from './paths';
export { answersBeforeInput, shortestAnswers, linkAnswers } from './shortest';
export type { ShortestPath } from './shortest';
export {
  encodeAnswers,
  decodeAnswers,
  withAnswer,
  withoutAnswer,
  sameAnswer,
  RESERVED_KEYS,
  MAX_KEYS,
  MAX_VALUE_LENGTH,
} from './url';
export { nodeIndex, edges, isId, ID_PATTERN } from './tree-index';
export { alternatives } from './alternatives';
export type { Alternative } from './alternatives';
