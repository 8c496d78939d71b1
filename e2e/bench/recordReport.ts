import fs from 'node:fs';
import path from 'node:path';
import { log } from './log';
import type { Options } from './parseOptions';
import { resultsFile, siteDir } from './paths';
import type { BenchResults } from './report/BenchResults';
import { renderReport } from './report/renderReport';

/**
 * Keeps the results with the logs, prints the report, appends it to RESULTS.md (unless
 * --no-record), and sets exit status 1 when a promise is broken.
 */
export function recordReport(results: BenchResults, options: Options) {
  // Kept with the logs, so a run's figures survive a bug in the report.
  fs.writeFileSync(
    path.join(results.logDir, 'results.json'),
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
  log(`logs in ${results.logDir}`);
  if (report.broken.length > 0) {
    // Budgets are figures to improve; these are promises the site makes (exit 1 for CI).
    console.error(`\nBroken: ${report.broken.join('; ')}`);
    process.exitCode = 1;
  }
}
