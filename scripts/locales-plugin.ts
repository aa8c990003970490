/**
 * Vite plugin: the locale files (`locales/<lang>/<namespace>.json`) are served as JSON, not
 * compiled into JS modules.
 *
 * - The build writes each file, minified, to `assets/locales-<version>/<lang>/<ns>.json`, where
 *   `<version>` is a hash of every locale file: a new text gets a new URL (safe to cache for
 *   good), and the service worker precaches the files like any asset.
 * - `virtual:locales` tells the app that path (every language must have the same files, else
 *   the build fails). Until 2026-12-08 it also listed every namespace, about 0.6 kB gzip in
 *   the entry, for a check every caller already makes (the tree and support tests prove each
 *   named file exists); the `import.meta.glob` map of 180 lazy modules before it cost 3 kB.
 * - The dev server answers the same paths from the files as they are now.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:locales';
const RESOLVED = `\0${VIRTUAL}`;

/** Every locale file, minified: language → namespace → JSON text. */
export function readLocales(dir: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const lang of fs.readdirSync(dir).sort()) {
    const langDir = path.join(dir, lang);
    if (!fs.statSync(langDir).isDirectory()) continue;
    const files = new Map<string, string>();
    for (const file of fs.readdirSync(langDir).sort()) {
      if (!file.endsWith('.json')) continue;
      const text = fs.readFileSync(path.join(langDir, file), 'utf8');
      files.set(file.slice(0, -'.json'.length), JSON.stringify(JSON.parse(text)));
    }
    out.set(lang, files);
  }
  return out;
}

/** The one namespace list, or an error naming a file one language lacks. */
export function namespaceList(locales: Map<string, Map<string, string>>): string[] {
  const lists = [...locales].map(([lang, files]) => ({ lang, names: [...files.keys()] }));
  const all = [...new Set(lists.flatMap((l) => l.names))].sort();
  for (const { lang, names } of lists) {
    const missing = all.filter((n) => !names.includes(n));
    if (missing.length > 0) {
      throw new Error(`locales: ${lang} has no ${missing.map((n) => `${n}.json`).join(', ')}`);
    }
  }
  return all;
}

/** A short hash of every locale file's name and text. */
export function localesVersion(locales: Map<string, Map<string, string>>): string {
  const hash = crypto.createHash('sha256');
  for (const [lang, files] of locales) {
    for (const [ns, text] of files) hash.update(`${lang}/${ns}\0${text}\0`);
  }
  return hash.digest('hex').slice(0, 10);
}

export function locales(): Plugin {
  let dir = '';
  let dev = false;
  let ssr = false;
  const state = () => {
    const data = readLocales(dir);
    return {
      data,
      namespaces: namespaceList(data),
      path: `assets/locales-${dev ? 'dev' : localesVersion(data)}/`,
    };
  };
  return {
    name: 'sslvpn-locales',
    configResolved(config) {
      dir = path.join(config.root, 'locales');
      dev = config.command === 'serve';
      ssr = Boolean(config.build.ssr);
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // state() checks that every language has the same files (the build fails otherwise).
      const { path: at } = state();
      for (const file of fs.readdirSync(dir, { recursive: true })) {
        if (String(file).endsWith('.json')) this.addWatchFile(path.join(dir, String(file)));
      }
      return `export const localesPath = ${JSON.stringify(at)};`;
    },
    generateBundle() {
      if (ssr) return;
      const { data, path: at } = state();
      for (const [lang, files] of data) {
        for (const [ns, text] of files) {
          this.emitFile({ type: 'asset', fileName: `${at}${lang}/${ns}.json`, source: text });
        }
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/assets\/locales-[^/]+\/([a-z-]+)\/([\w-]+)\.json(?:\?.*)?$/.exec(
          req.url ?? '',
        );
        const file = m ? path.join(dir, m[1] ?? '', `${m[2] ?? ''}.json`) : '';
        if (!m || !fs.existsSync(file)) {
          next();
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.end(fs.readFileSync(file));
      });
    },
  };
}
