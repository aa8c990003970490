import { describe, expect, it } from 'vitest';
import { allPaths, causeNamespace, resolve, validateTree, type LocaleBundle } from '../engine';
import { evaluators } from '../network/evaluators';
import { trees } from './';

const files = import.meta.glob<LocaleBundle>('../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** lang → namespace → bundle */
const locales: Record<string, Record<string, LocaleBundle>> = {};
for (const [path, bundle] of Object.entries(files)) {
  const m = /locales\/(\w+)\/(.+)\.json$/.exec(path);
  if (m?.[1] && m[2]) (locales[m[1]] ??= {})[m[2]] = bundle;
}

describe.each(trees.map((t) => [t.id, t] as const))('tree %s', (_id, tree) => {
  it('is structurally sound and has every text in en and ja', () => {
    expect(validateTree(tree, { evaluators, locales })).toEqual([]);
  });

  it('reaches every diagnosis, and each path replays to it', () => {
    const paths = allPaths(tree, evaluators);
    const diagnoses = tree.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id);
    expect(new Set(paths.map((p) => p.diagnosis))).toEqual(new Set(diagnoses));
    for (const path of paths) {
      const r = resolve(tree, path.answers, { evaluators });
      expect(r.done).toBe(true);
      expect(r.current.id).toBe(path.diagnosis);
      expect(r.trail.map((s) => s.node.id)).toEqual(path.steps.map((s) => s.nodeId));
    }
  });
});

describe('locale files', () => {
  it('en and ja hold the same files', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'ja']);
    expect(Object.keys(locales.ja ?? {}).sort()).toEqual(Object.keys(locales.en ?? {}).sort());
  });

  it('every cause file is used by some tree, and every tree has a tree file', () => {
    const used = new Set(
      trees.flatMap((t) =>
        t.nodes.filter((n) => n.kind === 'diagnosis').map((n) => causeNamespace(n.id)),
      ),
    );
    const causeFiles = Object.keys(locales.en ?? {}).filter((ns) => ns.startsWith('cause-'));
    expect(causeFiles.filter((ns) => !used.has(ns))).toEqual([]);
    for (const t of trees) expect(locales.en?.[`tree-${t.id}`]).toBeDefined();
  });

  // The app loads whatever namespace it names (src/i18n/i18n.ts ships no list of files): a
  // finding of the analyzer, inspector or dump reader that names a cause with no file would
  // fail its page's words.
  it('every cause a finding can name has a cause file', () => {
    const sources = import.meta.glob<string>(['../network/**/*.ts', '!**/*.test.ts'], {
      eager: true,
      query: '?raw',
      import: 'default',
    });
    const named = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\bcause: '([a-z0-9-]+)'/g)) named.add(m[1] ?? '');
    }
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((id) => !locales.en?.[causeNamespace(id)])).toEqual([]);
  });
});
