import { describe, expect, it } from 'vitest';
import { trees } from '../src/trees';
import { LANGS } from '../src/i18n/langs';

/**
 * `symptoms.json` carries each symptom's title and summary for the start page (so it paints
 * without the eleven tree files). The tree file is the source: the two must say the same
 * (`node scripts/sync-symptoms.mjs` rewrites symptoms.json from the tree files).
 */
const files = import.meta.glob<Record<string, unknown>>('./*/{symptoms,tree-*}.json', {
  eager: true,
  import: 'default',
});

describe('symptoms.json', () => {
  for (const lang of LANGS) {
    const symptoms = files[`./${lang}/symptoms.json`] as
      Record<string, { title?: unknown; summary?: unknown }> | undefined;

    it(`${lang}: lists exactly the trees`, () => {
      expect(symptoms).toBeDefined();
      expect(Object.keys(symptoms ?? {}).sort()).toEqual(trees.map((t) => t.id).sort());
    });

    for (const tree of trees) {
      it(`${lang}: ${tree.id} has the tree file's title and summary`, () => {
        const source = files[`./${lang}/tree-${tree.id}.json`];
        expect(source, `run node scripts/sync-symptoms.mjs`).toBeDefined();
        expect(symptoms?.[tree.id], `run node scripts/sync-symptoms.mjs`).toEqual({
          title: source?.title,
          summary: source?.summary,
        });
      });
    }
  }
});
