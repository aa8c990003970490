import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { encodeAnswers } from '../src/engine';
import { findTree } from '../src/trees';
import { answerStep, expectNoKeyMaterial, expectNode, keyLines, main, pathsOf } from './support';

/**
 * Nothing leaves the browser: every request goes to the page's own origin (no fonts, scripts,
 * analytics or images from elsewhere), and text from the URL is never run as code.
 */

const FIXTURES = join(import.meta.dirname, '..', 'src', 'network', 'certificates', 'fixtures');
const CONFIGS = join(import.meta.dirname, '..', 'src', 'network', 'ovpn-config', 'fixtures');
const tree = findTree('cannot-connect')!;
/** The longest walk: every kind of step, both compute steps. */
const longest = pathsOf(tree).sort((a, b) => b.steps.length - a.steps.length)[0]!;

/** A client config with its CA and certificate inline (real test PKI output). */
const INSPECTOR_FILE = {
  name: 'client.ovpn',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    [
      'client',
      'remote vpn.example.test 1194',
      '<ca>',
      readFileSync(join(FIXTURES, 'ca.crt'), 'utf8').trim(),
      '</ca>',
      '<cert>',
      readFileSync(join(FIXTURES, 'client-valid.crt'), 'utf8').trim(),
      '</cert>',
      '',
    ].join('\n'),
  ),
};

const TOOLS = ['client-cidr', 'firewall-rules', 'log-analyzer', 'inspector', 'clock'] as const;

/** Whether the page shown is the not-found page (a tool that does not exist yet). */
async function isNotFound(page: Page) {
  await expect(page.locator('main#main h1')).toBeVisible();
  return (await main(page).getAttribute('data-page')) === 'not-found';
}

test('walking, the cause library, every tool and switching language talk only to this origin', async ({
  page,
  context,
  baseURL,
}) => {
  // A long walk, the library and every tool in both languages: 65 s alone beside a full run on
  // two cores, and over 90 s once inside one (stop 29), so it gets room.
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const sockets: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // A full walk through the UI (question, check and compute steps) to a diagnosis.
  await page.goto('/en/');
  await page.getByRole('link', { name: 'The client cannot connect to the SSL server' }).click();
  for (const s of longest.steps) await answerStep(page, tree, s.nodeId, longest, 'en');
  await expectNode(page, longest.diagnosis, 'diagnosis');
  await page.getByRole('button', { name: 'No, it still fails' }).click();
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expectNode(page, longest.diagnosis, 'diagnosis');

  // The cause library, through its links.
  await page.goto('/en/causes');
  await expect(page.locator('main#main h1')).toBeVisible();
  await main(page).locator('a[href^="/en/causes/"]').first().click();
  await expect(main(page)).toHaveAttribute('data-page', 'cause');
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  // Every tool page that exists, in both languages.
  const visited: string[] = [];
  for (const tool of TOOLS) {
    await page.goto(`/en/tools/${tool}`);
    if (await isNotFound(page)) continue;
    visited.push(tool);
    if (tool === 'log-analyzer') {
      await main(page)
        .locator('textarea')
        .first()
        .fill(
          [
            '2026-11-20 09:14:04 UDPv4 link remote: [AF_INET]203.0.113.24:1194',
            '2026-11-20 09:15:04 VERIFY ERROR: depth=0, error=certificate has expired: CN=client1',
            '2026-11-20 09:15:04 TLS Error: TLS handshake failed',
          ].join('\n'),
        );
      await main(page).locator('form button[type=submit]').first().click();
      await expect(main(page)).toHaveAttribute('data-phase', /done|problem/);
    }
    if (tool === 'inspector') {
      // A configuration with its certificates: read (and the X.509 library loaded) locally.
      await page.locator('#evidence-files').setInputFiles(INSPECTOR_FILE);
      await main(page).locator('form button[type=submit]').first().click();
      await expect(main(page)).toHaveAttribute('data-phase', 'done');
      await expect(main(page).getByTestId('cert-findings').first()).toBeVisible();
    }
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('main#main h1')).toBeVisible();
  }
  test.info().annotations.push({ type: 'tools visited', description: visited.join(', ') });

  // Support mode and its case history keep everything in the browser too.
  await page.goto('/en/diagnose/cannot-connect?platform=alibaba&support=1');
  await expect(page.locator('main#main h1')).toBeVisible();
  await page.goto('/en/support/cases');
  await expect(page.locator('main#main h1')).toBeVisible();
  await page.waitForLoadState('networkidle');

  const foreign = requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'data:') return false;
    if (u.protocol === 'blob:') return new URL(u.pathname).origin !== origin;
    return u.origin !== origin;
  });
  expect(foreign).toEqual([]);
  expect(sockets).toEqual([]);
  expect(requests.length).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});

