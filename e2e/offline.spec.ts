import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { findTree, trees } from '../src/trees';
import {
  answerStep,
  expectNode,
  expectNoAxeViolations,
  main,
  onePathPerDiagnosis,
} from './support';

/**
 * After the first visit the service worker (vite-plugin-pwa, generateSW) has precached the whole
 * app — both languages, every tree, tool, locale chunk and prerendered page — so it works with
 * the network off.
 */

const tree = findTree('cannot-connect')!;
const walkPath = onePathPerDiagnosis(tree).find((p) => p.diagnosis === 'client-cidr-too-small')!;

/** First visit, then wait until the service worker is active and controls the page. */
async function installOffline(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Fetches a file the service worker does not hold (so it needs the network). */
function offlineProbe(page: Page) {
  return page.evaluate(() =>
    fetch(`/robots.txt?probe=${Date.now()}`).then(
      () => 'ok',
      () => 'failed',
    ),
  );
}

test('with the network off: a walk to a diagnosis, a tool, a language switch, a cause page', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await installOffline(page, '/en/');
  await context.setOffline(true);

  // A walk from the start page to a diagnosis (through a compute step).
  await page.getByRole('link', { name: 'The client cannot connect to the SSL server' }).click();
  for (const s of walkPath.steps) await answerStep(page, tree, s.nodeId, walkPath, 'en');
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(page.locator('h1')).not.toBeEmpty();

  // The language switch loads the other language's words from the cache.
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(page.getByRole('heading', { name: '対処方法' })).toBeVisible();

  // A fresh navigation (document load) is answered by the service worker.
  await page.goto('/en/tools/client-cidr');
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('#cc-platform-alibaba').check();
  await page.locator('#cc-client-cidr').fill('192.168.0.0/24');
  await page.locator('#cc-connections').fill('5');
  await page.locator('#cc-local-network-0').fill('172.16.0.0/16');
  await page.getByRole('button', { name: 'Check the client CIDR block' }).click();
  await expect(page.locator('.tool-result')).toHaveAttribute('data-status', 'pass');

  // A prerendered cause page, and a tree map, in Japanese.
  await page.goto('/ja/causes/client-cert-expired');
  await expect(page.locator('h1')).toHaveText('SSLクライアント証明書の有効期限が切れている');
  await page.goto('/ja/map/dns-fails');
  await expect(page.getByTestId('map-svg')).toBeVisible();

  // The network really is off: a file that is not precached cannot be fetched.
  expect(await offlineProbe(page)).toBe('failed');
  await context.setOffline(false);
});

test('first visit: once the worker is active it controls this tab, which then walks offline', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  // No reload: the worker of the first visit claims the open tab (clientsClaim).
  await page.goto('/en/');
  await expect(page.locator('main#main[data-page="start"] h1')).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  await context.setOffline(true);

  // The wizard's route chunk, its words, the evaluators of the compute step and the cause's
  // words were never loaded in this tab: they come from the precache.
  await page.getByRole('link', { name: 'The client cannot connect to the SSL server' }).click();
  for (const s of walkPath.steps) await answerStep(page, tree, s.nodeId, walkPath, 'en');
  await expectNode(page, 'client-cidr-too-small', 'diagnosis');
  await expect(page.locator('h1')).not.toBeEmpty();
  await expect(page.locator('main#main[data-page="offline"]')).toHaveCount(0);
  expect(await offlineProbe(page)).toBe('failed');
  await context.setOffline(false);
});

const offlineWords = Object.fromEntries(
  (['en', 'ja'] as const).map((l) => {
    const common = JSON.parse(
      fs.readFileSync(path.resolve(`locales/${l}/common.json`), 'utf8'),
    ) as { error: { offlineTitle: string; offlineBody: string; retry: string } };
    return [l, common.error];
  }),
) as Record<'en' | 'ja', { offlineTitle: string; offlineBody: string; retry: string }>;

