import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { findTree } from '../src/trees';
import { answerStep, expectNode, expectNoAxeViolations, main, pathsOf } from './support';

const tree = findTree('cannot-connect')!;
/** A walk through a compute step to a diagnosis (the record then has tool values). */
const path = pathsOf(tree).find(
  (p) =>
    p.diagnosis === 'client-cidr-too-small' && p.steps.some((s) => s.nodeId === 'pool-capacity'),
)!;
const XSS_IMG = '<img src=x onerror=alert(1)>';
const XSS_SCRIPT = '<script>alert(1)</script>';

/** Turns support mode on with the header switch, from the keyboard. */
async function turnOnSupportMode(page: Page) {
  // A prerendered page shows the switch before React has hydrated it: wait for the app.
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
  const toggle = page.getByRole('button', { name: 'Support mode', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-support-banner]')).toContainText('Support mode is on');
}

function notes(page: Page) {
  return page.getByRole('textbox', { name: /Notes for this step|このステップのメモ/ });
}

async function downloadRecord(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

test('support mode: walk with notes, export in the other language, reload, reopen and delete', async ({
  page,
}) => {
  // A long walk with downloads and an axe run: give it room on a busy machine.
  test.slow();
  await page.goto('/en/');
  await turnOnSupportMode(page);
  await page.getByRole('link', { name: 'The client cannot connect to the SSL server' }).click();
  await expectNode(page, 'platform', 'question');
  // Staff links carry the flag; the script of the step is shown.
  await expect(page).toHaveURL(/[?&]support=1/);
  await expect(page.getByRole('heading', { name: 'Support script' })).toBeVisible();
  await expect(page.locator('.support-script')).toContainText('Why this step matters');

  for (const [i, s] of path.steps.entries()) {
    // The step must be on screen before its note is typed: a fill that lands on the previous
    // step's textarea as it is replaced is lost with it (CI caught this race under load).
    await expectNode(page, s.nodeId);
    if (i === 0) await notes(page).fill('Customer: ACME Corp, Windows 11');
    if (s.nodeId === 'pool-capacity') await notes(page).fill('Pool read from the console');
    await answerStep(page, tree, s.nodeId, path, 'en');
  }
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(page).toHaveURL(/[?&]support=1/);
  await expect(page.getByRole('heading', { name: 'Escalation checklist' })).toBeVisible();
  await expect(page.locator('.support-escalation')).toContainText('openvpn --version');
  await notes(page).fill('Told the customer to enlarge the pool');
  await page.getByLabel('Ticket number or reference').fill('INC-1001');

  // The record in English (the UI language)…
  const preview = page.getByRole('region', { name: 'Case record preview' });
  await expect(preview).toContainText('SSL-VPN Doctor — support case record');
  await expect(preview).toContainText('Told the customer to enlarge the pool');
  // …and exported in Japanese, independently of the UI.
  await page.getByRole('radio', { name: '日本語' }).check();
  await expect(preview).toHaveAttribute('lang', 'ja');
  await expect(preview).toContainText('SSL-VPN Doctor サポート対応記録');
  const txt = await downloadRecord(page, 'Download the record');
  expect(txt.name).toMatch(/^sslvpn-case-[\w-]+\.txt$/);
  expect(txt.text).toContain('SSL-VPN Doctor サポート対応記録');
  expect(txt.text).toContain('クライアントがSSLサーバーに接続できない');
  expect(txt.text).toContain('対処方法');
  expect(txt.text).toContain('Customer: ACME Corp, Windows 11');
  expect(txt.text).toContain('Pool read from the console');
  expect(txt.text).toContain('INC-1001');
  expect(txt.text).toContain(path.answers['pool-capacity'] ? '192.168.100.0/29' : '');
  expect(txt.text).not.toContain('support case record');
  expect(txt.text).not.toContain('Case started');
  await page.getByRole('radio', { name: 'Markdown' }).check();
  const md = await downloadRecord(page, 'Download the record');
  expect(md.name).toMatch(/\.md$/);
  expect(md.text.startsWith('# SSL-VPN Doctor サポート対応記録')).toBe(true);

  // The case survives a reload.
  const caseId = await page.locator('.support-case').getAttribute('data-case-id');
  expect(caseId).toBeTruthy();
  await page.reload();
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(notes(page)).toHaveValue('Told the customer to enlarge the pool');
  await expect(page.locator('.support-case')).toHaveAttribute('data-case-id', caseId!);

  // The next customer: opening the symptom again starts a new case; the first one is kept.
  await page.goto('/en/diagnose/cannot-connect');
  await expectNode(page, 'platform');
  await expect(page.locator('.support-case')).not.toHaveAttribute('data-case-id', caseId!);

  // History: reopen the first case.
  await page.locator('[data-support-banner]').getByRole('link', { name: 'Case history' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support case history');
  await expect(main(page)).toContainText('nothing is ever sent anywhere');
  const item = page.locator(`li[data-case-id="${caseId}"]`);
  await expect(item).toContainText('INC-1001');
  await expect(item).toContainText('The Client CIDR block is too small');
  await expectNoAxeViolations(page);
  await item.getByRole('button', { name: /Reopen/ }).click();
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(page).toHaveURL(new RegExp(`pool-capacity\\.client-cidr=`));
  await expect(notes(page)).toHaveValue('Told the customer to enlarge the pool');
  await expect(page.locator('.support-case')).toHaveAttribute('data-case-id', caseId!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Delete it, then delete all.
  await page.goto('/en/support/cases');
  await expect(page.locator('.support-case-item')).toHaveCount(2);
  await page
    .locator(`li[data-case-id="${caseId}"]`)
    .getByRole('button', { name: /Delete/ })
    .click();
  await expect(page.locator(`li[data-case-id="${caseId}"]`)).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: `Case ${caseId} deleted.` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Delete all cases' }).click();
  await page.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(page.locator('.support-case-item')).toHaveCount(0);
  await expect(main(page)).toContainText('No saved cases yet.');
  await page.reload();
  await expect(main(page)).toContainText('No saved cases yet.');
});

test('notes are text only: script in a note never runs and creates no element', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/en/diagnose/cannot-connect?support=1`);
  await expectNode(page, 'platform');
  const hostile = `${XSS_IMG}\n${XSS_SCRIPT}`;
  await notes(page).fill(hostile);
  await page.getByLabel('Ticket number or reference').fill(XSS_IMG);
  const preview = page.getByRole('region', { name: 'Case record preview' });
  await expect(preview).toContainText(XSS_SCRIPT);
  await page.reload();
  await expect(notes(page)).toHaveValue(hostile);
  await expect(preview).toContainText(XSS_IMG);
  await page.goto('/en/support/cases');
  await expect(page.locator('.support-case-item').first()).toContainText(XSS_IMG);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
});

test('a support=1 link shows the banner; Share gives a customer link; turning off removes the flag', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(
    '/en/diagnose/cannot-connect?platform=alibaba&log-message=tls-error&tls-error=own-cert-expired&support=1',
  );
  await expectNode(page, 'client-cert-expired', 'diagnosis');
  const banner = page.locator('[data-support-banner]');
  await expect(banner).toContainText('Support mode is on');
  await expect(banner).toContainText('The link you opened turned it on');
  // The printed link and the shared link are customer links.
  await expect(page.locator('.print-link')).not.toContainText('support=1');
  await page.getByRole('button', { name: 'Share this diagnosis' }).click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toContain('tls-error=own-cert-expired');
  expect(shared).not.toContain('support=1');
  await page.getByRole('button', { name: 'Copy the staff link (support mode)' }).first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('support=1');

  await banner.getByRole('button', { name: 'Turn off support mode' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page).not.toHaveURL(/support=1/);
  const toggle = page.getByRole('button', { name: 'Support mode', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
  await expect(page.locator('[data-support-panel]')).toHaveCount(0);
  // Remembered: a reload (without the flag) keeps it off.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Support mode', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('a customer link never turns support mode on', async ({ page }) => {
  await page.goto('/en/diagnose/cannot-connect?platform=alibaba');
  await expectNode(page, 'log-message');
  await expect(page.getByRole('button', { name: 'Support mode', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.locator('[data-support-banner]')).toHaveCount(0);
  await expect(page.locator('[data-support-panel]')).toHaveCount(0);
});

test('full browser storage: a clear message at the notes, and the case stays in memory', async ({
  page,
}) => {
  await page.goto('/en/diagnose/cannot-connect?support=1&platform=fjcloud');
  await expectNode(page, 'log-message');
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await notes(page).fill('kept in memory');
  const alert = page.locator('.support-notes').getByRole('alert');
  await expect(alert).toContainText("The browser's storage is full");
  await expect(notes(page)).toHaveValue('kept in memory');
  await expect(page.getByRole('region', { name: 'Case record preview' })).toContainText(
    'kept in memory',
  );
});

test('unavailable storage: support mode still works for the tab, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto('/ja/diagnose/cannot-connect?support=1');
  await expectNode(page, 'platform');
  await expect(page.locator('[data-support-banner]')).toContainText(
    'このブラウザーではサポートモードの設定を保存できません',
  );
  await notes(page).fill('メモ');
  await expect(page.locator('.support-notes').getByRole('alert')).toContainText(
    'このブラウザーでは保存できません',
  );
  await expect(notes(page)).toHaveValue('メモ');
});

const axePages = {
  check: encodeAnswers({ platform: 'alibaba', 'log-message': 'tls-timeout' }),
  compute: encodeAnswers(
    Object.fromEntries(
      path.steps
        .slice(
          0,
          path.steps.findIndex((s) => s.nodeId === 'pool-capacity'),
        )
        .map((s) => [s.nodeId, path.answers[s.nodeId]!]),
    ),
  ),
  diagnosis: encodeAnswers(path.answers),
};

for (const lang of ['en', 'ja'] as const) {
  for (const [name, q] of Object.entries(axePages)) {
    test(`axe: support panel on a ${name} (${lang})`, async ({ page }) => {
      test.slow();
      await page.goto(`/${lang}/diagnose/cannot-connect?${q}&support=1`);
      await expect(page.locator('[data-support-panel]')).toBeVisible();
      await expect(page.locator('.case-record-preview')).not.toBeEmpty();
      await expectNoAxeViolations(page);
    });
  }
  test(`axe: case history (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/support/cases`);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expectNoAxeViolations(page);
  });
}

test('the case record says which answers came from the customer’s file, and follows the platform', async ({
  page,
}) => {
  await page.goto(
    '/en/diagnose/cannot-connect?platform=alibaba&log-message=tls-error&tls-error=own-cert-expired&from=log-message,tls-error&support=1',
  );
  await expectNode(page, 'client-cert-expired', 'diagnosis');
  const preview = page.getByRole('region', { name: 'Case record preview' });
  await expect(preview).toContainText('SSL-VPN Doctor — support case record');
  const text = (await preview.textContent()) ?? '';
  expect(text.match(/Source: read from the customer's file \(not asked\)/g)).toHaveLength(2);
  // The platform question was asked, not read from a file.
  const platformStep = text.slice(text.indexOf('1. '), text.indexOf('2. '));
  expect(platformStep).not.toContain('Source:');
});
