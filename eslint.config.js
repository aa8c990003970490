// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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

/** Import patterns that reach into the UI layers from a pure layer. */
const uiPaths = ['**/features/**', '**/app/**', '@/features/**', '@/app/**'];

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
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'ipaddr.js', message: 'Only src/network/ may import ipaddr.js.' }],
        },
      ],
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
  // Plain Node scripts (bench, icons): not in the TS project, so no type-aware rules.
  { files: ['scripts/**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.js', 'e2e/**/*.ts', 'scripts/**/*', '*.config.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
