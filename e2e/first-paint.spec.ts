import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';

/**
 * The config inspector's code (the route, the evidence reader, the config parser, the
 * certificate reader and @peculiar/x509) is not in the start page's first-paint JS (issue 16).
 *
 * Two checks on the built site, each able to fail on its own:
 * 1. Chunks, from dist/.vite/manifest.json: the static closure of the inspector route and of the
 *    X.509 module (loaded with import()) minus what the entry itself loads; the start page may
 *    request only those of them that its own route module statically imports too (the file box's
 *    drop-zone helper is shared, for instance).
 * 2. Code, by markers: string literals of the inspector's modules, each checked to be in its
 *    source file and in a built chunk of check 1 (so a marker that a rename or the minifier lost
 *    fails here instead of passing silently). No script the start page requests holds one. This
 *    catches what check 1 cannot: the start page importing inspector code, which the bundler then
 *    moves into a chunk the start route shares.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

const INSPECTOR_ROUTE = 'src/app/routes/inspector.tsx';
const START_ROUTE = 'src/app/routes/start.tsx';
const X509 = 'src/network/certificates/x509-lib.ts';

/** [source file, a string literal of it that survives the build]. */
const MARKERS: readonly (readonly [string, string])[] = [
  ['src/features/inspector/inspector-page.tsx', 'evidence-wizard-link'],
  [
    'src/network/evidence/read-evidence.ts',
    'openssl pkcs12 -in client.p12 -nokeys -out client.crt',
  ],
  ['src/network/ovpn-config/parse.ts', 'key-material-outside-block'],
  ['src/network/certificates/pem.ts', 'OpenVPN tls-crypt-v2 client key'],
  ['src/network/certificates/inspect.ts', 'eku-missing-client-auth'],
  [
    'node_modules/@peculiar/x509/build/x509.es.js',
    'Cannot convert WebCrypto algorithm to ASN.1 algorithm',
  ],
];

function readManifest(): Manifest {
  const file = path.join(dist, '.vite', 'manifest.json');
  expect(fs.existsSync(file), 'run `npx vite build` first (build.manifest is on)').toBe(true);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/** Keys reached from `roots` through static imports. */
function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    expect(chunk, `manifest has ${key}`).toBeDefined();
    seen.add(key);
    stack.push(...(chunk?.imports ?? []));
  }
  return seen;
}

const fileOf = (manifest: Manifest, keys: Iterable<string>) =>
  new Set([...keys].map((k) => manifest[k]!.file));

function inspectorChunks(manifest: Manifest) {
  const entry = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  const entryFiles = fileOf(manifest, staticClosure(manifest, entry));
  const inspector = fileOf(manifest, staticClosure(manifest, [INSPECTOR_ROUTE, X509]));
  const startOwn = fileOf(manifest, staticClosure(manifest, [START_ROUTE]));
  /** Inspector chunks that the entry does not load anyway. */
  const forbidden = new Set([...inspector].filter((f) => !entryFiles.has(f)));
  return {
    forbidden,
    startOwn,
    route: manifest[INSPECTOR_ROUTE]!.file,
    x509: manifest[X509]!.file,
  };
}

test.describe('the inspector is not in the start page’s first paint', () => {
  test('the markers are in their sources and in the built inspector chunks', () => {
    const manifest = readManifest();
    const { forbidden } = inspectorChunks(manifest);
    const built = [...forbidden].map((f) => fs.readFileSync(path.join(dist, f), 'utf8'));
    for (const [source, marker] of MARKERS) {
      expect(fs.readFileSync(path.join(root, source), 'utf8'), source).toContain(marker);
      expect(
        built.some((text) => text.includes(marker)),
        `${marker} is in a built chunk`,
      ).toBe(true);
    }
  });

  for (const lang of ['en', 'ja'] as const) {
    test(`/${lang}/ requests no inspector, evidence or X.509 code`, async ({ page }) => {
      const manifest = readManifest();
      const { forbidden, startOwn, route, x509 } = inspectorChunks(manifest);
      const scripts = new Set<string>();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.endsWith('.js') || request.resourceType() === 'script')
          scripts.add(url.pathname.replace(/^\//, ''));
      });
      await page.goto(`/${lang}/`);
      await page.waitForLoadState('load');
      await page.waitForLoadState('networkidle');
      await expect(page.getByTestId('start-from-files')).toBeVisible();

      const requested = [...scripts];
      expect(requested.length).toBeGreaterThan(0);
      expect(requested).toContain(manifest[START_ROUTE]!.file);
      expect(requested).not.toContain(route);
      expect(requested).not.toContain(x509);
      // 1. Chunks: only those the start route imports itself.
      expect(requested.filter((f) => forbidden.has(f) && !startOwn.has(f))).toEqual([]);
      // 2. Code: no marker of the inspector's modules in any requested script.
      for (const file of requested) {
        const local = path.join(dist, file);
        expect(fs.existsSync(local), `${file} is a built file`).toBe(true);
        const text = fs.readFileSync(local, 'utf8');
        const found = MARKERS.filter(([, marker]) => text.includes(marker)).map(([s]) => s);
        expect([file, found]).toEqual([file, []]);
      }
    });
  }
});
