/**
 * Where a snippet's recorded runs live: `snippets/<grant>/<operation>/recorded/<language>.json`,
 * one file per language, beside the code they were recorded from. The page imports them by a
 * literal template (src/components/RecordedRun/loadRecording.ts) that must say the same.
 */
export const recordedFolder = 'recorded';

export function recordingPath(id: string, language: string): string {
  return `snippets/${id}/${recordedFolder}/${language}.json`;
}
