import { test, expect, type Page } from '@playwright/test';
import {
  LINUX_2412_PERIODIC,
  WIN_266_TCP_RESETS,
  WIN_266_TLS_TIMEOUT,
} from '../src/network/openvpn-log-fixtures';
import { encodeAnswers } from '../src/engine';
import { expectNode, expectNoAxeViolations, main } from './support';

const words = {
  en: {
    paste: 'Paste the log',
    analyse: 'Analyse the pasted log',
    file: 'Or choose a log file (.log or .txt)',
    tlsTitle: 'TLS key negotiation timed out',
    link: 'Open the diagnosis in the wizard: The server never answered',
    fromFile: 'from your file',
  },
  ja: {
    paste: 'ログを貼り付け',
    analyse: '貼り付けたログを解析',
    file: 'またはログファイルを選択（.log または .txt）',
    tlsTitle: 'TLS 鍵交換のタイムアウト',
    link: 'ウィザードで診断結果を開く：サーバーから一度も応答がない',
    fromFile: 'ファイルから読み取り',
  },
} as const;

type Lang = keyof typeof words;

async function pasteAndAnalyse(page: Page, lang: Lang, text: string) {
  await page.goto(`/${lang}/tools/log-analyzer`);
  await page.getByLabel(words[lang].paste, { exact: true }).fill(text);
  await page.getByRole('button', { name: words[lang].analyse }).click();
  await expect(main(page)).toHaveAttribute('data-phase', 'done');
}

function results(page: Page) {
  return page.getByTestId('log-results');
}

function findings(page: Page) {
  return results(page).locator('li.finding');
}

/** A realistic OpenVPN log of at least `bytes` bytes, ending in a TLS timeout. */
function bigLog(bytes: number): { text: string; lines: number } {
  const block = WIN_266_TCP_RESETS.split('\n');
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    for (const l of block) {
      lines.push(l);
      size += l.length + 1;
    }
  }
  const tail = WIN_266_TLS_TIMEOUT.split('\n');
  lines.push(...tail);
  return { text: lines.join('\n'), lines: lines.length };
}

