/**
 * Hand-made fixture trees, evaluators and locale bundles for the engine's own tests, so they
 * never depend on real content. Not exported from `./index`.
 *
 * @packageDocumentation
 */
import type { LocaleBundle } from './validate';
import type { ComputeInput, Evaluator, EvaluatorRegistry, Tree, TreeNode } from './types';

/** Platforms below which `size-check` calls 10 "big"; `other` needs 100. */
const limitFor = (platform: unknown): number => (platform === 'other' ? 100 : 10);

/**
 * Fields: `size` (digits). Results: `small`, `big`. The threshold depends on
 * `context.platform`, so tests can see that `resolve` passes the answers as context.
 */
export const sizeCheck: Evaluator = {
  results: ['small', 'big'],
  examples: { small: { size: '1' }, big: { size: '1000' } },
  evaluate(input: ComputeInput, context) {
    const raw: unknown = input?.size;
    if (typeof raw !== 'string' || !/^\d{1,6}$/.test(raw)) {
      return { ok: false, errors: [{ field: 'size', code: 'not-integer' }] };
    }
    const n = Number(raw);
    const limit = limitFor(context?.platform);
    return { ok: true, result: n >= limit ? 'big' : 'small', details: { n, limit } };
  },
};

/** Same results as `size-check`, but always throws (breaking the "never throws" contract). */
export const throwingEvaluator: Evaluator = {
  results: ['small', 'big'],
  examples: { small: { size: '1' }, big: { size: '1000' } },
  evaluate() {
    throw new Error('boom');
  },
};

/** The fixture registry. */
export const fixtureEvaluators: EvaluatorRegistry = { 'size-check': sizeCheck };

/**
 * A small sound tree using every node kind:
 * platform (question) → network-check (check) → pool (compute) → diagnoses.
 */
export const fixtureTree = {
  id: 'fixture',
  root: 'platform',
  nodes: [
    {
      kind: 'question',
      id: 'platform',
      options: [
        { id: 'alibaba', next: 'network-check' },
        { id: 'other', next: 'network-check' },
      ],
    },
    {
      kind: 'check',
      id: 'network-check',
      outcomes: { pass: 'pool', fail: 'blocked', unsure: 'pool' },
    },
    {
      kind: 'compute',
      id: 'pool',
      fields: [{ id: 'size', type: 'integer', required: true }],
      evaluator: 'size-check',
      results: { small: 'too-small', big: 'all-good' },
    },
    { kind: 'diagnosis', id: 'blocked' },
    { kind: 'diagnosis', id: 'too-small' },
    { kind: 'diagnosis', id: 'all-good' },
  ],
} as const satisfies Tree;

/**
 * A diamond-shaped DAG: two branches from the root join again at a compute node.
 * Its simple paths are: l·go·small, l·go·big, l·stop, r·pass·small, r·pass·big, r·fail,
 * r·unsure·small, r·unsure·big.
 */
export const diamondTree = {
  id: 'diamond',
  root: 'start',
  nodes: [
    {
      kind: 'question',
      id: 'start',
      options: [
        { id: 'l', next: 'left' },
        { id: 'r', next: 'right' },
      ],
    },
    {
      kind: 'question',
      id: 'left',
      options: [
        { id: 'go', next: 'join' },
        { id: 'stop', next: 'blocked' },
      ],
    },
    { kind: 'check', id: 'right', outcomes: { pass: 'join', fail: 'blocked', unsure: 'join' } },
    {
      kind: 'compute',
      id: 'join',
      fields: [{ id: 'size', type: 'integer', required: true }],
      evaluator: 'size-check',
      results: { small: 'too-small', big: 'all-good' },
    },
    { kind: 'diagnosis', id: 'blocked' },
    { kind: 'diagnosis', id: 'too-small' },
    { kind: 'diagnosis', id: 'all-good' },
  ],
} as const satisfies Tree;

/**
 * Node ids and outcomes that are also names on `Object.prototype`: a plain-object lookup would
 * find them "answered" (or "valid") when they are not.
 */
export const protoTree = {
  id: 'proto',
  root: 'constructor',
  nodes: [
    {
      kind: 'question',
      id: 'constructor',
      options: [
        { id: 'yes', next: 'check' },
        { id: 'no', next: 'done' },
      ],
    },
    { kind: 'check', id: 'check', outcomes: { pass: 'done', fail: 'done', unsure: 'done' } },
    { kind: 'diagnosis', id: 'done' },
  ],
} as const satisfies Tree;

/** Builds a tree from nodes (root = the first node) for broken-tree fixtures. */
export function treeOf(nodes: readonly TreeNode[], id = 'broken'): Tree {
  return { id, root: nodes[0]?.id ?? 'missing', nodes };
}

/** A diagnosis node. */
export const diagnosis = (id: string): TreeNode => ({ kind: 'diagnosis', id });

/** A question node with options `[optionId, next]`. */
export const question = (id: string, ...options: [string, string][]): TreeNode => ({
  kind: 'question',
  id,
  options: options.map(([o, next]) => ({ id: o, next })),
});

function cause(title: string): LocaleBundle {
  return {
    title,
    summary: `${title}: summary`,
    cause: `${title}: cause`,
    steps: [{ text: `${title}: step`, code: 'ping 10.0.0.1', os: 'linux' }],
    verify: [`${title}: verify`],
    collect: [`${title}: collect`],
    sources: ['SEED-FAQ'],
  };
}

/** Mutable locale bundles (lang → namespace → bundle) that make `fixtureTree` pass. */
export type MutableLocales = Record<string, Record<string, Record<string, unknown>>>;

/** Fresh, complete en + ja locale bundles for `fixtureTree` (safe to mutate). */
export function fixtureLocales(): MutableLocales {
  const lang = (tag: string): Record<string, Record<string, unknown>> => ({
    'tree-fixture': {
      title: `${tag} fixture`,
      summary: `${tag} summary`,
      keywords: `${tag}, vpn`,
      nodes: {
        platform: {
          title: `${tag} Which platform?`,
          options: { alibaba: `${tag} Alibaba Cloud`, other: `${tag} Other` },
          hints: { alibaba: `${tag} hint` },
        },
        'network-check': {
          title: `${tag} Can you reach it?`,
          body: `${tag} Run ping.`,
          options: { pass: `${tag} yes`, fail: `${tag} no`, unsure: `${tag} unsure` },
          commands: [{ os: 'linux', code: 'ping 10.0.0.1' }],
        },
        pool: {
          title: `${tag} Pool size`,
          fields: { size: { label: `${tag} Size`, help: `${tag} digits` } },
          results: { small: `${tag} small`, big: `${tag} big` },
        },
      },
    },
    'cause-blocked': cause(`${tag} blocked`),
    'cause-too-small': cause(`${tag} too small`),
    'cause-all-good': cause(`${tag} all good`),
  });
  return { en: lang('EN'), ja: lang('JA') };
}
