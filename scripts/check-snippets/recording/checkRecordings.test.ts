/**
 * The recorded runs the Java and .NET tabs show can never drift from their code: proven on a
 * scratch copy of a site (a fixture site in a temp folder), through the same `checkSnippets` that
 * `npm run check-snippets` (and so `npm test`) runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../../languages';
import { recordingFormat, type Recording } from '../../../sandbox/runner/core/Recording';
import { readRegistry } from '../../../src/plugins/snippet-registry/loadRegistry';
import { recordingPath } from '../../../src/plugins/snippet-registry/recordingPath';
import { checkSnippets } from '../checkSnippets';
import { createFixtureSite, editFixture, type FixtureSite } from '../checks/fixtureSite';
import { formatProblem } from '../toCheckProblem';
import { recordingKey } from './recordingKey';

const id = 'client-credentials/fetch-token';
let site: FixtureSite;

/** Records `language` as `--record` would, from the snippet as it is now on disk. */
function writeRecording(language: 'java' | 'csharp'): void {
  const entry = readRegistry(site.dir, 'snippets', languages).entries.find(
    (candidate) => candidate.id === id,
  )!;
  const recording: Recording = {
    format: recordingFormat,
    snippet: id,
    language,
    key: recordingKey({ language, source: entry.files[language].source }),
    recordedAt: '2026-12-07T06:46:06Z',
    commit: 'c4ed1f0',
    uncommitted: false,
    events: [{ kind: 'console', level: 'log', text: 'Access token: Ab3_x9Zq…' }],
    outcome: { kind: 'ok', durationMs: 812 },
  };
  site.write(recordingPath(id, language), JSON.stringify(recording));
}

const check = async () =>
  (
    await checkSnippets({
      siteDir: site.dir,
      projectDir: process.cwd(),
      ids: [id],
      languages: ['java', 'csharp'],
      recordings: 'check',
    })
  ).problems.map(formatProblem);

beforeAll(() => {
  site = createFixtureSite([id]);
});
afterAll(() => site.cleanup());

describe('recorded runs in check-snippets', () => {
  it('passes recordings made from the code as it is', async () => {
    writeRecording('java');
    writeRecording('csharp');
    expect(await check()).toEqual([]);
  }, 60_000);

  it('fails a Java snippet whose printed text was edited without refreshing, naming the file and the command', async () => {
    editFixture(site, `snippets/${id}/java.java`, '"Access token: "', '"Token: "');
    expect(await check()).toEqual([
      `snippets/${id}/recorded/java.json: is stale: it was recorded from other code (snippets/${id}/java.java, its SDK in languages/java/ or the mock server changed since). Refresh it with \`npm run check-snippets -- ${id} --language java --record\` and commit it`,
    ]);
  }, 60_000);

  it('asks for a recording that is missing', async () => {
    site.remove(recordingPath(id, 'csharp'));
    expect(await check()).toContainEqual(
      `snippets/${id}/recorded/csharp.json: missing: the page shows snippets/${id}/csharp.cs's recorded run from this file. Record it with \`npm run check-snippets -- ${id} --language csharp --record\` and commit it`,
    );
  }, 60_000);

  it('leaves recordings alone on a site that does not ask for them (fixture sites)', async () => {
    const result = await checkSnippets({
      siteDir: site.dir,
      projectDir: process.cwd(),
      ids: [id],
      languages: ['java', 'csharp'],
    });
    expect(result.problems.filter((problem) => problem.file.includes('/recorded/'))).toEqual([]);
  }, 60_000);
});
