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
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'build/**', '.docusaurus/**', 'e2e/**'],
  },
});
