/**
 * `npm run bench`: builds the site, serves build/ on loopback with gzip, and measures in headless
 * Chromium what a reader pays (JavaScript per page, LCP, TBT, Run latency in TypeScript on every
 * reader path and in every language whose runtime is a large download: Python, Ruby, PHP, Go, with
 * each runtime's download) and what a developer waits for (build,
 * e2e of every example). In the same run it generates, builds and measures the peer: the same
 * docs as a plain Docusaurus site (e2e/bench/peer/), and reports each figure's ratio to it. Prints a table and appends it to e2e/bench/RESULTS.md. Exits 1 when a promise is
 * broken rather than a budget missed: any in-page runtime requested before the reader's intent.
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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '../chromium';
import { collectResults } from './collectResults';
import { newLoads } from './LoadSamples';
import { log } from './log';
import { loadAverage, waitForQuiet } from './machine';
import { parseOptions } from './parseOptions';
import { defaultBuildDir } from './paths';
import { preparePeer } from './peer/preparePeer';
import { measureBuilds } from './phases/measureBuilds';
import { measureE2e } from './phases/measureE2e';
import { measureReader } from './phases/measureReader';
import { recordReport } from './recordReport';

/**
 * The phases in order: the peer generated, builds (project and peer interleaved), the reader's
 * side (page loads, then Run), the e2e run; then the report. Each phase is its own file under
 * phases/ (the peer's under peer/, the report's tables under report/).
 */
async function main() {
  const options = parseOptions(process.argv.slice(2));
  const buildDir = options.outDir;
  const isolated = buildDir !== defaultBuildDir;
  const where = isolated ? { outDir: buildDir, generatedFilesDir: '.docusaurus/bench' } : {};
  const browserChoice = findChromium();
  if (browserChoice.kind === 'none') throw new Error(browserChoice.message);
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oauth-docs-bench-'));
  const load = newLoads();

  if (options.waitQuiet) {
    log('waiting for a quiet machine');
    const quiet = await waitForQuiet(2, options.waitQuietMinutes);
    if (!quiet) log(`still busy after ${options.waitQuietMinutes} minutes: measuring anyway`);
  }
  const loadAtStart = loadAverage();
  const startedAt = new Date();

  const peer = await preparePeer(options, logDir);
  const builds = await measureBuilds(options, logDir, load, where, peer);
  if (!fs.existsSync(path.join(buildDir, 'sitemap.xml'))) {
    throw new Error(
      `${buildDir} has no sitemap.xml: run \`npm run build\` (or the bench without --skip-build).`,
    );
  }
  const reader = await measureReader(options, buildDir, load, browserChoice, peer);
  const e2e = await measureE2e(options, isolated ? buildDir : undefined, logDir, load, startedAt);

  const results = collectResults({
    options,
    buildDir,
    isolated,
    logDir,
    startedAt,
    loadAtStart,
    load,
    peer,
    builds,
    reader,
    e2e,
  });
  recordReport(results, options);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
