import type { Recording } from '@site/sandbox/runner/core/Recording';

/**
 * A snippet's recorded run in one language, fetched when its tab shows (a JSON chunk of its
 * own, never part of a page's JavaScript). The template names the folder recordingPath() gives
 * (src/plugins/snippet-registry/recordingPath.ts): the bundler turns it into one chunk per file.
 */
export async function loadRecording(id: string, language: string): Promise<Recording> {
  // No chunk names: the page's runtime lists every chunk it may load, and 174 long names would
  // add kilobytes to every page.
  const module = (await import(`@site/snippets/${id}/recorded/${language}.json`)) as {
    default: Recording;
  };
  const recording = module.default;
  if (recording.snippet !== id || recording.language !== language) {
    throw new Error(`snippets/${id}/recorded/${language}.json is the recording of another snippet`);
  }
  return recording;
}
