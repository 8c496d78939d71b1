// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/**',
      '.docusaurus/**',
      // Builds given their own folder (DOCUSAURUS_GENERATED_FILES_DIR_NAME), e.g. run side by side.
      '.docusaurus-*/**',
      'node_modules/**',
      'static/**',
      'test-results/**',
      'playwright-report/**',
      // Snippets are documentation in seven languages; the registry checks (tsc, tree-sitter,
      // cross-language consistency) are their lint. The grants list beside them is site code.
      'snippets/*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
