import path from 'node:path';
import type { budgets as Budgets } from './budgets';
import { lazyOnlyCategories } from './budgets';
import { chunkKey, describeComposition, type Category, type ChunkInfo } from './chunkStats';
import type { MachineInfo } from './machine';
import { kB, table, time, timedRow, verdict } from './markdown';
import {
  comparePages,
  peerSummaryRows,
  readerPathRows,
  renderPeerTable,
  renderReaderPaths,
  type PeerResults,
  type ReaderPathResult,
} from './peer/peerReport';
import type { PageLoadSample } from './pageLoad';
import { pythonRuntimePath, type RunSample } from './runLatency';
import { gzipLevel } from './staticServer';
import { summarize, type Summary } from './summary';

export interface BenchResults {
  startedAt: Date;
  runs: number;
  machine: MachineInfo;
  chromiumVersion: string;
  git: string;
  buildLocation: string;
  loadAtStart: string;
  loadAtEnd: string;
  load: { build: string; pages: string; run: string; e2e: string };
  buildCold?: Summary;
  buildCached?: Summary;
  pages: { path: string; samples: PageLoadSample[] }[];
  baselinePage?: string;
  /** Pages whose built HTML has a snippet or a live code block. */
  snippetPages: string[];
  /** The plain Docusaurus peer, measured in the same run; undefined with --skip-peer. */
  peer?: PeerResults;
  /** TypeScript Run on every reader path (the first is `run`'s). */
  readerPaths: ReaderPathResult[];
  run: RunSample[];
  /** The same snippet's Python tab, on a fresh visit each (Pyodide downloaded cold). */
  pythonRun: RunSample[];
  runPage: string;
  runSnippet: string;
  serviceWorkers: number;
  /** By chunk name or id ("343", "live-runner"); undefined when the stats build was skipped. */
  chunkStats?: Map<string, ChunkInfo>;
  gzipOf(sitePath: string): number;
  rawOf(sitePath: string): number;
  e2e?: Summary;
  e2eNote?: string;
  e2eRuns: number;
  /** Logs of e2e runs in which some test failed. */
  e2eFailures: string[];
  budgets: typeof Budgets;
  logDir: string;
}

/** Bytes of a chunk's gzip size attributed to each category, by its share of source bytes. */
function attribute(chunk: ChunkInfo | undefined, gzip: number): Partial<Record<Category, number>> {
  if (!chunk) return {};
  const entries = Object.entries(chunk.composition) as [Category, number][];
  const total = entries.reduce((sum, [, size]) => sum + size, 0);
  const out: Partial<Record<Category, number>> = {};
  for (const [category, size] of entries) out[category] = total ? (gzip * size) / total : 0;
  return out;
}

/** The report's Markdown, and the promises it found broken (the bench exits 1 on any). */
export interface Report {
  text: string;
  broken: string[];
}

