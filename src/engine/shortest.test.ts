import { describe, expect, it } from 'vitest';
import { resolve } from './resolve';
import { answersBeforeInput, linkAnswers, shortestAnswers } from './shortest';
import { fixtureEvaluators, fixtureTree } from './test-trees';
import { trees } from '../trees';
import { evaluators } from '../network/evaluators';

describe('shortestAnswers', () => {
  it('finds the fewest-steps path to every diagnosis, replayable with the examples', () => {
    const paths = shortestAnswers(fixtureTree, fixtureEvaluators);
    expect([...paths.keys()].sort()).toEqual(['all-good', 'blocked', 'too-small']);
    expect(paths.get('blocked')?.steps).toEqual([
      { nodeId: 'platform', outcome: 'alibaba' },
      { nodeId: 'network-check', outcome: 'fail' },
    ]);
    for (const [id, p] of paths) {
      expect(p.complete).toBe(true);
      const r = resolve(fixtureTree, p.answers, { evaluators: fixtureEvaluators });
      expect(r.done && r.current.id).toBe(id);
    }
  });

  it('marks a path through a compute node incomplete without evaluators', () => {
    expect(shortestAnswers(fixtureTree).get('too-small')?.complete).toBe(false);
  });

  it('reaches every diagnosis of every registered tree', () => {
    for (const tree of trees) {
      const diagnoses = tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
      const paths = shortestAnswers(tree, evaluators);
      for (const d of diagnoses) expect(paths.has(d), `${tree.id} ${d}`).toBe(true);
    }
  });
});

describe('linkAnswers', () => {
  it('keeps only proven answers on the way; replay stops at the first open question', () => {
    const link = linkAnswers(fixtureTree, { 'network-check': 'fail', pool: 'x' }, 'blocked');
    expect(link).toEqual({ 'network-check': 'fail' });
    const r = resolve(fixtureTree, link ?? {}, { evaluators: fixtureEvaluators });
    expect(r.done).toBe(false);
    expect(r.current.id).toBe('platform');
    const full = resolve(
      fixtureTree,
      { ...link, platform: 'other' },
      { evaluators: fixtureEvaluators },
    );
    expect(full.done && full.current.id).toBe('blocked');
  });

  it('drops a proven answer that points away from the target, and invalid ones', () => {
    expect(linkAnswers(fixtureTree, { 'network-check': 'pass' }, 'blocked')).toEqual({});
    expect(linkAnswers(fixtureTree, { 'network-check': 'nonsense', nope: 'x' }, 'blocked')).toEqual(
      {},
    );
    expect(linkAnswers(fixtureTree, {}, 'no-such-diagnosis')).toBeNull();
  });
});

describe('answersBeforeInput (the cause pages’ walk-in links)', () => {
  it('reaches the diagnosis, or stops at the first compute step with nothing typed for it', () => {
    let stopped = 0;
    for (const tree of trees) {
      for (const [id, path] of shortestAnswers(tree)) {
        const answers = answersBeforeInput(path);
        const r = resolve(tree, answers, { evaluators });
        if (path.complete) {
          expect(r.done && r.current.id).toBe(id);
          expect(answers).toEqual(path.answers);
        } else {
          stopped++;
          expect(r.done).toBe(false);
          expect(r.current.kind).toBe('compute');
          // Only questions and checks are answered, all on the path before that step.
          const before = path.steps.slice(0, Object.keys(answers).length).map((s) => s.nodeId);
          expect(Object.keys(answers)).toEqual(before);
          expect(before).not.toContain(r.current.id);
          for (const a of Object.values(answers)) expect(typeof a).toBe('string');
        }
      }
    }
    // The trees do have diagnoses behind compute steps (client-cidr-too-small, …).
    expect(stopped).toBeGreaterThan(0);
  });
});
