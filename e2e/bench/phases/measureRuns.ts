import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { anyRuntimePath, type LargeRuntime } from '../largeRuntimes';
import type { Loads } from '../LoadSamples';
import { log } from '../log';
import type { Options } from '../parseOptions';
import { runPage, runSnippet } from '../paths';
import {
  findTabStorageKey,
  measureReaderPath,
  largeRuntimeRun,
  measureRun,
  readerPaths,
  typeScriptRun,
  type PathRunSample,
  type ReaderPathKey,
  type RunSample,
} from '../runLatency';

/** One large-runtime language's Run on a fresh visit each (its runtime downloaded cold). */
export interface LanguageRuns {
  key: string;
  label: string;
  /** The site folder its runtime is served under, e.g. "pyodide". */
  folder: string;
  samples: RunSample[];
}

export interface RunFigures {
  run: RunSample[];
  /** TypeScript Run on the reader's other paths (`tab-on-page` is `run`). */
  pathRuns: Record<Exclude<ReaderPathKey, 'tab-on-page'>, PathRunSample[]>;
  /** Every language whose runtime is a large download (Python, Ruby, PHP, Go), in tab order. */
  languageRuns: LanguageRuns[];
  serviceWorkers: number;
}

/**
 * Asks the server for each of the runtimes' files once, gzip accepted: a host serves them
 * precompressed, so compressing megabytes on the first request must not count as the reader's
 * wait. (The `.br`/`.gz` copies beside them are the same files.)
 */
async function warmServer(origin: string, buildDir: string, runtimes: readonly LargeRuntime[]) {
  for (const { folder: name } of runtimes) {
    const folder = path.join(buildDir, name);
    if (!fs.existsSync(folder)) continue;
    for (const version of fs.readdirSync(folder)) {
      for (const file of fs.readdirSync(path.join(folder, version))) {
        if (/\.(br|gz)$/.test(file)) continue;
        const response = await fetch(`${origin}/${name}/${version}/${file}`, {
          headers: { 'Accept-Encoding': 'gzip' },
        });
        await response.arrayBuffer();
      }
    }
  }
}

/**
 * 2b. Run → first console line: TypeScript on every reader path, and each language whose runtime
 * is a large download (Python, Ruby, PHP, Go: `runtimes`) with it downloaded cold, each run cold
 * then warm, interleaved run by run.
 */
export async function measureRuns(
  options: Options,
  browser: Browser,
  origin: string,
  buildDir: string,
  load: Loads,
  runtimes: readonly LargeRuntime[],
): Promise<RunFigures> {
  const figures: RunFigures = {
    run: [],
    pathRuns: { 'earlier-visit': [], 'query-link': [], 'client-navigation': [] },
    languageRuns: runtimes.map(({ key, label, folder }) => ({ key, label, folder, samples: [] })),
    serviceWorkers: 0,
  };
  await warmServer(origin, buildDir, runtimes);
  const earlyPath = anyRuntimePath(runtimes);
  const languages = [
    { language: typeScriptRun, into: figures.run },
    ...runtimes.map((runtime, index) => ({
      language: largeRuntimeRun(runtime),
      into: figures.languageRuns[index]!.samples,
    })),
  ];
  const tabStorageKey = await findTabStorageKey(browser, origin + runPage);
  for (let run = 1; run <= options.runs; run++) {
    for (const { key } of readerPaths) {
      if (key === 'tab-on-page') continue; // measured below, with the other languages' runs
      load.run.sample();
      const sample = await measureReaderPath(
        browser,
        key,
        origin + runPage,
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
      const sample = await measureRun(browser, origin + runPage, runSnippet, language, earlyPath);
      into.push(sample);
      figures.serviceWorkers = Math.max(figures.serviceWorkers, sample.serviceWorkers);
      log(
        `${language.label} Run ${run}/${options.runs}: cold ${sample.coldMs.toFixed(0)} ms, warm ${sample.warmMs.toFixed(0)} ms`,
      );
    }
  }
  return figures;
}
