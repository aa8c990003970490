/**
 * Writes public/favicon-32.png from public/favicon.svg with Debian's Chromium:
 * `node scripts/make-favicon.mjs`. The page links the PNG, not the SVG: Chromium fetches and
 * decodes the favicon again on every same-document navigation (each wizard step), and an SVG
 * icon is decoded as a whole isolated SVG document each time (≈ 5 ms per step at 4× CPU).
 */
import { chromium } from '@playwright/test';
import fs from 'node:fs';
const svg = fs.readFileSync('public/favicon.svg', 'utf8');
const b = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const p = await b.newPage({ viewport: { width: 32, height: 32 }, deviceScaleFactor: 1 });
await p.setContent(
  `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="32" height="32" ')}</body></html>`,
);
await p.screenshot({ path: 'public/favicon-32.png', omitBackground: true });
await b.close();
