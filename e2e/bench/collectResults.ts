import fs from 'node:fs';
import path from 'node:path';
import { budgets } from './budgets';
import { pageHasSnippet, pickBaselinePage } from './builtPages';
import { gitDescription } from './gitDescription';
import type { Loads } from './LoadSamples';
import { loadAverage, machineInfo } from './machine';
import type { Options } from './parseOptions';
import { runPage, runSnippet } from './paths';
import type { PeerSite } from './peer/preparePeer';
import type { BuildFigures } from './phases/measureBuilds';
import type { E2eFigures } from './phases/measureE2e';
import type { ReaderFigures } from './phases/measureReader';
import type { BenchResults } from './report/BenchResults';
import { readerPaths } from './runLatency';
import { gzipSize } from './staticServer';
import { summarize } from './summary';

/** The phases' figures as one results object, summarised, for the report and results.json. */
export function collectResults(run: {
  options: Options;
  buildDir: string;
  isolated: boolean;
  logDir: string;
  startedAt: Date;
  loadAtStart: string;
  load: Loads;
  peer: PeerSite | undefined;
  builds: BuildFigures;
  reader: ReaderFigures;
  e2e: E2eFigures;
}): BenchResults {
  const { options, buildDir, isolated, load, peer, builds, reader, e2e } = run;
  return {
    startedAt: run.startedAt,
    runs: options.runs,
    machine: machineInfo(),
    chromiumVersion: reader.chromiumVersion,
    git: gitDescription(),
    buildLocation: isolated
      ? `${buildDir} (--out-dir; generated files in .docusaurus/bench; the e2e run used the bench's server on it)`
      : 'build/',
    loadAtStart: run.loadAtStart,
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
    languageRuns: reader.languageRuns,
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
    logDir: run.logDir,
  };
}
