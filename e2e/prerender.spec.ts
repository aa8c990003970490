import { test, expect, type ConsoleMessage } from '@playwright/test';
import { trees } from '../src/trees';
import { main } from './support';

/**
 * The build renders the start pages, the cause library and every cause page to HTML
 * (scripts/prerender-plugin.ts): they read without JavaScript, carry their own title,
 * description, canonical and hreflang links, and the app hydrates them without a flash.
 */

const causeIds = [
  ...new Set(trees.flatMap((t) => t.nodes.filter((n) => n.kind === 'diagnosis').map((n) => n.id))),
];
const pagePaths = (['en', 'ja'] as const).flatMap((lang) => [
  `/${lang}/`,
  `/${lang}/causes`,
  ...causeIds.map((id) => `/${lang}/causes/${id}`),
]);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a cause page shows its heading, fix steps, title, description and links', async ({
    page,
  }) => {
    await page.goto('/en/causes/client-cert-expired');
    await expect(page.locator('h1')).toHaveText('The SSL client certificate has expired');
    expect(await page.locator('ol.fix-steps > li').count()).toBeGreaterThan(1);
    await expect(page.locator('ol.fix-steps')).toContainText('client certificate');
    await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
    await expect(page).toHaveTitle('The SSL client certificate has expired – SSL-VPN Doctor');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      'The client presents its own certificate, which is past its end date, and the server rejects it.',
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/en\/causes\/client-cert-expired$/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute(
      'href',
      /\/ja\/causes\/client-cert-expired$/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      /\/en\/causes\/client-cert-expired$/,
    );
    // Links are real hrefs: following one works without JavaScript too.
    await page.getByRole('link', { name: 'All causes and fixes' }).click();
    await expect(page).toHaveURL(/\/en\/causes$/);
    await expect(page.locator('h1')).toHaveText('Causes and fixes');
  });

  test('Japanese pages are in Japanese, with lang="ja"', async ({ page }) => {
    await page.goto('/ja/causes/client-cert-expired');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('h1')).toHaveText('SSLクライアント証明書の有効期限が切れている');
    expect(await page.locator('ol.fix-steps > li').count()).toBeGreaterThan(1);
    await page.goto('/ja/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    for (const t of trees) {
      await expect(main(page).locator(`a[href="/ja/diagnose/${t.id}"]`).first()).toBeVisible();
    }
    await page.goto('/ja/causes');
    const hrefs = await main(page)
      .locator('a[href^="/ja/causes/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(causeIds.map((id) => `/ja/causes/${id}`)));
  });
});

test('every start, library and cause page is prerendered in both languages', async ({
  request,
}) => {
  for (const p of pagePaths) {
    const res = await request.get(p, { headers: { accept: 'text/html' } });
    expect(res.status(), p).toBe(200);
    const html = await res.text();
    expect(html, p).toContain(`data-prerendered="${p}"`);
    expect(html, p).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(html, p).toContain(`<html lang="${p.slice(1, 3)}"`);
    expect(html, p).toMatch(/<link rel="canonical" href="http[^"]+"/);
  }
});

