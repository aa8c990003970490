import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { evaluators as realEvaluators } from '../network/evaluators';
import { trees } from '../trees';
import { allPaths } from './paths';
import { resolve, step, trailAnswers, type Resolution } from './resolve';
import {
  diagnosis,
  fixtureEvaluators,
  fixtureTree,
  protoTree,
  question,
  sizeCheck,
  throwingEvaluator,
  treeOf,
} from './test-trees';
import { edges } from './tree-index';
import {
  CHECK_OUTCOMES,
  type Answer,
  type Answers,
  type EvaluatorRegistry,
  type Tree,
} from './types';

const evaluators = fixtureEvaluators;
const at = (answers: Answers, stopAt?: string) =>
  resolve(fixtureTree, answers, { evaluators, ...(stopAt ? { stopAt } : {}) });
const ids = (r: Resolution) => r.trail.map((s) => s.node.id);

describe('resolve: replay', () => {
  it('starts at the root with no answers', () => {
    const r = at({});
    expect(r.current.id).toBe('platform');
    expect(r.trail).toEqual([]);
    expect(r.done).toBe(false);
    expect(r.invalid).toBeUndefined();
  });

  it('replays the trail to a diagnosis, recording answers, outcomes and details', () => {
    const answers = { platform: 'alibaba', 'network-check': 'unsure', pool: { size: '3' } };
    const r = at(answers);
    expect(r.current.id).toBe('too-small');
    expect(r.done).toBe(true);
    expect(r.invalid).toBeUndefined();
    expect(ids(r)).toEqual(['platform', 'network-check', 'pool']);
    expect(r.trail.map((s) => s.outcome)).toEqual(['alibaba', 'unsure', 'small']);
    expect(r.trail.map((s) => s.answer)).toEqual(['alibaba', 'unsure', { size: '3' }]);
    expect(r.trail[2]?.details).toEqual({ n: 3, limit: 10 });
    expect(r.trail[0]?.details).toBeUndefined();
  });

  it('stops at the first unanswered node, ignoring later answers', () => {
    const r = at({ platform: 'other', pool: { size: '1000' } });
    expect(r.current.id).toBe('network-check');
    expect(ids(r)).toEqual(['platform']);
    expect(r.done).toBe(false);
    expect(r.invalid).toBeUndefined();
  });

  it('treats an explicitly undefined answer as unanswered', () => {
    const r = at({ platform: undefined } as unknown as Answers);
    expect(r.current.id).toBe('platform');
    expect(r.invalid).toBeUndefined();
  });

  it('ignores answers for nodes off the taken path (and unknown keys)', () => {
    const r = at({
      platform: 'alibaba',
      'network-check': 'fail',
      pool: 'not even an input',
      'no-such-node': 'x',
      blocked: 'diagnoses take no answer',
    });
    expect(r.current.id).toBe('blocked');
    expect(r.done).toBe(true);
    expect(r.invalid).toBeUndefined();
    expect(ids(r)).toEqual(['platform', 'network-check']);
  });

  it('ends at a diagnosis root at once', () => {
    const r = resolve(treeOf([diagnosis('only')]), { only: 'x' }, { evaluators });
    expect(r).toEqual({ trail: [], current: { kind: 'diagnosis', id: 'only' }, done: true });
  });

  it('does not mutate the answers', () => {
    const answers = { platform: 'alibaba', 'network-check': 'pass', pool: { size: '1' } };
    const copy = structuredClone(answers);
    at(answers);
    at(answers, 'pool');
    expect(answers).toEqual(copy);
  });

  it('trailAnswers keeps only the answers on the trail, in order', () => {
    const r = at({ junk: 'x', pool: { size: '1' }, 'network-check': 'pass', platform: 'other' });
    const clean = trailAnswers(r);
    expect(clean).toEqual({ platform: 'other', 'network-check': 'pass', pool: { size: '1' } });
    expect(Object.keys(clean)).toEqual(['platform', 'network-check', 'pool']);
  });
});

