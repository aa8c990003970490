import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoKeyMaterial, expectNode, keyLines, main } from './support';

/**
 * The file reader: configurations, logs and network dumps dropped together, read in the
 * browser, and turned into a wizard link with the proven questions answered.
 */

const net = join(import.meta.dirname, '..', 'src', 'network');
const fixture = (...p: string[]) => readFileSync(join(net, ...p));
const cert = (name: string) => fixture('certificates', 'fixtures', name).toString('utf8');

const KEY = cert(join('keys', 'client-not-yet-valid.key'));
/** A real-syntax client config with its CA, certificate and private key inline. */
const CONFIG = [
  'client',
  'dev tun',
  'proto udp',
  'remote vpn.example.test 1194',
  'remote-cert-tls server',
  '<ca>',
  cert('ca.crt').trim(),
  '</ca>',
  '<cert>',
  cert('client-not-yet-valid.crt').trim(),
  '</cert>',
  '<key>',
  KEY.trim(),
  '</key>',
  '',
].join('\n');

/** The key's body lines: none may reach the page, the URL or storage. */
const KEY_LINES = keyLines(KEY);

const FILES = [
  { name: 'client.ovpn', mimeType: 'text/plain', buffer: Buffer.from(CONFIG) },
  {
    name: 'openvpn.log',
    mimeType: 'text/plain',
    buffer: fixture('evidence', 'fixtures', 'client-not-yet-valid.log'),
  },
  {
    name: 'ipconfig.txt',
    mimeType: 'text/plain',
    buffer: fixture('dumps', 'fixtures', 'windows-ipconfig-all-en.txt'),
  },
];

const words = {
  en: { read: 'Read the files', fromFile: 'from your file', fjcloud: 'FJcloud-O SSL-VPN' },
  ja: {
    read: 'ファイルを読み取る',
    fromFile: 'ファイルから読み取り',
    fjcloud: 'FJcloud-O SSL-VPN',
  },
} as const;

/** Drops files on the drop zone as a user's drag would (a real DataTransfer with Files). */
async function drop(page: Page, files: typeof FILES) {
  const payload = files.map((f) => ({ name: f.name, b64: f.buffer.toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: 'text/plain' }));
    }
    return dt;
  }, payload);
  await page.getByTestId('evidence-drop').dispatchEvent('drop', { dataTransfer });
}

/** Answers the page's clock request (HEAD to the site's root) with this server time. */
async function serverDate(page: Page, date: Date | null) {
  await page.route(
    (url) => url.pathname === '/',
    (route) =>
      route.request().method() === 'HEAD'
        ? route.fulfill({ status: 200, headers: date ? { date: date.toUTCString() } : {} })
        : route.fallback(),
  );
}

