import { runnerContentSecurityPolicy } from '../../../sandbox/runner/core/runnerContentSecurityPolicy';
import type { RuntimeKind } from '../../../sandbox/runner/core/RuntimeKind';
import {
  rubyDownloadProgress,
  rubyRuntimeAssets,
  subscribeRubyDownload,
} from './rubyRuntimeAssets';

/** Ruby in the page: ruby.wasm, handed its files by the page, with the Ruby SDK's sources. */
export const runtime: RuntimeKind = {
  name: 'ruby-runner',
  start: () =>
    new Worker(
      /* webpackChunkName: "ruby-runner-worker" */ new URL('./worker.ts', import.meta.url),
      { name: 'ruby-runner' },
    ),
  // ruby.wasm is compiled from the bytes the page handed over; its JavaScript is part of the
  // worker's own bundle, so no blob: source either.
  policy: runnerContentSecurityPolicy.replace(
    "script-src 'unsafe-eval'",
    "script-src 'unsafe-eval' 'wasm-unsafe-eval'",
  ),
  assets: rubyRuntimeAssets,
  download: {
    label: 'Ruby (ruby.wasm)',
    language: 'Ruby',
    subscribe: subscribeRubyDownload,
    progress: rubyDownloadProgress,
  },
};
