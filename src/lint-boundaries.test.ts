/**
 * Proves the layer rules of `eslint.config.js` bite: the pure layers (engine, network, trees)
 * cannot import React, the router, i18next or the UI layers; only src/network may import
 * ipaddr.js; and the UI layer cannot render HTML or evaluate strings. Each case lints a small
 * probe file written next to real code (typed linting needs it on disk, inside tsconfig's
 * include) and deleted afterwards.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const tag = `${process.pid}_${randomBytes(4).toString('hex')}`;

interface Probe {
  readonly dir: string;
  readonly name: string;
  readonly ext: 'ts' | 'tsx';
  readonly code: string;
}

const layers = ['engine', 'network', 'trees'] as const;

/** Imports no pure layer may make (besides `react` itself, probed with useState). */
const uiImports = [
  ['react-dom', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n"],
  ['i18next', "import i18next from 'i18next';\nexport const x = i18next;\n"],
  [
    'react-i18next',
    "import { useTranslation } from 'react-i18next';\nexport const x = useTranslation;\n",
  ],
  ['features', "import * as text from '../features/wizard/text';\nexport const x = text;\n"],
  ['app', "import * as paths from '../app/paths';\nexport const x = paths;\n"],
] as const;

const ipaddrCode =
  "import ipaddr from 'ipaddr.js';\nexport const x = ipaddr.isValid('10.0.0.1');\n";

const probes: Probe[] = [
  ...layers.flatMap((dir): Probe[] => [
    {
      dir,
      name: 'react',
      ext: 'ts',
      code: "import { useState } from 'react';\nexport const x = useState;\n",
    },
    ...uiImports.map(([name, code]): Probe => ({ dir, name, ext: 'ts', code })),
    { dir, name: 'clean', ext: 'ts', code: 'export const x: number = 1;\n' },
  ]),
  { dir: 'engine', name: 'ipaddr', ext: 'ts', code: ipaddrCode },
  { dir: 'network', name: 'ipaddr', ext: 'ts', code: ipaddrCode },
  { dir: 'features', name: 'ipaddr', ext: 'ts', code: ipaddrCode },
  {
    dir: 'features',
    name: 'unsafe',
    ext: 'tsx',
    code: [
      'export function Probe() {',
      "  return <div dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />;",
      '}',
      "export const evaluated: unknown = eval('1');",
      "export const made = new Function('return 1');",
      '',
    ].join('\n'),
  },
];

const fileOf = (p: Probe) => join(root, 'src', p.dir, `__lint_probe_${tag}_${p.name}__.${p.ext}`);
const results = new Map<string, ESLint.LintResult>();

/** The lint messages of one probe, and those of `no-restricted-imports`. */
function lint(dir: string, name: string) {
  const probe = probes.find((p) => p.dir === dir && p.name === name);
  if (!probe) throw new Error(`no probe ${dir}/${name}`);
  const result = results.get(fileOf(probe));
  if (!result) throw new Error(`probe ${dir}/${name} was not linted`);
  const messages = result.messages;
  // A parse error or a file outside the TS project would make every assertion meaningless.
  expect(messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
  return {
    messages,
    restricted: messages.filter((m) => m.ruleId === 'no-restricted-imports'),
  };
}

beforeAll(async () => {
  for (const p of probes) writeFileSync(fileOf(p), p.code);
  try {
    const eslint = new ESLint({ cwd: root });
    for (const r of await eslint.lintFiles(probes.map(fileOf))) results.set(r.filePath, r);
  } finally {
    for (const p of probes) rmSync(fileOf(p), { force: true });
  }
}, 120_000);

afterAll(() => {
  for (const p of probes) rmSync(fileOf(p), { force: true });
});

describe.each(layers)('src/%s is a pure layer', (dir) => {
  it('lints a clean file without errors (the probes are really linted)', () => {
    expect(lint(dir, 'clean').messages).toEqual([]);
  });

  it("rejects import { useState } from 'react'", () => {
    const { restricted } = lint(dir, 'react');
    expect(restricted).toHaveLength(1);
    expect(restricted[0]).toMatchObject({ severity: 2, line: 1 });
    expect(restricted[0]?.message).toMatch(/'react'/);
  });

  it.each(uiImports.map(([name]) => name))('rejects the %s import', (name) => {
    const { restricted } = lint(dir, name);
    expect(restricted).toHaveLength(1);
    expect(restricted[0]).toMatchObject({ severity: 2, line: 1 });
  });
});

describe('ipaddr.js', () => {
  it('is allowed in src/network', () => {
    expect(lint('network', 'ipaddr').messages).toEqual([]);
  });

  it.each(['engine', 'features'])('is rejected in src/%s', (dir) => {
    const { restricted } = lint(dir, 'ipaddr');
    expect(restricted).toHaveLength(1);
    expect(restricted[0]?.message).toMatch(/Only src\/network\/ may import ipaddr\.js/);
  });
});

describe('src/features', () => {
  it('rejects dangerouslySetInnerHTML, eval and new Function', () => {
    const { messages } = lint('features', 'unsafe');
    const errors = messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.line]);
    expect(errors).toContainEqual(['no-restricted-syntax', 2]);
    expect(errors).toContainEqual(['no-eval', 4]);
    expect(errors).toContainEqual(['no-new-func', 5]);
    expect(messages.find((m) => m.ruleId === 'no-restricted-syntax')?.message).toMatch(
      /dangerouslySetInnerHTML is forbidden/,
    );
  });
});
