import recordings from '@generated/recorded-runs/default/recordings.json';
import type { Recording } from '@site/sandbox/runner/core/Recording';
import { recordingPath } from '@site/src/plugins/snippet-registry/recordingPath';

/**
 * A snippet's recorded run in one language, fetched when its tab comes near the viewport: a plain
 * JSON file the recorded-runs plugin serves (src/plugins/recorded-runs), never part of a page's
 * JavaScript.
 */
export async function loadRecording(id: string, language: string): Promise<Recording> {
  const response = await fetch(`${recordings.baseUrl}${recordingPath(id, language)}`);
  if (!response.ok) {
    throw new Error(`${recordingPath(id, language)} answered ${response.status}`);
  }
  const recording = (await response.json()) as Recording;
  if (recording.snippet !== id || recording.language !== language) {
    throw new Error(`${recordingPath(id, language)} is the recording of another snippet`);
  }
  return recording;
}
