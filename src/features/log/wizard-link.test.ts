import { describe, expect, it } from 'vitest';
import { resolve, type Tree } from '@/engine';
import { evaluators } from '@/network/evaluators';
import { SIGNATURES, SIGNATURE_IDS } from '@/network/openvpn-log';
import { findTree, trees } from '@/trees';
import { findingLink } from './wizard-link';

const tiny: Tree = {
  id: 'tiny',
  root: 'platform',
  nodes: [
    {
      kind: 'question',
      id: 'platform',
      options: [
        { id: 'alibaba', next: 'q' },
        { id: 'unsure', next: 'q' },
      ],
    },
    {
      kind: 'question',
      id: 'q',
      options: [
        { id: 'a', next: 'cause-a' },
        { id: 'b', next: 'cause-b' },
      ],
    },
    { kind: 'diagnosis', id: 'cause-a' },
    { kind: 'diagnosis', id: 'cause-b' },
  ],
};

describe('findingLink', () => {
  it('walks the target tree to the diagnosis, with the gateway left open', () => {
    const link = findingLink({ tree: 'tiny', diagnosis: 'cause-b' }, [tiny]);
    expect(link).toEqual({
      kind: 'diagnose',
      tree: 'tiny',
      diagnosis: 'cause-b',
      answers: { platform: 'unsure', q: 'b' },
    });
  });

  it('falls back to the cause page when the tree is not registered but the cause is', () => {
    expect(findingLink({ tree: 'not-yet', diagnosis: 'cause-a' }, [tiny])).toEqual({
      kind: 'cause',
      diagnosis: 'cause-a',
    });
  });

  it('gives no link when neither the tree nor the cause exists', () => {
    expect(findingLink({ tree: 'not-yet', diagnosis: 'nowhere' }, [tiny])).toBeNull();
    expect(findingLink(undefined, [tiny])).toBeNull();
    expect(findingLink({ tree: 'tiny', diagnosis: 'nowhere' }, [tiny])).toBeNull();
  });

  it('leads a TLS timeout to endpoint-blocked in cannot-connect', () => {
    const link = findingLink(SIGNATURES['tls-key-negotiation-timeout'].wizardTarget);
    expect(link?.kind).toBe('diagnose');
    if (link?.kind !== 'diagnose') return;
    expect(link.tree).toBe('cannot-connect');
    expect(link.diagnosis).toBe('endpoint-blocked');
  });

  it('every link of every signature replays to its diagnosis in the registered trees', () => {
    for (const id of SIGNATURE_IDS) {
      const link = findingLink(SIGNATURES[id].wizardTarget);
      if (link?.kind === 'diagnose') {
        const tree = findTree(link.tree);
        expect(tree, id).toBeDefined();
        const r = resolve(tree!, link.answers, { evaluators });
        expect(r.done, id).toBe(true);
        expect(r.current.id, id).toBe(link.diagnosis);
      } else if (link?.kind === 'cause') {
        expect(
          trees.some((t) => t.nodes.some((n) => n.kind === 'diagnosis' && n.id === link.diagnosis)),
          id,
        ).toBe(true);
      }
    }
  });
});
