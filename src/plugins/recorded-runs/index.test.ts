import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFixtureSite,
  editFixture,
  type FixtureSite,
} from '../../../scripts/check-snippets/checks/fixtureSite';
import { recordingPath } from '../snippet-registry/recordingPath';
import recordedRunsPlugin, { type RecordingsData } from './index';

let site: FixtureSite;
const outDirs: string[] = [];
afterEach(() => {
  site.cleanup();
  for (const dir of outDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const id = 'client-credentials/fetch-token';
const languages = ['csharp', 'java', 'go'];

/** A fixture site whose snippet has a recording in three languages. */
function siteWithRecordings(): FixtureSite {
  const fixture = createFixtureSite([id]);
  for (const language of languages) {
    fixture.write(
      recordingPath(id, language),
      JSON.stringify({ snippet: id, language, lines: [`Access token from ${language}`] }),
    );
  }
  return fixture;
}

const context = (dir: string) => ({ siteDir: dir, baseUrl: '/docs-site/' }) as LoadContext;

async function build(dir: string): Promise<{ content: RecordingsData; outDir: string }> {
  const plugin = recordedRunsPlugin(context(dir));
  const content = (await plugin.loadContent?.()) as RecordingsData;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recorded-runs-'));
  outDirs.push(outDir);
  await plugin.postBuild?.({ outDir, content } as never);
  return { content, outDir };
}

describe('recordedRunsPlugin', () => {
  it('serves every recording at its repository path below one hashed folder', async () => {
    site = siteWithRecordings();
    const { content, outDir } = await build(site.dir);
    expect(content.baseUrl).toMatch(/^\/docs-site\/recorded\/[0-9a-f]{10}\/$/);
    const served = path.join(outDir, content.baseUrl.slice('/docs-site/'.length));
    for (const language of languages) {
      const file = recordingPath(id, language);
      expect(fs.readFileSync(path.join(served, file), 'utf8')).toBe(
        fs.readFileSync(path.join(site.dir, file), 'utf8'),
      );
    }
  });

  it('gives a refreshed recording a new URL, so no cache serves the old run', async () => {
    site = siteWithRecordings();
    const before = await build(site.dir);
    editFixture(
      site,
      recordingPath('client-credentials/fetch-token', 'java'),
      'Access token',
      'Token',
    );
    const after = await build(site.dir);
    expect(after.content.baseUrl).not.toBe(before.content.baseUrl);
  });
});