describe('resolve: invalid answers', () => {
  it.each([
    ['question option', { platform: 'gcp' }, 'platform', 'gcp'],
    ['empty option', { platform: '' }, 'platform', ''],
    ['check outcome', { platform: 'alibaba', 'network-check': 'maybe' }, 'network-check', 'maybe'],
    ['option case', { platform: 'Alibaba' }, 'platform', 'Alibaba'],
  ])('reports an unknown %s as unknown-option', (_name, answers, nodeId, answer) => {
    const r = at(answers);
    expect(r.current.id).toBe(nodeId);
    expect(r.done).toBe(false);
    expect(r.invalid).toEqual({ nodeId, answer, reason: 'unknown-option' });
  });

  it.each([
    ['an input for a question', { platform: { size: '1' } }, 'platform'],
    [
      'an input for a check',
      { platform: 'alibaba', 'network-check': { x: 'pass' } },
      'network-check',
    ],
    [
      'a string for a compute node',
      { platform: 'alibaba', 'network-check': 'pass', pool: '5' },
      'pool',
    ],
  ])('reports %s as wrong-type', (_name, answers: Answers, nodeId) => {
    const r = at(answers);
    expect(r.current.id).toBe(nodeId);
    expect(r.invalid).toEqual({ nodeId, answer: answers[nodeId], reason: 'wrong-type' });
  });

  it('reports evaluator errors as malformed-input with the field errors', () => {
    const answers = { platform: 'alibaba', 'network-check': 'pass', pool: { size: 'ten' } };
    const r = at(answers);
    expect(r.current.id).toBe('pool');
    expect(ids(r)).toEqual(['platform', 'network-check']);
    expect(r.invalid).toEqual({
      nodeId: 'pool',
      answer: { size: 'ten' },
      reason: 'malformed-input',
      errors: [{ field: 'size', code: 'not-integer' }],
    });
  });

  it('reports only the first invalid answer', () => {
    const r = at({ platform: 'gcp', 'network-check': 'maybe', pool: 'x' });
    expect(r.invalid?.nodeId).toBe('platform');
    expect(r.trail).toEqual([]);
  });

  it('reports an evaluator that throws as malformed-input, not an exception', () => {
    const answers = { platform: 'alibaba', 'network-check': 'pass', pool: { size: '1' } };
    const r = resolve(fixtureTree, answers, { evaluators: { 'size-check': throwingEvaluator } });
    expect(r.current.id).toBe('pool');
    expect(r.done).toBe(false);
    expect(r.invalid).toEqual({
      nodeId: 'pool',
      answer: { size: '1' },
      reason: 'malformed-input',
      errors: [{ field: 'size', code: 'invalid' }],
    });
  });

  it('throws only for a broken tree: missing evaluator, missing result edge, missing node', () => {
    const answers = { platform: 'alibaba', 'network-check': 'pass', pool: { size: '1' } };
    expect(() => resolve(fixtureTree, answers, { evaluators: {} })).toThrow(
      /evaluator "size-check" is missing/,
    );
    const odd: EvaluatorRegistry = {
      'size-check': { ...sizeCheck, evaluate: () => ({ ok: true, result: 'huge' }) },
    };
    expect(() => resolve(fixtureTree, answers, { evaluators: odd })).toThrow(/no edge for "huge"/);
    const dangling = treeOf([question('q', ['a', 'gone'], ['b', 'end']), diagnosis('end')]);
    expect(() => resolve(dangling, { q: 'a' }, { evaluators })).toThrow(/missing "gone"/);
    expect(resolve(dangling, { q: 'b' }, { evaluators }).current.id).toBe('end');
    expect(() => resolve({ ...dangling, root: 'nope' }, {}, { evaluators })).toThrow(/root/);
    const loop = treeOf([
      question('a', ['x', 'b'], ['y', 'end']),
      question('b', ['x', 'a'], ['y', 'end']),
      diagnosis('end'),
    ]);
    expect(() => resolve(loop, { a: 'x', b: 'x' }, { evaluators })).toThrow(/cycle/);
  });
});

