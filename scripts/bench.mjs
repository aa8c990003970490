#!/usr/bin/env node
/**
 * `npm run bench`: measures the built app against its budgets and exits non-zero when one is
 * broken. Not part of `npm test` (it takes a few minutes and depends on the machine).
 *
 * 1. `vite build`, then `vite preview` of `dist/` on a free port (from 4400).
 * 2. JS needed to paint `/en/` and a deep-linked diagnosis: the page is loaded in Chromium and
 *    every JS file it requested before its `<main>` heading was painted is summed (gzip of the
 *    built file), cross-checked with Vite's manifest (the entry's static closure must be among
 *    them; the rest are classified as route or shared chunks). The words (locale JSON files
 *    fetched before the paint, plus a prerendered page's words block) are summed apart.
 * 3. Lighthouse (mobile preset, simulated throttling) for both pages; the median run by
 *    performance score is kept.
 * 4. Click → next step painted, over many wizard steps (in-page `performance.now()` around a
 *    click on Continue until `main#main[data-node-id]` shows the next node with its h1, then
 *    a frame).
 * 5. Time to analyse a generated 10 MB OpenVPN log at `/en/tools/log-analyzer`, if that page
 *    exists ("n/a" otherwise), and the analyzer's worst cases in Node (`scripts/bench-log.ts`).
 * 6. Time to the first question (cannot-connect's platform step, deep-linked) against the same
 *    question built with SurveyJS (`scripts/bench-peer.mjs`), both under Lighthouse's mobile
 *    throttling, alternating, at least 5 runs each; the medians' ratio has a budget.
 *
 * Writes `bench/results.json`. Plain Node ESM (Node 20+).
 *
 * Options: --no-build  --port <n>  --runs <lighthouse runs per page, default 3>
 *          --steps <timed steps, default 40>  --skip-lighthouse
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { firstQuestion, peerBuild, servePeer } from './bench-peer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const PAGES = {
  home: '/en/',
  // A diagnosis (client-cert-expired) reached by a shared link; the bench checks that the page
  // is a diagnosis (until 2026-12-07 this URL carried an answer the tree no longer has, so it
  // measured the log-message question, asked again).
  diagnosis:
    '/en/diagnose/cannot-connect?platform=alibaba&log-message=tls-timeout&initial-packet=present&server-refused=expired',
  cause: '/en/causes/client-cert-expired',
};

/**
 * The budgets of issue 18 (1 kB = 1000 bytes, gzip). JS budgets are relative to the stack
 * floor: react-dom + react-router + i18next + react-i18next on one empty page, built by the
 * bench itself (`floorBuild`).
 */
const BUDGETS = {
  homeJsOverFloorKb: 15,
  deepJsOverFloorKb: 25,
  homeWordsKb: 8,
  performance: 95,
  tbtMs: 150,
  cls: 0,
  accessibility: 100,
  bestPractices: 100,
  seo: 95,
  stepMedianMs: 50,
  stepMedian4xMs: 100,
  firstQuestionVsPeer: 0.5,
};

// ---------------------------------------------------------------------------------------------
// Options, helpers

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const v = process.argv[i + 1];
  return v === undefined || v.startsWith('--') ? true : v;
}
const opts = {
  build: !process.argv.includes('--no-build'),
  port: Number(option('port', 4400)),
  runs: Math.max(1, Number(option('runs', 3))),
  steps: Math.max(30, Number(option('steps', 40))),
  lighthouse: !process.argv.includes('--skip-lighthouse'),
};

const log = (...a) => console.error('[bench]', ...a);
const kb = (bytes) => Math.round(bytes / 10) / 100;
const gzipSize = (buf) => zlib.gzipSync(buf).length; // zlib's default level, as hosts serve it

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}
const round1 = (n) => Math.round(n * 10) / 10;

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    );
  });
}

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function freePort(from) {
  for (let p = from; p < from + 100; p++) if (await portFree(p)) return p;
  throw new Error(`no free port in ${from}–${from + 99}`);
}

