import path from 'node:path';
import { kB, table } from '../markdown';
import type { LanguageRuns } from '../phases/measureRuns';
import type { BenchResults } from './BenchResults';

/**
 * What one large-runtime language costs, loaded on intent: its worker chunk and its runtime's
 * files; nothing when it was not measured.
 */
export function renderRuntimeRunLoad(results: BenchResults, language: LanguageRuns): string[] {
  const first = language.samples[0];
  if (first === undefined) return [];
  const workerJs = first.jsAfterIntent.filter(
    (file) => file.includes(`/${language.key}-runner`) && !file.startsWith(`/${language.folder}/`),
  );
  const rows = [
    ...workerJs.map((file) => [
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
    `### Loaded when the reader presses Run on the ${language.label} tab (${results.runPage}, fresh browser context)`,
    '',
    table(['File', 'Uncompressed', 'Transferred'], rows),
    '',
    `The page fetches the ${language.label} worker chunk and the runtime’s files (under ` +
      `\`/${language.folder}/\`) when the first ${language.label} spare boots, and hands them to ` +
      'the worker (which has no network).',
    '',
  ];
}
