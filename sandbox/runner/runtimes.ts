/**
 * The languages the runner can run in the page, one entry each: how its worker is bundled, the
 * policy that worker lives under, and what it needs handed over beyond its scripts (the worker
 * has no network). Adding a language that runs in the page is adding an entry here and its
 * worker beside its SDK (`sandbox/sdk/<language>/runtime/`).
 */
import type { PageRunnableLanguage } from '../../src/plugins/snippet-registry/languages';
import { runnerContentSecurityPolicy } from './runnerContentSecurityPolicy';
import {
  downloadProgress,
  pythonRuntimeAssets,
  subscribeDownload,
} from '../sdk/python/runtime/pythonRuntimeAssets';
import {
  rubyDownloadProgress,
  rubyRuntimeAssets,
  subscribeRubyDownload,
} from '../sdk/ruby/runtime/rubyRuntimeAssets';

/** A language with Run in the page; `languages.ts` marks them (`runsInPage`). */
export type RuntimeKey = PageRunnableLanguage;

export interface RuntimeKind {
  /** The worker's name (as devtools lists it). */
  name: string;
  /**
   * Starts the bundled worker entry with the literal `new Worker(new URL(…, import.meta.url))`
   * that bundlers compile a worker from; the sandbox captures the URL instead of starting it.
   */
  start(): void;
  /** The Content-Security-Policy the worker inherits. */
  policy: string;
  /** Files the page fetches and hands to the worker at boot. */
  assets?(): Promise<Record<string, string | ArrayBuffer>>;
  /**
   * A runtime the page downloads (on intent) shows its progress under the editor: what it is
   * called there, and the download's progress now and as it changes.
   */
  download?: RuntimeDownloadSource;
}

export interface DownloadProgress {
  loadedBytes: number;
  totalBytes: number;
  done: boolean;
}

export interface RuntimeDownloadSource {
  /** The language and its runtime as the reader reads it, e.g. `Python (Pyodide)`. */
  label: string;
  /** What the language is called in "Starting …", e.g. `Python`. */
  language: string;
  subscribe(listener: (progress: DownloadProgress) => void): () => void;
  progress(): DownloadProgress;
}

export const runtimes: Record<RuntimeKey, RuntimeKind> = {
  typescript: {
    name: 'live-runner',
    start: () =>
      new Worker(
        /* webpackChunkName: "live-runner-worker" */ new URL('./worker.ts', import.meta.url),
        { name: 'live-runner' },
      ),
    policy: runnerContentSecurityPolicy,
  },
  python: {
    name: 'python-runner',
    start: () =>
      new Worker(
        /* webpackChunkName: "python-runner-worker" */ new URL(
          '../sdk/python/runtime/worker.ts',
          import.meta.url,
        ),
        { name: 'python-runner' },
      ),
    // Pyodide compiles WebAssembly and imports its two ES modules from blob: URLs the worker
    // makes of the text the page handed it; still no network source at all.
    policy: runnerContentSecurityPolicy.replace(
      "script-src 'unsafe-eval'",
      "script-src 'unsafe-eval' 'wasm-unsafe-eval' blob:",
    ),
    assets: pythonRuntimeAssets,
    download: {
      label: 'Python (Pyodide)',
      language: 'Python',
      subscribe: subscribeDownload,
      progress: downloadProgress,
    },
  },
  ruby: {
    name: 'ruby-runner',
    start: () =>
      new Worker(
        /* webpackChunkName: "ruby-runner-worker" */ new URL(
          '../sdk/ruby/runtime/worker.ts',
          import.meta.url,
        ),
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
  },
};
