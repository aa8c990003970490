import { describe, expect, it } from 'vitest';
import { nodeIndex, resolve } from '@/engine';
import { evaluators } from '@/network/evaluators';
import { trees } from '@/trees';
import { boxOf } from './box';
import { entries, layersOf, layoutTree, mapEdges, textWidth, wrapText } from './graph';

describe.each(trees.map((t) => [t.id, t] as const))('tree map of %s', (_id, tree) => {
  const index = nodeIndex(tree);

  it('finds answers that open the wizard at every node', () => {
    const found = entries(tree, evaluators);
    expect(new Set(found.keys())).toEqual(new Set(tree.nodes.map((n) => n.id)));
    for (const [id, entry] of found) {
      const r = resolve(tree, entry.answers, { evaluators });
      expect(r.current.id).toBe(id);
      expect(r.invalid).toBeUndefined();
      expect(r.trail).toHaveLength(entry.depth);
    }
  });

  it('layers every edge forward', () => {
    const layer = layersOf(tree);
    expect(layer.get(tree.root)).toBe(0);
    for (const e of mapEdges(tree)) {
      expect(layer.get(e.to) ?? -1).toBeGreaterThan(layer.get(e.from) ?? Infinity);
    }
  });

  it('places every node once, without overlaps, and draws every edge', () => {
    const layout = layoutTree(tree, (node) =>
      boxOf(
        {
          kind: node.kind,
          id: node.id,
          title: `Title of ${node.id}`,
          options: mapEdges(tree)
            .filter((e) => e.from === node.id)
            .map((e) => ({ outcome: e.outcome, label: `Answer ${e.outcome}` })),
        },
        260,
      ),
    );
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(tree.nodes.map((n) => n.id).sort());
    expect(layout.edges).toHaveLength(mapEdges(tree).length);
    for (const a of layout.nodes) {
      expect(index.has(a.id)).toBe(true);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b || a.layer !== b.layer) continue;
        const apart = a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
    for (const e of layout.edges) expect(e.path).toMatch(/^M [\d.]+ [\d.]+ C /);
  });
});

describe('wrapText', () => {
  it('wraps English between words and keeps every word', () => {
    const text = 'What does the OpenVPN client log say when the connection fails?';
    const lines = wrapText(text, 120, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(textWidth(l, 14)).toBeLessThanOrEqual(120);
  });

  it('wraps Japanese between characters, never starting a line with 。 or 、', () => {
    const text =
      'クライアントがSSLサーバーに接続できません。ログを確認してください、お願いします。';
    const lines = wrapText(text, 100, 14);
    expect(lines.join('')).toBe(text);
    for (const l of lines) expect(l).not.toMatch(/^[。、]/);
  });

  it('breaks a word that is longer than a line', () => {
    const lines = wrapText('client_address_pool_cidr_is_a_very_long_identifier', 80, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('client_address_pool_cidr_is_a_very_long_identifier');
  });
});

describe('boxOf', () => {
  it('puts one port per option, inside the box, in order', () => {
    const box = boxOf(
      {
        kind: 'Question',
        id: 'q',
        title: 'A question',
        options: [
          { outcome: 'a', label: 'First' },
          { outcome: 'b', label: 'Second answer that is long enough to wrap onto two lines' },
        ],
      },
      200,
    );
    expect(box.ports.a).toBeLessThan(box.ports.b ?? 0);
    expect(box.ports.b).toBeLessThan(box.height);
    expect(box.options[1]?.lines.length).toBeGreaterThan(1);
  });
});
