import { test, expect } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { findTree } from '../src/trees';
import { expectNoAxeViolations, main, pathsOf } from './support';

const tree = findTree('cannot-connect')!;
const computePath = pathsOf(tree).find((p) => p.steps.some((s) => s.nodeId === 'pool-capacity'))!;
const beforeCompute = Object.fromEntries(
  computePath.steps
    .slice(
      0,
      computePath.steps.findIndex((s) => s.nodeId === 'pool-capacity'),
    )
    .map((s) => [s.nodeId, computePath.answers[s.nodeId]!]),
);
const checkAnswers = { platform: 'alibaba', 'log-message': 'tls-timeout' };

const pages = {
  start: '',
  question: 'diagnose/cannot-connect',
  check: `diagnose/cannot-connect?${encodeAnswers(checkAnswers)}`,
  compute: `diagnose/cannot-connect?${encodeAnswers(beforeCompute)}`,
  diagnosis: `diagnose/cannot-connect?${encodeAnswers(computePath.answers)}`,
  cause: 'causes/client-cert-expired',
  causes: 'causes',
  'not-found': 'no/such/page',
};

for (const lang of ['en', 'ja'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(pages)) {
      test(`axe: ${name} (${lang}, ${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${lang}/${path}`);
        await expect(main(page)).toBeVisible();
        await expect(page.locator('h1')).not.toBeEmpty();
        await expectNoAxeViolations(page);
      });
    }
  }
}

test('axe: error summary shown', async ({ page }) => {
  await page.goto('/en/diagnose/cannot-connect');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
});
