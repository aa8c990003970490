import { test, expect, type Page } from '@playwright/test';
import { expectNode } from './support';

const URL = '/en/diagnose/cannot-connect?support=1';
const CURRENT = 'sslvpn-doctor.support.current';
const CASES = 'sslvpn-doctor.support.cases';

function notes(page: Page) {
  return page.getByRole('textbox', { name: 'Notes for this step' });
}

async function open(page: Page) {
  await page.goto(URL);
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
  await expectNode(page, 'platform', 'question');
  await expect(notes(page)).toBeVisible();
}

test('item 8: a note survives a reload', async ({ page }) => {
  await open(page);
  await notes(page).fill('Customer: ACME, Windows 11');
  await page.reload();
  await expect(notes(page)).toHaveValue('Customer: ACME, Windows 11');
});

test('item 8: a second tab on the same case never silently drops the other tab’s text', async ({
  context,
}) => {
  const one = await context.newPage();
  await open(one);
  await notes(one).fill('from tab one');
  const id = await one.evaluate((k) => sessionStorage.getItem(k), CURRENT);
  expect(id).toBeTruthy();
  const two = await context.newPage();
  await two.addInitScript(([k, v]) => sessionStorage.setItem(k, v), [CURRENT, id!] as const);
  await open(two);
  await expect(notes(two)).toHaveValue('from tab one');
  await notes(two).fill('from tab one, and tab two');
  // Tab one follows and says so.
  await expect(notes(one)).toHaveValue('from tab one, and tab two');
  await expect(one.locator('[data-notes-elsewhere]')).toContainText('changed in another tab');
  // A note on another step in tab two, written before tab one sees it, is kept.
  const stored = await one.evaluate((k) => localStorage.getItem(k), CASES);
  expect(stored).toContain('from tab one, and tab two');
});

test('item 8 / 20.3: full storage says so, keeps the note and offers it for copy; the alert clears on the next save', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this)
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if ((window as unknown as { __full?: boolean }).__full)
        throw new DOMException('full', 'QuotaExceededError');
      real.call(this, k, v);
    };
  });
  await open(page);
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = true));
  await notes(page).fill('kept in memory');
  await expect(page.getByRole('alert')).toContainText('storage is full');
  await expect(notes(page)).toHaveValue('kept in memory');
  await expect(page.getByRole('button', { name: 'Copy this note' })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
  await notes(page).pressSequentially('!');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), CASES)).toContain('kept in memory!');
});

test('item 8: storage cleared mid-case keeps the case and saves it again', async ({ context }) => {
  const page = await context.newPage();
  await open(page);
  await notes(page).fill('before the clear');
  const other = await context.newPage();
  await other.goto('/en/');
  await other.evaluate(() => localStorage.clear());
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', CASES))
    .toContain('before the clear');
  await expect(notes(page)).toHaveValue('before the clear');
});

test('20.3: a second tab on the same support URL says so and offers to continue the open case', async ({
  context,
}) => {
  const one = await context.newPage();
  await open(one);
  await one.locator('#platform-alibaba').check();
  await one.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(one.locator('main#main')).not.toHaveAttribute('data-node-id', 'platform');
  await notes(one).fill('walk in tab one');
  const id = await one.evaluate((k) => sessionStorage.getItem(k), CURRENT);
  const two = await context.newPage();
  await open(two);
  const notice = two.locator('[data-other-tab]');
  await expect(notice).toContainText(`Case ${id!} for this symptom is open in another tab`);
  await two.getByRole('button', { name: `Continue case ${id!} here` }).click();
  await expect(notes(two)).toHaveValue('walk in tab one');
  expect(await two.evaluate((k) => sessionStorage.getItem(k), CURRENT)).toBe(id);
});
