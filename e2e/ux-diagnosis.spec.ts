import { test, expect } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { findTree } from '../src/trees';
import { expectNode, main, pathsOf } from './support';

const tree = findTree('cannot-connect')!;
const path = pathsOf(tree).find(
  (p) => p.diagnosis === 'endpoint-blocked' && p.answers.platform === 'alibaba',
)!;
const url = `/en/diagnose/cannot-connect?${encodeAnswers(path.answers)}`;

test('item 4: the fix and the actions come before the why and the sources', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(url);
  await expectNode(page, 'endpoint-blocked', 'diagnosis');
  const order = await main(page).evaluate((m) => {
    const pos = (sel: string) => {
      const el = m.querySelector(sel);
      return el ? [...m.querySelectorAll('*')].indexOf(el) : -1;
    };
    return {
      fix: pos('#fix-title'),
      share: pos('.share-actions'),
      fixed: pos('.did-it-fix, [data-did-it-fix], section:has(input[type=radio]), section h2'),
      why: pos('details[data-section="why"]'),
      sources: pos('details[data-section="sources"]'),
    };
  });
  expect(order.fix).toBeGreaterThan(-1);
  expect(order.why).toBeGreaterThan(order.fix);
  expect(order.share).toBeGreaterThan(order.fix);
  expect(order.sources).toBeGreaterThan(order.share);
  expect(order.why).toBeGreaterThan(order.share);
  // The why and the sources are collapsed; the fix heading is on the first two screens.
  await expect(page.locator('details[data-section="sources"]')).not.toHaveAttribute('open');
  const fix = await page.locator('#fix-title').boundingBox();
  expect(fix!.y).toBeLessThan(568 * 1.2);
  // Every command has its own copy button.
  const blocks = main(page).locator('.fix-steps pre');
  const n = await blocks.count();
  for (let i = 0; i < n; i++) {
    await expect(
      blocks.nth(i).locator('xpath=..').getByRole('button', { name: /Copy/ }),
    ).toBeVisible();
  }
});

test('item 5: commands scroll sideways at 320 px and never split a word', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(url);
  await expectNode(page, 'endpoint-blocked', 'diagnosis');
  const pres = main(page).locator('pre');
  expect(await pres.count()).toBeGreaterThan(0);
  const styles = await pres.evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el);
      const code = el.querySelector('code') ?? el;
      const lines = (code.textContent ?? '').split('\n').length;
      const lh = parseFloat(getComputedStyle(code).lineHeight) || 20;
      return {
        ws: s.whiteSpace,
        ox: s.overflowX,
        wb: s.wordBreak,
        rows: Math.round(code.getBoundingClientRect().height / lh),
        lines,
      };
    }),
  );
  for (const s of styles) {
    expect(s.ws).toBe('pre');
    expect(['auto', 'scroll']).toContain(s.ox);
    expect(s.wb).not.toBe('break-all');
    expect(s.rows).toBeLessThanOrEqual(s.lines);
  }
});

test('item 7: browser Back shows the previous step with its answer selected', async ({ page }) => {
  await page.goto('/en/diagnose/cannot-connect');
  await expectNode(page, 'platform', 'question');
  await page.locator('#platform-alibaba').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(main(page)).not.toHaveAttribute('data-node-id', 'platform');
  await page.goBack();
  await expectNode(page, 'platform', 'question');
  await expect(page.locator('#platform-alibaba')).toBeChecked();
  // A fresh start is empty.
  await page.goto('/en/diagnose/cannot-connect');
  await expect(page.locator('#platform-alibaba')).not.toBeChecked();
});