async function startPreview(port) {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    try {
      const res = await fetch(`${base}/`);
      if (res.ok) return { base, stop: () => child.kill('SIGTERM'), child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`vite preview did not start on ${base}:\n${output}`);
}

// ---------------------------------------------------------------------------------------------
// The stack floor: the fixed stack alone, one empty page

const FLOOR_MAIN = `import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
void i18next.use(initReactI18next).init({
  lng: 'en', fallbackLng: false, resources: { en: { translation: { title: 'Empty page' } } },
});
function Page() {
  const { t } = useTranslation();
  return <main id="main"><h1>{t('title')}</h1></main>;
}
const router = createBrowserRouter([{ path: '*', element: <Page /> }]);
createRoot(document.getElementById('root')).render(<RouterProvider router={router} />);
`;

/** Builds the floor page with the app's Vite, target and minifier; returns its JS, gzip. */
async function floorBuild() {
  const dir = path.join(root, 'node_modules', '.cache', 'bench-floor');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>',
  );
  fs.writeFileSync(path.join(dir, 'main.jsx'), FLOOR_MAIN);
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: path.join(dir, 'dist'), target: 'es2022', modulePreload: { polyfill: false } },
  });
  const assets = path.join(dir, 'dist', 'assets');
  const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  const gzipBytes = files.reduce((n, f) => n + gzipSize(fs.readFileSync(path.join(assets, f))), 0);
  return { gzipBytes, files };
}

/** The page-words data block of a prerendered page (gzip bytes; 0 when the page has none). */
function pageWordsGzip(url) {
  const { pathname, search } = new URL(url, 'http://x');
  if (search) return 0;
  const clean = pathname.replace(/^\/+/, '');
  const file = path.join(
    dist,
    clean === '' || clean.endsWith('/') ? `${clean}index.html` : `${clean}.html`,
  );
  if (!fs.existsSync(file)) return 0;
  const m = /<script type="application\/json" id="page-words">([\s\S]*?)<\/script>/.exec(
    fs.readFileSync(file, 'utf8'),
  );
  return m ? gzipSize(Buffer.from(m[1])) : 0;
}

// ---------------------------------------------------------------------------------------------
// The manifest: which built file is what

function readManifest() {
  const file = path.join(dist, '.vite', 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byFile = new Map();
  for (const [key, chunk] of Object.entries(manifest)) byFile.set(chunk.file, { key, ...chunk });
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('no entry in dist/.vite/manifest.json');
  const closure = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || closure.has(chunk.file)) return;
    closure.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  visit(entry[0]);
  return { manifest, byFile, entryFile: entry[1].file, closure };
}

function kindOf(file, m) {
  if (m.closure.has(file)) return 'entry';
  const chunk = m.byFile.get(file);
  if (!chunk) return 'other';
  if (chunk.isDynamicEntry && chunk.key.startsWith('src/')) return 'route';
  return 'shared';
}

// ---------------------------------------------------------------------------------------------
// 1. JS needed before first paint

/**
 * Records when the app itself has painted the page: `main#main` has a non-empty h1 that React
 * owns (rendered by `createRoot`, or hydrated over prerendered HTML), then one more frame. For a
 * client-rendered page that is its first contentful paint; for a prerendered page it is the
 * moment its links and forms work (before, the HTML is static). The browser's own first
 * contentful paint is recorded too.
 */