for (const lang of ['en', 'ja'] as const) {
  test(`a pasted TLS-timeout log: ranked findings with line numbers, into the wizard (${lang})`, async ({
    page,
  }) => {
    await pasteAndAnalyse(page, lang, WIN_266_TLS_TIMEOUT);
    const first = findings(page).first();
    await expect(first).toHaveAttribute('data-signature-id', 'tls-key-negotiation-timeout');
    await expect(first).toHaveAttribute('data-rank', '1');
    await expect(first).toHaveAttribute('data-rank-reason', 'first-fatal');
    await expect(first.locator('h4')).toContainText(words[lang].tlsTitle);
    // The matched lines (20 and 28) are marked, with their numbers, and context around them.
    const matched = first.locator('tr[data-matched]');
    await expect(matched).toHaveCount(2);
    await expect(matched.first()).toHaveAttribute('data-line', '20');
    await expect(matched.first().locator('th')).toContainText('20');
    await expect(matched.first().locator('mark')).toContainText('TLS key negotiation failed');
    await expect(first.locator('tr[data-line="19"]')).toContainText('>STATE');
    // Version, platform and whether the tunnel came up.
    await expect(page.getByTestId('client-version')).toContainText('2.6.6');
    await expect(page.getByTestId('client-version')).toContainText('Windows-MSVC');
    await expect(page.getByTestId('tunnel')).toHaveAttribute('data-tunnel', 'never');
    await expect(page.getByTestId('timeline').locator('tbody tr').first()).toBeVisible();
    // The pasted text is not in the URL.
    expect(page.url()).toMatch(new RegExp(`/${lang}/tools/log-analyzer$`));

    await expect(first.getByTestId('finding-link')).toContainText(words[lang].link);
    await first.getByTestId('finding-link').click();
    // The link carries only what the log proves (a timeout with no reply from the server):
    // every other question is asked, the platform first.
    await expectNode(page, 'platform', 'question');
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/${lang}/diagnose/cannot-connect`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      'log-message': 'tls-timeout',
      'initial-packet': 'absent',
      from: 'log-message,initial-packet',
    });
    // Past the platform, Your answers marks what the log proved.
    await page.locator('#platform-openvpn').check();
    await page
      .getByRole('button', { name: lang === 'en' ? 'Continue' : '次へ', exact: true })
      .click();
    const proved = page.locator('.answer-row').filter({ has: page.locator('.answer-from-file') });
    await expect(proved.first()).toContainText(words[lang].fromFile);
    await expect(page.locator('.answer-row').first()).not.toContainText(words[lang].fromFile);
  });
}

test('a log that comes up and drops on a schedule: cipher, tunnel, periodic restarts', async ({
  page,
}) => {
  await pasteAndAnalyse(page, 'en', LINUX_2412_PERIODIC);
  await expect(page.getByTestId('tunnel')).toHaveAttribute('data-tunnel', 'up');
  await expect(page.getByTestId('tunnel')).toContainText('Came up 5 times');
  await expect(page.getByTestId('cipher')).toContainText('AES-256-GCM');
  await expect(page.getByTestId('client-version')).toContainText('2.4.12');
  const restarts = page.getByTestId('restarts-section');
  await expect(restarts).toContainText('4 times');
  await expect(restarts.getByTestId('periodic')).toContainText('31 min');
  await expect(restarts.locator('tbody tr')).toHaveCount(4);
  await expect(restarts.locator('tbody tr').nth(1)).toContainText('31 min 8 s');
});

test('nothing recognised: says so, what to check next, and offers the wizard', async ({ page }) => {
  await pasteAndAnalyse(page, 'en', 'hello\nthis is not an OpenVPN log\n');
  await expect(page.getByTestId('not-openvpn')).toContainText(
    'This does not look like an OpenVPN log',
  );
  const nothing = page.getByTestId('nothing-found');
  await expect(nothing).toContainText('No known problem found');
  await expect(nothing.locator('li')).toHaveCount(4);
  await nothing.getByRole('link', { name: /Go through the wizard/ }).click();
  await expect(main(page)).toHaveAttribute('data-page', 'start');
});

test('an empty paste gets an error summary that links to the box', async ({ page }) => {
  await page.goto('/en/tools/log-analyzer');
  await page.getByRole('button', { name: words.en.analyse }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The box is empty');
  await expect(alert).toBeFocused();
  await alert.getByRole('link').click();
  await expect(page.getByLabel(words.en.paste, { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
});

test('injected markup in a log is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const img = '<img src=x onerror=alert(1)>';
  const script = '<script>alert(1)</script>';
  const log = [
    `2026-11-20 09:14:03 ${script}`,
    `2026-11-20 09:15:04 TLS Error: TLS handshake failed ${img}`,
    `2026-11-20 09:15:04 ${img}`,
  ].join('\n');
  await pasteAndAnalyse(page, 'en', log);
  const finding = findings(page).first();
  await expect(finding).toHaveAttribute('data-signature-id', 'tls-handshake-failed');
  await expect(finding.locator('tr[data-line="2"]')).toContainText(img);
  await expect(finding.locator('tr[data-line="1"]')).toContainText(script);
  await expect(finding.locator('tr[data-line="3"]')).toContainText(img);
  await expect(main(page).locator('img')).toHaveCount(0);
  await expect(main(page).locator('script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test.describe('files', () => {
  test('a chosen .log file is analysed', async ({ page }) => {
    await page.goto('/en/tools/log-analyzer');
    await page.getByLabel(words.en.file).setInputFiles({
      name: 'client.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(WIN_266_TCP_RESETS),
    });
    await expect(main(page)).toHaveAttribute('data-phase', 'done');
    await expect(results(page).locator('h2')).toHaveText('Results for “client.log”');
    await expect(results(page).locator('h2')).toBeFocused();
    await expect(page.getByRole('status').first()).toContainText('Analysis complete');
    await expect(findings(page).first()).toHaveAttribute('data-signature-id', 'connection-reset');
    await expect(page.getByTestId('tunnel')).toHaveAttribute('data-tunnel', 'down');
  });

  test('a file dropped on the drop zone is analysed', async ({ page }) => {
    await page.goto('/ja/tools/log-analyzer');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      return dt;
    }, WIN_266_TLS_TIMEOUT);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await expect(main(page)).toHaveAttribute('data-phase', 'done');
    await expect(results(page).locator('h2')).toHaveText('「dropped.txt」の解析結果');
    await expect(findings(page).first().locator('h4')).toContainText(words.ja.tlsTitle);
  });

  const bad = [
    ['empty', Buffer.alloc(0), 'is empty'],
    [
      'binary',
      Buffer.from([0x4f, 0x70, 0x65, 0x6e, 0x00, 0x56, 0x50, 0x4e, 0x00]),
      'is not a text file',
    ],
    ['not-utf8', Buffer.from([0xff, 0xfe, 0x41]), 'is not UTF-8 text'],
  ] as const;
  for (const [kind, buffer, message] of bad) {
    test(`a ${kind} file gets a clear message`, async ({ page }) => {
      await page.goto('/en/tools/log-analyzer');
      await page.getByLabel(words.en.file).setInputFiles({
        name: `${kind}.log`,
        mimeType: 'text/plain',
        buffer,
      });
      await expect(main(page)).toHaveAttribute('data-phase', 'problem');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`“${kind}.log” ${message}`);
      await expect(alert).toBeFocused();
      await expect(page.getByLabel(words.en.file)).toHaveAttribute('aria-invalid', 'true');
      await expect(results(page)).toHaveCount(0);
    });
  }

  test('a 10 MB log is analysed in a worker while the page stays responsive', async ({ page }) => {
    // 10 MB built, handed to the page and analysed: 33 s seen on a loaded full run.
    test.slow();
    const { text, lines } = bigLog(10 * 1024 * 1024);
    expect(text.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // Hold the worker's script until the page has handled a click, so "while analysing" is
    // certain rather than a race with a fast machine.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/log-worker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/en/tools/log-analyzer');
    await page.getByLabel(words.en.file).setInputFiles({
      name: 'big.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    await expect(main(page)).toHaveAttribute('data-phase', 'running');
    await expect(page.getByTestId('log-progress')).toBeVisible();
    // The main thread handles input during the analysis.
    const where = page.locator('details.log-where');
    await where.locator('summary').click();
    await expect(where).toHaveAttribute('open', '');
    await page.getByLabel(words.en.paste, { exact: true }).fill('still typing');
    release();

    await expect(main(page)).toHaveAttribute('data-phase', 'done', { timeout: 20_000 });
    await expect(results(page)).toHaveAttribute('data-line-count', String(lines));
    await expect(page.getByTestId('line-count')).toContainText(lines.toLocaleString('en'));
    await expect(findings(page).first()).toHaveAttribute(
      'data-signature-id',
      'tls-key-negotiation-timeout',
    );
    expect(workers.some((u) => /log-worker/.test(u))).toBe(true);
    await expect(page.getByLabel(words.en.paste, { exact: true })).toHaveValue('still typing');
  });

  test('an analysis can be cancelled', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/log-worker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.goto('/en/tools/log-analyzer');
    await page.getByLabel(words.en.file).setInputFiles({
      name: 'slow.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(WIN_266_TLS_TIMEOUT),
    });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(main(page)).toHaveAttribute('data-phase', 'cancelled');
    await expect(page.getByRole('status').first()).toContainText('Analysis cancelled.');
    release();
  });
});

test('results stay on the page when the language is switched', async ({ page }) => {
  await pasteAndAnalyse(page, 'en', WIN_266_TLS_TIMEOUT);
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/ja\/tools\/log-analyzer$/);
  await expect(findings(page).first().locator('h4')).toContainText(words.ja.tlsTitle);
});

test('the start page offers to start from a log: its one evidence box links the analyzer', async ({
  page,
}) => {
  await page.goto('/en/');
  const box = page.getByTestId('start-from-files');
  await expect(box.getByRole('heading')).toHaveText('Have a file or a log? Start from it');
  await box.getByRole('link', { name: 'Analyse a client log' }).click();
  await expect(main(page)).toHaveAttribute('data-page', 'log-analyzer');
});

test.describe('clock check', () => {
  const isHead = (url: URL) => url.pathname === '/';

  test('shows a result from the preview server (en)', async ({ page }) => {
    await page.goto('/en/tools/clock');
    const check = page.getByTestId('clock-check');
    // Browser and preview server share this machine's clock.
    await expect(check).toHaveAttribute('data-clock-status', 'ok');
    await expect(check.getByTestId('clock-verdict')).toContainText('The clock is right');
    await expect(check.getByTestId('clock-offset')).toBeVisible();
    await check.getByRole('button', { name: 'Check again' }).click();
    await expect(check).toHaveAttribute('data-clock-status', 'ok');
  });

  test('says the check could not be made when the request fails', async ({ page }) => {
    await page.route(isHead, (route) =>
      route.request().method() === 'HEAD' ? route.abort() : route.continue(),
    );
    await page.goto('/en/tools/clock');
    const check = page.getByTestId('clock-check');
    await expect(check).toHaveAttribute('data-clock-status', 'unavailable');
    await expect(check).toHaveAttribute('data-clock-reason', 'request-failed');
    await expect(check).toContainText('The check could not be made');
    await expect(check.getByTestId('clock-offset')).toHaveCount(0);
  });

  test('says the check could not be made without a Date header', async ({ page }) => {
    await page.route(isHead, async (route) => {
      if (route.request().method() !== 'HEAD') return route.continue();
      const response = await route.fetch();
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([k]) => k.toLowerCase() !== 'date'),
      );
      return route.fulfill({ response, headers });
    });
    await page.goto('/ja/tools/clock');
    const check = page.getByTestId('clock-check');
    await expect(check).toHaveAttribute('data-clock-status', 'unavailable');
    await expect(check).toHaveAttribute('data-clock-reason', 'no-date-header');
    await expect(check).toContainText('Dateヘッダーがありません');
  });

  for (const [minutes, status, text] of [
    [5, 'warn', 'behind the server'],
    [-15, 'fail', 'ahead of the server'],
  ] as const) {
    test(`a server ${minutes} min off is ${status}`, async ({ page }) => {
      await page.route(isHead, async (route) => {
        if (route.request().method() !== 'HEAD') return route.continue();
        const date = new Date(Date.now() + minutes * 60_000).toUTCString();
        return route.fulfill({ status: 200, headers: { date } });
      });
      await page.goto('/en/tools/clock');
      const check = page.getByTestId('clock-check');
      await expect(check).toHaveAttribute('data-clock-status', status);
      await expect(check.getByTestId('clock-offset')).toContainText(text);
    });
  }

  test('is offered on the "certificate not yet valid" diagnosis', async ({ page }) => {
    const answers = {
      platform: 'alibaba',
      'log-message': 'tls-error',
      'tls-error': 'cert-not-yet-valid',
    };
    await page.goto(`/en/diagnose/cannot-connect?${encodeAnswers(answers)}`);
    await expectNode(page, 'client-clock-skew', 'diagnosis');
    const check = page.getByTestId('clock-check');
    await expect(check.getByRole('heading')).toHaveText('Check this device’s clock');
    await expect(check).toHaveAttribute('data-clock-status', 'ok');
  });
});

test.describe('axe', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`log analyzer with results (${lang}, ${scheme})`, async ({ page }) => {
        // axe over a long results page took 31–36 s on a loaded machine (default 30 s).
        test.slow();
        await page.emulateMedia({ colorScheme: scheme });
        await pasteAndAnalyse(page, lang, LINUX_2412_PERIODIC + '\n' + WIN_266_TLS_TIMEOUT);
        await expect(findings(page).first()).toBeVisible();
        await expectNoAxeViolations(page);
      });

      test(`clock page (${lang}, ${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/${lang}/tools/clock`);
        await expect(page.getByTestId('clock-check')).toHaveAttribute('data-clock-status', 'ok');
        await expectNoAxeViolations(page);
      });
    }

    test(`log analyzer with a file error (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/tools/log-analyzer`);
      await page.getByLabel(words[lang].file).setInputFiles({
        name: 'x.log',
        mimeType: 'text/plain',
        buffer: Buffer.from([0xff, 0xfe, 0x41]),
      });
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
