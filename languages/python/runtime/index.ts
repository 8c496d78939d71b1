import { runnerContentSecurityPolicy } from '../../../sandbox/runner/core/runnerContentSecurityPolicy';
import type { RuntimeKind } from '../../../sandbox/runner/core/RuntimeKind';
import { downloadProgress, pythonRuntimeAssets, subscribeDownload } from './pythonRuntimeAssets';

/** Python in the page: Pyodide, handed its files by the page, with the Python SDK's sources. */
export const runtime: RuntimeKind = {
  name: 'python-runner',
  start: () =>
    new Worker(
      /* webpackChunkName: "python-runner-worker" */ new URL('./worker.ts', import.meta.url),
      { name: 'python-runner' },
    ),
  // Pyodide compiles WebAssembly and imports its two ES modules from blob: URLs the worker makes
  // of the text the page handed it (data: URLs in WebKit, see importModuleText); still no
  // network source at all.
  policy: runnerContentSecurityPolicy.replace(
    "script-src 'unsafe-eval'",
    "script-src 'unsafe-eval' 'wasm-unsafe-eval' blob: data:",
  ),
  assets: pythonRuntimeAssets,
  download: {
    label: 'Python (Pyodide)',
    language: 'Python',
    subscribe: subscribeDownload,
    progress: downloadProgress,
  },
};
