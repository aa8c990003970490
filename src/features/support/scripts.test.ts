import { describe, expect, it } from 'vitest';
import { trees } from '@/trees';
import { scriptProblems, scriptedNodes, supportNamespace } from './scripts';

const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/support-*.json', {
  eager: true,
  import: 'default',
});

function bundle(lang: string, ns: string) {
  return files[`../../../locales/${lang}/${ns}.json`];
}

/**
 * Every non-diagnosis node of every registered tree has a support script in en and ja. A tree
 * added to `src/trees/index.ts` without `locales/{en,ja}/support-<treeId>.json` fails here,
 * with one line per missing script.
 */
describe.each(trees.map((t) => [t.id, t] as const))('support scripts: %s', (_id, tree) => {
  it('cover every question, check and compute step in en and ja', () => {
    const ns = supportNamespace(tree.id);
    expect(scriptProblems(tree, { en: bundle('en', ns), ja: bundle('ja', ns) })).toEqual([]);
  });
});

describe('scriptProblems', () => {
  const tree = trees[0]!;
  it('reports a missing file, a missing script, an empty key and bad commands', () => {
    const [first, second] = scriptedNodes(tree);
    const full = { say: 's', run: 'r', good: 'g', bad: 'b', why: 'w' };
    const en = {
      nodes: {
        [first!]: { ...full, commands: [{ os: 'dos', code: 'x' }] },
        [second!]: { ...full, say: ' ' },
        'not-a-node': full,
      },
    };
    const problems = scriptProblems(tree, { en, ja: undefined });
    expect(problems).toContain(`ja/${supportNamespace(tree.id)}.json is missing`);
    expect(problems.some((p) => p.includes(`"${first!}.commands.0" needs an os`))).toBe(true);
    expect(problems.some((p) => p.includes(`"${second!}.say" is missing or empty`))).toBe(true);
    expect(problems.some((p) => p.includes('"not-a-node" is not a step'))).toBe(true);
    const third = scriptedNodes(tree)[2];
    if (third) expect(problems.some((p) => p.includes(`no script for "${third}"`))).toBe(true);
  });

  it('reports commands that differ between languages', () => {
    const nodes = Object.fromEntries(
      scriptedNodes(tree).map((id) => [id, { say: 's', run: 'r', good: 'g', bad: 'b', why: 'w' }]),
    );
    const first = scriptedNodes(tree)[0]!;
    const withCmd = (code: string) => ({
      nodes: { ...nodes, [first]: { ...nodes[first], commands: [{ os: 'linux', code }] } },
    });
    expect(scriptProblems(tree, { en: withCmd('a'), ja: withCmd('a') })).toEqual([]);
    expect(scriptProblems(tree, { en: withCmd('a'), ja: withCmd('b') })).toEqual([
      `${supportNamespace(tree.id)}: "${first}.commands" differ between en and ja`,
    ]);
  });
});
