import type { BenchResults } from './BenchResults';

/**
 * Any large runtime's files (Pyodide's, ruby.wasm's, php-wasm's, Yaegi's, their worker chunks)
 * requested before intent, as "page: file": by a plain page load (any page) or by the run's page
 * before the reader hovered Run on a language's tab. Any is a broken promise.
 */
export function runtimeBeforeIntent(results: BenchResults): string[] {
  return [
    ...new Set([
      ...results.pages.flatMap((page) =>
        page.samples.flatMap((sample) => sample.runtimes.map((file) => `${page.path}: ${file}`)),
      ),
      ...results.languageRuns.flatMap(({ label, samples }) =>
        samples.flatMap((sample) =>
          sample.runtimeBeforeIntent.map(
            (file) => `${results.runPage} (${label} tab chosen): ${file}`,
          ),
        ),
      ),
    ]),
  ];
}
