/**
 * `npm run bench`: builds the site, serves build/ on loopback with gzip, and measures in headless
 * Chromium what a reader pays (JavaScript per page, LCP, TBT, Run latency in TypeScript on every
 * reader path and in Python, the Python runtime's download) and what a developer waits for (build,
 * e2e of every example). In the same run it generates, builds and measures the peer: the same
 * docs as a plain Docusaurus site (e2e/bench/peer/), and reports each figure's ratio to it. Prints a table and appends it to e2e/bench/RESULTS.md. Exits 1 when a promise is
 * broken rather than a budget missed: the Python runtime requested before the reader's intent.
 *
 *   npm run bench                     # everything, 5 runs per timed figure
 *   npm run bench -- --runs 7         # more runs
 *   npm run bench -- --skip-build     # reuse build/ (no build timing)
 *   npm run bench -- --skip-stats     # no side build naming each chunk's contents
 *   npm run bench -- --skip-e2e       # no e2e timing
 *   npm run bench -- --skip-peer      # no plain Docusaurus peer (no project/peer ratios)
 *   npm run bench -- --wait-quiet     # first wait (up to 30 min) for the 1-min load average < 2
 *   npm run bench -- --wait-quiet-minutes 10  # the same, waiting at most 10 min
 *   npm run bench -- --out-dir /tmp/b # build there (generated files in .docusaurus/bench), not
 *                                     # in build/, which others may be serving; the e2e run then
 *                                     # uses the bench's own server for it (Playwright reuses a
 *                                     # server already on E2E_PORT)
 *   npm run bench -- --no-record      # print only, do not append to RESULTS.md
 *   npm run bench -- --no-cached-builds  # skip the (informational) persistent-cache builds
 *   npm run bench -- --max-minutes 40 # start no further e2e run after 40 min (noted in the table)
 *
 * Not part of `npm test`: timings need a quiet machine, and the whole run takes ~10 minutes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium';
import { sitemapPaths } from '../sitemap';
import { budgets } from './budgets';
import { timedBuild } from './build';
import { readChunkStats, type ChunkInfo } from './chunkStats';
import { timeExamplesRun } from './e2eExamples';
import { loadAverage, machineInfo, waitForQuiet } from './machine';
import { measurePageLoad, type PageLoadSample } from './pageLoad';
import { renderReport, type BenchResults } from './report/renderReport';
import { generatePeer, peerGeneratedFilesDir } from './peer/generatePeer';
import {
  findTabStorageKey,
  measureReaderPath,
  measureRun,
  pythonRun,
  readerPaths,
  typeScriptRun,
  type PathRunSample,
  type ReaderPathKey,
  type RunSample,
} from './runLatency';
import { gzipSize, startStaticServer } from './staticServer';
import { summarize } from './summary';

const siteDir = path.resolve(__dirname, '..', '..');
const defaultBuildDir = path.join(siteDir, 'build');
const resultsFile = path.join(__dirname, 'RESULTS.md');
const runPage = '/docs/client-credentials';
const runSnippet = 'client-credentials/fetch-token';

interface Options {
  runs: number;
  skipBuild: boolean;
  skipE2e: boolean;
  skipStats: boolean;
  skipPeer: boolean;
  waitQuiet: boolean;
  waitQuietMinutes: number;
  record: boolean;
  cachedBuilds: boolean;
  maxMinutes: number;
  outDir: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    skipBuild: false,
    skipE2e: false,
    skipStats: false,
    skipPeer: false,
    waitQuiet: false,
    waitQuietMinutes: 30,
    record: true,
    cachedBuilds: true,
    maxMinutes: Infinity,
    outDir: defaultBuildDir,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--runs') options.runs = Number(argv[++index]);
    else if (arg.startsWith('--runs=')) options.runs = Number(arg.slice('--runs='.length));
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--skip-e2e') options.skipE2e = true;
    else if (arg === '--skip-stats') options.skipStats = true;
    else if (arg === '--skip-peer') options.skipPeer = true;
    else if (arg === '--wait-quiet') options.waitQuiet = true;
    else if (arg === '--wait-quiet-minutes') {
      options.waitQuiet = true;
      options.waitQuietMinutes = Number(argv[++index]);
    } else if (arg === '--no-record') options.record = false;
    else if (arg === '--no-cached-builds') options.cachedBuilds = false;
    else if (arg === '--out-dir') options.outDir = path.resolve(argv[++index]!);
    else if (arg === '--max-minutes') options.maxMinutes = Number(argv[++index]);
    else throw new Error(`Unknown option ${arg}: see the usage at the top of e2e/bench/run.ts.`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    throw new Error(`--runs must be a positive integer (got ${options.runs}).`);
  }
  return options;
}

function log(message: string) {
  console.log(
    `[bench ${new Date().toISOString().slice(11, 19)}] ${message} (load ${loadAverage()})`,
  );
}

function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'not a git checkout';
  }
}

/** Every 1-minute load average sampled during a phase, for the report. */
class LoadSamples {
  private readonly values: number[] = [];
  sample() {
    this.values.push(os.loadavg()[0]!);
  }
  range(): string {
    if (this.values.length === 0) return '–';
    const min = Math.min(...this.values).toFixed(2);
    const max = Math.max(...this.values).toFixed(2);
    return min === max ? min : `${min}–${max}`;
  }
}

