import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The module names snippets import, as tsconfig.json's `paths` and the webpack config map them.
    alias: {
      sdk: path.resolve(__dirname, 'sandbox/sdk/index.ts'),
      sandbox: path.resolve(__dirname, 'sandbox/environment/index.ts'),
    },
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
