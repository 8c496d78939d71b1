import { lazy } from 'react';
import type * as RunnerApp from './RunnerApp';

type RunnerModule = typeof RunnerApp;

let loading: Promise<RunnerModule> | undefined;

/**
 * The runner chunk (editor, output panel, worker host) is loaded on the reader's first sign of
 * intent, never with the page: see `preloadRunner`'s callers in index.tsx.
 */
export function loadRunner(): Promise<RunnerModule> {
  loading ??= import(/* webpackChunkName: "live-runner" */ './RunnerApp').catch(
    (error: unknown) => {
      // Let a later intent retry (e.g. after a flaky network).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Loads the runner chunk and boots a spare worker, without rendering anything. */
export function preloadRunner(): void {
  loadRunner().then(
    (runner) => runner.prewarm(),
    () => undefined,
  );
}

export const LazyRunnerApp = lazy(loadRunner);
