import { test, expect } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { trees } from '../src/trees';
import { onePathPerDiagnosis, walk } from './support';

for (const tree of trees) {
  test.describe(`walk ${tree.id}`, () => {
    // Every path of every tree is replayed by the unit tests (allPaths → resolve); the browser
    // walks one path per diagnosis in each language (every path of cannot-connect grew to
    // ~2,000 walks with the new causes, over an hour on 2 cores).
    const en = onePathPerDiagnosis(tree);
    for (const path of en) {
      const label = path.steps.map((s) => `${s.nodeId}=${s.outcome}`).join(' ');
      test(`en: ${label} → ${path.diagnosis}`, async ({ page }) => {
        await walk(page, tree, path, 'en');
        await expect(page).toHaveURL(new RegExp(`/en/diagnose/${tree.id}\\?`));
        // The page's own URL replays the same walk.
        expect(new URL(page.url()).search.length).toBeGreaterThan(1);
      });
    }
    for (const path of onePathPerDiagnosis(tree)) {
      test(`ja: → ${path.diagnosis}`, async ({ page }) => {
        await walk(page, tree, path, 'ja');
        await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
        await expect(page.locator('h1')).not.toBeEmpty();
      });
    }
    test('a deep link to each diagnosis opens it directly', async ({ page }) => {
      const paths = onePathPerDiagnosis(tree);
      // One page load per diagnosis (cannot-connect has about 30): the budget grows with them
      // (the default 30 s ran out under a loaded full run).
      test.setTimeout(15_000 + paths.length * 2_500);
      for (const path of paths) {
        await page.goto(`/en/diagnose/${tree.id}?${encodeAnswers(path.answers)}`);
        await expect(page.locator('main#main')).toHaveAttribute('data-node-id', path.diagnosis);
      }
    });
  });
}