describe('resolve: stopAt (the "Change" link)', () => {
  const full = { platform: 'alibaba', 'network-check': 'pass', pool: { size: '1' } };

  it('stops at the node even though it has a valid answer, without marking it invalid', () => {
    const r = at(full, 'network-check');
    expect(r.current.id).toBe('network-check');
    expect(ids(r)).toEqual(['platform']);
    expect(r.done).toBe(false);
    expect(r.invalid).toBeUndefined();
  });

  it('can stop at the root and at a compute node', () => {
    expect(at(full, 'platform')).toMatchObject({ trail: [], current: { id: 'platform' } });
    expect(ids(at(full, 'pool'))).toEqual(['platform', 'network-check']);
  });

  it('does not report an invalid answer at the node it stops at', () => {
    const r = at({ ...full, 'network-check': 'maybe' }, 'network-check');
    expect(r.current.id).toBe('network-check');
    expect(r.invalid).toBeUndefined();
  });

  it('has no effect for a node off the path, unknown id, or a diagnosis', () => {
    const plain = at(full);
    expect(at(full, 'blocked')).toEqual(plain);
    expect(at(full, 'nowhere')).toEqual(plain);
    expect(at(full, 'too-small')).toEqual(plain);
    expect(at({ platform: 'alibaba', 'network-check': 'fail' }, 'pool').current.id).toBe('blocked');
  });

  it('still stops earlier at an unanswered or invalid node', () => {
    expect(at({ platform: 'alibaba' }, 'pool').current.id).toBe('network-check');
    expect(at({ ...full, platform: 'gcp' }, 'pool').invalid?.nodeId).toBe('platform');
  });
});

describe('resolve: compute nodes', () => {
  it('routes by the evaluator result', () => {
    const base = { platform: 'alibaba', 'network-check': 'pass' };
    expect(at({ ...base, pool: { size: '9' } }).current.id).toBe('too-small');
    expect(at({ ...base, pool: { size: '10' } }).current.id).toBe('all-good');
  });

  it('routes by context: the same input gives another result on another platform', () => {
    const input = { size: '50' };
    expect(at({ platform: 'alibaba', 'network-check': 'pass', pool: input }).current.id).toBe(
      'all-good',
    );
    expect(at({ platform: 'other', 'network-check': 'pass', pool: input }).current.id).toBe(
      'too-small',
    );
  });

  it('passes the input and every stored answer (also off-path ones) as context', () => {
    const evaluate = vi.fn(sizeCheck.evaluate);
    const spy: EvaluatorRegistry = { 'size-check': { ...sizeCheck, evaluate } };
    const answers = {
      platform: 'other',
      'network-check': 'unsure',
      pool: { size: '100', extra: 'kept' },
      elsewhere: 'x',
    };
    const r = resolve(fixtureTree, answers, { evaluators: spy });
    expect(r.current.id).toBe('all-good');
    expect(evaluate).toHaveBeenCalledTimes(1);
    expect(evaluate).toHaveBeenCalledWith({ size: '100', extra: 'kept' }, answers);
  });

  it('does not call the evaluator when the compute node is not reached or is the stop', () => {
    const evaluate = vi.fn(sizeCheck.evaluate);
    const spy: EvaluatorRegistry = { 'size-check': { ...sizeCheck, evaluate } };
    const answers = { platform: 'alibaba', 'network-check': 'fail', pool: { size: '1' } };
    resolve(fixtureTree, answers, { evaluators: spy });
    resolve(
      fixtureTree,
      { ...answers, 'network-check': 'pass' },
      { evaluators: spy, stopAt: 'pool' },
    );
    expect(evaluate).not.toHaveBeenCalled();
  });

  it('step() gives the edge, or the reason, for one answer', () => {
    const [platform, check, pool, blocked] = fixtureTree.nodes;
    expect(step(platform, 'other', evaluators)).toEqual({
      ok: true,
      outcome: 'other',
      next: 'network-check',
    });
    expect(step(check, 'fail', evaluators)).toEqual({ ok: true, outcome: 'fail', next: 'blocked' });
    expect(step(pool, { size: '50' }, evaluators, { platform: 'other' })).toEqual({
      ok: true,
      outcome: 'small',
      next: 'too-small',
      details: { n: 50, limit: 100 },
    });
    expect(step(pool, { size: '50' }, evaluators)).toMatchObject({ outcome: 'big' });
    expect(step(blocked, 'x', evaluators)).toEqual({ ok: false, reason: 'unknown-option' });
  });
});

