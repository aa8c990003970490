/**
 * Writes `locales/<lang>/symptoms.json` — each symptom's title and summary, the only words the
 * start page needs (≈ 2 kB instead of all eleven tree files) — from the `title` and `summary`
 * of every `locales/<lang>/tree-<id>.json`, in the order of `src/trees` (the start page lists
 * the symptoms in this file's order, so it paints without the tree data). The tree file stays
 * the source; run this after changing a title or summary or adding a tree
 * (`locales/symptoms.test.ts` fails until then).
 *
 *   npx tsx scripts/sync-symptoms.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trees } from '../src/trees';
import { LANGS } from '../src/i18n/langs';

const locales = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'locales');
for (const lang of LANGS) {
  const dir = path.join(locales, lang);
  const out: Record<string, { title: unknown; summary: unknown }> = {};
  for (const tree of trees) {
    const file = path.join(dir, `tree-${tree.id}.json`);
    const { title, summary } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    out[tree.id] = { title, summary };
  }
  fs.writeFileSync(path.join(dir, 'symptoms.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${lang}/symptoms.json: ${Object.keys(out).length} symptoms`);
}
