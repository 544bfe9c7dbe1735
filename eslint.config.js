// One lint setup for the whole repository. The room rules of DESIGN.md section 2 are enforced
// here, so a wrong import fails `npm test` instead of waiting for a review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronImport = {
  paths: [{ name: 'electron', message: 'Only electron/platform and electron/main.ts may import electron.' }],
  patterns: [{ group: ['electron/*'], message: 'Only electron/platform and electron/main.ts may import electron.' }],
};

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'test-results/**', 'bench/results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronImport.paths,
          patterns: [
            ...electronImport.patterns,
            { group: ['node:*', '../server/*', '../electron/*', '../renderer/*', '../../*'], message: 'shared/ is pure TypeScript for every process: no Node built-ins and no other room.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronImport.paths,
          patterns: [...electronImport.patterns, { group: ['**/platform/*', '**/renderer/*', '**/server/*'], message: 'electron/core imports shared/ and Node built-ins only.' }],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: electronImport.paths, patterns: [...electronImport.patterns, { group: ['**/electron/*', '**/renderer/*'], message: 'server/ imports shared/ and never the client.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: electronImport.paths, patterns: [...electronImport.patterns, { group: ['node:*', '**/electron/*', '**/server/*'], message: 'renderer/ imports shared/ and its own files; it talks to window.teleq only.' }] },
      ],
    },
  },
  {
    // The renderer's tests run in Node (a static server for dist/renderer, Chromium through
    // playwright-core), so Node built-ins are fine there; the client and server rooms still are not.
    files: ['renderer/test/**/*.ts', 'renderer/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: electronImport.paths, patterns: [...electronImport.patterns, { group: ['**/electron/*', '**/server/*'], message: 'renderer tests drive the bundle through the scripted bridge only.' }] },
      ],
    },
  },
);