for (const lang of ['en', 'ja'] as const) {
  test(`a config, a log and ipconfig /all dropped together land on the diagnosis (${lang})`, async ({
    page,
  }) => {
    // Three files read and a walk to the diagnosis: over 30 s on a loaded machine.
    test.slow();
    // The certificate is valid from 1 Sep 2026: by this (wrong) clock it is not yet valid.
    await page.clock.setFixedTime(new Date('2026-06-01T00:00:00Z'));
    // This site's server agrees with the device (the Date header of the clock request).
    await serverDate(page, new Date('2026-06-01T00:00:00Z'));
    await page.goto(`/${lang}/tools/inspector`);
    await page.getByLabel(words[lang].fjcloud).check();
    await drop(page, FILES);
    await expect(page.getByTestId('evidence-chosen').locator('li')).toHaveCount(3);
    await page.getByRole('button', { name: words[lang].read, exact: true }).click();
    await expect(main(page)).toHaveAttribute('data-phase', 'done');

    const results = page.getByTestId('evidence-result');
    await expect(results).toHaveCount(3);
    await expect(results.nth(0)).toHaveAttribute('data-kind', 'config');
    await expect(results.nth(1)).toHaveAttribute('data-kind', 'client-log');
    await expect(results.nth(2)).toHaveAttribute('data-kind', 'network-dump');
    await expect(results.nth(0).locator('[data-code="not-yet-valid"]')).toBeVisible();
    await expect(results.nth(0).locator('[data-code="key-matches"]')).toBeVisible();
    await expect(page.getByTestId('evidence-clock')).toHaveAttribute('data-clock', 'same');
    await expect(results.nth(2).getByTestId('dump')).toContainText('172.16.5.0/24');
    await expect(page.getByTestId('evidence-cidr-link')).toHaveAttribute(
      'href',
      /client-lans=172\.16\.5\.0%2F24/,
    );
    await expectNoKeyMaterial(page, KEY_LINES);
    await expectNoAxeViolations(page);

    const links = page.getByTestId('evidence-wizard-link');
    // The dump's LAN also answers resources-unreachable's overlap check (second link).
    await expect(links).toHaveCount(2);
    await expect(links.nth(1)).toHaveAttribute(
      'href',
      /\/diagnose\/resources-unreachable\?.*lan-conflict\.client-lan=172\.16\.5\.0%2F24/,
    );
    const link = links.first();
    await expect(link).toHaveAttribute('data-stop', 'client-clock-skew');
    await link.click();
    await expectNode(page, 'client-clock-skew', 'diagnosis');
    const url = new URL(page.url());
    expect(url.searchParams.get('platform')).toBe('fjcloud');
    expect(url.searchParams.get('tls-error')).toBe('cert-not-yet-valid');
    expect(url.searchParams.get('from')).toBe('log-message,tls-error,lan-conflict');
    // Your answers: the platform was chosen, the log's answers are marked and can be changed.
    const rows = page.locator('.answer-row');
    await expect(rows.first()).not.toContainText(words[lang].fromFile);
    await expect(rows.nth(1)).toContainText(words[lang].fromFile);
    await expect(rows.nth(1).getByRole('link')).toBeVisible();
    await expectNoKeyMaterial(page, KEY_LINES);
  });
}

test("the certificate dates are also checked by the server's clock", async ({ page }) => {
  // The device says 1 June 2026 (before the certificate's start); the server says 1 October.
  await page.clock.setFixedTime(new Date('2026-06-01T00:00:00Z'));
  await serverDate(page, new Date('2026-10-01T00:00:00Z'));
  await page.goto('/en/tools/inspector');
  await drop(page, FILES.slice(0, 1));
  await page.getByRole('button', { name: words.en.read, exact: true }).click();
  await expect(main(page)).toHaveAttribute('data-phase', 'done');
  const clock = page.getByTestId('evidence-clock');
  await expect(clock).toHaveAttribute('data-clock', 'behind');
  await expect(clock).toContainText('behind');
  const result = page.getByTestId('evidence-result').first();
  await expect(result.locator('[data-code="not-yet-valid"]')).toBeVisible();
  await expect(result.locator('[data-code="server-clock-decides"]')).toBeVisible();
  await expect(
    page.getByTestId('evidence-causes').locator('a[href$="/causes/client-clock-skew"]'),
  ).toBeVisible();
});

test('without a server clock the dates are checked by the device alone (ja)', async ({ page }) => {
  await serverDate(page, null);
  await page.goto('/ja/tools/inspector');
  await drop(page, FILES.slice(0, 1));
  await page.getByRole('button', { name: words.ja.read, exact: true }).click();
  await expect(main(page)).toHaveAttribute('data-phase', 'done');
  await expect(page.getByTestId('evidence-clock')).toHaveAttribute('data-clock', 'deviceOnly');
  await expect(page.locator('[data-code="server-clock-decides"]')).toHaveCount(0);
});

