import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  MIN_HINTED_BYTES,
  addCompileHints,
  hintedChunks,
} from './compile-hints-plugin';
import { hintAsset, hintSource } from './first-step-hint';
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

  it("names a first step's own modules on the first-step script, not as links", () => {
    const withForm: Manifest = {
      ...manifest,
      'src/step-form.tsx': {
        file: 'assets/step-1.js',
        imports: ['_react.js', '_form.js', '_kit.js'],
      },
      '_kit.js': { file: 'assets/kit-1.js', css: ['assets/kit-1.css'] },
    };
    const links = preloadLinks(
      withForm,
      '/',
      {
        modules: ['src/app/routes/diagnose.tsx'],
        firstStepModules: ['src/step-form.tsx'],
        words: [],
      },
      'assets/first-step-1.js',
    );
    expect(links[0]).toBe(
      '<script async fetchpriority="high" src="/assets/first-step-1.js" data-preload="/assets/step-1.js /assets/kit-1.js /assets/kit-1.css"></script>',
    );
    expect(links.slice(1).join('\n')).not.toMatch(/step-1|kit-1/);
    expect(() =>
      preloadLinks(withForm, '/', {
        modules: ['src/app/routes/diagnose.tsx'],
        firstStepModules: ['src/step-form.tsx'],
        words: [],
      }),
    ).toThrow('first-step script');
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
    // Without an empty root to hold the frame the template is not the app's.
    expect(() =>
      fillShell('<html lang="en"><head></head><body></body></html>', 'ja', []),
    ).toThrow();
  });

  it('puts the static frame (header) in the root, once, and nothing else', () => {
    const template =
      '<!doctype html><html lang="en"><head></head><body><div id="root"></div><script src="/m.js"></script></body></html>';
    const html = fillShell(template, 'en', [], '<header class="site-header">$&</header>');
    // `$&` and friends are text, not replacement patterns.
    expect(html).toContain('<div id="root"><header class="site-header">$&</header></div><script');
    expect(html.match(/site-header/g)).toHaveLength(1);
  });
});

describe('first-step script', () => {
  /** Runs the script's source against a page at `search` and returns the links it added. */
  function run(search: string, preload = '/assets/step-1.js /assets/kit-1.css') {
    const added: Record<string, string>[] = [];
    const document = {
      currentScript: { getAttribute: (name: string) => (name === 'data-preload' ? preload : null) },
      createElement: () => ({}),
      head: { appendChild: (l: Record<string, string>) => added.push(l) },
    };
    const source = hintSource(['edit', 'support', 'lang', 'from']);
    vm.runInNewContext(source, { document, location: { search }, URLSearchParams });
    return added;
  }

  it('preloads the step form when the query carries no answer', () => {
    const expected = [
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/step-1.js' },
      { rel: 'preload', as: 'style', href: '/assets/kit-1.css' },
    ];
    expect(run('')).toEqual(expected);
    expect(run('?support=1&lang=ja')).toEqual(expected);
  });

  it('preloads nothing for a link with answers (a shared diagnosis)', () => {
    expect(run('?platform=alibaba')).toEqual([]);
    expect(run('?support=1&log-message=tls-timeout')).toEqual([]);
    expect(run('?x.y=1')).toEqual([]);
  });

  it('copes with an empty list and a missing script element', () => {
    expect(run('', '')).toEqual([]);
    const source = hintSource([]);
    const context = { document: { currentScript: null }, location: { search: '' } };
    expect(() => {
      vm.runInNewContext(source, context);
    }).not.toThrow();
  });

  it('is named by its content', () => {
    expect(hintAsset(['edit']).fileName).toMatch(/^assets\/first-step-[0-9a-f]{10}\.js$/);
    expect(hintAsset(['edit']).fileName).not.toBe(hintAsset(['edit', 'from']).fileName);
  });
});

describe('compile hints', () => {
  const chunk = (facadeModuleId: string | null, imports: string[] = [], isEntry = false) => ({
    type: 'chunk' as const,
    facadeModuleId,
    imports,
    isEntry,
  });
  const bundle = {
    'index.js': chunk('/app/index.html', ['react.js'], true),
    'react.js': chunk(null),
    'diagnose.js': chunk('/app/src/app/routes/diagnose.tsx', ['wizard.js', 'react.js']),
    'wizard.js': chunk(null, ['react.js']),
    'x509.js': chunk('/app/src/network/certificates/x509-lib.ts'),
    'tools.js': chunk('/app/src/app/routes/tools.tsx', ['x509.js']),
    'style.css': { type: 'asset' as const },
  };

  it('takes the entry and the named modules with their static imports, nothing else', () => {
    expect([...hintedChunks(bundle, ['src/app/routes/diagnose.tsx'])].sort()).toEqual([
      'diagnose.js',
      'index.js',
      'react.js',
      'wizard.js',
    ]);
  });

  it('hints only the chosen chunks of at least MIN_HINTED_BYTES', () => {
    const big = 'x'.repeat(MIN_HINTED_BYTES);
    const out = Object.fromEntries(
      Object.entries(bundle).map(([file, c]) => [
        file,
        { ...c, code: file === 'wizard.js' ? 'small()' : big },
      ]),
    );
    addCompileHints(out, ['src/app/routes/diagnose.tsx']);
    const hinted = Object.keys(out).filter((f) => out[f]?.code.startsWith(COMPILE_HINT));
    expect(hinted.sort()).toEqual(['diagnose.js', 'index.js', 'react.js']);
    expect(out['wizard.js']?.code).toBe('small()');
  });

  it('fails the build when a named module has no chunk (a renamed file)', () => {
    expect(() =>
      hintedChunks(bundle, ['src/app/routes/diagnose.tsx', 'src/app/routes/gone.tsx']),
    ).toThrow(/no chunk for src\/app\/routes\/gone\.tsx$/);
  });
});
