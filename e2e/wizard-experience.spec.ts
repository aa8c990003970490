import { test, expect, type Page } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { findTree } from '../src/trees';
import { expectNode, main, pathsOf } from './support';

const tree = findTree('cannot-connect')!;
const certAnswers = {
  platform: 'alibaba',
  'log-message': 'tls-error',
  'tls-error': 'own-cert-expired',
};
const poolPath = pathsOf(tree).find((p) => p.diagnosis === 'client-cidr-too-small')!;

async function tabTo(page: Page, predicate: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate(
      `(() => { const el = document.activeElement; return !!el && (${predicate}); })()`,
    );
    if (ok) return;
  }
  throw new Error(`could not reach ${predicate} with Tab`);
}

test('share copies the link, and the link opens the same diagnosis elsewhere', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en/diagnose/cannot-connect?${encodeAnswers(certAnswers)}`);
  await expectNode(page, 'client-cert-expired', 'diagnosis');
  await page.getByRole('button', { name: 'Share this diagnosis' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(copied);
  await expectNode(p2, 'client-cert-expired', 'diagnosis');
  await expect(p2.locator('h1')).toHaveText(await page.locator('h1').innerText());
  await other.close();
});

test('changing an early answer keeps the later answers that still apply', async ({ page }) => {
  await page.goto(`/en/diagnose/cannot-connect?${encodeAnswers(poolPath.answers)}`);
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  const answers = page.locator('.your-answers');
  await answers.getByRole('link', { name: /Change Which VPN gateway/ }).click();
  await expectNode(page, 'platform', 'question');
  await expect(page.locator('#platform-alibaba')).toBeChecked();
  await expect(page.locator('h1')).toBeFocused();
  await page.locator('#platform-fjcloud').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Every later answer still fits, so the walk replays to the same diagnosis.
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(page).toHaveURL(/platform=fjcloud/);
  await expect(page).not.toHaveURL(/edit=/);
  await expect(page.locator('h1')).toContainText('client address pool');
});

test('a damaged link resumes at the question with a notice', async ({ page }) => {
  await page.goto(
    '/en/diagnose/cannot-connect?platform=alibaba&log-message=cert-expird&config-matches=pass',
  );
  await expectNode(page, 'log-message', 'question');
  await expect(page.getByText('An answer saved in this link could not be used')).toBeVisible();
  await page.locator('#log-message-tls-error').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#tls-error-own-cert-expired').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectNode(page, 'client-cert-expired', 'diagnosis');
  await expect(page.getByText('could not be used')).toHaveCount(0);
});

test('keyboard only: from the start page to a diagnosis', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('h1')).toBeVisible();
  await tabTo(page, `el.textContent === 'The client cannot connect to the SSL server'`);
  await page.keyboard.press('Enter');
  await expectNode(page, 'platform');
  await expect(page.locator('h1')).toBeFocused();
  // First radio group: Tab lands on the first option; Space selects it.
  await tabTo(page, `el.id === 'platform-alibaba'`);
  await page.keyboard.press('Space');
  await tabTo(page, `el.tagName === 'BUTTON' && el.type === 'submit'`);
  await page.keyboard.press('Enter');
  await expectNode(page, 'log-message');
  // Arrow keys move the choice along the group: the fourth option is a TLS error.
  await tabTo(page, `el.name === 'log-message'`);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('#log-message-tls-error')).toBeChecked();
  await tabTo(page, `el.tagName === 'BUTTON' && el.type === 'submit'`);
  await page.keyboard.press('Enter');
  await expectNode(page, 'tls-error');
  await tabTo(page, `el.name === 'tls-error'`);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#tls-error-own-cert-expired')).toBeChecked();
  await tabTo(page, `el.tagName === 'BUTTON' && el.type === 'submit'`);
  await page.keyboard.press('Enter');
  await expectNode(page, 'client-cert-expired', 'diagnosis');
  await expect(page.locator('h1')).toBeFocused();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('h1')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(main(page)).toBeFocused();
});

test('print shows the answers, the diagnosis and the link, not the navigation', async ({
  page,
}) => {
  await page.goto(`/en/diagnose/cannot-connect?${encodeAnswers(certAnswers)}`);
  await expectNode(page, 'client-cert-expired');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.your-answers')).toBeVisible();
  await expect(page.locator('.diagnosis h1')).toBeVisible();
  await expect(page.locator('.print-link')).toBeVisible();
  await expect(page.locator('.print-link')).toHaveText(page.url());
  await expect(page.locator('.site-header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-link')).toBeHidden();
});

test('language switch on a diagnosis keeps it and retitles the document', async ({ page }) => {
  await page.goto(`/en/diagnose/cannot-connect?${encodeAnswers(certAnswers)}`);
  await expect(page).toHaveTitle(/^The SSL client certificate has expired/);
  await page.getByRole('link', { name: '日本語' }).click();
  await expectNode(page, 'client-cert-expired', 'diagnosis');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle(/^SSLクライアント証明書の有効期限が切れている/);
  // The choice is remembered for `/`.
  await page.goto('/');
  await expect(page).toHaveURL(/\/ja\/$/);
});

test('"Did this fix it?" — No offers the next likely causes', async ({ page }) => {
  await page.goto(`/en/diagnose/cannot-connect?${encodeAnswers(certAnswers)}`);
  await page.getByRole('button', { name: 'No, it still fails' }).click();
  const next = page.locator('.next-try');
  await expect(next).toContainText('Try the next most likely causes');
  const links = next.getByRole('link');
  expect(await links.count()).toBeGreaterThan(1);
  await links.first().click();
  await expect(main(page)).toHaveAttribute('data-node-kind', /question|check|compute|diagnosis/);
  await expect(main(page)).not.toHaveAttribute('data-node-id', 'client-cert-expired');
});

test('a diagnosis one answer away paints without waiting for its words (fetched while the step is read)', async ({
  page,
}) => {
  const words = (url: string) => /\/locales-[^/]+\/en\/cause-[\w-]+\.json$/.test(url);
  const early: string[] = [];
  page.on('request', (r) => {
    if (words(r.url())) early.push(r.url());
  });
  const step = encodeAnswers({
    platform: 'alibaba',
    'log-message': 'tls-timeout',
    'initial-packet': 'present',
  });
  await page.goto(`/en/diagnose/cannot-connect?${step}`);
  await expectNode(page, 'server-refused', 'question');
  // Each option's cause is fetched while the question is on screen…
  await expect
    .poll(() => early.filter((u) => u.endsWith('/cause-client-cert-expired.json')).length)
    .toBe(1);
  const late: string[] = [];
  page.on('request', (r) => {
    if (words(r.url())) late.push(r.url());
  });
  await page.locator('#server-refused-expired').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectNode(page, 'client-cert-expired', 'diagnosis');
  await expect(main(page).getByRole('heading', { level: 1 })).not.toBeEmpty();
  // …so the click asks for none: the diagnosis and its alternatives were already there.
  expect(late).toEqual([]);
});

test('progress shows the symptom and the step number', async ({ page }) => {
  await page.goto('/en/diagnose/cannot-connect?platform=openvpn');
  await expect(page.locator('.eyebrow')).toHaveText(
    /The client cannot connect to the SSL server · Step 2/,
  );
});

for (const lang of ['en', 'ja'] as const) {
  test(`320 px wide: no horizontal scroll (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      '',
      'diagnose/cannot-connect',
      `diagnose/cannot-connect?${encodeAnswers({ platform: 'alibaba', 'log-message': 'tls-timeout' })}`,
      `diagnose/cannot-connect?${encodeAnswers(poolPath.answers)}`,
      'causes/vpn-app-conflict',
    ]) {
      await page.goto(`/${lang}/${path}`);
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${lang}/${path}`).toBeLessThanOrEqual(0);
    }
  });
}

test('touch targets of radios and buttons are at least 24 × 24 px', async ({ page }) => {
  await page.goto('/en/diagnose/cannot-connect');
  // The folded evidence box opened too, so its button and summary are measured as well.
  await page.getByTestId('wizard-from-files').locator('summary').click();
  await expect(page.locator('#wizard-paste')).toBeVisible();
  for (const el of await page.locator('input[type=radio], button, summary, .lang-switch a').all()) {
    const box = await el.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  }
});