type Phase = 'build' | 'pages' | 'run' | 'e2e';
type Loads = Record<Phase, LoadSamples>;

interface BuildFigures {
  buildCold: number[];
  buildCached: number[];
  /** The peer's fresh-clone builds, each right after one of the project's (same load). */
  peerBuildCold: number[];
  chunkStats?: Map<string, ChunkInfo>;
}

/** Where the peer site is generated and built (undefined with --skip-peer). */
interface PeerSite {
  site: string;
  outDir: string;
}

/**
 * 1. Builds. Fresh-clone builds (no persistent cache) are the budgeted figure; cached builds are
 * what a developer's second build costs; a side build with a stats plugin names each chunk's parts.
 */
async function measureBuilds(
  options: Options,
  logDir: string,
  load: Loads,
  where: { outDir?: string; generatedFilesDir?: string },
  peer: PeerSite | undefined,
): Promise<BuildFigures> {
  const figures: BuildFigures = { buildCold: [], buildCached: [], peerBuildCold: [] };
  const timedPeer = async (run: number, of: number) => {
    if (!peer) return;
    load.build.sample();
    const ms = await timedBuild({
      siteDir,
      site: peer.site,
      persistentCache: false,
      outDir: peer.outDir,
      generatedFilesDir: peerGeneratedFilesDir,
      logFile: path.join(logDir, `build-peer-${run}.log`),
    });
    figures.peerBuildCold.push(ms);
    log(`peer build without cache ${run}/${of}: ${(ms / 1000).toFixed(1)} s`);
  };
  const timed = async (persistentCache: boolean, label: string, into?: number[]) => {
    load.build.sample();
    const ms = await timedBuild({
      siteDir,
      persistentCache,
      ...where,
      logFile: path.join(logDir, `build-${label}.log`),
    });
    into?.push(ms);
    return ms;
  };
  if (!options.skipBuild) {
    for (let run = 1; run <= options.runs; run++) {
      const ms = await timed(false, `cold-${run}`, figures.buildCold);
      log(`build without cache ${run}/${options.runs}: ${(ms / 1000).toFixed(1)} s`);
      // Interleaved, so a burst of load elsewhere hits both sites' builds alike.
      await timedPeer(run, options.runs);
    }
    if (options.cachedBuilds) {
      // Prime Rspack's persistent cache, then time builds that use it.
      await timed(true, 'prime');
      for (let run = 1; run <= options.runs; run++) {
        const ms = await timed(true, `cached-${run}`, figures.buildCached);
        log(`build with cache ${run}/${options.runs}: ${(ms / 1000).toFixed(1)} s`);
      }
    }
  }
  // The peer is measured even when the project's build is reused: one build, still timed.
  if (options.skipBuild) await timedPeer(1, 1);
  if (!options.skipStats) {
    const statsFile = path.join(logDir, 'chunks.json');
    await timedBuild({
      siteDir,
      persistentCache: false,
      config: 'e2e/bench/stats.config.ts',
      outDir: path.join(logDir, 'stats-build'),
      generatedFilesDir: '.docusaurus/bench-stats',
      logFile: path.join(logDir, 'build-stats.log'),
      env: { BENCH_STATS_FILE: statsFile },
    });
    figures.chunkStats = readChunkStats(statsFile);
    log('stats side build done');
  }
  return figures;
}

