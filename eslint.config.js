// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Packages the pure layers (engine, network, trees) must never import. */
const uiPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  'react-router/*',
  'i18next',
  'react-i18next',
  '@tanstack/*',
];

/** The shared layers: used by features and app, never importing them. */
const SHARED = ['components', 'i18n', 'lib', 'config', 'hooks'];

/** Import patterns that reach into the UI layers (features, app, shared) from a pure layer. */
const uiPaths = [
  '**/features/**',
  '**/app/**',
  '@/features/**',
  '@/app/**',
  ...SHARED.flatMap((l) => [`**/${l}/**`, `@/${l}`, `@/${l}/**`]),
];

/** One folder per feature, read from disk so a new feature is fenced in from its first file. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const ipaddrOnlyInNetwork = {
  name: 'ipaddr.js',
  message: 'Only src/network/ may import ipaddr.js.',
};

/**
 * The zones of the UI side (bulletproof-react's shape): a feature imports only itself (./…),
 * the shared layers and the pure layers; shared layers never import a feature or app. A later
 * `no-restricted-imports` entry replaces an earlier one's options, so each repeats ipaddr.js.
 */
const zones = [
  ...FEATURES.map((f) => ({
    files: [`src/features/${f}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipaddrOnlyInNetwork],
          patterns: [
            {
              // Locale files (tests read them) are the one thing outside src reached relatively.
              regex: '^\\.\\./(?!(?:\\.\\./)*locales/)',
              message:
                'Leave a feature through @/…: ./ inside it; @/components, @/i18n, @/lib, @/config, @/hooks outside.',
            },
            {
              group: ['@/app', '@/app/**'],
              message: 'Features never import app: app/routes compose features.',
            },
            {
              group: ['@/features/*', `!@/features/${f}`],
              message:
                'No cross-feature imports: share through a shared layer, or compose in src/app/routes.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: [`src/{${SHARED.join(',')}}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipaddrOnlyInNetwork],
          patterns: [
            {
              group: [
                '@/features',
                '@/features/**',
                '@/app',
                '@/app/**',
                '**/features/**',
                '**/app/**',
              ],
              message: 'Shared layers never import features or app.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-eval': 'error',
      '@typescript-eslint/only-throw-error': [
        'error',
        // react-router's `data(null, { status: 404 })` is thrown by loaders on purpose.
        { allow: [{ from: 'package', package: 'react-router', name: 'DataWithResponseInit' }] },
      ],
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden: render text, never HTML.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [ipaddrOnlyInNetwork] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The only importer of ipaddr.js; still a pure layer.
    files: ['src/network/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiPackages
            .filter((p) => !p.includes('*'))
            .map((name) => ({ name, message: 'src/network is pure: no UI imports.' })),
          patterns: [
            {
              group: uiPackages.filter((p) => p.includes('*')),
              message: 'src/network is pure: no UI imports.',
            },
            { group: uiPaths, message: 'src/network must not import features or app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/trees/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...uiPackages
              .filter((p) => !p.includes('*'))
              .map((name) => ({
                name,
                message: 'Pure layer: no React, router, i18next or query imports.',
              })),
            { name: 'ipaddr.js', message: 'Only src/network/ may import ipaddr.js.' },
          ],
          patterns: [
            {
              group: uiPackages.filter((p) => p.includes('*')),
              message: 'Pure layer: no UI imports.',
            },
            { group: uiPaths, message: 'Pure layers must not import features or app.' },
          ],
        },
      ],
    },
  },
  ...zones,
  {
    // No import cycles anywhere in the app (type-only imports included: they still couple).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Plain Node scripts (bench, icons): not in the TS project, so no type-aware rules.
  { files: ['scripts/**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.js', 'e2e/**/*.ts', 'scripts/**/*', '*.config.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
