import { test, expect } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { findTree } from '../src/trees';
import { answerStep, expectNode, main, pathsOf } from './support';

const tree = findTree('cannot-connect')!;
const certPath = pathsOf(tree).find((p) => p.diagnosis === 'client-cert-expired')!;
const longPath = pathsOf(tree)
  .filter((p) => p.diagnosis === 'address-conflict')
  .sort((a, b) => b.steps.length - a.steps.length)[0]!;

test('/ redirects by browser language', async ({ browser }) => {
  const ja = await browser.newContext({ locale: 'ja-JP' });
  const pj = await ja.newPage();
  await pj.goto('/');
  await expect(pj).toHaveURL(/\/ja\/$/);
  await expect(pj.locator('html')).toHaveAttribute('lang', 'ja');
  await ja.close();
  const en = await browser.newContext({ locale: 'de-DE' });
  const pe = await en.newPage();
  await pe.goto('/');
  await expect(pe).toHaveURL(/\/en\/$/);
  await en.close();
});

test('start page lists the symptom and opens its first step', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: 'The client cannot connect to the SSL server' }).click();
  await expectNode(page, 'platform', 'question');
  await expect(
    page.getByRole('group', { name: 'Which VPN gateway does the client connect to?' }),
  ).toBeVisible();
});

test('a copied diagnosis URL opens the same diagnosis in a new browser context', async ({
  page,
  browser,
}) => {
  await page.goto(`/ja/diagnose/cannot-connect`);
  for (const s of certPath.steps) await answerStep(page, tree, s.nodeId, certPath, 'ja');
  await expectNode(page, 'client-cert-expired', 'diagnosis');
  const url = page.url();
  const heading = await page.locator('h1').textContent();
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto(url);
  await expectNode(p2, 'client-cert-expired', 'diagnosis');
  await expect(p2.locator('h1')).toHaveText(heading ?? '');
  await expect(p2.locator('html')).toHaveAttribute('lang', 'ja');
  await p2.reload();
  await expectNode(p2, 'client-cert-expired', 'diagnosis');
  await other.close();
});

test('back and forward replay the steps', async ({ page }) => {
  await page.goto('/en/diagnose/cannot-connect');
  for (const s of longPath.steps) await answerStep(page, tree, s.nodeId, longPath, 'en');
  await expectNode(page, 'address-conflict', 'diagnosis');
  const ids = longPath.steps.map((s) => s.nodeId);
  for (let i = ids.length - 1; i >= Math.max(0, ids.length - 5); i--) {
    await page.goBack();
    await expectNode(page, ids[i]!);
  }
  await page.goForward();
  await expectNode(page, ids[Math.max(0, ids.length - 5) + 1] ?? 'address-conflict');
});

test('switching language mid-walk keeps the step and the answers', async ({ page }) => {
  await page.goto('/en/diagnose/cannot-connect?platform=alibaba');
  await expectNode(page, 'log-message', 'question');
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/ja\/diagnose\/cannot-connect\?platform=alibaba$/);
  await expectNode(page, 'log-message', 'question');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('button', { name: '次へ' })).toBeVisible();
  await expect(page).toHaveTitle(/OpenVPNクライアントのログ/);
});

test('Continue with nothing chosen shows an error summary linked to the field', async ({
  page,
}) => {
  await page.goto('/en/diagnose/cannot-connect');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Select an answer to continue.');
  await expect(summary).toBeFocused();
  await summary.getByRole('link').click();
  await expect(page.locator('#platform-alibaba')).toBeFocused();
  await expectNode(page, 'platform');
});

test('a compute step rejects bad input at the field and keeps the other values', async ({
  page,
}) => {
  await page.goto(
    `/en/diagnose/cannot-connect?${encodeAnswers({ platform: 'alibaba', 'log-message': 'no-log', 'config-matches': 'pass', 'other-network': 'fails-too', 'firewall-in-path': 'pass', 'server-log': 'other', 'connection-count': 'unsure' })}`,
  );
  await expectNode(page, 'pool-capacity', 'compute');
  await page.locator('#pool-capacity-client-cidr').fill('10.0.0.0/33');
  await page.locator('#pool-capacity-connections').fill('50');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText(
    '10.0.0.0/33 is not a valid prefix length: use 0–32.',
  );
  await expect(page.locator('#pool-capacity-client-cidr')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pool-capacity-connections')).toHaveValue('50');
  // Typing after an error keeps focus in the field (the summary only takes focus on submit).
  await page.locator('#pool-capacity-client-cidr').click();
  await page.keyboard.type('x');
  await expect(page.locator('#pool-capacity-client-cidr')).toBeFocused();
  await page.locator('#pool-capacity-client-cidr').fill('fd00::/64');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('IPv4 only');
  await page.locator('#pool-capacity-client-cidr').fill('192.168.0.0/26');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(page.locator('.your-answers')).toContainText('enough for 16 clients');
});

test('junk and hostile query strings never crash the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const queries = [
    '?platform=%E0%A4%A&log-message=<script>alert(1)</script>',
    '?platform=nonsense',
    '?__proto__=x&constructor=y&platform.alibaba=1',
    `?platform=alibaba&log-message=${'x'.repeat(5000)}`,
    '?pool-capacity.client-cidr=%00%01&pool-capacity.connections=-1',
    '?edit=unknown-node&platform=alibaba',
  ];
  for (const q of queries) {
    await page.goto(`/en/diagnose/cannot-connect${q}`);
    await expect(main(page)).toHaveAttribute('data-node-kind', /question|check|compute|diagnosis/);
  }
  await page.goto('/en/diagnose/cannot-connect?platform=nonsense');
  await expect(page.getByText('could not be used')).toBeVisible();
  await expectNode(page, 'platform');
  expect(errors).toEqual([]);
});

test('unknown symptoms and paths show the not-found page in the right language', async ({
  page,
}) => {
  await page.goto('/en/diagnose/no-such-symptom');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.goto('/ja/nothing/here');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.goto('/xx/diagnose/cannot-connect');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Page not found|ページが見つかりません/,
  );
  await page.goto('/en/diagnose/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
