// Renders the PNG app icons in public/icons/ from their SVG sources with the test Chromium.
// Run once after changing an icon: `node scripts/make-icons.mjs` (the PNGs are committed).
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const dir = new URL('../public/icons/', import.meta.url);
const jobs = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
for (const { svg, png, size } of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const source = await readFile(new URL(svg, dir), 'utf8');
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
  );
  await page.screenshot({ path: new URL(png, dir).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