test('sitemap.xml lists every prerendered page and every symptom; robots.txt points to it', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const p of pagePaths) expect(sitemap).toContain(`${p}</loc>`);
  for (const t of trees) {
    expect(sitemap).toContain(`/en/diagnose/${t.id}</loc>`);
    expect(sitemap).toContain(`/ja/diagnose/${t.id}</loc>`);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

/** Console lines React or React Router print when hydration goes wrong. */
const hydrationTrouble = (m: ConsoleMessage) =>
  (m.type() === 'error' || m.type() === 'warning') &&
  /hydrat|did not match|server rendered|HydrateFallback/i.test(m.text());

for (const path of ['/en/causes/client-cert-expired', '/ja/causes/mtu-fragmentation', '/en/']) {
  test(`hydration of ${path}: no warning, no flash, same nodes`, async ({ page }) => {
    const trouble: string[] = [];
    page.on('console', (m) => {
      if (hydrationTrouble(m)) trouble.push(m.text());
    });
    page.on('pageerror', (e) => trouble.push(e.message));
    // Before any script runs: keep the prerendered h1 and count nodes removed from #root.
    await page.addInitScript(() => {
      const w = window as unknown as { h1?: Element | null; h1Text?: string; removed: number };
      w.removed = 0;
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const root = document.getElementById('root');
        w.h1 = document.querySelector('main h1');
        w.h1Text = w.h1?.textContent ?? '';
        if (root) {
          new MutationObserver((records) => {
            for (const r of records) w.removed += r.removedNodes.length;
          }).observe(root, { childList: true, subtree: true });
        }
      });
    });
    const res = await page.goto(path);
    const served = (await res?.text()) ?? '';
    const servedTitle = /<title>([^<]*)<\/title>/.exec(served)?.[1] ?? '';
    // Hydrated: React has attached itself to the prerendered h1.
    await page.waitForFunction(() => {
      const h1 = document.querySelector('main h1');
      return !!h1 && Object.keys(h1).some((k) => k.startsWith('__reactFiber'));
    });
    const state = await page.evaluate(() => {
      const w = window as unknown as { h1?: Element | null; h1Text?: string; removed: number };
      const h1 = document.querySelector('main h1');
      return {
        sameNode: !!w.h1 && w.h1 === h1,
        before: w.h1Text,
        after: h1?.textContent ?? '',
        removed: w.removed,
      };
    });
    expect(state.before).not.toBe('');
    expect(state.after).toBe(state.before);
    expect(state.sameNode).toBe(true);
    expect(state.removed).toBe(0);
    await expect(page).toHaveTitle(servedTitle.replace(/&amp;/g, '&'));
    expect(trouble).toEqual([]);

    // And the page is live: a link navigates in the app, without a document load.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('link', { name: path.startsWith('/ja') ? 'English' : '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute(
      'lang',
      path.startsWith('/ja') ? 'en' : 'ja',
    );
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(trouble).toEqual([]);
  });
}

