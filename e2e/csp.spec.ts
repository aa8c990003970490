import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { encodeAnswers } from '../src/engine';

/**
 * The Content-Security-Policy of index.html holds on the built site: no inline script or style
 * in the HTML, no violation reported on any page type, and nothing loaded from another origin.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

function metaCsp(html: string): string | undefined {
  const meta = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const m = meta ? /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta) : null;
  return m ? (m[1] ?? m[2]) : undefined;
}

test.describe('built HTML', () => {
  const htmlFiles = listFiles(dist).filter((f) => f.endsWith('.html'));

  test('every HTML file has the CSP and no inline script, style or event handler', () => {
    expect(htmlFiles.length).toBeGreaterThan(0);
    const source = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
    for (const file of htmlFiles) {
      const html = fs.readFileSync(file, 'utf8');
      const name = path.relative(dist, file);
      if (name === 'index.html') expect(metaCsp(html), name).toBe(metaCsp(source));
      const csp = metaCsp(html) ?? '';
      expect(csp, name).toMatch(/script-src 'self'(;|$)/);
      expect(csp, name).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
      for (const [tag, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        // A prerendered page's words: a JSON data block, never executed (not a script for the
        // CSP); it must hold nothing but JSON, with no `<` that could end the element.
        if (/^\s+type="application\/json"\s+id="page-words"$/.test(attrs ?? '')) {
          expect(() => JSON.parse(body ?? '') as unknown, `${name}: page words`).not.toThrow();
          expect(body, `${name}: page words`).not.toContain('<');
          continue;
        }
        expect(attrs, `${name}: ${tag}`).toMatch(/\ssrc=["']\/[^"']+["']/);
        expect((body ?? '').trim(), `${name}: inline script`).toBe('');
      }
      expect(html, name).not.toMatch(/<style\b/i);
      expect(html, name).not.toMatch(/\sstyle=["']/i);
      expect(html, name).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, name).not.toMatch(/javascript:/i);
    }
  });

  test('the README gives hosts the same policy as a header, plus frame-ancestors', () => {
    const csp = metaCsp(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'));
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${csp}; frame-ancestors 'none'`);
  });
});

test.describe('no third-party resources in dist/', () => {
  /** Absolute URLs that appear in the bundles as text, never as something the page loads. */
  const textOnlyOrigins = new Set([
    'http://www.w3.org', // SVG / XHTML / MathML namespace names in React DOM
    'https://react.dev', // React error-decoder links in messages
    'https://reactrouter.com', // react-router warnings
    'https://react.i18next.com', // react-i18next warnings
    'https://github.com', // a polyfill hint in react-router; a cited issue in a cause's sources
    'https://openvpn.net', // cited manuals in causes' sources (shown as text)
    'http://localhost', // react-router's base for parsing relative URLs
    'http://x.invalid', // support mode's base for parsing relative URLs
    'https://bit.ly', // a documentation link in a workbox (service worker) error message
    'http://captive.apple.com', // captive-portal test pages the user opens by hand (cause text)
    'http://neverssl.com',
    'http://www.msftconnecttest.com',
    'https://networking.', // FJcloud-O's API endpoint inside the printed curl command (text)
  ]);
  const absolute = /(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}|https?:\/\/[a-z0-9.-]+/gi;

  test('HTML, CSS, SVG and manifests reference only this origin', () => {
    const files = listFiles(dist).filter(
      (f) =>
        /\.(html|css|svg|webmanifest|json)$/.test(f) && !f.includes(`${path.sep}.vite${path.sep}`),
    );
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const name = path.relative(dist, file);
      // What a browser fetches by itself: not links (<a href>) or metadata (canonical, hreflang).
      const fetched =
        /^(script|img|source|video|audio|track|iframe|embed|object|input|image|use|feImage)$/i;
      const fetchedLinks =
        /\b(stylesheet|icon|apple-touch-icon|manifest|modulepreload|preload|prefetch|mask-icon)\b/i;
      const refs: string[] = [];
      for (const [, tag, attrs] of text.matchAll(/<([a-zA-Z][\w:-]*)\b([^>]*)>/g)) {
        const values = Object.fromEntries(
          [...attrs!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [
            m[1]!.toLowerCase(),
            m[2] ?? m[3] ?? '',
          ]),
        );
        if (fetched.test(tag!)) {
          for (const a of ['src', 'srcset', 'data', 'poster', 'href', 'xlink:href'])
            if (values[a]) refs.push(...values[a].split(',').map((v) => v.trim().split(/\s+/)[0]!));
        } else if (/^link$/i.test(tag!) && fetchedLinks.test(values.rel ?? '')) {
          refs.push(values.href ?? '');
        } else if (/^form$/i.test(tag!) && values.action) {
          refs.push(values.action);
        }
      }
      refs.push(
        ...[...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)].map((m) => m[1]!),
        ...[...text.matchAll(/@import\s+["']([^"']+)["']/gi)].map((m) => m[1]!),
      );
      if (/\.(webmanifest|json)$/.test(file)) {
        refs.push(
          ...[...text.matchAll(/"(?:src|start_url|scope)"\s*:\s*"([^"]+)"/gi)].map((m) => m[1]!),
        );
      }
      for (const ref of refs) {
        if (ref.startsWith('data:') || ref.startsWith('#')) continue;
        // The SVG namespace is an identifier, not a request.
        if (ref === 'http://www.w3.org/2000/svg') continue;
        expect(ref, `${name} references ${ref}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
      }
    }
  });

  test('scripts name no other origin except as text', () => {
    const scripts = listFiles(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const found = new Map<string, string>();
    for (const file of scripts) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(absolute)) {
        const url = m[0].startsWith('//') ? `https:${m[0]}` : m[0];
        let origin: string;
        try {
          origin = new URL(url).origin;
        } catch {
          continue;
        }
        if (!textOnlyOrigins.has(origin)) found.set(origin, path.relative(dist, file));
      }
    }
    expect(Object.fromEntries(found)).toEqual({});
  });
});

test.describe('no CSP violation on any page type', () => {
  const beforeCompute = {
    platform: 'alibaba',
    'log-message': 'no-log',
    'config-matches': 'pass',
    'other-network': 'fails-too',
    'firewall-in-path': 'pass',
    'server-log': 'other',
    'connection-count': 'unsure',
  };
  const pages: Record<string, string> = {
    start: '/en/',
    'start (ja)': '/ja/',
    question: '/en/diagnose/cannot-connect',
    check: `/en/diagnose/cannot-connect?${encodeAnswers({ platform: 'alibaba', 'log-message': 'tls-timeout' })}`,
    compute: `/en/diagnose/cannot-connect?${encodeAnswers(beforeCompute)}`,
    diagnosis: '/en/diagnose/cannot-connect?platform=alibaba&log-message=cert-expired',
    'diagnosis (ja)': '/ja/diagnose/cannot-connect?platform=alibaba&log-message=cert-expired',
    'support mode': '/en/diagnose/cannot-connect?platform=alibaba&support=1',
    causes: '/en/causes',
    cause: '/en/causes/client-cert-expired',
    'not-found': '/en/no/such/page',
    'tool: client CIDR': '/en/tools/client-cidr',
    'tool: firewall rules': '/en/tools/firewall-rules',
    'tool: clock': '/en/tools/clock',
    'support cases': '/en/support/cases',
    map: '/en/map',
    'map of a symptom': '/en/map/cannot-connect',
  };

  async function watch(page: Page) {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text()))
        problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(
          `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    return async () => {
      const reported = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      return [...problems, ...reported];
    };
  }

  for (const [name, url] of Object.entries(pages)) {
    test(name, async ({ page }) => {
      const violations = await watch(page);
      await page.goto(url);
      await expect(page.locator('main#main h1')).toBeVisible();
      // Let lazy parts (namespaces, panels) settle.
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    });
  }

  test('walking, switching language and the error page', async ({ page }) => {
    const violations = await watch(page);
    await page.goto('/en/');
    await page.getByRole('link', { name: 'The client cannot connect to the SSL server' }).click();
    await expect(page.locator('main#main')).toHaveAttribute('data-node-id', 'platform');
    await page.locator('#platform-alibaba').check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.locator('main#main')).toHaveAttribute('data-node-id', 'log-message');
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.getByRole('button', { name: '次へ' }).click(); // nothing chosen: error summary
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await violations()).toEqual([]);

    // A route chunk that fails to load shows the error page; still no violation.
    await page.route('**/assets/diagnose-*.js', (r) => r.abort());
    await page.goto('/en/diagnose/cannot-connect?platform=alibaba');
    await expect(page.locator('main#main[data-page="error"] h1')).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('log analyzer, with a log analysed in its worker', async ({ page }) => {
    const violations = await watch(page);
    await page.goto('/en/tools/log-analyzer');
    await expect(page.locator('main#main h1')).toBeVisible();
    const main = page.locator('main#main');
    if ((await main.getAttribute('data-page')) === 'log-analyzer') {
      await page
        .locator('main#main textarea')
        .first()
        .fill(
          [
            '2026-11-20 09:14:04 UDPv4 link remote: [AF_INET]203.0.113.24:1194',
            '2026-11-20 09:15:04 TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
            '2026-11-20 09:15:04 TLS Error: TLS handshake failed',
          ].join('\n'),
        );
      await page.locator('main#main form button[type=submit]').first().click();
      await expect(main).toHaveAttribute('data-phase', /done|problem/);
    }
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
});
