import fs from 'node:fs';
import path from 'node:path';
import { timeExamplesRun } from '../e2eExamples';
import type { Loads } from '../LoadSamples';
import { log } from '../log';
import type { Options } from '../parseOptions';
import { siteDir } from '../paths';

export interface E2eFigures {
  times: number[];
  failures: string[];
  note?: string;
}

/** 3. The e2e run of every example, as a developer or CI runs it. */
export async function measureE2e(
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