test('a prerendered page opened with a query renders for that query, without a hydration error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (hydrationTrouble(m)) errors.push(m.text());
  });
  // The search box keeps its query in the URL; /en/ is prerendered without results.
  await page.goto('/en/?q=certificate');
  await expect(page.locator('#search-q')).toHaveValue('certificate');
  await expect(main(page).locator('.search-results')).toBeVisible();
  await expect(page.locator('h1')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("a symptom's first step is a preloading shell: no content, its language, preloads that exist", async ({
  page,
  request,
}) => {
  // 22 shells, each with every preload fetched: 30 s seen on a loaded machine.
  test.setTimeout(90_000);
  for (const t of trees) {
    for (const lang of ['en', 'ja']) {
      const p = `/${lang}/diagnose/${t.id}`;
      const res = await request.get(p, { headers: { accept: 'text/html' } });
      expect(res.status(), p).toBe(200);
      const html = await res.text();
      expect(html, p).toContain(`<html lang="${lang}"`);
      // Nothing is rendered into it: a shared link with answers gets the same file.
      expect(html, p).not.toContain('data-prerendered');
      expect(html, p).not.toMatch(/<h1/);
      const hrefs = [
        ...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]* href="([^"]+)"/g),
      ].map((m) => m[1] ?? '');
      // The route module and the step's words (the common and the tree's, in this language)
      // as links; the step form on the first-step script, which preloads it for a question only.
      expect(
        hrefs.some((h) => /\/diagnose-[\w-]+\.js$/.test(h)),
        p,
      ).toBe(true);
      expect(
        hrefs.some((h) => /\/step-form-/.test(h)),
        p,
      ).toBe(false);
      const hint =
        /<script async fetchpriority="high" src="([^"]+)" data-preload="([^"]+)"><\/script>/.exec(
          html,
        );
      expect(hint, p).not.toBeNull();
      const firstStep = (hint?.[2] ?? '').split(' ');
      expect(
        firstStep.some((h) => /\/step-form-[\w-]+\.js$/.test(h)),
        p,
      ).toBe(true);
      hrefs.push(hint?.[1] ?? '', ...firstStep);
      const words = hrefs.filter((h) => h.endsWith('.json'));
      expect(
        words.map((h) => h.replace(/^.*\/locales-\w+\//, '')),
        p,
      ).toEqual([`${lang}/common.json`, `${lang}/tree-${t.id}.json`]);
      for (const h of words) {
        const bundle = (await (await request.get(h)).json()) as Record<string, unknown>;
        expect(Object.keys(bundle).length, h).toBeGreaterThan(0);
      }
      expect(hrefs.length, p).toBeGreaterThan(2);
      for (const h of hrefs) expect((await request.get(h)).status(), `${p} ${h}`).toBe(200);
    }
  }
  // The app's own fetch of the words is the preloaded one: each file is requested once.
  const requested: string[] = [];
  const forms: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.json')) requested.push(new URL(r.url()).pathname);
    if (/\/step-form-[\w-]+\.js$/.test(r.url())) forms.push(r.url());
  });
  await page.goto('/en/diagnose/cannot-connect');
  await expect(main(page)).toHaveAttribute('data-node-id', 'platform');
  // The first-step script added the step form's preload (no answer in the URL). On a loaded
  // machine the async script can run after the app's own import of the form has added Vite's
  // link too (two links then, one download): count the downloads, not the links.
  await expect(
    page.locator('head link[rel="modulepreload"][href*="/step-form-"]').first(),
  ).toBeAttached();
  expect(forms).toHaveLength(1);
  expect(requested.map((u) => u.replace(/^.*\/locales-\w+\//, '')).sort()).toEqual([
    'en/common.json',
    'en/tree-cannot-connect.json',
  ]);
  // A link with an answer is served the same shell and renders its own step.
  await page.goto('/ja/diagnose/cannot-connect?platform=alibaba');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(main(page)).not.toHaveAttribute('data-node-id', 'platform');
  await expect(main(page).locator('h1, h2').first()).toBeVisible();
  // A shared diagnosis neither preloads nor loads the step form.
  forms.length = 0;
  await page.goto(
    '/en/diagnose/cannot-connect?platform=alibaba&log-message=tls-timeout&initial-packet=present&server-refused=expired',
  );
  await expect(main(page)).toHaveAttribute('data-node-kind', 'diagnosis');
  await expect(page.locator('head link[href*="/step-form-"]')).toHaveCount(0);
  expect(forms).toEqual([]);
});

test('a shared diagnosis link paints the shell’s frame (the site header) before the app, then the same header once, with no layout shift', async ({
  page,
  request,
}) => {
  const url =
    '/ja/diagnose/cannot-connect?platform=alibaba&log-message=tls-timeout&initial-packet=present&server-refused=expired';
  const html = await (await request.get(url)).text();
  // The frame: skip link and header in the page's language, no page content.
  const root = /<div id="root">([\s\S]*?)<\/div><\/header><\/div>/.exec(html)?.[0] ?? '';
  expect(root).toContain('class="site-header"');
  expect(root).toContain('サポートモード');
  expect(root).not.toMatch(/<main|<h1/);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
        w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await expect(main(page)).toHaveAttribute('data-node-id', 'client-cert-expired');
  await expect(page.locator('header.site-header')).toHaveCount(1);
  await expect(page.locator('.skip-link')).toHaveCount(1);
  // The header the app drew carries the query (the frame's language link could not).
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
    'href',
    /^\/en\/diagnose\/cannot-connect\?platform=alibaba&/,
  );
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  expect(errors).toEqual([]);
});