test('bad input: each file says what is wrong, the others are still read', async ({ page }) => {
  await page.goto('/en/tools/inspector');
  // Nothing given: the message is at the field.
  await page.getByRole('button', { name: 'Read the files', exact: true }).click();
  await expect(page.locator('#evidence-text-error')).toContainText('Paste text or choose');

  await page.locator('#evidence-files').setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'photo.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0, 1, 2, 255]),
    },
    {
      name: 'client.p12',
      mimeType: 'application/x-pkcs12',
      buffer: fixture('certificates', 'fixtures', 'client-valid.p12'),
    },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello\nworld\n') },
    FILES[2]!,
  ]);
  await page.getByRole('button', { name: 'Read the files', exact: true }).click();
  await expect(main(page)).toHaveAttribute('data-phase', 'done');
  const results = page.getByTestId('evidence-result');
  await expect(results).toHaveCount(5);
  await expect(results.nth(0)).toContainText('“empty.txt” is empty.');
  await expect(results.nth(1)).toContainText('“photo.bin” is not a text file.');
  await expect(results.nth(2)).toHaveAttribute('data-kind', 'pkcs12');
  await expect(results.nth(2)).toContainText('openssl pkcs12 -in client.p12 -nokeys');
  await expect(results.nth(3)).toHaveAttribute('data-kind', 'not-recognised');
  await expect(results.nth(4)).toHaveAttribute('data-kind', 'network-dump');
  await expectNoAxeViolations(page);
});

test('the start page opens the reader with the files chosen there (ja)', async ({ page }) => {
  await page.goto('/ja/');
  const box = page.getByTestId('start-from-files');
  await expect(box).toBeVisible();
  await box.locator('input[type=file]').setInputFiles([FILES[2]!]);
  await expect(page).toHaveURL(/\/ja\/tools\/inspector$/);
  await expect(main(page)).toHaveAttribute('data-phase', 'done');
  await expect(page.getByTestId('evidence-result')).toHaveAttribute('data-kind', 'network-dump');
  await expectNoAxeViolations(page);
});

test('the start page’s one box: pasted text and a dropped file are read together (en)', async ({
  page,
}) => {
  await page.goto('/en/');
  const box = page.getByTestId('start-from-files');
  // Nothing given: the message is at the field and the page stays.
  await box.getByRole('button', { name: 'Read', exact: true }).click();
  await expect(page.locator('#start-paste-error')).toContainText('Paste text or choose a file');
  await expect(page).toHaveURL(/\/en\/$/);
  // A client log pasted, then an ipconfig /all dropped: both go to the reader.
  await box
    .getByLabel('Paste a log, a configuration or a command’s output')
    .fill(fixture('evidence', 'fixtures', 'client-not-yet-valid.log').toString('utf8'));
  const payload = [{ name: 'ipconfig.txt', b64: FILES[2]!.buffer.toString('base64') }];
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list)
      dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, payload);
  await box.dispatchEvent('drop', { dataTransfer });
  await expect(page).toHaveURL(/\/en\/tools\/inspector$/);
  await expect(main(page)).toHaveAttribute('data-phase', 'done');
  const results = page.getByTestId('evidence-result');
  await expect(results).toHaveCount(2);
  await expect(results.nth(0)).toHaveAttribute('data-kind', 'client-log');
  await expect(results.nth(0)).toContainText('pasted text');
  await expect(results.nth(1)).toHaveAttribute('data-kind', 'network-dump');
  await expect(page.getByTestId('evidence-wizard-link').first()).toBeVisible();
});

test('the start page’s one box: pasted text alone, with Read (ja)', async ({ page }) => {
  await page.goto('/ja/');
  const box = page.getByTestId('start-from-files');
  await box.locator('#start-paste').fill(CONFIG);
  await box.getByRole('button', { name: '読み取る', exact: true }).click();
  await expect(page).toHaveURL(/\/ja\/tools\/inspector$/);
  await expect(main(page)).toHaveAttribute('data-phase', 'done');
  await expect(page.getByTestId('evidence-result')).toHaveAttribute('data-kind', 'config');
  await expect(page.getByTestId('evidence-result')).toContainText('貼り付けたテキスト');
  await expectNoKeyMaterial(page, KEY_LINES);
  await expectNoAxeViolations(page);
});