interface ReaderFigures {
  chromiumVersion: string;
  paths: string[];
  pageSamples: Map<string, PageLoadSample[]>;
  /** The peer's loads of the same paths (those it has), each right after the project's. */
  peerPageSamples: Map<string, PageLoadSample[]>;
  run: RunSample[];
  /** TypeScript Run on the reader's other paths (`tab-on-page` is `run`). */
  pathRuns: Record<Exclude<ReaderPathKey, 'tab-on-page'>, PathRunSample[]>;
  pythonRun: RunSample[];
  serviceWorkers: number;
}

/**
 * Asks the server for each of Pyodide's files once, gzip accepted: a host serves them
 * precompressed, so compressing 13 MB on the first request must not count as the reader's wait.
 */
async function warmServer(origin: string, buildDir: string) {
  const folder = path.join(buildDir, 'pyodide');
  if (!fs.existsSync(folder)) return;
  for (const version of fs.readdirSync(folder)) {
    for (const file of fs.readdirSync(path.join(folder, version))) {
      const response = await fetch(`${origin}/pyodide/${version}/${file}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      await response.arrayBuffer();
    }
  }
}

/** 2. The reader's side, in Chromium against the build served with gzip. */
async function measureReader(
  options: Options,
  buildDir: string,
  load: Loads,
  browserChoice: ReturnType<typeof findChromium>,
  peer: PeerSite | undefined,
): Promise<ReaderFigures> {
  const server = await startStaticServer(buildDir);
  const peerServer = peer ? await startStaticServer(peer.outDir) : undefined;
  // Only the docs pages are compared (the peer's home page is a stand-in for the navbar's link).
  const peerPaths = new Set(
    peer ? sitemapPaths(peer.outDir).filter((page) => page.startsWith('/docs')) : [],
  );
  const browser = await chromium.launch(
    browserChoice.kind === 'system'
      ? { executablePath: browserChoice.executablePath, args: browserChoice.args }
      : {},
  );
  const paths = sitemapPaths(buildDir);
  const figures: ReaderFigures = {
    chromiumVersion: browser.version(),
    paths,
    pageSamples: new Map(paths.map((page) => [page, []])),
    peerPageSamples: new Map(paths.filter((page) => peerPaths.has(page)).map((page) => [page, []])),
    run: [],
    pathRuns: { 'earlier-visit': [], 'query-link': [], 'client-navigation': [] },
    pythonRun: [],
    serviceWorkers: 0,
  };
  try {
    // Round-robin over pages, project then peer, so a burst of load elsewhere does not hit one
    // page's every run, nor one site's.
    for (let run = 1; run <= options.runs; run++) {
      for (const page of paths) {
        load.pages.sample();
        figures.pageSamples.get(page)!.push(await measurePageLoad(browser, server.origin + page));
        const peerSamples = figures.peerPageSamples.get(page);
        if (peerServer && peerSamples) {
          peerSamples.push(await measurePageLoad(browser, peerServer.origin + page));
        }
      }
      log(
        `page loads ${run}/${options.runs} (${paths.length} pages${peer ? `, ${figures.peerPageSamples.size} of the peer's` : ''})`,
      );
    }
    await warmServer(server.origin, buildDir);
    const languages = [
      { language: typeScriptRun, into: figures.run },
      { language: pythonRun, into: figures.pythonRun },
    ];
    const tabStorageKey = await findTabStorageKey(browser, server.origin + runPage);
    for (let run = 1; run <= options.runs; run++) {
      for (const { key } of readerPaths) {
        if (key === 'tab-on-page') continue; // measured below, with the Python run
        load.run.sample();
        const sample = await measureReaderPath(
          browser,
          key,
          server.origin + runPage,
          runSnippet,
          tabStorageKey,
        );
        figures.pathRuns[key].push(sample);
        log(
          `TypeScript Run, ${key} ${run}/${options.runs}: cold ${sample.coldMs.toFixed(0)} ms, warm ${sample.warmMs.toFixed(0)} ms`,
        );
      }
      for (const { language, into } of languages) {
        load.run.sample();
        const sample = await measureRun(browser, server.origin + runPage, runSnippet, language);
        into.push(sample);
        figures.serviceWorkers = Math.max(figures.serviceWorkers, sample.serviceWorkers);
        log(
          `${language.label} Run ${run}/${options.runs}: cold ${sample.coldMs.toFixed(0)} ms, warm ${sample.warmMs.toFixed(0)} ms`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await peerServer?.close();
  }
  return figures;
}

interface E2eFigures {
  times: number[];
  failures: string[];
  note?: string;
}

/** 3. The e2e run of every example, as a developer or CI runs it. */
async function measureE2e(
  options: Options,
  buildDir: string | undefined,
  logDir: string,
  load: Loads,
  startedAt: Date,
): Promise<E2eFigures> {
  const examplesSpec = path.join(siteDir, 'e2e', 'examples.spec.ts');
  const figures: E2eFigures = { times: [], failures: [] };
  if (options.skipE2e) return { ...figures, note: 'skipped (--skip-e2e)' };
  if (!fs.existsSync(examplesSpec)) {
    return { ...figures, note: 'not measured: e2e/examples.spec.ts does not exist yet' };
  }
  for (let run = 1; run <= options.runs; run++) {
    if ((Date.now() - startedAt.getTime()) / 60_000 > options.maxMinutes) {
      figures.note = `${run - 1} runs only: --max-minutes ${options.maxMinutes} reached`;
      break;
    }
    load.e2e.sample();
    const logFile = path.join(logDir, `e2e-examples-${run}.log`);
    const { ms, passed } = await timeExamplesRun(siteDir, logFile, buildDir);
    figures.times.push(ms);
    if (!passed) figures.failures.push(logFile);
    log(
      `e2e examples ${run}/${options.runs}: ${(ms / 1000).toFixed(1)} s${passed ? '' : ' (FAILED)'}`,
    );
  }
  return figures;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const buildDir = options.outDir;
  const isolated = buildDir !== defaultBuildDir;
  const where = isolated ? { outDir: buildDir, generatedFilesDir: '.docusaurus/bench' } : {};
  const browserChoice = findChromium();
  if (browserChoice.kind === 'none') throw new Error(browserChoice.message);
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oauth-docs-bench-'));
  const load: Loads = {
    build: new LoadSamples(),
    pages: new LoadSamples(),
    run: new LoadSamples(),
    e2e: new LoadSamples(),
  };

  if (options.waitQuiet) {
    log('waiting for a quiet machine');
    const quiet = await waitForQuiet(2, options.waitQuietMinutes);
    if (!quiet) log(`still busy after ${options.waitQuietMinutes} minutes: measuring anyway`);
  }
  const loadAtStart = loadAverage();
  const startedAt = new Date();

  let peer: PeerSite | undefined;
  if (!options.skipPeer) {
    peer = { site: await generatePeer(siteDir), outDir: path.join(logDir, 'peer-build') };
    log(`peer site generated in ${path.relative(siteDir, peer.site)}`);
  }
  const builds = await measureBuilds(options, logDir, load, where, peer);
  if (!fs.existsSync(path.join(buildDir, 'sitemap.xml'))) {
    throw new Error(
      `${buildDir} has no sitemap.xml: run \`npm run build\` (or the bench without --skip-build).`,
    );
  }
  const reader = await measureReader(options, buildDir, load, browserChoice, peer);
  const e2e = await measureE2e(options, isolated ? buildDir : undefined, logDir, load, startedAt);

  const results: BenchResults = {
    startedAt,
    runs: options.runs,
    machine: machineInfo(),
    chromiumVersion: reader.chromiumVersion,
    git: gitDescription(),
    buildLocation: isolated
      ? `${buildDir} (--out-dir; generated files in .docusaurus/bench; the e2e run used the bench's server on it)`
      : 'build/',
    loadAtStart,
    loadAtEnd: loadAverage(),
    load: {
      build: load.build.range(),
      pages: load.pages.range(),
      run: load.run.range(),
      e2e: load.e2e.range(),
    },
    buildCold: builds.buildCold.length ? summarize(builds.buildCold) : undefined,
    buildCached: builds.buildCached.length ? summarize(builds.buildCached) : undefined,
    pages: reader.paths.map((page) => ({ path: page, samples: reader.pageSamples.get(page)! })),
    baselinePage: pickBaselinePage(buildDir, reader.paths),
    snippetPages: reader.paths.filter((page) => pageHasSnippet(buildDir, page)),
    peer: peer
      ? {
          buildCold: builds.peerBuildCold.length ? summarize(builds.peerBuildCold) : undefined,
          pages: [...reader.peerPageSamples].map(([page, samples]) => ({ path: page, samples })),
        }
      : undefined,
    readerPaths: readerPaths.map((readerPath) => ({
      ...readerPath,
      samples:
        readerPath.key === 'tab-on-page'
          ? reader.run.map(({ coldMs, warmMs, firstLine }) => ({ coldMs, warmMs, firstLine }))
          : reader.pathRuns[readerPath.key],
    })),
    run: reader.run,
    pythonRun: reader.pythonRun,
    runPage,
    runSnippet,
    serviceWorkers: reader.serviceWorkers,
    chunkStats: builds.chunkStats,
    gzipOf: (sitePath) => gzipSize(fs.readFileSync(path.join(buildDir, sitePath))),
    rawOf: (sitePath) => fs.statSync(path.join(buildDir, sitePath)).size,
    e2e: e2e.times.length ? summarize(e2e.times) : undefined,
    e2eRuns: e2e.times.length,
    e2eNote: e2e.note,
    e2eFailures: e2e.failures,
    budgets,
    logDir,
  };
  // Kept with the logs, so a run's figures survive a bug in the report.
  fs.writeFileSync(
    path.join(logDir, 'results.json'),
    JSON.stringify(
      { ...results, chunkStats: results.chunkStats && Object.fromEntries(results.chunkStats) },
      null,
      2,
    ),
  );
  const report = renderReport(results);
  console.log(`\n${report.text}`);
  if (options.record) {
    fs.appendFileSync(resultsFile, `\n${report.text}`);
    log(`appended to ${path.relative(siteDir, resultsFile)}`);
  }
  log(`logs in ${logDir}`);
  if (report.broken.length > 0) {
    // Budgets are figures to improve; these are promises the site makes (exit 1 for CI).
    console.error(`\nBroken: ${report.broken.join('; ')}`);
    process.exitCode = 1;
  }
}

/** Whether a page's built HTML has a snippet or a live code block; undefined if not found. */
function pageHasSnippet(buildDir: string, page: string): boolean | undefined {
  const candidates = [path.join(buildDir, `${page}.html`), path.join(buildDir, page, 'index.html')];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (!file) return undefined;
  const html = fs.readFileSync(file, 'utf8');
  return html.includes('data-snippet-id') || />\s*Run\s*<\/button>/.test(html);
}

/**
 * The reference for "ratio to a page without snippets": the first docs page whose built HTML has
 * no snippet and no live code block.
 */
function pickBaselinePage(buildDir: string, paths: string[]): string | undefined {
  return paths.find((page) => page.startsWith('/docs') && pageHasSnippet(buildDir, page) === false);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
