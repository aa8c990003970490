import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './support';

/**
 * Issue 19.9: the client CIDR checker computes capacity from the pool and the connections alone
 * (no local network needed), says that the overlap was not checked, and the error summary names
 * the field each message is for.
 */
const words = {
  en: {
    check: 'Check the client CIDR block',
    clients: '62 clients',
    notChecked: 'No local network was entered',
    poolError: 'Client CIDR block (address pool): Enter an IPv4 CIDR block',
    countError: 'Maximum concurrent SSL connections: Enter a value.',
  },
  ja: {
    check: 'クライアントCIDRブロックを確認する',
    clients: '62台',
    notChecked: 'ローカルネットワークが入力されていないため',
    poolError: 'クライアントCIDRブロック（アドレスプール）：IPv4のCIDRブロックを入力してください',
    countError: '最大同時SSL接続数：値を入力してください。',
  },
} as const;

for (const lang of ['en', 'ja'] as const) {
  const w = words[lang];

  test(`client CIDR: capacity without a local network (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/tools/client-cidr`);
    await page.locator('#cc-platform-fjcloud').check();
    await page.locator('#cc-client-cidr').fill('192.168.0.0/24');
    await page.locator('#cc-connections').fill('50');
    await page.getByRole('button', { name: w.check }).click();

    await expect(page).toHaveURL(/run=1/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('max-clients')).toContainText(w.clients);
    const verdicts = page.getByTestId('verdicts');
    await expect(verdicts.locator('.status-item-warn', { hasText: w.notChecked })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test(`client CIDR: the error summary names each field (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/tools/client-cidr`);
    await page.locator('#cc-platform-alibaba').check();
    await page.getByRole('button', { name: w.check }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(w.poolError);
    await expect(summary).toContainText(w.countError);
    await expect(summary.getByRole('link')).toHaveCount(2);
  });
}
