import { recordingPath } from '../../../src/plugins/snippet-registry/recordingPath';
import type { SnippetEntry } from '../../../src/plugins/snippet-registry/loadRegistry';
import type { CheckProblem } from '../CheckProblem';
import { readRecording } from './readRecording';
import { recordingKey } from './recordingKey';
import { refreshCommand } from './refreshCommand';

/**
 * Every runnable snippet has a recorded run in each of `languages` (the languages the page shows
 * recordings for), recorded from its current code: the recording's key must be the hash of the
 * snippet, its SDK and the mock server as they are now. Reads files only, so it holds on a
 * machine without the toolchains too.
 */
export function checkRecordings(input: {
  siteDir: string;
  entries: readonly SnippetEntry[];
  languages: readonly string[];
  /** A language's folder (its SDK); default `languages/<key>/` of this repository. */
  folderOf?: (key: string) => string;
}): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const entry of input.entries) {
    if (entry.meta.run === false) continue;
    for (const language of input.languages) {
      const file = recordingPath(entry.id, language);
      const snippet = entry.files[language as keyof SnippetEntry['files']];
      const refresh = refreshCommand(entry.id, language);
      const read = readRecording(input.siteDir, file);
      if ('missing' in read) {
        problems.push({
          file,
          message: `missing: the page shows ${snippet.path}'s recorded run from this file. Record it with \`${refresh}\` and commit it`,
        });
        continue;
      }
      if ('broken' in read) {
        problems.push({
          file,
          message: `is not a readable recording (${read.broken}): record it again with \`${refresh}\``,
        });
        continue;
      }
      const key = recordingKey({
        language,
        source: snippet.source,
        ...(input.folderOf && { languageDir: input.folderOf(language) }),
      });
      if (read.recording.key !== key) {
        problems.push({
          file,
          message: `is stale: it was recorded from other code (${snippet.path}, its SDK in languages/${language}/ or the mock server changed since). Refresh it with \`${refresh}\` and commit it`,
        });
      }
    }
  }
  return problems;
}
