import { lazy } from 'react';
import type { PageRunnableLanguage } from '@site/src/plugins/snippet-registry/languages';
import type * as RunnerApp from './RunnerApp';

type RunnerModule = typeof RunnerApp;

let loading: Promise<RunnerModule> | undefined;
let loaded: RunnerModule | undefined;

/**
 * The runner chunk (editor, output panel, worker host) is loaded on the reader's first sign of
 * intent, never with the page: see `preloadRunner`'s callers in index.tsx.
 */
export function loadRunner(): Promise<RunnerModule> {
  loading ??= import(/* webpackChunkName: "live-runner" */ './RunnerApp').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      // Let a later intent retry (e.g. after a flaky network).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Loads the runner chunk and boots a spare worker for `runtime`, without rendering anything. */
export function preloadRunner(runtime: PageRunnableLanguage = 'typescript'): void {
  loadRunner().then(
    (runner) => runner.prewarm(runtime),
    () => undefined,
  );
}

export const LazyRunnerApp = lazy(loadRunner);

export type RunnerComponent = typeof LazyRunnerApp | RunnerModule['default'];

/**
 * What to render when the reader presses Run or Edit: the runner itself once its chunk has
 * arrived (hovering Run or choosing the TypeScript tab preloads it), else the lazy wrapper.
 * React.lazy suspends once even for a module that is already loaded, and React 19 then holds the
 * reveal for up to 300 ms (its Suspense fallback throttle): a Run that waited ~0.3 s for nothing
 * (measured by `npm run bench`, e2e/bench/RESULTS.md).
 */
export function runnerComponent(): RunnerComponent {
  return loaded?.default ?? LazyRunnerApp;
}
