import { describe, expect, it } from 'vitest';
import { alternatives } from './alternatives';
import { resolve } from './resolve';
import type { Tree } from './types';

const tree = {
  id: 'demo',
  root: 'a',
  nodes: [
    {
      kind: 'question',
      id: 'a',
      options: [
        { id: 'x', next: 'b' },
        { id: 'y', next: 'd-far' },
      ],
    },
    {
      kind: 'check',
      id: 'b',
      outcomes: { pass: 'd-pass', fail: 'd-fail', unsure: 'c' },
    },
    {
      kind: 'question',
      id: 'c',
      options: [
        { id: 'p', next: 'd-fail' },
        { id: 'q', next: 'd-q' },
      ],
    },
    { kind: 'diagnosis', id: 'd-pass' },
    { kind: 'diagnosis', id: 'd-fail' },
    { kind: 'diagnosis', id: 'd-q' },
    { kind: 'diagnosis', id: 'd-far' },
  ],
} as const satisfies Tree;

describe('alternatives', () => {
  it('offers the other answers of the latest step first, then earlier steps', () => {
    const r = resolve(tree, { a: 'x', b: 'pass' }, { evaluators: {} });
    expect(r.current.id).toBe('d-pass');
    expect(alternatives(tree, r)).toEqual([
      { nodeId: 'b', outcome: 'fail', diagnosis: 'd-fail' },
      { nodeId: 'b', outcome: 'unsure', diagnosis: 'd-q' },
      { nodeId: 'a', outcome: 'y', diagnosis: 'd-far' },
    ]);
  });

  it('never offers the reached diagnosis and respects the limit', () => {
    const r = resolve(tree, { a: 'x', b: 'unsure', c: 'p' }, { evaluators: {} });
    const alts = alternatives(tree, r, 2);
    expect(alts).toHaveLength(2);
    expect(alts.map((a) => a.diagnosis)).not.toContain('d-fail');
    expect(alts[0]).toEqual({ nodeId: 'c', outcome: 'q', diagnosis: 'd-q' });
  });

  it('is empty before any answer', () => {
    const r = resolve(tree, {}, { evaluators: {} });
    expect(alternatives(tree, r)).toEqual([]);
  });
});