test.describe('a part that was never saved for offline use', () => {
  // Without a worker nothing is precached: the next route chunk truly cannot load.
  test.use({ serviceWorkers: 'block' });

  for (const lang of ['en', 'ja'] as const) {
    test(`says the app is offline and offers a retry, in the page's language (${lang})`, async ({
      page,
      context,
    }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
      await context.setOffline(true);
      await page.locator('.symptom-link').first().click();
      const view = page.locator('main#main[data-page="offline"]');
      await expect(view.locator('h1')).toHaveText(offlineWords[lang].offlineTitle);
      await expect(view).toContainText(offlineWords[lang].offlineBody);
      await expect(view.getByRole('button', { name: offlineWords[lang].retry })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await context.setOffline(false);
      // Back online, the retry loads the page that could not be shown.
      await view.getByRole('button', { name: offlineWords[lang].retry }).click();
      await expect(page.locator('main#main[data-node-id] h1')).toBeVisible();
    });
  }
});

test('every tree opens offline in both languages', async ({ page, context }) => {
  test.setTimeout(90_000);
  await installOffline(page, '/ja/');
  await context.setOffline(true);
  for (const lang of ['en', 'ja'] as const) {
    for (const t of trees) {
      await page.goto(`/${lang}/diagnose/${t.id}`);
      await expectNode(page, t.root);
      await expect(main(page).locator('legend, h1').first()).not.toBeEmpty();
    }
  }
  expect(await offlineProbe(page)).toBe('failed');
  await context.setOffline(false);
});

/**
 * A tiny static host of the built site on its own port (so its service worker cannot touch the
 * other tests), serving files the way the README's nginx rule does, and able to "deploy" a new
 * version: the same service worker with one more byte.
 */
async function staticHost(dir: string) {
  let version = 1;
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.webmanifest': 'application/manifest+json',
    '.xml': 'application/xml',
    '.txt': 'text/plain',
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const clean = decodeURIComponent(url.pathname);
    // try_files $uri $uri.html $uri/index.html /index.html
    const candidates = clean.endsWith('/')
      ? [`${clean}index.html`]
      : [clean, `${clean}.html`, `${clean}/index.html`];
    const hit =
      candidates
        .map((c) => path.join(dir, path.normalize(c)))
        .find((f) => f.startsWith(dir) && fs.existsSync(f) && fs.statSync(f).isFile()) ??
      path.join(dir, 'index.html');
    let body: Buffer | string = fs.readFileSync(hit);
    if (clean === '/sw.js' && version > 1) body = `${body.toString()}\n// version ${version}\n`;
    res.writeHead(200, {
      'content-type': types[path.extname(hit)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    deploy: () => (version += 1),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

test('a new version shows an accessible "Reload" prompt that activates it', async ({ page }) => {
  test.setTimeout(90_000);
  const host = await staticHost(path.resolve(process.env.E2E_DIST ?? 'dist'));
  try {
    await installOffline(page, `${host.origin}/ja/causes`);
    await expect(page.getByRole('region', { name: '更新のお知らせ' })).toHaveCount(0);
    const first = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    host.deploy();
    // The browser checks for a new service worker on navigations (and the app every hour).
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const banner = page.getByRole('region', { name: '更新のお知らせ' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await expect(banner.getByRole('status')).toHaveText(
      'SSL-VPN Doctor の新しいバージョンがあります。',
    );
    // The page itself is untouched until the user chooses.
    await expect(page.locator('h1')).toHaveText('原因と対処方法');
    await expectNoAxeViolations(page);
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: '再読み込み' }).click();
    await reloaded;
    await expect(page.locator('h1')).toHaveText('原因と対処方法');
    await expect(page.getByRole('region', { name: '更新のお知らせ' })).toHaveCount(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(first);
    const waiting = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg?.waiting !== null && reg?.waiting !== undefined;
    });
    expect(waiting).toBe(false);
  } finally {
    await host.close();
  }
});