const PAINT_PROBE = `(() => {
  const ready = () => {
    const h1 = document.querySelector('main#main h1');
    return !!h1 && h1.textContent.trim() !== '' &&
      Object.keys(h1).some((k) => k.startsWith('__reactFiber$'));
  };
  const tick = () => {
    if (ready()) {
      requestAnimationFrame(() => setTimeout(() => {
        window.__appPaintedAt = performance.now();
      }, 0));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function jsBeforePaint(browser, base, url, m, expectKind) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(PAINT_PROBE);
  await page.goto(base + url);
  await page.waitForFunction(() => typeof window.__appPaintedAt === 'number', null, {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  const { paintedAt, fcp, prerendered, resources, nodeKind } = await page.evaluate(() => ({
    nodeKind: document.querySelector('main#main')?.getAttribute('data-node-kind') ?? null,
    paintedAt: window.__appPaintedAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    prerendered: document.getElementById('root')?.hasAttribute('data-prerendered') ?? false,
    resources: performance
      .getEntriesByType('resource')
      .map((r) => ({ name: r.name, startTime: r.startTime })),
  }));
  await context.close();
  if (expectKind && nodeKind !== expectKind) {
    throw new Error(`${url} painted a ${nodeKind ?? 'page'}, not a ${expectKind}`);
  }
  const entryUrl = new URL(`/${m.entryFile}`, base).href;
  const js = resources.filter((r) => new URL(r.name).pathname.endsWith('.js'));
  // The entry script is requested by the HTML; make sure it is counted even if the browser did
  // not list it as a resource entry.
  if (!js.some((r) => r.name === entryUrl)) js.push({ name: entryUrl, startTime: 0 });
  const files = (list) =>
    [...new Set(list.map((r) => new URL(r.name).pathname.replace(/^\//, '')))].map((file) => {
      const bytes = fs.readFileSync(path.join(dist, file));
      return { file, kind: kindOf(file, m), bytes: bytes.length, gzip: gzipSize(bytes) };
    });
  const before = files(js.filter((r) => r.startTime <= paintedAt));
  // Words: the locale JSON files fetched before the paint (scripts/locales-plugin.ts).
  const wordFiles = files(
    resources.filter(
      (r) => r.startTime <= paintedAt && /\/assets\/locales-[^/]+\/.+\.json$/.test(r.name),
    ),
  );
  const after = files(js.filter((r) => r.startTime > paintedAt));
  const missing = [...m.closure].filter(
    (f) => f.endsWith('.js') && !before.some((b) => b.file === f),
  );
  const sum = (list, kind) =>
    list.filter((f) => !kind || f.kind === kind).reduce((s, f) => s + f.gzip, 0);
  const wordsInPage = prerendered ? pageWordsGzip(url) : 0;
  return {
    url,
    prerendered,
    // Words to paint: locale files fetched before paint plus the words the prerendered HTML
    // carries for hydration (gzip, each measured on its own).
    wordsGzipBytes: sum(wordFiles) + wordsInPage,
    wordFiles,
    wordsInPageGzipBytes: wordsInPage,
    firstContentfulPaintMs: fcp === null ? null : round1(fcp),
    appPaintedAtMs: round1(paintedAt),
    gzipBytes: sum(before),
    byKind: Object.fromEntries(
      ['entry', 'route', 'shared', 'other'].map((k) => [k, sum(before, k)]),
    ),
    files: before.sort((a, b) => b.gzip - a.gzip),
    afterPaint: after,
    manifestClosureMissing: missing,
    pageErrors: errors,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse

async function lighthouseRuns(base) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const out = {};
  for (const [name, url] of Object.entries(PAGES)) {
    const runs = [];
    for (let i = 0; i < opts.runs; i++) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
      try {
        const result = await lighthouse(base + url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result.lhr;
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const failing = Object.values(lhr.categories).flatMap((c) =>
          c.auditRefs
            .filter((ref) => ref.weight > 0)
            .map((ref) => lhr.audits[ref.id])
            .filter((a) => a && a.score !== null && a.score < 1)
            .map((a) => `${c.id}/${a.id} (${a.score})`),
        );
        runs.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
          cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
          failingAudits: failing,
          runtimeError: lhr.runtimeError?.message,
        });
      } finally {
        await chrome.kill();
      }
    }
    const sorted = [...runs].sort((a, b) => a.performance - b.performance);
    out[name] = { url, median: sorted[Math.floor((sorted.length - 1) / 2)], runs };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. Click → next step painted

/** Valid inputs for the compute steps of the cannot-connect tree (both lead on). */
const COMPUTE_INPUTS = {
  'pool-capacity': { 'client-cidr': '10.8.0.0/22', connections: '20' },
  'lan-conflict': { 'client-lan': '192.168.1.0/24', 'local-networks': '172.16.0.0/16' },
};

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function stepTimings(browser, base, { cpuSlowdown = 1, steps = opts.steps } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const random = rng(20260101);
  const start = `${base}/en/diagnose/cannot-connect`;
  const samples = [];
  const visited = [];
  await page.goto(start);
  let guard = 0;
  while (samples.length < steps && guard++ < steps * 4) {
    const main = page.locator('main#main[data-node-id]');
    await main.locator('h1').waitFor();
    const id = await main.getAttribute('data-node-id');
    const kind = await main.getAttribute('data-node-kind');
    if (kind === 'diagnosis') {
      await page.goto(start);
      continue;
    }
    if (kind === 'compute') {
      const inputs = COMPUTE_INPUTS[id];
      if (!inputs) {
        await page.goto(start);
        continue;
      }
      for (const [field, value] of Object.entries(inputs)) {
        await page.locator(`#${id}-${field}`).fill(value);
      }
    } else {
      const radios = main.locator('input[type=radio]');
      const n = await radios.count();
      await radios.nth(Math.floor(random() * n)).check();
    }
    const ms = await page.evaluate(
      (prev) =>
        new Promise((resolve, reject) => {
          const button = document.querySelector('main#main form button[type=submit]');
          if (!button) return reject(new Error(`no submit button on ${prev}`));
          const arrived = () => {
            const m = document.querySelector('main#main[data-node-id]');
            const h1 = m?.querySelector('h1');
            return !!m && m.getAttribute('data-node-id') !== prev && !!h1?.textContent?.trim();
          };
          const timer = setTimeout(() => reject(new Error(`no next step after ${prev}`)), 15_000);
          const observer = new MutationObserver(() => {
            if (!arrived()) return;
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => {
                clearTimeout(timer);
                resolve(performance.now() - t0);
              }, 0),
            );
          });
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          const t0 = performance.now();
          button.click();
        }),
      id,
    );
    const next = await page.locator('main#main[data-node-id]').getAttribute('data-node-id');
    samples.push(ms);
    visited.push(`${id}→${next}`);
  }
  await context.close();
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    cpuSlowdown,
    count: samples.length,
    medianMs: round1(quantile(sorted, 0.5)),
    p95Ms: round1(quantile(sorted, 0.95)),
    maxMs: round1(sorted.at(-1) ?? NaN),
    samplesMs: samples.map(round1),
    steps: visited,
    pageErrors: errors,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Log analyzer

