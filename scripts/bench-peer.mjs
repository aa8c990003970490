/**
 * The SurveyJS peer of `npm run bench` (issue 18: time to first question ≤ 0.5× the peer's).
 *
 * `scripts/bench-peer/main.tsx` is the cannot-connect tree as a SurveyJS survey (survey-core and
 * survey-react-ui, pinned devDependencies). `peerBuild()` builds it with the app's Vite, target
 * and minifier into `node_modules/.cache/bench-peer`; `firstQuestion()` serves it next to the
 * app and opens each, in turn, in a fresh context under Lighthouse's mobile conditions (4× CPU
 * slowdown; 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), timing navigation start → the
 * first question's title on screen (then one frame). Alternating the two keeps a change in the
 * machine's load from landing on one side only. `scripts/bench.mjs` runs it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const peerDir = path.join(root, 'node_modules', '.cache', 'bench-peer');

/** The app's first question and the peer's, as each shows it. */
export const FIRST_QUESTION = {
  app: { url: '/en/diagnose/cannot-connect', selector: 'main#main[data-node-id="platform"] h1' },
  peer: { url: '/', selector: '.sd-question .sd-question__title' },
};

/** Lighthouse's default mobile throttling, applied through the DevTools protocol. */
const MOBILE = {
  cpu: 4,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
};

const probe = (selector) => `(() => {
  const tick = () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (el && el.textContent.trim() !== '' && el.getBoundingClientRect().height > 0) {
      requestAnimationFrame(() => setTimeout(() => { window.__firstQuestionAt = performance.now(); }, 0));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const gzipSize = (buf) => zlib.gzipSync(buf).length;

/** Builds the peer; returns its JS files and their gzip total. */
export async function peerBuild() {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  fs.rmSync(peerDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root: path.join(root, 'scripts', 'bench-peer'),
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: peerDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
    },
  });
  const assets = path.join(peerDir, 'assets');
  const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  const gzipBytes = files.reduce((n, f) => n + gzipSize(fs.readFileSync(path.join(assets, f))), 0);
  return { gzipBytes, files };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server for the built peer (gzip on the wire, as vite preview serves the app). */
export function servePeer(port) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(peerDir, rel === '/' ? 'index.html' : rel);
    if (!file.startsWith(peerDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'content-type': type, ...(gz ? { 'content-encoding': 'gzip' } : {}) });
    res.end(gz ? zlib.gzipSync(body) : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({ base: `http://127.0.0.1:${port}`, stop: () => server.close() }),
    );
  });
}

async function timeOnce(browser, base, { url, selector }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu });
  await page.addInitScript(probe(selector));
  await page.goto(base + url);
  await page.waitForFunction(() => typeof window.__firstQuestionAt === 'number', null, {
    timeout: 60_000,
  });
  const ms = await page.evaluate(() => window.__firstQuestionAt);
  await context.close();
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round1 = (x) => Math.round(x * 10) / 10;

/** Times the app's and the peer's first question, alternating, `runs` times each. */
export async function firstQuestion(browser, appBase, peerBase, runs) {
  const app = [];
  const peer = [];
  for (let i = 0; i < runs; i++) {
    app.push(round1(await timeOnce(browser, appBase, FIRST_QUESTION.app)));
    peer.push(round1(await timeOnce(browser, peerBase, FIRST_QUESTION.peer)));
  }
  const appMs = median(app);
  const peerMs = median(peer);
  return {
    runs,
    throttling: MOBILE,
    app,
    peer,
    appMs,
    peerMs,
    ratio: Math.round((appMs / peerMs) * 100) / 100,
  };
}