export function renderReport(results: BenchResults): Report {
  const { budgets, machine } = results;
  const lookup = (file: string) => results.chunkStats?.get(chunkKey(file));
  const out: string[] = [];
  const stamp = results.startedAt.toISOString().replace('T', ' ').slice(0, 16);
  out.push(`## Bench run ${stamp} UTC`);
  out.push('');
  out.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}; ` +
      `Chromium ${results.chromiumVersion} (headless); Node ${machine.node}. Commit ${results.git}. ` +
      `Built into ${results.buildLocation}. ${results.runs} runs per timed figure (median, min, max).`,
  );
  out.push('');
  out.push(
    `Load average (1/5/15 min): ${results.loadAtStart} at the start, ${results.loadAtEnd} at the end; ` +
      `1-minute load during builds ${results.load.build}, page loads ${results.load.pages}, ` +
      `Run ${results.load.run}, e2e ${results.load.e2e}.`,
  );
  out.push('');

  // Pages: JS until load, LCP, TBT.
  const pages = results.pages.map((page) => {
    // Transferred = gzip body + response headers, as DevTools counts (the budget's baseline, 174.5
    // kB, is that figure: the same method gives 174.6 kB on a plain classic site).
    const js = summarize(page.samples.map((sample) => sample.jsTransferred));
    const body = summarize(page.samples.map((sample) => sample.jsBytes));
    const lcp = summarize(page.samples.map((sample) => sample.lcpMs));
    const tbt = summarize(page.samples.map((sample) => sample.tbtMs));
    const files = new Set(page.samples.flatMap((sample) => sample.js.map((file) => file.path)));
    const eager = [...files].flatMap((file) => {
      const chunk = lookup(file);
      const parts = lazyOnlyCategories.filter(
        (category) => (chunk?.composition[category] ?? 0) > 0,
      );
      return parts.length ? [`${path.posix.basename(file)} (${parts.join(', ')})`] : [];
    });
    return { path: page.path, js, body, lcp, tbt, files: files.size, eager };
  });
  const docsPages = pages.filter((page) => page.path.startsWith('/docs'));
  const measured = docsPages.length ? docsPages : pages;
  const baseline = pages.find((page) => page.path === results.baselinePage);
  const heaviest = measured.reduce((a, b) => (b.js.median > a.js.median ? b : a));
  const slowestLcp = measured.reduce((a, b) => (b.lcp.median > a.lcp.median ? b : a));
  const worstTbt = measured.reduce((a, b) => (b.tbt.median > a.tbt.median ? b : a));
  const eagerAll = [...new Set(pages.flatMap((page) => page.eager))];
  // Python's runtime before intent: requested by a plain page load (any page) or by the run's
  // page before the reader hovered Run on the Python tab.
  const pythonEarly = [
    ...new Set([
      ...results.pages.flatMap((page) =>
        page.samples.flatMap((sample) => sample.python.map((file) => `${page.path}: ${file}`)),
      ),
      ...results.pythonRun.flatMap((sample) =>
        sample.pythonBeforeIntent.map((file) => `${results.runPage} (Python tab chosen): ${file}`),
      ),
    ]),
  ];
  const broken: string[] = [];
  if (pythonEarly.length > 0)
    broken.push(`Python runtime before intent (${pythonEarly.join(', ')})`);

  const peerComparisons = results.peer
    ? comparePages(results.pages, results.peer, results.snippetPages)
    : [];
  const pythonCold = results.pythonRun.length
    ? summarize(results.pythonRun.map((sample) => sample.coldMs))
    : undefined;
  const pythonWarm = results.pythonRun.length
    ? summarize(results.pythonRun.map((sample) => sample.warmMs))
    : undefined;
  const runtimeSizes = results.pythonRun
    .filter((sample) => sample.runtimeFiles.length > 0)
    .map((sample) => ({
      transferred: sample.runtimeFiles.reduce((sum, file) => sum + file.transferred, 0),
      decoded: sample.runtimeFiles.reduce((sum, file) => sum + file.decoded, 0),
      files: sample.runtimeFiles.length,
    }));
  const runtimeTransferred = runtimeSizes.length
    ? summarize(runtimeSizes.map((size) => size.transferred))
    : undefined;
  const runtimeDecoded = runtimeSizes[0]?.decoded;
  const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

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
      'Python runtime (Pyodide files, Python worker chunk) requested before intent, any page',
      pythonEarly.length ? pythonEarly.join('; ') : 'none',
      '',
      '',
      'none',
      verdict(pythonEarly.length === 0),
    ],
    timedRow(
      `Python: Run → first console line, cold, runtime downloaded (${results.runSnippet})`,
      pythonCold,
      budgets.pythonRunColdMs,
    ),
    timedRow(
      'Python: Run → first console line, warm (second run)',
      pythonWarm,
      budgets.pythonRunWarmMs,
    ),
    timedRow(
      'Python: of the cold run, Run → the runtime downloaded (the rest is booting Pyodide and the run)',
      results.pythonRun.every((sample) => sample.downloadedMs !== undefined) &&
        results.pythonRun.length
        ? summarize(results.pythonRun.map((sample) => sample.downloadedMs!))
        : undefined,
    ),
    runtimeTransferred
      ? [
          `Python runtime download, bytes transferred (gzip ${gzipLevel} where compressible; ${runtimeSizes[0]!.files} files, ${MB(runtimeDecoded ?? 0)} uncompressed)`,
          MB(runtimeTransferred.median),
          MB(runtimeTransferred.min),
          MB(runtimeTransferred.max),
          '–',
          'info',
        ]
      : ['Python runtime download', 'not measured', '', '', '–', '–'],
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
  out.push(table(['Figure', 'Median', 'Min', 'Max', 'Budget', 'Result'], summaryRows));
  out.push('');

  if (peerComparisons.length > 0) {
    out.push(
      '### Every docs page against the peer (the same docs as a plain Docusaurus site, same run): project, peer, ratio',
    );
    out.push('');
    out.push(renderPeerTable(peerComparisons, budgets));
    out.push('');
    out.push(
      'JS = transferred until `load` (gzip, with headers); LCP and TBT medians (min–max). Ratios are of the medians; they are the figures to hold, as load on the machine moves both sites alike.',
    );
    out.push('');
  }
  out.push(
    `### TypeScript Run on every reader path (${results.runPage}, fresh browser context each)`,
  );
  out.push('');
  out.push(renderReaderPaths(results.readerPaths));
  out.push('');

  out.push(
    `### Every page: JavaScript transferred until \`load\` (gzip level ${gzipLevel}, with response headers), LCP, TBT`,
  );
  out.push('');
  out.push(
    table(
      [
        'Page',
        'JS files',
        'JS transferred',
        'gzip bodies only',
        `Ratio to ${baseline ? baseline.path : 'a page without snippets'}`,
        'JS budget',
        'LCP median (min–max)',
        'TBT median (min–max)',
      ],
      pages.map((page) => [
        page.path + (page.path === results.baselinePage ? ' (no snippet)' : ''),
        String(page.files),
        page.js.min === page.js.max
          ? kB(page.js.median)
          : `${kB(page.js.median)} (${kB(page.js.min)}–${kB(page.js.max)})`,
        kB(page.body.median),
        baseline ? `${(page.js.median / baseline.js.median).toFixed(2)}×` : '–',
        verdict(page.js.median <= budgets.pageJsKB * 1000),
        `${time(page.lcp.median)} (${time(page.lcp.min)}–${time(page.lcp.max)})`,
        `${time(page.tbt.median)} (${time(page.tbt.min)}–${time(page.tbt.max)})`,
      ]),
    ),
  );
  out.push('');

  // What the runner costs, loaded on intent.
  const afterIntent = [...new Set(results.run.flatMap((sample) => sample.jsAfterIntent))];
  out.push(
    `### Loaded when the reader chooses the TypeScript tab and presses Run (${results.runPage})`,
  );
  out.push('');
  if (afterIntent.length === 0) {
    out.push('No run was measured.');
  } else {
    const byCategory: Partial<Record<Category, number>> = {};
    let total = 0;
    const fileRows = afterIntent.map((file) => {
      const gzip = results.gzipOf(file);
      total += gzip;
      for (const [category, bytes] of Object.entries(attribute(lookup(file), gzip))) {
        byCategory[category as Category] = (byCategory[category as Category] ?? 0) + bytes;
      }
      return [
        path.posix.basename(file),
        results.chunkStats ? describeComposition(lookup(file), 4) : '–',
        kB(results.rawOf(file)),
        kB(gzip),
      ];
    });
    fileRows.push(['**Total**', '', '', `**${kB(total)}**`]);
    out.push(table(['File', 'Made of (share of source bytes)', 'Minified', 'gzip'], fileRows));
    out.push('');
    if (results.chunkStats) {
      const parts = (Object.entries(byCategory) as [Category, number][]).sort(
        (a, b) => b[1] - a[1],
      );
      out.push(
        'By part (gzip; where one chunk holds several parts, its gzip size is split by their share of ' +
          'its source bytes, so these are estimates):',
      );
      out.push('');
      out.push(
        table(
          ['Part', 'gzip'],
          [
            ...parts.map(([category, bytes]) => [category, `≈ ${kB(bytes)}`]),
            [
              'service worker',
              results.serviceWorkers === 0
                ? 'none registered: the runner answers `fetch` with MSW’s handler API (`getResponse`) inside its Web Worker'
                : `${results.serviceWorkers} registered`,
            ],
          ],
        ),
      );
      out.push('');
    }
  }
  // What Python costs, loaded on intent.
  if (results.pythonRun.length > 0) {
    out.push(
      `### Loaded when the reader presses Run on the Python tab (${results.runPage}, fresh browser context)`,
    );
    out.push('');
    const first = results.pythonRun[0]!;
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
    out.push(table(['File', 'Uncompressed', 'Transferred'], rows));
    out.push('');
    out.push(
      'The page fetches the Python worker chunk and Pyodide’s files when the first Python spare ' +
        'boots, and hands them to the worker (which has no network).',
    );
    out.push('');
  }
  out.push(`Logs of this run: ${results.logDir}`);
  out.push('');
  return { text: out.join('\n'), broken };
}
