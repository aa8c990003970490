import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesVersion, namespaceList, readLocales } from './locales-plugin';
import { fillShell, preloadLinks, type Manifest } from './prerender-plugin';

function localesDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('locales plugin', () => {
  it('reads every file minified, one namespace list, a version that follows the text', () => {
    const files = {
      'en/common.json': '{\n  "a": "x"\n}\n',
      'ja/common.json': '{ "a": "エックス" }',
      'en/tree-x.json': '{}',
      'ja/tree-x.json': '{}',
    };
    const data = readLocales(localesDir(files));
    expect(data.get('en')?.get('common')).toBe('{"a":"x"}');
    expect(namespaceList(data)).toEqual(['common', 'tree-x']);
    const v = localesVersion(data);
    expect(v).toMatch(/^[0-9a-f]{10}$/);
    const changed = readLocales(localesDir({ ...files, 'en/common.json': '{"a":"y"}' }));
    expect(localesVersion(changed)).not.toBe(v);
  });

  it('fails when a language lacks a file', () => {
    const data = readLocales(
      localesDir({ 'en/common.json': '{}', 'en/tools.json': '{}', 'ja/common.json': '{}' }),
    );
    expect(() => namespaceList(data)).toThrow('ja has no tools.json');
  });

  it('fails on a file that is not JSON', () => {
    expect(() => readLocales(localesDir({ 'en/common.json': '{ "a": ' }))).toThrow();
  });
});

describe('preloading shells', () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/index-1.js', imports: ['_react.js'] },
    '_react.js': { file: 'assets/react-1.js' },
    '_form.js': { file: 'assets/form-1.js', imports: ['_react.js'], css: ['assets/form-1.css'] },
    'src/app/routes/diagnose.tsx': {
      file: 'assets/diagnose-1.js',
      imports: ['_react.js', '_form.js'],
    },
  };

  it("preloads the route's closure without the entry's, then the words", () => {
    expect(
      preloadLinks(manifest, '/doctor/', {
        modules: ['src/app/routes/diagnose.tsx'],
        words: ['/doctor/assets/locales-1/en/common.json'],
      }),
    ).toEqual([
      '<link rel="modulepreload" crossorigin href="/doctor/assets/diagnose-1.js" />',
      '<link rel="modulepreload" crossorigin href="/doctor/assets/form-1.js" />',
      '<link rel="preload" as="style" href="/doctor/assets/form-1.css" />',
      '<link rel="preload" as="fetch" crossorigin href="/doctor/assets/locales-1/en/common.json" />',
    ]);
  });

  it('fails on a route the manifest does not know', () => {
    expect(() => preloadLinks(manifest, '/', { modules: ['src/nope.tsx'], words: [] })).toThrow(
      'the manifest has no src/nope.tsx',
    );
  });

  it('sets the language and adds the links before </head>, nothing in the root', () => {
    const template =
      '<!doctype html><html lang="en"><head><title>x</title></head><body><div id="root"></div></body></html>';
    const html = fillShell(template, 'ja', ['<link rel="modulepreload" href="/a.js" />']);
    expect(html).toContain('<html lang="ja">');
    expect(html).toMatch(/<link rel="modulepreload" href="\/a\.js" \/>\n\s*<\/head>/);
    expect(html).toContain('<div id="root"></div>');
    expect(() => fillShell('<html><body></body></html>', 'ja', [])).toThrow();
  });
});
