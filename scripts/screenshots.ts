/**
 * Retakes docs/screenshots/: the start page and a diagnosis (cannot connect → Alibaba Cloud → a
 * firewall blocks the SSL-VPN port) at 320 × 568 and 1280 × 800, in English and Japanese, light
 * scheme, with Debian's Chromium (CHROMIUM_PATH overrides). Run against a built preview:
 *   npx vite build && npx vite preview --port 4173 &  npx tsx scripts/screenshots.ts
 * (BASE_URL overrides http://localhost:4173). Not part of `npm test`.
 */
import { chromium } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { findTree } from '../src/trees';
import { pathsOf } from '../e2e/support';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const tree = findTree('cannot-connect')!;
const path = pathsOf(tree).find(
  (p) => p.diagnosis === 'endpoint-blocked' && p.answers.platform === 'alibaba',
);
if (!path) throw new Error('no endpoint-blocked path for alibaba');
const diagnosis = `/diagnose/cannot-connect?${encodeAnswers(path.answers)}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const [width, height] of [
  [320, 568],
  [1280, 800],
] as const) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light' });
  for (const lang of ['en', 'ja'] as const) {
    for (const [name, url, ready] of [
      ['start', `/${lang}/`, 'main .symptom-link'],
      ['diagnosis', `/${lang}${diagnosis}`, 'main[data-node-id="endpoint-blocked"] .fix-steps'],
    ] as const) {
      await page.goto(base + url);
      await page.locator(ready).first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      const file = `docs/screenshots/${name}-${lang}-${width}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
  }
  await page.close();
}
await browser.close();
