import path from 'node:path';
import { kB, table } from '../markdown';
import { pythonRuntimePath } from '../runLatency';
import type { BenchResults } from './BenchResults';

/** What Python costs, loaded on intent: the worker chunk and Pyodide's files; nothing unmeasured. */
export function renderPythonRunLoad(results: BenchResults): string[] {
  const first = results.pythonRun[0];
  if (first === undefined) return [];
  const pythonJs = first.jsAfterIntent.filter(
    (file) => pythonRuntimePath.test(file) && !file.startsWith('/pyodide/'),
  );
  const rows = [
    ...pythonJs.map((file) => [
      path.posix.basename(file),
      kB(results.rawOf(file)),
      `${kB(results.gzipOf(file))} (gzip)`,
    ]),
    ...first.runtimeFiles.map((file) => [
      file.path,
      kB(file.decoded),
      `${kB(file.transferred)}${file.transferred < file.decoded ? ' (gzip)' : ''}`,
    ]),
  ];
  return [
    `### Loaded when the reader presses Run on the Python tab (${results.runPage}, fresh browser context)`,
    '',
    table(['File', 'Uncompressed', 'Transferred'], rows),
    '',
    'The page fetches the Python worker chunk and Pyodide’s files when the first Python spare ' +
      'boots, and hands them to the worker (which has no network).',
    '',
  ];
}
