import { runnerContentSecurityPolicy } from '../../../sandbox/runner/core/runnerContentSecurityPolicy';
import type { RuntimeKind } from '../../../sandbox/runner/core/RuntimeKind';
import { goDownloadProgress, goRuntimeAssets, subscribeGoDownload } from './goRuntimeAssets';

/** Go in the page: the Yaegi interpreter, handed its files by the page, with the Go SDK's sources. */
export const runtime: RuntimeKind = {
  name: 'go-runner',
  start: () =>
    new Worker(/* webpackChunkName: "go-runner-worker" */ new URL('./worker.ts', import.meta.url), {
      name: 'go-runner',
    }),
  // Go's runtime is WebAssembly, compiled from the bytes the page handed over (no blob: or
  // network source needed).
  policy: runnerContentSecurityPolicy.replace(
    "script-src 'unsafe-eval'",
    "script-src 'unsafe-eval' 'wasm-unsafe-eval'",
  ),
  assets: goRuntimeAssets,
  download: {
    label: 'Go (Yaegi)',
    language: 'Go',
    subscribe: subscribeGoDownload,
    progress: goDownloadProgress,
  },
};
