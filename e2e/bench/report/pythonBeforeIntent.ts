import type { BenchResults } from './BenchResults';

/**
 * Python's runtime requested before intent, as "page: file": by a plain page load (any page) or
 * by the run's page before the reader hovered Run on the Python tab. Any is a broken promise.
 */
export function pythonBeforeIntent(results: BenchResults): string[] {
  return [
    ...new Set([
      ...results.pages.flatMap((page) =>
        page.samples.flatMap((sample) => sample.python.map((file) => `${page.path}: ${file}`)),
      ),
      ...results.pythonRun.flatMap((sample) =>
        sample.pythonBeforeIntent.map((file) => `${results.runPage} (Python tab chosen): ${file}`),
      ),
    ]),
  ];
}