test.describe('the evidence box on a symptom’s first steps', () => {
  test('folded under the question; files read there come back to that symptom, platform kept (en)', async ({
    page,
  }) => {
    await page.goto('/en/diagnose/dns-fails?platform=alibaba');
    const box = page.getByTestId('wizard-from-files');
    await expect(box).toBeVisible();
    // Folded: the question comes first, the paste field is not shown until asked for.
    await expect(box.locator('#wizard-paste')).toBeHidden();
    // Keyboard: the summary is a Tab stop and opens with Enter.
    await box.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(box.locator('#wizard-paste')).toBeVisible();
    // Nothing given: the message is at the field, the step stays.
    await box.getByRole('button', { name: 'Read', exact: true }).click();
    await expect(page.locator('#wizard-paste-error')).toContainText('Paste text or choose a file');
    await expect(page).toHaveURL(/\/en\/diagnose\/dns-fails\?platform=alibaba$/);
    await box
      .getByLabel('Paste a log, a configuration or a command’s output')
      .fill(fixture('evidence', 'fixtures', 'client-not-yet-valid.log').toString('utf8'));
    await box.getByRole('button', { name: 'Read', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/tools\/inspector$/);
    await expect(main(page)).toHaveAttribute('data-phase', 'done');
    // The platform answered in the wizard is chosen on the reader.
    await expect(page.getByLabel('Alibaba Cloud SSL-VPN')).toBeChecked();
    // The symptom the user came from is offered first; the log proves none of its questions.
    const links = page.getByTestId('evidence-wizard-link');
    await expect(links).toHaveCount(2);
    await expect(links.nth(0)).toHaveAttribute(
      'href',
      /^\/en\/diagnose\/dns-fails\?platform=alibaba$/,
    );
    await expect(page.getByTestId('evidence-next')).toContainText(
      'Your files answer none of this symptom’s questions',
    );
    // The log's own symptom follows, its questions answered from the file.
    await expect(links.nth(1)).toHaveAttribute('href', /^\/en\/diagnose\/cannot-connect\?/);
    await links.nth(0).click();
    await expect(page).toHaveURL(/\/en\/diagnose\/dns-fails\?platform=alibaba$/);
    await expect(main(page)).toHaveAttribute('data-node-kind', 'question');
  });

  test('offered before any answer, gone once a question past the platform is answered (ja, axe)', async ({
    page,
  }) => {
    await page.goto('/ja/diagnose/cannot-connect');
    await expectNode(page, 'platform', 'question');
    const box = page.getByTestId('wizard-from-files');
    await expect(box).toBeVisible();
    await box.locator('summary').click();
    await expect(box.locator('#wizard-paste')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/ja/diagnose/cannot-connect?platform=alibaba&log-message=tls-error');
    await expectNode(page, 'tls-error', 'question');
    await expect(page.getByTestId('wizard-from-files')).toHaveCount(0);
    await page.goto('/ja/diagnose/cannot-connect?platform=alibaba&log-message=tun-missing');
    await expect(main(page)).toHaveAttribute('data-node-kind', 'diagnosis');
    await expect(page.getByTestId('wizard-from-files')).toHaveCount(0);
  });

  test('a file chosen there is read at once, key material kept out (en)', async ({ page }) => {
    await page.goto('/en/diagnose/cannot-connect?platform=fjcloud');
    const box = page.getByTestId('wizard-from-files');
    await box.locator('summary').click();
    await box.locator('input[type=file]').setInputFiles([FILES[0]!, FILES[1]!]);
    await expect(page).toHaveURL(/\/en\/tools\/inspector$/);
    await expect(main(page)).toHaveAttribute('data-phase', 'done');
    await expect(page.getByTestId('evidence-result')).toHaveCount(2);
    // The symptom proven by the log is the one the user is on: one link, first.
    const link = page.getByTestId('evidence-wizard-link').first();
    await expect(link).toHaveAttribute(
      'href',
      /^\/en\/diagnose\/cannot-connect\?platform=fjcloud&/,
    );
    await expectNoKeyMaterial(page, KEY_LINES);
  });
});
