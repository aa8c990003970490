import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluators as realEvaluators } from '../network/evaluators';
import { trees } from '../trees';
import { allPaths, shortestPathTo } from './paths';
import { resolve } from './resolve';
import {
  diagnosis,
  diamondTree,
  fixtureEvaluators,
  fixtureTree,
  question,
  sizeCheck,
  treeOf,
} from './test-trees';
import type { Tree, TreeNode } from './types';

const evaluators = fixtureEvaluators;
const route = (p: { steps: readonly { outcome: string }[] }) =>
  p.steps.map((s) => s.outcome).join('·');

describe('allPaths', () => {
  it('enumerates every simple path of a diamond-shaped DAG, in edge order', () => {
    const paths = allPaths(diamondTree, evaluators);
    expect(paths.map((p) => `${route(p)} → ${p.diagnosis}`)).toEqual([
      'l·go·small → too-small',
      'l·go·big → all-good',
      'l·stop → blocked',
      'r·pass·small → too-small',
      'r·pass·big → all-good',
      'r·fail → blocked',
      'r·unsure·small → too-small',
      'r·unsure·big → all-good',
    ]);
    expect(paths[0]?.steps).toEqual([
      { nodeId: 'start', outcome: 'l' },
      { nodeId: 'left', outcome: 'go' },
      { nodeId: 'join', outcome: 'small' },
    ]);
  });

  it("uses each compute node's evaluator example as the answer", () => {
    const paths = allPaths(diamondTree, evaluators);
    expect(paths[0]?.answers).toEqual({ start: 'l', left: 'go', join: sizeCheck.examples.small });
    expect(paths[4]?.answers).toEqual({ start: 'r', right: 'pass', join: sizeCheck.examples.big });
    expect(paths[5]?.answers).toEqual({ start: 'r', right: 'fail' });
  });

  it('gives answers that replay each path to its diagnosis', () => {
    for (const [tree, registry] of [
      [diamondTree, evaluators],
      [fixtureTree, evaluators],
      ...trees.map((t) => [t, realEvaluators] as const),
    ] as const) {
      for (const path of allPaths(tree, registry)) {
        const r = resolve(tree, path.answers, { evaluators: registry });
        expect(r.done).toBe(true);
        expect(r.current.id).toBe(path.diagnosis);
        expect(r.trail.map((s) => ({ nodeId: s.node.id, outcome: s.outcome }))).toEqual(path.steps);
      }
    }
  });

  it('gives paths that do not share answer objects', () => {
    const [a, b] = allPaths(diamondTree, evaluators);
    expect(a?.answers).not.toBe(b?.answers);
    expect(a?.steps).not.toBe(b?.steps);
  });

  it('throws when an evaluator has no example for a result', () => {
    const noExample = { ...sizeCheck, examples: { small: { size: '1' } } };
    expect(() => allPaths(diamondTree, { 'size-check': noExample })).toThrow(
      'No example input for size-check → big',
    );
    expect(() => allPaths(diamondTree, {})).toThrow('No example input for size-check → small');
  });

  it('does not need examples for compute nodes it never reaches', () => {
    const tree: Tree = { ...diamondTree, root: 'left', nodes: diamondTree.nodes.slice(1) };
    const skipJoin = treeOf([
      question('q', ['a', 'x'], ['b', 'y']),
      diagnosis('x'),
      diagnosis('y'),
    ]);
    expect(allPaths(skipJoin, {})).toHaveLength(2);
    expect(() => allPaths(tree, {})).toThrow(/No example/);
  });

  it('walks only simple paths through a cycle, and skips edges to missing nodes', () => {
    const tree = treeOf([
      question('a', ['next', 'b'], ['stop', 'end']),
      question('b', ['back', 'a'], ['gone', 'ghost'], ['stop', 'end']),
      diagnosis('end'),
    ]);
    expect(allPaths(tree, evaluators).map(route)).toEqual(['next·stop', 'stop']);
  });

  it('gives one empty path for a diagnosis root, none for a missing root', () => {
    expect(allPaths(treeOf([diagnosis('end')]), evaluators)).toEqual([
      { steps: [], diagnosis: 'end', answers: {} },
    ]);
    expect(allPaths({ id: 't', root: 'nope', nodes: [diagnosis('end')] }, evaluators)).toEqual([]);
  });

  it('counts 2^n paths through a chain of n diamonds (property, 200 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (n) => {
        const nodes: TreeNode[] = [];
        for (let i = 0; i < n; i++) {
          const next = i + 1 < n ? `q${i + 1}` : 'end';
          nodes.push(question(`q${i}`, ['a', `a${i}`], ['b', `b${i}`]));
          nodes.push(question(`a${i}`, ['x', next], ['y', next]));
          nodes.push(question(`b${i}`, ['x', next], ['y', next]));
        }
        nodes.push(diagnosis('end'));
        const paths = allPaths(treeOf(nodes), evaluators);
        expect(paths).toHaveLength(4 ** n);
        expect(new Set(paths.map(route)).size).toBe(paths.length);
        for (const p of paths) expect(p.steps).toHaveLength(2 * n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('shortestPathTo', () => {
  it('gives the path with the fewest steps to a diagnosis', () => {
    expect(route(shortestPathTo(diamondTree, evaluators, 'blocked')!)).toBe('l·stop');
    expect(route(shortestPathTo(diamondTree, evaluators, 'all-good')!)).toBe('l·go·big');
    expect(shortestPathTo(fixtureTree, evaluators, 'blocked')).toEqual({
      steps: [
        { nodeId: 'platform', outcome: 'alibaba' },
        { nodeId: 'network-check', outcome: 'fail' },
      ],
      diagnosis: 'blocked',
      answers: { platform: 'alibaba', 'network-check': 'fail' },
    });
  });

  it('prefers a shorter later path over a longer earlier one', () => {
    const tree = treeOf([
      question('q', ['long', 'mid'], ['short', 'end']),
      question('mid', ['a', 'end'], ['b', 'other']),
      diagnosis('end'),
      diagnosis('other'),
    ]);
    expect(route(shortestPathTo(tree, evaluators, 'end')!)).toBe('short');
  });

  it('gives undefined for an unknown or unreachable diagnosis', () => {
    expect(shortestPathTo(diamondTree, evaluators, 'nope')).toBeUndefined();
    const tree = treeOf([question('q', ['a', 'x'], ['b', 'x']), diagnosis('x'), diagnosis('lost')]);
    expect(shortestPathTo(tree, evaluators, 'lost')).toBeUndefined();
  });
});