describe('resolve: prototype keys', () => {
  const protoish = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf'];

  it('never treats an inherited property as an answer', () => {
    const r = resolve(protoTree, {}, { evaluators });
    expect(r.current.id).toBe('constructor');
    expect(r.invalid).toBeUndefined();
    const inherited = Object.create({ platform: 'alibaba' }) as Answers;
    expect(at(inherited).current.id).toBe('platform');
  });

  it.each(protoish)('rejects %s as an option or a check outcome', (key) => {
    expect(at({ platform: key }).invalid?.reason).toBe('unknown-option');
    expect(at({ platform: 'alibaba', 'network-check': key }).invalid?.reason).toBe(
      'unknown-option',
    );
    const r = resolve(protoTree, { constructor: 'yes', check: key }, { evaluators });
    expect(r.invalid).toEqual({ nodeId: 'check', answer: key, reason: 'unknown-option' });
  });

  it('ignores own keys named __proto__, constructor and hasOwnProperty', () => {
    const answers = JSON.parse(
      '{"__proto__": {"platform": "gcp"}, "constructor": "x", "hasOwnProperty": "y",' +
        ' "platform": "alibaba", "network-check": "fail"}',
    ) as Answers;
    expect(Object.hasOwn(answers, '__proto__')).toBe(true);
    const r = at(answers);
    expect(r.current.id).toBe('blocked');
    expect(r.invalid).toBeUndefined();
  });

  it('accepts a compute input whose field keys are prototype names', () => {
    const input = JSON.parse('{"__proto__": "1", "constructor": "2", "size": "5"}') as Answer;
    expect(at({ platform: 'alibaba', 'network-check': 'pass', pool: input }).current.id).toBe(
      'too-small',
    );
  });

  it('handles a null-prototype answer map', () => {
    const answers = Object.assign(Object.create(null) as Record<string, Answer>, {
      platform: 'other',
      'network-check': 'fail',
    });
    expect(at(answers).current.id).toBe('blocked');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over every real tree (with the real evaluators) and the fixture tree.

const subjects: readonly (readonly [Tree, EvaluatorRegistry])[] = [
  ...trees.map((t) => [t, realEvaluators] as const),
  [fixtureTree, fixtureEvaluators],
  [protoTree, fixtureEvaluators],
];

/** Random answer maps biased towards the tree's own ids, options and example inputs. */
function answersFor(tree: Tree, registry: EvaluatorRegistry): fc.Arbitrary<Answers> {
  const nodeIds = tree.nodes.map((n) => n.id);
  const outcomes = [
    ...new Set([...tree.nodes.flatMap((n) => edges(n).map(([o]) => o)), ...CHECK_OUTCOMES]),
  ];
  const fieldIds = [
    ...new Set(tree.nodes.flatMap((n) => (n.kind === 'compute' ? n.fields.map((f) => f.id) : []))),
    'size',
  ];
  const examples = Object.values(registry).flatMap((e) => Object.values(e.examples));
  const nasty = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'edit', ''];
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...nodeIds) },
    { weight: 1, arbitrary: fc.constantFrom(...nasty) },
    { weight: 1, arbitrary: fc.string() },
  );
  const fieldValue = fc.oneof(
    fc.constantFrom('10.0.0.0/24', '192.168.1.0/24', '192.168.0.0/16', '5', '63', '1194', 'udp'),
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.anything(),
  );
  const input = fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...fieldIds, ...nasty), fc.string()), fieldValue), {
      maxLength: 6,
    })
    .map((entries) => Object.fromEntries(entries) as Answer);
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<Answer>(...outcomes) },
    { weight: 3, arbitrary: examples.length ? fc.constantFrom<Answer>(...examples) : input },
    { weight: 2, arbitrary: input },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.anything().map((v) => v as Answer) },
  );
  return fc
    .array(fc.tuple(key, value), { maxLength: 20 })
    .map((entries) => Object.fromEntries(entries) as Answers);
}

const subjectAndAnswers = fc
  .constantFrom(...subjects)
  .chain(([tree, registry]) =>
    fc.tuple(fc.constant(tree), fc.constant(registry), answersFor(tree, registry)),
  );

