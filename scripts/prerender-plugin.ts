/**
 * Vite plugin: after the client build, renders the start pages, the cause library and every
 * cause page in both languages to static HTML (with title, description, canonical and hreflang
 * links), and writes `sitemap.xml`, `robots.txt` and `404.html`.
 *
 * How: a second, SSR build of `src/entry-server.tsx` (the app's own routes, loaders and
 * words), imported in Node and rendered page by page into `dist/index.html`.
 *
 * Files: `/en/` → `en/index.html`, `/en/causes` → `en/causes.html`, `/en/causes/<id>` →
 * `en/causes/<id>.html`. `vite preview`, nginx (`try_files $uri $uri.html …`), Netlify,
 * Cloudflare Pages and GitHub Pages all serve `x.html` for `/x` without a redirect, while a
 * `x/index.html` layout makes most static hosts redirect `/x` to `/x/`.
 *
 * Environment: `SITE_URL` (absolute origin for the sitemap and canonical links, default
 * `http://localhost:4173`), `PRERENDER=0` skips the step (the app still works as a SPA).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { hintAsset } from './first-step-hint.js';
import { locales } from './locales-plugin.js';
import { srcAlias } from './src-alias.js';
import type * as EntryServer from '../src/entry-server';

/** The default origin of absolute URLs (sitemap, canonical, hreflang). */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a route path is written in the output directory. */
export function fileForPath(routePath: string): string {
  const clean = routePath.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return `${clean}.html`;
}

/** The router basename for a Vite `base` (`/` or `/prefix`, no trailing slash). */
export function basenameOf(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

interface Head {
  readonly lang: string;
  readonly title: string;
  readonly description: string;
  readonly canonical: string;
  readonly alternates: readonly { hreflang: string; href: string }[];
  readonly routePath: string;
  readonly body: string;
  /** The page's words as a JSON data block, put right after the root element. */
  readonly words?: string;
}

/** Puts a rendered page into the built `index.html`. */
export function fillTemplate(template: string, head: Head): string {
  let html = template;
  const swap = (re: RegExp, to: string, what: string) => {
    if (!re.test(html)) throw new Error(`prerender: index.html has no ${what}`);
    html = html.replace(re, () => to);
  };
  swap(/<html([^>]*?)\slang="[^"]*"/, `<html lang="${escapeHtml(head.lang)}"`, '<html lang>');
  swap(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(head.title)}</title>`, '<title>');
  swap(
    /<meta\s+name="description"[\s\S]*?\/?>/,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    'description',
  );
  const links = [
    `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`,
    ...head.alternates.map(
      (a) =>
        `<link rel="alternate" hreflang="${escapeHtml(a.hreflang)}" href="${escapeHtml(a.href)}" />`,
    ),
  ]
    .map((l) => `    ${l}\n`)
    .join('');
  swap(/<\/head>/, `${links}  </head>`, '</head>');
  swap(
    /<div id="root"><\/div>/,
    `<div id="root" data-prerendered="${escapeHtml(head.routePath)}">${head.body}</div>${head.words ?? ''}`,
    'empty <div id="root">',
  );
  return html;
}

/** What the built `.vite/manifest.json` says of one chunk. */
interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}
export type Manifest = Readonly<Record<string, ManifestChunk>>;

/** A chunk's file and its static imports, recursively (manifest keys in, files out). */
function closure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`prerender: the manifest has no ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const k of chunk.imports ?? []) visit(k);
  };
  keys.forEach(visit);
  return files;
}

/**
 * The `<link>`s that fetch a page's modules (its route module, and any module the route loads
 * on demand for that page) and their imports (the entry's closure is left
 * out: the template loads it) and its words (`fetch` preloads: the app fetches them with
 * `fetch()`, whose default mode matches `crossorigin`), together with the entry. Modules only
 * a first step needs (`firstStepModules`, less what the others already bring) are named on the
 * first-step script (`scripts/first-step-hint.ts`, at `hintFile`), which preloads them when
 * the URL carries no answer.
 */
