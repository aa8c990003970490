import { test, expect } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { trees } from '../src/trees';
import { onePathPerDiagnosis, pathsOf, walk } from './support';

for (const tree of trees) {
  test.describe(`walk ${tree.id}`, () => {
    const en = tree.id === 'cannot-connect' ? pathsOf(tree) : onePathPerDiagnosis(tree);
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
      for (const path of onePathPerDiagnosis(tree)) {
        await page.goto(`/en/diagnose/${tree.id}?${encodeAnswers(path.answers)}`);
        await expect(page.locator('main#main')).toHaveAttribute('data-node-id', path.diagnosis);
      }
    });
  });
}
