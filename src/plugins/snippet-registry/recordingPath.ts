/**
 * Where a snippet's recorded runs live: `snippets/<grant>/<operation>/recorded/<language>.json`,
 * one file per language, beside the code they were recorded from. The build serves them at the
 * same path below a hashed folder (src/plugins/recorded-runs), where the page fetches them
 * (src/components/RecordedRun/loadRecording.ts).
 */
export const recordedFolder = 'recorded';

export function recordingPath(id: string, language: string): string {
  return `snippets/${id}/${recordedFolder}/${language}.json`;
}
