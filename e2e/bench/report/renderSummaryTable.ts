import { kB, table, timedRow, verdict } from '../markdown';
import { peerSummaryRows, readerPathRows, type PageComparison } from '../peer/peerReport';
import { gzipLevel } from '../staticServer';
import { summarize } from '../summary';
import { largeRuntimeRunBudgets } from '../budgets';
import type { LanguageRuns } from '../phases/measureRuns';
import type { BenchResults } from './BenchResults';
import type { PageFigures } from './pageFigures';

const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/**
 * One large-runtime language's rows: Run → first console line cold (runtime downloaded) and warm,
 * against its budgets; of the cold run, the download's part; and the runtime's bytes transferred.
 */
export function languageRunRows(results: BenchResults, language: LanguageRuns): string[][] {
  const { label, samples } = language;
  const budget = largeRuntimeRunBudgets(language.key);
  const cold = samples.length ? summarize(samples.map((sample) => sample.coldMs)) : undefined;
  const warm = samples.length ? summarize(samples.map((sample) => sample.warmMs)) : undefined;
  const sizes = samples
    .filter((sample) => sample.runtimeFiles.length > 0)
    .map((sample) => ({
      transferred: sample.runtimeFiles.reduce((sum, file) => sum + file.transferred, 0),
      decoded: sample.runtimeFiles.reduce((sum, file) => sum + file.decoded, 0),
      files: sample.runtimeFiles.length,
    }));
  const transferred = sizes.length ? summarize(sizes.map((size) => size.transferred)) : undefined;
  return [
    timedRow(
      `${label}: Run → first console line, cold, runtime downloaded (${results.runSnippet})`,
      cold,
      budget.coldMs,
    ),
    timedRow(`${label}: Run → first console line, warm (second run)`, warm, budget.warmMs),
    timedRow(
      `${label}: of the cold run, Run → the runtime downloaded (the rest is booting the runtime and the run)`,
      samples.length && samples.every((sample) => sample.downloadedMs !== undefined)
        ? summarize(samples.map((sample) => sample.downloadedMs!))
        : undefined,
    ),
    transferred
      ? [
          `${label} runtime download (\`/${language.folder}/\`), bytes transferred (gzip ${gzipLevel} where compressible; ${sizes[0]!.files} files, ${MB(sizes[0]!.decoded)} uncompressed)`,
          MB(transferred.median),
          MB(transferred.min),
          MB(transferred.max),
          '–',
          'info',
        ]
      : [`${label} runtime download`, 'not measured', '', '', '–', '–'],
  ];
}

/**
 * The first table: every budgeted figure (build, page JS, what loads before intent, Run on each
 * reader path, each large-runtime language, LCP, TBT, e2e) with its median, spread, budget and verdict.
 */
export function renderSummaryTable(
  results: BenchResults,
  pages: PageFigures[],
  peerComparisons: PageComparison[],
  runtimesEarly: string[],
): string[] {
  const { budgets } = results;
  const docsPages = pages.filter((page) => page.path.startsWith('/docs'));
  const measured = docsPages.length ? docsPages : pages;
  const heaviest = measured.reduce((a, b) => (b.js.median > a.js.median ? b : a));
  const slowestLcp = measured.reduce((a, b) => (b.lcp.median > a.lcp.median ? b : a));
  const worstTbt = measured.reduce((a, b) => (b.tbt.median > a.tbt.median ? b : a));
  const eagerAll = [...new Set(pages.flatMap((page) => page.eager))];

  const summaryRows: string[][] = [
    timedRow(
      '`docusaurus build`, fresh clone (no persistent cache)',
      results.buildCold,
      budgets.buildMs,
    ),
    timedRow('`docusaurus build`, Rspack persistent cache warm', results.buildCached),
    ...(results.peer
      ? peerSummaryRows(peerComparisons, results.peer, results.buildCold, budgets)
      : [['Plain Docusaurus peer', 'skipped (--skip-peer)', '', '', '–', '–']]),
    [
      `Heaviest page: JS transferred until \`load\`, gzip (${heaviest.path})`,
      kB(heaviest.js.median),
      kB(heaviest.js.min),
      kB(heaviest.js.max),
      `≤ ${budgets.pageJsKB} kB`,
      verdict(heaviest.js.median <= budgets.pageJsKB * 1000),
    ],
    [
      'Editor, transpiler, MSW, SDK, mock server or worker in any page-load JS',
      results.chunkStats
        ? eagerAll.length
          ? eagerAll.join('; ')
          : 'none'
        : 'not checked (no stats build)',
      '',
      '',
      'none',
      results.chunkStats ? verdict(eagerAll.length === 0) : '–',
    ],
    ...readerPathRows(results.readerPaths, results.runSnippet, budgets),
    [
      `In-page runtimes (${
        results.languageRuns.map((language) => language.label).join(', ') || 'none'
      }: their files and worker chunks) requested before intent, any page`,
      runtimesEarly.length ? runtimesEarly.join('; ') : 'none',
      '',
      '',
      'none',
      verdict(runtimesEarly.length === 0),
    ],
    ...results.languageRuns.flatMap((language) => languageRunRows(results, language)),
    timedRow(`Slowest LCP of a docs page (${slowestLcp.path})`, slowestLcp.lcp, budgets.lcpMs),
    timedRow(`Highest TBT of a docs page (${worstTbt.path})`, worstTbt.tbt, budgets.tbtMs),
    timedRow(
      `\`npx playwright test e2e/examples.spec.ts\` wall time${
        results.e2eNote && results.e2e ? ` (${results.e2eNote})` : ''
      }`,
      results.e2e,
      budgets.examplesE2eMs,
      results.e2eNote,
    ),
  ];
  if (results.e2eFailures.length > 0) {
    summaryRows.push([
      'e2e runs in which a test failed',
      `${results.e2eFailures.length} of ${results.e2eRuns}`,
      '',
      '',
      'none',
      '**FAIL**',
    ]);
  }
  return [table(['Figure', 'Median', 'Min', 'Max', 'Budget', 'Result'], summaryRows), ''];
}