/** Builds a ~10 MB OpenVPN 2.6 client log in the page and feeds it to the file input. */
const ANALYSE_10MB = async () => {
  const lines = [
    'OpenVPN 2.6.6 [git:v2.6.6/8c3a1f0e2b4d7a95] Windows-MSVC [SSL (OpenSSL)] [LZO] [LZ4] [PKCS11] [AEAD] [DCO] built on Aug 15 2023',
    'Windows version 10.0 (Windows 10 or greater), amd64 executable',
    'library versions: OpenSSL 3.1.2 1 Aug 2023, LZO 2.10',
    'TCP/UDP: Preserving recently used remote address: [AF_INET]203.0.113.24:1194',
    'UDPv4 link local: (not bound)',
    'UDPv4 link remote: [AF_INET]203.0.113.24:1194',
    'MANAGEMENT: >STATE:1795133644,WAIT,,,,,,',
    'TLS: Initial packet from [AF_INET]203.0.113.24:1194, sid=1a2b3c4d 5e6f7a8b',
    'VERIFY OK: depth=1, CN=gateway-ca',
    'VERIFY OK: depth=0, CN=gateway',
    'Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bit RSA, signature: RSA-SHA256',
    "PUSH: Received control message: 'PUSH_REPLY,route 10.0.0.0 255.255.0.0,ifconfig 10.8.0.6 10.8.0.5,peer-id 0,cipher AES-256-GCM'",
    'Data Channel: cipher AES-256-GCM, peer-id: 0',
    'Initialization Sequence Completed',
    'TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)',
    'TLS Error: TLS handshake failed',
    'SIGUSR1[soft,tls-error] received, process restarting',
    'Restart pause, 5 second(s)',
  ];
  const target = 10 * 1024 * 1024;
  const parts = [];
  let size = 0;
  let t = Date.UTC(2026, 10, 20, 9, 0, 0);
  for (let i = 0; size < target; i++) {
    const d = new Date(t + i * 1000).toISOString().replace('T', ' ').slice(0, 19);
    const line = `${d} ${lines[i % lines.length]}\n`;
    parts.push(line);
    size += line.length;
  }
  const file = new File(parts, 'openvpn-10mb.log', { type: 'text/plain' });
  const input = document.querySelector('main#main input[type=file]');
  if (!input) throw new Error('no file input');
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  return await new Promise((resolve, reject) => {
    const main = document.querySelector('main#main');
    const timer = setTimeout(() => reject(new Error('log analysis timed out')), 180_000);
    const observer = new MutationObserver(() => {
      const phase = main.getAttribute('data-phase');
      if (phase !== 'done' && phase !== 'problem') return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve({ ms: performance.now() - t0, phase, bytes: file.size, lines: parts.length });
        }, 0),
      );
    });
    observer.observe(main, { attributes: true, attributeFilter: ['data-phase'] });
    const t0 = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
};

