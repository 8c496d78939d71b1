import type { budgets as Budgets } from '../budgets';
import { kB, table, time, timedRow, verdict } from '../markdown';
import type { PageLoadSample } from '../pageLoad';
import type { PathRunSample, ReaderPathKey } from '../runLatency';
import { summarize, type Summary } from '../summary';

/** The peer's figures from the same run (see generatePeer.ts). */
export interface PeerResults {
  /** Fresh-clone builds, each right after one of the project's. */
  buildCold?: Summary;
  pages: { path: string; samples: PageLoadSample[] }[];
}

/** One reader path's TypeScript runs (cold and warm), see `readerPaths` in runLatency.ts. */
export interface ReaderPathResult {
  key: ReaderPathKey;
  label: string;
  how: string;
  samples: PathRunSample[];
}

interface Compared {
  project: Summary;
  peer: Summary;
  /** project median / peer median; Infinity when the peer's is 0 and the project's is not. */
  ratio: number;
}

export interface PageComparison {
  path: string;
  hasSnippet: boolean;
  js: Compared;
  lcp: Compared;
  tbt: Compared;
}

function compare(
  project: PageLoadSample[],
  peer: PageLoadSample[],
  figure: (sample: PageLoadSample) => number,
): Compared {
  const a = summarize(project.map(figure));
  const b = summarize(peer.map(figure));
  const ratio = b.median === 0 ? (a.median === 0 ? 1 : Infinity) : a.median / b.median;
  return { project: a, peer: b, ratio };
}

/** Every docs page both sites have, project against peer. */
export function comparePages(
  projectPages: { path: string; samples: PageLoadSample[] }[],
  peer: PeerResults,
  snippetPages: readonly string[],
): PageComparison[] {
  const peerByPath = new Map(peer.pages.map((page) => [page.path, page.samples]));
  return projectPages.flatMap((page) => {
    const peerSamples = peerByPath.get(page.path);
    if (!page.path.startsWith('/docs') || !peerSamples?.length) return [];
    return [
      {
        path: page.path,
        hasSnippet: snippetPages.includes(page.path),
        js: compare(page.samples, peerSamples, (sample) => sample.jsTransferred),
        lcp: compare(page.samples, peerSamples, (sample) => sample.lcpMs),
        tbt: compare(page.samples, peerSamples, (sample) => sample.tbtMs),
      },
    ];
  });
}

const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '∞');

/** The TBT ratio a page must hold: half the peer's with snippets, the peer's without. */
function tbtRatioBudget(page: PageComparison, budgets: typeof Budgets): number {
  return page.hasSnippet ? budgets.peer.tbtRatioWithSnippets : budgets.peer.tbtRatioWithoutSnippets;
}

/** Rows for the report's summary table (Figure, Median, Min, Max, Budget, Result). */
export function peerSummaryRows(
  comparisons: PageComparison[],
  peer: PeerResults,
  projectBuild: Summary | undefined,
  budgets: typeof Budgets,
): string[][] {
  const rows: string[][] = [
    timedRow('Peer: `docusaurus build`, fresh clone (no persistent cache)', peer.buildCold),
    [
      'Build time, project / peer (medians)',
      projectBuild && peer.buildCold
        ? ratio(projectBuild.median / peer.buildCold.median)
        : 'not measured (project build skipped)',
      '',
      '',
      '–',
      'info',
    ],
  ];
  if (comparisons.length === 0) return rows;
  const worst = (pages: PageComparison[], pick: (page: PageComparison) => number) =>
    pages.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  const js = worst(comparisons, (page) => page.js.ratio);
  rows.push([
    `Highest JS until \`load\` ratio to the peer (${js.path})`,
    ratio(js.js.ratio),
    '',
    '',
    `≤ ${budgets.peer.jsRatio.toFixed(2)}×`,
    verdict(js.js.ratio <= budgets.peer.jsRatio),
  ]);
  for (const hasSnippet of [true, false]) {
    const pages = comparisons.filter((page) => page.hasSnippet === hasSnippet);
    if (pages.length === 0) continue;
    const page = worst(pages, (candidate) => candidate.tbt.ratio);
    const budget = tbtRatioBudget(page, budgets);
    rows.push([
      `Highest TBT ratio to the peer, pages ${hasSnippet ? 'with' : 'without'} snippets (${page.path}: ${time(page.tbt.project.median)} / ${time(page.tbt.peer.median)})`,
      ratio(page.tbt.ratio),
      '',
      '',
      `≤ ${budget.toFixed(2)}×`,
      verdict(page.tbt.ratio <= budget),
    ]);
  }
  const lcp = worst(comparisons, (page) => page.lcp.ratio);
  rows.push([
    `Highest LCP ratio to the peer (${lcp.path})`,
    ratio(lcp.lcp.ratio),
    '',
    '',
    '–',
    'info',
  ]);
  return rows;
}

/** The per-page table: project, peer and ratio of JS until `load`, LCP and TBT. */
export function renderPeerTable(comparisons: PageComparison[], budgets: typeof Budgets): string {
  const spread = (summary: Summary, format: (value: number) => string) =>
    summary.min === summary.max
      ? format(summary.median)
      : `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
  return table(
    [
      'Page',
      'Snippets',
      'JS project',
      'JS peer',
      'JS ratio',
      'LCP project',
      'LCP peer',
      'LCP ratio',
      'TBT project',
      'TBT peer',
      'TBT ratio',
      'TBT targets',
    ],
    comparisons.map((page) => {
      const budget = tbtRatioBudget(page, budgets);
      return [
        page.path,
        page.hasSnippet ? 'yes' : 'no',
        kB(page.js.project.median),
        kB(page.js.peer.median),
        `${ratio(page.js.ratio)} ${page.js.ratio <= budgets.peer.jsRatio ? '' : '**FAIL**'}`.trim(),
        spread(page.lcp.project, time),
        spread(page.lcp.peer, time),
        ratio(page.lcp.ratio),
        spread(page.tbt.project, time),
        spread(page.tbt.peer, time),
        ratio(page.tbt.ratio),
        `ratio ≤ ${budget.toFixed(1)}×: ${verdict(page.tbt.ratio <= budget)}; ≤ ${time(budgets.tbtMs)}: ${verdict(page.tbt.project.median <= budgets.tbtMs)}`,
      ];
    }),
  );
}

/** Rows for the summary table: cold and warm TypeScript Run on each reader path. */
export function readerPathRows(
  paths: ReaderPathResult[],
  runSnippet: string,
  budgets: typeof Budgets,
): string[][] {
  return paths.flatMap((readerPath) => {
    const samples = readerPath.samples;
    const cold = samples.length ? summarize(samples.map((sample) => sample.coldMs)) : undefined;
    const warm = samples.length ? summarize(samples.map((sample) => sample.warmMs)) : undefined;
    return [
      timedRow(
        `TypeScript Run → first console line, cold, ${readerPath.label} (${runSnippet})`,
        cold,
        budgets.runColdMs,
      ),
      timedRow(
        `TypeScript Run → first console line, warm (second run), ${readerPath.label}`,
        warm,
        budgets.runWarmMs,
      ),
    ];
  });
}

/** How each reader path was driven, for the report. */
export function renderReaderPaths(paths: ReaderPathResult[]): string {
  return table(
    ['Reader path', 'How', 'Runs'],
    paths.map((readerPath) => [
      readerPath.label,
      readerPath.how,
      String(readerPath.samples.length),
    ]),
  );
}
