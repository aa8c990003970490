import { describe, expect, it } from 'vitest';
import { trees } from '../src/trees';
import { LANGS } from '../src/i18n/langs';

/**
 * `symptoms.json` carries each symptom's title and summary for the start page, in the trees'
 * order (so it paints without the eleven tree files and without the tree data). The tree file is the source: the two must say the same
 * (`npx tsx scripts/sync-symptoms.ts` rewrites symptoms.json from the tree files).
 */
const files = import.meta.glob<Record<string, unknown>>('./*/{symptoms,tree-*}.json', {
  eager: true,
  import: 'default',
});

describe('symptoms.json', () => {
  for (const lang of LANGS) {
    const symptoms = files[`./${lang}/symptoms.json`] as
      Record<string, { title?: unknown; summary?: unknown }> | undefined;

    it(`${lang}: lists exactly the trees, in their order (the start page's order)`, () => {
      expect(symptoms).toBeDefined();
      expect(Object.keys(symptoms ?? {})).toEqual(trees.map((t) => t.id));
    });

    for (const tree of trees) {
      it(`${lang}: ${tree.id} has the tree file's title and summary`, () => {
        const source = files[`./${lang}/tree-${tree.id}.json`];
        expect(source, `run npx tsx scripts/sync-symptoms.ts`).toBeDefined();
        expect(symptoms?.[tree.id], `run npx tsx scripts/sync-symptoms.ts`).toEqual({
          title: source?.title,
          summary: source?.summary,
        });
      });
    }
  }
});
