import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { Loads } from '../LoadSamples';
import { log } from '../log';
import type { Options } from '../parseOptions';
import { runPage, runSnippet } from '../paths';
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
} from '../runLatency';

export interface RunFigures {
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

/**
 * 2b. Run → first console line: TypeScript on every reader path, and Python with its runtime
 * downloaded cold, each run cold then warm, interleaved run by run.
 */
export async function measureRuns(
  options: Options,
  browser: Browser,
  origin: string,
  buildDir: string,
  load: Loads,
): Promise<RunFigures> {
  const figures: RunFigures = {
    run: [],
    pathRuns: { 'earlier-visit': [], 'query-link': [], 'client-navigation': [] },
    pythonRun: [],
    serviceWorkers: 0,
  };
  await warmServer(origin, buildDir);
  const languages = [
    { language: typeScriptRun, into: figures.run },
    { language: pythonRun, into: figures.pythonRun },
  ];
  const tabStorageKey = await findTabStorageKey(browser, origin + runPage);
  for (let run = 1; run <= options.runs; run++) {
    for (const { key } of readerPaths) {
      if (key === 'tab-on-page') continue; // measured below, with the Python run
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
      const sample = await measureRun(browser, origin + runPage, runSnippet, language);
      into.push(sample);
      figures.serviceWorkers = Math.max(figures.serviceWorkers, sample.serviceWorkers);
      log(
        `${language.label} Run ${run}/${options.runs}: cold ${sample.coldMs.toFixed(0)} ms, warm ${sample.warmMs.toFixed(0)} ms`,
      );
    }
  }
  return figures;
}
