/**
 * Keeps the in-page runner's code out of Docusaurus's `common` chunk, which every page loads:
 * `common` takes any module at least half as many chunks as there are pages share, and with
 * five in-page runtimes the runner's chunks share the mock server (MSW and its dependencies,
 * the public suffix list among them) often enough to move 88 kB gzip into every page. Left out
 * of `common`, such a module goes with the runner's own chunks, loaded on intent.
 */
import type { Plugin } from '@docusaurus/types';

const runnerOnly =
  /[\\/](sandbox|languages[\\/][^\\/]+[\\/](runtime|sdk|sandbox))[\\/]|[\\/]node_modules[\\/](msw|@mswjs|@open-draft|@bundled-es-modules|tough-cookie|tldts|tldts-core|graphql|headers-polyfill|outvariant|strict-event-emitter|is-node-process|path-to-regexp|until-async|statuses|cookie|sucrase)[\\/]/;

export default function runnerChunksPlugin(): Plugin {
  return {
    name: 'runner-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              common: {
                test: (module: { resource?: string }) =>
                  module.resource === undefined || !runnerOnly.test(module.resource),
              },
            },
          },
        },
      } as never;
    },
  };
}