test('configs with inline <key>, <tls-auth>, <tls-crypt> and <tls-crypt-v2>: read here, keys shown only as present and their size', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Real fixture configs (make-cert-fixtures.sh): RSA key + tls-auth, EC key + tls-crypt (CRLF,
  // BOM), RSA key + tls-crypt-v2 client key.
  const configs = ['legacy.ovpn', 'modern-crlf-bom.ovpn', 'tls-crypt-v2-extra-certs.ovpn'].map(
    (name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(CONFIGS, name)) }),
  );
  const lines = [
    'client-valid.key',
    'client-ec.key',
    'tls-auth.key',
    'tls-crypt.key',
    'tls-crypt-v2-client.key',
  ].flatMap((f) => keyLines(readFileSync(join(FIXTURES, f), 'utf8')));
  // Not vacuous: base64 and hex lines, each of them in a dropped config.
  const dropped = configs.map((c) => c.buffer.toString('utf8')).join('\n');
  expect(lines.filter((l) => /^[0-9a-f]{32}$/.test(l)).length).toBe(32);
  for (const line of lines) expect(dropped).toContain(line);

  await page.goto('/en/tools/inspector');
  await page.locator('#evidence-files').setInputFiles(configs);
  await page.getByRole('button', { name: 'Read the files', exact: true }).click();
  await expect(main(page)).toHaveAttribute('data-phase', 'done');
  const results = page.getByTestId('evidence-result');
  await expect(results).toHaveCount(3);
  const blocks = (i: number) => results.nth(i).getByTestId('blocks').locator('li');
  await expect(blocks(0)).toHaveText([
    '<ca>',
    '<cert>',
    '<key> RSA private key, 2048 bits',
    '<tls-auth> OpenVPN static key, 2048 bits',
  ]);
  await expect(blocks(1)).toHaveText([
    '<ca>',
    '<cert>',
    '<key> EC private key, P-256',
    '<tls-crypt> OpenVPN static key, 2048 bits',
  ]);
  await expect(blocks(2)).toHaveText([
    '<ca>',
    '<cert>',
    '<key> RSA private key, 2048 bits',
    '<extra-certs>',
    '<tls-crypt-v2> tls-crypt-v2 client key, 2048 bits',
  ]);
  await page.waitForLoadState('networkidle');
  await expectNoKeyMaterial(page, lines);
  // The other language re-renders the page: still nothing in the URL, storage or text.
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.waitForLoadState('networkidle');
  await expectNoKeyMaterial(page, lines);

  const foreign = requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'data:') return false;
    if (u.protocol === 'blob:') return new URL(u.pathname).origin !== origin;
    return u.origin !== origin;
  });
  expect(requests.length).toBeGreaterThan(5);
  expect(foreign).toEqual([]);
});