describe('resolve: properties', () => {
  it('never throws and always returns a node of the tree (3,000 runs)', () => {
    fc.assert(
      fc.property(subjectAndAnswers, ([tree, registry, answers]) => {
        const r = resolve(tree, answers, { evaluators: registry });
        expect(tree.nodes).toContain(r.current);
        expect(r.done).toBe(r.current.kind === 'diagnosis');
        if (r.invalid) {
          expect(r.invalid.nodeId).toBe(r.current.id);
          expect(r.done).toBe(false);
          expect(['unknown-option', 'wrong-type', 'malformed-input']).toContain(r.invalid.reason);
          expect(r.invalid.answer).toBe(answers[r.current.id]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic and order-free (2,000 runs)', () => {
    fc.assert(
      fc.property(subjectAndAnswers, ([tree, registry, answers]) => {
        const a = resolve(tree, answers, { evaluators: registry });
        const b = resolve(tree, answers, { evaluators: registry });
        const reversed = Object.fromEntries(Object.entries(answers).reverse()) as Answers;
        const c = resolve(tree, reversed, { evaluators: registry });
        expect(b).toEqual(a);
        expect(c.current).toBe(a.current);
        expect(c.trail.map((s) => [s.node.id, s.outcome])).toEqual(
          a.trail.map((s) => [s.node.id, s.outcome]),
        );
        expect(c.invalid?.reason).toBe(a.invalid?.reason);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a trail that starts at the root and links each step to the next (2,000 runs)', () => {
    fc.assert(
      fc.property(subjectAndAnswers, ([tree, registry, answers]) => {
        const r = resolve(tree, answers, { evaluators: registry });
        const visited = [...r.trail.map((s) => s.node), r.current];
        expect(visited[0]?.id).toBe(tree.root);
        r.trail.forEach((s, i) => {
          expect(s.answer).toBe(answers[s.node.id]);
          expect(s.node.kind).not.toBe('diagnosis');
          const next = edges(s.node).find(([o]) => o === s.outcome)?.[1];
          expect(next).toBe(visited[i + 1]?.id);
        });
        expect(new Set(visited.map((n) => n.id)).size).toBe(visited.length);
        // Replaying only the trail's answers reaches the same place.
        const clean = resolve(tree, trailAnswers(r), { evaluators: registry });
        expect(clean.trail.map((s) => s.node.id)).toEqual(r.trail.map((s) => s.node.id));
        if (!r.invalid) expect(clean.current).toBe(r.current);
      }),
      { numRuns: 2000 },
    );
  });

  it('stopAt any trail node cuts the trail there (1,000 runs)', () => {
    fc.assert(
      fc.property(subjectAndAnswers, fc.nat(), ([tree, registry, answers], pick) => {
        const r = resolve(tree, answers, { evaluators: registry });
        const stops = [...r.trail.map((s) => s.node.id), r.current.id];
        const stopAt = stops[pick % stops.length] ?? tree.root;
        const cut = resolve(tree, answers, { evaluators: registry, stopAt });
        const i = stops.indexOf(stopAt);
        expect(cut.current.id).toBe(stopAt);
        expect(cut.trail).toEqual(r.trail.slice(0, i));
        if (stopAt !== r.current.id || r.current.kind !== 'diagnosis') {
          expect(cut.done).toBe(false);
          expect(cut.invalid).toBeUndefined();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('every path of every tree still reaches its diagnosis amid off-path junk (1,000 runs)', () => {
    const withPaths = subjects.map(([tree, registry]) => ({
      tree,
      registry,
      paths: allPaths(tree, registry),
    }));
    const arb = fc
      .constantFrom(...withPaths)
      .chain(({ tree, registry, paths }) =>
        fc.tuple(
          fc.constant(tree),
          fc.constant(registry),
          fc.constantFrom(...paths),
          answersFor(tree, registry),
        ),
      );
    fc.assert(
      fc.property(arb, ([tree, registry, path, junk]) => {
        const onPath = new Set(path.steps.map((s) => s.nodeId));
        const offPath = Object.fromEntries(Object.entries(junk).filter(([k]) => !onPath.has(k)));
        const r = resolve(tree, { ...offPath, ...path.answers }, { evaluators: registry });
        expect(r.done).toBe(true);
        expect(r.current.id).toBe(path.diagnosis);
        expect(r.trail.map((s) => s.outcome)).toEqual(path.steps.map((s) => s.outcome));
      }),
      { numRuns: 1000 },
    );
  });
});