export function preloadLinks(
  manifest: Manifest,
  base: string,
  page: {
    readonly modules: readonly string[];
    readonly firstStepModules?: readonly string[];
    readonly words: readonly string[];
  },
  hintFile?: string,
): string[] {
  const entry = closure(manifest, ['index.html']);
  const wanted = closure(manifest, page.modules);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const modules = [...wanted]
    .filter((file) => !entry.has(file))
    .map((file) =>
      file.endsWith('.css')
        ? `<link rel="preload" as="style" href="${escapeHtml(prefix + file)}" />`
        : `<link rel="modulepreload" crossorigin href="${escapeHtml(prefix + file)}" />`,
    );
  const firstStep = [...closure(manifest, page.firstStepModules ?? [])].filter(
    (file) => !entry.has(file) && !wanted.has(file),
  );
  if (firstStep.length > 0 && !hintFile) {
    throw new Error('prerender: first-step modules need the first-step script');
  }
  const hint =
    firstStep.length > 0 && hintFile
      ? [
          `<script async fetchpriority="high" src="${escapeHtml(prefix + hintFile)}" data-preload="${escapeHtml(firstStep.map((f) => prefix + f).join(' '))}"></script>`,
        ]
      : [];
  const words = page.words.map(
    (url) => `<link rel="preload" as="fetch" crossorigin href="${escapeHtml(url)}" />`,
  );
  return [...hint, ...modules, ...words];
}

/**
 * The app's shell with the page's language and preloads. Its root holds only the static frame
 * (`frame`: the skip link and the site header, the same for every query), never a page: the app
 * renders the page for the query and React replaces the frame with the same nodes in its commit.
 */
export function fillShell(
  template: string,
  lang: string,
  links: readonly string[],
  frame = '',
): string {
  if (
    !/<html([^>]*?)\slang="[^"]*"/.test(template) ||
    !/<\/head>/.test(template) ||
    !/<div id="root"><\/div>/.test(template)
  ) {
    throw new Error('prerender: index.html has no <html lang>, </head> or empty <div id="root">');
  }
  return template
    .replace(/<html([^>]*?)\slang="[^"]*"/, () => `<html lang="${escapeHtml(lang)}"`)
    .replace(/<\/head>/, () => `\n${links.map((l) => `    ${l}\n`).join('')}  </head>`)
    .replace(/<div id="root"><\/div>/, () => `<div id="root">${frame}</div>`);
}

