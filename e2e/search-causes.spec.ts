import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, main } from './support';

test('search from a cold deep link finds causes by log phrase (en)', async ({ page }) => {
  await page.goto('/en/?q=%22TLS+key+negotiation+failed%22');
  const results = page.locator('.search-results');
  await expect(results.getByRole('status')).toContainText('for “"TLS key negotiation failed"”');
  await expect(
    results.getByRole('link', { name: /firewall or security group blocks/i }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('search in Japanese matches 証明書 and AUTH_FAILED', async ({ page }) => {
  await page.goto('/ja/');
  await page.getByLabel('キーワード、またはログのエラーメッセージ').fill('証明書');
  await page.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/\/ja\/\?q=/);
  await expect(
    page
      .locator('.search-results')
      .getByRole('link', { name: /SSLクライアント証明書の有効期限が切れている/ }),
  ).toBeVisible();
  await page.goto('/ja/?q=AUTH_FAILED');
  await expect(page.locator('.search-results li').first()).toBeVisible();
});

test('search with no match says so and keeps the query', async ({ page }) => {
  await page.goto('/en/?q=zzzz-qqqq');
  await expect(page.getByText('Nothing matches “zzzz-qqqq”')).toBeVisible();
  await expect(page.locator('#search-q')).toHaveValue('zzzz-qqqq');
});

test('the cause library lists causes by symptom and each page links into the wizard', async ({
  page,
}) => {
  await page.goto('/en/causes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Causes and fixes');
  await page.getByRole('link', { name: 'The SSL client certificate has expired' }).first().click();
  await expect(main(page)).toHaveAttribute('data-node-id', 'client-cert-expired');
  await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  await page
    .locator('main')
    .getByRole('link', { name: 'The client cannot connect to the SSL server' })
    .click();
  await expect(main(page)).toHaveAttribute('data-node-id', 'client-cert-expired');
  await expect(main(page)).toHaveAttribute('data-node-kind', 'diagnosis');
  await expect(page).toHaveURL(/\/en\/diagnose\/cannot-connect\?/);
});

test('a cause page opens cold in Japanese', async ({ page }) => {
  await page.goto('/ja/causes/endpoint-blocked');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ファイアウォール');
  await expect(page).toHaveTitle(/ファイアウォール/);
});