async function logAnalyzer(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${base}/en/tools/log-analyzer`);
    const main = page.locator('main#main');
    await main.locator('h1').waitFor({ timeout: 15_000 });
    const pageKind = await main.getAttribute('data-page');
    if (pageKind !== 'log-analyzer' || (await main.locator('input[type=file]').count()) === 0) {
      return { available: false, note: `no log analyzer page (data-page=${pageKind})` };
    }
    const r = await page.evaluate(ANALYSE_10MB);
    return {
      available: true,
      ms: Math.round(r.ms),
      phase: r.phase,
      bytes: r.bytes,
      lines: r.lines,
      pageErrors: errors,
    };
  } catch (e) {
    return { available: false, note: `failed: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Main

/** Runs `scripts/bench-log.ts --json` and returns its checks (the last line of its output). */
function benchLogScript() {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/bench-log.ts', '--json'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`bench-log.ts printed no result:\n${out}`));
      }
    });
  });
}

async function main() {
  if (opts.build) {
    log('vite build');
    await run(process.execPath, [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
    ]);
  }
  log('stack floor (react-dom + react-router + i18next + react-i18next, one empty page)');
  const floor = await floorBuild();
  const m = readManifest();
  const port = await freePort(opts.port);
  log(`vite preview on port ${port}`);
  const server = await startPreview(port);
  const stopServer = () => server.stop();
  process.on('exit', stopServer);
  process.on('SIGINT', () => process.exit(130));

  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: browser.version(),
    budgets: BUDGETS,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    floor,
  };
  try {
    log('JS before first paint');
    results.js = {
      home: await jsBeforePaint(browser, server.base, PAGES.home, m),
      diagnosis: await jsBeforePaint(browser, server.base, PAGES.diagnosis, m, 'diagnosis'),
      cause: await jsBeforePaint(browser, server.base, PAGES.cause, m),
    };
    log('click → next step');
    results.steps = await stepTimings(browser, server.base);
    results.stepsCpu4x = await stepTimings(browser, server.base, { cpuSlowdown: 4, steps: 30 });
    log('log analyzer');
    results.logAnalyzer = await logAnalyzer(browser, server.base);
    // The analyzer's own worst cases (10 MB crafted against every pattern, and the real
    // corpus repeated; 2 s each), run in Node by scripts/bench-log.ts.
    log('log budget (scripts/bench-log.ts)');
    results.logBudget = await benchLogScript();
    // The same first question in SurveyJS (scripts/bench-peer), under mobile throttling.
    log('first question vs the SurveyJS peer');
    const peerJs = await peerBuild();
    const peer = await servePeer(await freePort(port + 1));
    try {
      results.peer = {
        jsGzipBytes: peerJs.gzipBytes,
        ...(await firstQuestion(browser, server.base, peer.base, Math.max(5, opts.runs))),
      };
    } finally {
      peer.stop();
    }
  } finally {
    await browser.close();
  }
  if (opts.lighthouse) {
    log(`lighthouse (${opts.runs} run(s) per page)`);
    results.lighthouse = await lighthouseRuns(server.base);
  }
  server.stop();

  // ---- budgets
  const checks = [];
  const check = (name, value, budget, ok, unit = '') =>
    checks.push({ name, value, budget, unit, pass: ok });
  const floorKb = kb(floor.gzipBytes);
  check('Stack floor: one empty page (gzip kB, no budget)', floorKb, 'printed', true);
  check(
    'JS until /en/ is painted by the app (gzip kB)',
    kb(results.js.home.gzipBytes),
    `≤ floor + ${BUDGETS.homeJsOverFloorKb} = ${round1(floorKb + BUDGETS.homeJsOverFloorKb)}`,
    kb(results.js.home.gzipBytes) <= floorKb + BUDGETS.homeJsOverFloorKb,
  );
  for (const name of ['diagnosis', 'cause']) {
    check(
      `JS until a deep-linked ${name} is painted (gzip kB)`,
      kb(results.js[name].gzipBytes),
      `≤ floor + ${BUDGETS.deepJsOverFloorKb} = ${round1(floorKb + BUDGETS.deepJsOverFloorKb)}`,
      kb(results.js[name].gzipBytes) <= floorKb + BUDGETS.deepJsOverFloorKb,
    );
  }
  check(
    'Words to paint /en/ (locale files + page words, gzip kB)',
    kb(results.js.home.wordsGzipBytes),
    `≤ ${BUDGETS.homeWordsKb}`,
    kb(results.js.home.wordsGzipBytes) <= BUDGETS.homeWordsKb,
  );
  for (const name of ['diagnosis', 'cause']) {
    check(
      `Words to paint a deep-linked ${name} (gzip kB, no budget)`,
      kb(results.js[name].wordsGzipBytes),
      'printed',
      true,
    );
  }
  if (results.lighthouse) {
    for (const [name, r] of Object.entries(results.lighthouse)) {
      const md = r.median;
      check(
        `Lighthouse performance (${name})`,
        md.performance,
        `≥ ${BUDGETS.performance}`,
        md.performance >= BUDGETS.performance,
      );
      check(
        `Lighthouse accessibility (${name})`,
        md.accessibility,
        `= ${BUDGETS.accessibility}`,
        md.accessibility >= BUDGETS.accessibility,
      );
      check(
        `Lighthouse best practices (${name})`,
        md.bestPractices,
        `= ${BUDGETS.bestPractices}`,
        md.bestPractices >= BUDGETS.bestPractices,
      );
      check(`Lighthouse SEO (${name})`, md.seo, `≥ ${BUDGETS.seo}`, md.seo >= BUDGETS.seo);
      check(
        `Lighthouse TBT (${name}, ms)`,
        md.tbtMs,
        `≤ ${BUDGETS.tbtMs}`,
        md.tbtMs <= BUDGETS.tbtMs,
      );
      check(`Lighthouse CLS (${name})`, md.cls, `= ${BUDGETS.cls}`, md.cls <= BUDGETS.cls);
    }
  }
  check(
    `Click → next step, median of ${results.steps.count} (ms)`,
    results.steps.medianMs,
    `≤ ${BUDGETS.stepMedianMs}`,
    results.steps.medianMs <= BUDGETS.stepMedianMs,
  );
  check(
    `Click → next step at 4× CPU slowdown, median of ${results.stepsCpu4x.count} (ms)`,
    results.stepsCpu4x.medianMs,
    `≤ ${BUDGETS.stepMedian4xMs}`,
    results.stepsCpu4x.medianMs <= BUDGETS.stepMedian4xMs,
  );
  for (const c of results.logBudget?.checks ?? []) check(c.name, c.value, c.budget, c.pass);
  check(
    `Peer (SurveyJS) JS for the same first question (gzip kB, no budget)`,
    kb(results.peer.jsGzipBytes),
    'printed',
    true,
  );
  check(
    `Time to first question, app ${results.peer.appMs} ms ÷ peer ${results.peer.peerMs} ms (median of ${results.peer.runs}, mobile throttling)`,
    results.peer.ratio,
    `≤ ${BUDGETS.firstQuestionVsPeer}`,
    results.peer.ratio <= BUDGETS.firstQuestionVsPeer,
  );
  const pageErrors = [
    ...results.js.home.pageErrors,
    ...results.js.diagnosis.pageErrors,
    ...results.js.cause.pageErrors,
    ...results.steps.pageErrors,
    ...results.stepsCpu4x.pageErrors,
  ];
  check('Page errors during the bench', pageErrors.length, '= 0', pageErrors.length === 0);
  results.checks = checks;

  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'bench', 'results.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );

  // ---- report
  const rows = [['measure', 'value', 'budget', '']];
  for (const c of checks) rows.push([c.name, String(c.value), c.budget, c.pass ? 'pass' : 'FAIL']);
  const info = [
    `Load average (1/5/15 min) at start: ${results.loadAverage.join(' / ')}; at end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ')}`,
    `Stack floor: ${floorKb} kB gzip (${floor.files.join(', ')})`,
  ];
  for (const [name, r] of Object.entries(results.js)) {
    const k = r.byKind;
    info.push(
      `JS ${name}: words ${kb(r.wordsGzipBytes)} kB (${kb(r.wordsInPageGzipBytes)} kB in the page); ${kb(r.gzipBytes)} kB gzip in ${r.files.length} files (entry ${kb(k.entry)}, route ${kb(k.route)}, shared ${kb(k.shared)}); ${r.prerendered ? 'prerendered HTML, ' : ''}browser FCP ${r.firstContentfulPaintMs} ms, app painted${r.prerendered ? '/hydrated' : ''} at ${r.appPaintedAtMs} ms; ${r.afterPaint.length} JS file(s) (${kb(r.afterPaint.reduce((a, f) => a + f.gzip, 0))} kB) loaded after that`,
    );
    if (r.manifestClosureMissing.length)
      info.push(`  ! manifest closure files not loaded before paint: ${r.manifestClosureMissing}`);
  }
  info.push(
    `Steps: median ${results.steps.medianMs} ms, p95 ${results.steps.p95Ms} ms, max ${results.steps.maxMs} ms over ${results.steps.count}; with 4× CPU slowdown: median ${results.stepsCpu4x.medianMs} ms, p95 ${results.stepsCpu4x.p95Ms} ms`,
  );
  if (results.lighthouse) {
    for (const [name, r] of Object.entries(results.lighthouse)) {
      const md = r.median;
      info.push(
        `Lighthouse ${name} (median of ${r.runs.length}): perf ${md.performance}, a11y ${md.accessibility}, bp ${md.bestPractices}, seo ${md.seo}; FCP ${md.fcpMs} ms, LCP ${md.lcpMs} ms, TBT ${md.tbtMs} ms, CLS ${md.cls}; runs: ${r.runs.map((x) => x.performance).join('/')}`,
      );
      if (md.failingAudits.length) info.push(`  audits below 1: ${md.failingAudits.join(', ')}`);
    }
  }
  const la = results.logAnalyzer;
  info.push(
    la.available
      ? `Log analyzer: ${(la.bytes / 1048576).toFixed(1)} MiB, ${la.lines} lines → ${la.phase} in ${la.ms} ms`
      : `Log analyzer: n/a (${la.note})`,
  );
  if (pageErrors.length) info.push(`Page errors: ${pageErrors.join(' | ')}`);

  // Cells may be numbers (the log budget rows): print every cell as text.
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => `| ${r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('');
  for (const i of info) console.log(i);
  console.log('\nWrote bench/results.json');
  const failed = checks.filter((c) => !c.pass);
  if (failed.length) {
    console.log(`\n${failed.length} budget(s) broken.`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