/** Each payload sets `window.__pwned` and opens a dialog if it ever runs. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=1;alert(1)</script>',
  '"><svg onload="window.__pwned=1;alert(1)">',
  "'><img src=x onerror=window.__pwned=1>",
  'javascript:window.__pwned=1;alert(1)',
  '{{constructor.constructor("window.__pwned=1;alert(1)")()}}',
  '$t(x)<img src=x onerror="window.__pwned=1">',
  '</textarea><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
];

const beforePool = {
  platform: 'alibaba',
  'log-message': 'no-log',
  'config-matches': 'pass',
  'other-network': 'fails-too',
  'firewall-in-path': 'pass',
  'server-log': 'other',
  'connection-count': 'unsure',
};
const beforeLan = {
  ...beforePool,
  'pool-capacity': { 'client-cidr': '10.8.0.0/22', connections: '20' },
};

function injectedUrls(p: string): string[] {
  const e = encodeURIComponent(p);
  return [
    // Answers and compute fields in the query.
    `/en/diagnose/cannot-connect?platform=${e}`,
    `/en/diagnose/cannot-connect?platform=alibaba&log-message=${e}&${e}=${e}`,
    `/ja/diagnose/cannot-connect?${encodeAnswers(beforePool)}&pool-capacity.client-cidr=${e}&pool-capacity.connections=${e}`,
    `/en/diagnose/cannot-connect?${encodeAnswers(beforeLan)}&lan-conflict.client-lan=${e}&lan-conflict.local-networks=${e}`,
    `/en/diagnose/cannot-connect?platform=alibaba&log-message=tun-missing&edit=${e}`,
    `/en/diagnose/cannot-connect?platform=alibaba&support=1&from=${e}`,
    `/en/?q=${e}`,
    `/en/tools/client-cidr?cidr=${e}&connections=${e}`,
    `/en/tools/firewall-rules?pool=${e}&gateway=${e}`,
    // Path segments.
    `/en/diagnose/${e}`,
    `/en/causes/${e}`,
    `/ja/${e}`,
    `/${e}/diagnose/cannot-connect`,
  ];
}

test.describe('text from the URL never runs', () => {
  for (const [i, payload] of PAYLOADS.entries()) {
    test(`payload ${i + 1}: ${payload.slice(0, 40)}`, async ({ page }) => {
      test.setTimeout(90_000);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      for (const url of injectedUrls(payload)) {
        await page.goto(url);
        await expect(page.locator('main#main h1'), url).toBeVisible();
        // Compute steps echo the input in their error messages: show them.
        const submit = page.locator('main#main[data-node-kind="compute"] form button[type=submit]');
        if (await submit.count()) {
          await submit.click();
          await expect(page.getByRole('alert')).toBeVisible();
        }
        const found = await page.evaluate(() => {
          const w = window as unknown as { __pwned?: unknown };
          const onAttrs = [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes]
              .filter(
                (a) =>
                  /^on/i.test(a.name) ||
                  (/^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(a.name) &&
                    /^\s*javascript:/i.test(a.value)),
              )
              .map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
          );
          return {
            pwned: w.__pwned,
            imgX: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
            svg: document.querySelectorAll('main svg[onload], iframe').length,
            scripts: [...document.scripts]
              // The prerendered page's words: a data block (not run), checked for JSON below.
              .filter((s) => !(s.type === 'application/json' && s.id === 'page-words'))
              .filter((s) => !s.src || new URL(s.src).origin !== location.origin || s.text.trim())
              .map((s) => s.outerHTML.slice(0, 80)),
            onAttrs,
          };
        });
        expect(found, url).toEqual({ pwned: undefined, imgX: 0, svg: 0, scripts: [], onAttrs: [] });
      }
      // The error page shows the link as text too: make a route chunk fail.
      await page.route('**/assets/diagnose-*.js', (r) => r.abort());
      await page.goto(`/en/diagnose/cannot-connect?platform=${encodeURIComponent(payload)}`);
      await expect(page.locator('main#main[data-page="error"] code')).toContainText(
        '/en/diagnose/cannot-connect?platform=',
      );
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
