import type { BenchResults } from './BenchResults';

/** The report's title and where it was measured: machine, browser, commit, load on the machine. */
export function renderHeader(results: BenchResults): string[] {
  const { machine } = results;
  const stamp = results.startedAt.toISOString().replace('T', ' ').slice(0, 16);
  return [
    `## Bench run ${stamp} UTC`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}; ` +
      `Chromium ${results.chromiumVersion} (headless); Node ${machine.node}. Commit ${results.git}. ` +
      `Built into ${results.buildLocation}. ${results.runs} runs per timed figure (median, min, max).`,
    '',
    `Load average (1/5/15 min): ${results.loadAtStart} at the start, ${results.loadAtEnd} at the end; ` +
      `1-minute load during builds ${results.load.build}, page loads ${results.load.pages}, ` +
      `Run ${results.load.run}, e2e ${results.load.e2e}.`,
    '',
  ];
}
