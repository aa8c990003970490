#!/usr/bin/env node
/**
 * Writes `locales/<lang>/symptoms.json` — each symptom's title and summary, the only words the
 * start page needs (≈ 2 kB instead of all eleven tree files) — from the `title` and `summary`
 * of every `locales/<lang>/tree-<id>.json`. The tree file stays the source; run this after
 * changing a title or summary or adding a tree (`locales/symptoms.test.ts` fails until then).
 *
 *   node scripts/sync-symptoms.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const locales = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'locales');
for (const lang of fs
  .readdirSync(locales)
  .filter((d) => fs.statSync(path.join(locales, d)).isDirectory())) {
  const dir = path.join(locales, lang);
  const out = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => /^tree-.+\.json$/.test(f))
    .sort()) {
    const { title, summary } = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    out[file.slice('tree-'.length, -'.json'.length)] = { title, summary };
  }
  fs.writeFileSync(path.join(dir, 'symptoms.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${lang}/symptoms.json: ${Object.keys(out).length} symptoms`);
}
