import { runnableLanguage, type PageRunnableLanguage } from '@site/languages';
import type * as RunnerApp from './RunnerApp';
import { lazyModule } from './lazyModule';

type RunnerModule = typeof RunnerApp;
export type RunnerComponent = RunnerModule['default'];

const runner = lazyModule<RunnerModule>(
  () => import(/* webpackChunkName: "live-runner" */ './RunnerApp'),
);

/**
 * The runner chunk (editor, output panel, worker host) is loaded on the reader's first sign of
 * intent, never with the page: see `preloadRunner`'s callers in index.tsx and usePrewarm.ts.
 */
export const loadRunner = runner.load;

/**
 * The runner component if its chunk has arrived. Rendered directly, never through React.lazy:
 * lazy suspends once even for a module that is already loaded, and React 19 then holds the
 * Suspense reveal for up to 300 ms (its fallback throttle), a Run that waited ~0.3 s for nothing
 * (measured by `npm run bench`, e2e/bench/RESULTS.md).
 */
export function loadedRunner(): RunnerComponent | undefined {
  return runner.loaded()?.default;
}

/**
 * Loads the runner chunk and boots a spare worker for `runtime`, without rendering anything;
 * with `editor`, also the editor's highlighter (the reader is about to press Edit).
 */
export function preloadRunner(
  runtime: PageRunnableLanguage = runnableLanguage,
  options: { editor?: boolean } = {},
): void {
  loadRunner().then(
    (runner) => {
      runner.prewarm(runtime);
      if (options.editor) runner.preloadEditor(runtime);
    },
    () => undefined,
  );
}
