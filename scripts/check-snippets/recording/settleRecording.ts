import fs from 'node:fs';
import path from 'node:path';
import type { Recording } from '../../../sandbox/runner/core/Recording';
import { recordingPath } from '../../../src/plugins/snippet-registry/recordingPath';
import type { CheckProblem } from '../CheckProblem';
import { readRecording } from './readRecording';
import { refreshCommand } from './refreshCommand';
import { firstDifference, stableShape } from './stableShape';

/**
 * What becomes of a fresh run's recording. With `record`, it is written beside the snippet (only
 * if the run passed its checks: a failing run is not what a reader should see). Otherwise it is
 * held to the committed one on what two runs of the same code share (printed lines, exchanges'
 * method, URL and status, notes, their order; not token values or timings); a missing or stale
 * recording is left to `checkRecordings`, which names it once.
 */
export function settleRecording(input: {
  siteDir: string;
  recording: Recording;
  record: boolean;
  runPassed: boolean;
}): CheckProblem[] {
  const { siteDir, recording } = input;
  const file = recordingPath(recording.snippet, recording.language);
  if (input.record) {
    if (!input.runPassed) return [];
    const full = path.join(siteDir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, `${JSON.stringify(recording)}\n`);
    return [];
  }
  const read = readRecording(siteDir, file);
  if (!('recording' in read) || read.recording.key !== recording.key) return [];
  const difference = firstDifference(
    stableShape(read.recording.events),
    stableShape(recording.events),
  );
  if (difference === undefined) return [];
  return [
    {
      file,
      message: `does not match this run of the same code: ${difference}. If the change is expected (a new JDK, Mono or interpreter prints otherwise), refresh it with \`${refreshCommand(recording.snippet, recording.language)}\``,
    },
  ];
}
