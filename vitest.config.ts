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
    // The TypeScript SDK reads these for its default URLs (as every language's SDK): blank here, so
    // the unit tests talk to the in-process mock server even in a shell that exported
    // `npm run mock-server`'s variables to run snippets by hand.
    env: { SDK_AUTH_SERVER_URL: '', SDK_API_BASE_URL: '' },
    exclude: ['node_modules/**', 'build/**', '.docusaurus/**', 'e2e/**'],
  },
});
