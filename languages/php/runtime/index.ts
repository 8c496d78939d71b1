import { runnerContentSecurityPolicy } from '../../../sandbox/runner/core/runnerContentSecurityPolicy';
import type { RuntimeKind } from '../../../sandbox/runner/core/RuntimeKind';
import { downloadProgress, phpRuntimeAssets, subscribeDownload } from './phpRuntimeAssets';

/** PHP in the page: php-wasm, handed its files by the page, with the PHP SDK's sources. */
export const runtime: RuntimeKind = {
  name: 'php-runner',
  start: () =>
    new Worker(
      /* webpackChunkName: "php-runner-worker" */ new URL('./worker.ts', import.meta.url),
      { name: 'php-runner' },
    ),
  // php-wasm compiles WebAssembly (PHP, its shared libraries, small call adapters) and imports its
  // loader from a blob: URL the worker makes of the text the page handed it (a data: URL in
  // WebKit, see importModuleText); its shared libraries' glue is evaluated ('unsafe-eval', already
  // there). Still no network source.
  policy: runnerContentSecurityPolicy.replace(
    "script-src 'unsafe-eval'",
    "script-src 'unsafe-eval' 'wasm-unsafe-eval' blob: data:",
  ),
  assets: phpRuntimeAssets,
  download: {
    label: 'PHP (php-wasm)',
    language: 'PHP',
    subscribe: subscribeDownload,
    progress: downloadProgress,
  },
};