/** `sitemap.xml` with hreflang alternates. */
export function sitemapXml(
  pages: readonly EntryServer.PrerenderPage[],
  abs: (p: string) => string,
): string {
  const esc = escapeHtml;
  const urls = pages.map((p) => {
    const alts = Object.entries(p.alternates).map(
      ([l, href]) =>
        `    <xhtml:link rel="alternate" hreflang="${esc(l)}" href="${esc(abs(href))}"/>`,
    );
    const def = p.alternates.en ?? p.path;
    return [
      '  <url>',
      `    <loc>${esc(abs(p.path))}</loc>`,
      ...alts,
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${esc(abs(def))}"/>`,
      '  </url>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** Adds a `Sitemap:` line to an existing robots.txt, or writes a permissive one. */
export function robotsTxt(existing: string | undefined, sitemapUrl: string): string {
  const line = `Sitemap: ${sitemapUrl}`;
  if (existing === undefined) return `User-agent: *\nAllow: /\n\n${line}\n`;
  if (/^sitemap:/im.test(existing)) return existing;
  return `${existing.replace(/\s*$/, '')}\n\n${line}\n`;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function prerenderSite(config: ResolvedConfig, siteUrl: string) {
  const root = config.root;
  const outDir = path.resolve(root, config.build.outDir);
  const template = await fs.readFile(path.join(outDir, 'index.html'), 'utf8');
  const ssrDir = path.join(
    root,
    'node_modules',
    '.cache',
    'sslvpn-prerender',
    `${process.pid}-${Date.now()}`,
  );
  try {
    await build({
      configFile: false,
      root,
      base: config.base,
      mode: config.mode,
      logLevel: 'warn',
      publicDir: false,
      plugins: [react(), locales()],
      resolve: { alias: srcAlias },
      build: {
        ssr: path.join(root, 'src/entry-server.tsx'),
        outDir: ssrDir,
        emptyOutDir: true,
        copyPublicDir: false,
        minify: false,
        sourcemap: false,
        target: 'node20',
      },
    });
    const files = await fs.readdir(ssrDir);
    const entryFile = files.find((f) => /^entry-server\.m?js$/.test(f));
    if (!entryFile) throw new Error(`prerender: no entry-server bundle in ${ssrDir}`);
    const entry = (await import(
      pathToFileURL(path.join(ssrDir, entryFile)).href
    )) as typeof EntryServer;

    const basename = basenameOf(config.base);
    const prefix = basename === '/' ? '' : basename;
    const origin = siteUrl.replace(/\/+$/, '');
    const abs = (p: string) => `${origin}${prefix}${p}`;
    const pages = entry.prerenderPages();
    for (const page of pages) {
      const rendered = await entry.render(page, basename);
      if (rendered.status !== 200 || rendered.html === '') {
        throw new Error(`prerender: ${page.path} rendered with status ${rendered.status}`);
      }
      const html = fillTemplate(template, {
        lang: page.lang,
        title: rendered.title,
        description: rendered.description,
        canonical: abs(page.path),
        alternates: [
          ...Object.entries(page.alternates).map(([l, href]) => ({
            hreflang: l,
            href: abs(href),
          })),
          { hreflang: 'x-default', href: abs(page.alternates.en ?? page.path) },
        ],
        routePath: page.path,
        body: rendered.html,
        words: rendered.words,
      });
      const file = path.join(outDir, fileForPath(page.path));
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, html);
    }

    const manifest = JSON.parse(
      await fs.readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Manifest;
    const shells = entry.diagnoseShells();
    const hint = hintAsset(entry.reservedQueryKeys());
    await fs.writeFile(path.join(outDir, hint.fileName), hint.source);
    for (const shell of shells) {
      const file = path.join(outDir, fileForPath(shell.path));
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(
        file,
        fillShell(
          template,
          shell.lang,
          preloadLinks(manifest, config.base, shell, hint.fileName),
          await entry.renderShellFrame(shell, config.base),
        ),
      );
    }

    await fs.writeFile(
      path.join(outDir, 'sitemap.xml'),
      sitemapXml([...pages, ...entry.sitemapExtras()], abs),
    );
    const robotsFile = path.join(outDir, 'robots.txt');
    await fs.writeFile(robotsFile, robotsTxt(await readIfExists(robotsFile), abs('/sitemap.xml')));
    // Hosts that answer unknown paths with 404.html (GitHub Pages, some CDNs) get the app.
    await fs.writeFile(path.join(outDir, '404.html'), template);
    config.logger.info(
      `prerender: ${pages.length} pages, ${shells.length} preloading shells, sitemap.xml, robots.txt and 404.html (site ${origin}${prefix}/)`,
    );
  } finally {
    await fs.rm(ssrDir, { recursive: true, force: true });
  }
}

/** The plugin; add it to `plugins` in vite.config.ts (before vite-plugin-pwa). */
export function prerender(options: { siteUrl?: string } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'sslvpn-doctor:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler(error?: Error) {
        if (error || config.build.ssr || process.env.PRERENDER === '0') return;
        await prerenderSite(config, options.siteUrl ?? process.env.SITE_URL ?? DEFAULT_SITE_URL);
      },
    },
  };
}
