import { moduleAliases } from './languages/moduleAliases';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The module names snippets import, as tsconfig.json's `paths` declares them.
    alias: moduleAliases(__dirname),
  },
  test: {
    environment: 'node',
    // Generous: CI machines have 2 cores, and the registry checks load tree-sitter grammars and a
    // TypeScript program once per file. These are safety nets, not speed assertions.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'build/**', '.docusaurus/**', 'e2e/**'],
  },
});
