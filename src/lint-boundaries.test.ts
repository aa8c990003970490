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
  ['features', "import * as w from '../features/wizard/use-wizard';\nexport const x = w;\n"],
  ['app', "import * as router from '../app/router';\nexport const x = router;\n"],
  ['shared', "import { LANGS } from '../i18n/langs';\nexport const x = LANGS;\n"],
  ['shared-alias', "import { paths } from '@/config/paths';\nexport const x = paths;\n"],
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

/** A probe's module specifier from a sibling probe in the same folder. */
const sibling = (name: string) => `./__lint_probe_${tag}_${name}__`;

/** Probes of the UI side's zones: features, shared layers, and import cycles. */
const zoneProbes: Probe[] = [
  {
    dir: 'features/start',
    name: 'cross-feature',
    ext: 'ts',
    code: "import { useWizard } from '@/features/wizard/use-wizard';\nexport const x = useWizard;\n",
  },
  {
    dir: 'features/start',
    name: 'cross-relative',
    ext: 'ts',
    code: "import { useWizard } from '../wizard/use-wizard';\nexport const x = useWizard;\n",
  },
  {
    dir: 'features/start',
    name: 'app',
    ext: 'ts',
    code: "import { routes } from '@/app/router';\nexport const x = routes;\n",
  },
  {
    dir: 'features/start',
    name: 'allowed',
    ext: 'ts',
    code: [
      "import * as own from '@/features/start/search';",
      "import * as local from './search';",
      "import * as shared from '@/components/code-block';",
      "import * as langs from '@/i18n/langs';",
      "import * as engine from '@/engine';",
      'export const x = [own, local, shared, langs, engine];',
      '',
    ].join('\n'),
  },
  {
    dir: 'components',
    name: 'feature',
    ext: 'ts',
    code: "import * as w from '@/features/wizard/use-wizard';\nexport const x = w;\n",
  },
  {
    dir: 'i18n',
    name: 'app',
    ext: 'ts',
    code: "import * as r from '@/app/router';\nexport const x = r;\n",
  },
  {
    dir: 'lib',
    name: 'feature-relative',
    ext: 'ts',
    code: "import * as w from '../features/wizard/use-wizard';\nexport const x = w;\n",
  },
  {
    dir: 'lib',
    name: 'cycle-a',
    ext: 'ts',
    code: `import { b } from '${sibling('cycle-b')}';\nexport const a = (): number => b() + 1;\n`,
  },
  {
    dir: 'lib',
    name: 'cycle-b',
    ext: 'ts',
    code: `import { a } from '${sibling('cycle-a')}';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n`,
  },
];
probes.push(...zoneProbes);

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

describe('UI zones (features, shared layers, app)', () => {
  it.each([
    ['features/start', 'cross-feature', /No cross-feature imports/],
    ['features/start', 'cross-relative', /Leave a feature through @\//],
    ['features/start', 'app', /Features never import app/],
    ['components', 'feature', /Shared layers never import features or app/],
    ['i18n', 'app', /Shared layers never import features or app/],
    ['lib', 'feature-relative', /Shared layers never import features or app/],
  ])('src/%s rejects the %s import', (dir, name, message) => {
    const { restricted } = lint(dir, name);
    expect(restricted).toHaveLength(1);
    expect(restricted[0]).toMatchObject({ severity: 2, line: 1 });
    expect(restricted[0]?.message).toMatch(message);
  });

  it('lets a feature import itself, the shared layers and the pure layers', () => {
    expect(lint('features/start', 'allowed').messages).toEqual([]);
  });

  it('rejects an import cycle, on both of its files', () => {
    for (const name of ['cycle-a', 'cycle-b']) {
      const cycles = lint('lib', name).messages.filter((m) => m.ruleId === 'import-x/no-cycle');
      expect(cycles).toHaveLength(1);
      expect(cycles[0]).toMatchObject({ severity: 2, line: 1 });
    }
  });
});
