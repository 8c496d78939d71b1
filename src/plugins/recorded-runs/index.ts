/**
 * The runs CI recorded (snippets/<id>/recorded/<language>.json) served as plain files under a
 * content-hashed folder, `/recorded/<hash>/` + its path in the repository
 * (`snippets/<id>/recorded/<language>.json`, recordingPath), fetched when a tab that shows
 * one comes near the viewport. Plain files rather than bundled JSON chunks: webpack's runtime
 * lists every chunk a page may load, and 174 recordings listed that way added about 1.5 kB
 * (gzipped) to every page's JavaScript. The hash covers every recording, so a host may cache the
 * folder forever and a refreshed recording gets a new URL.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { listSnippetFolders } from '../snippet-registry/listSnippetFolders';
import { recordedFolder, recordingPath } from '../snippet-registry/recordingPath';

/** `@generated/recorded-runs/default/recordings.json`. */
export interface RecordingsData {
  /** Where the recordings are served, e.g. `/recorded/1a2b3c4d5e/`; each recording at its recordingPath below. */
  baseUrl: string;
}

/** Each recording as `[id, language, absolute path]`, in name order. */
function listRecordings(siteDir: string): [string, string, string][] {
  return listSnippetFolders(siteDir).flatMap(([grant, operation]) => {
    const folder = path.join(siteDir, 'snippets', grant, operation, recordedFolder);
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file): [string, string, string] => [
        `${grant}/${operation}`,
        file.slice(0, -'.json'.length),
        path.join(folder, file),
      ]);
  });
}

export default function recordedRunsPlugin(context: LoadContext): Plugin<RecordingsData> {
  let recordings: [string, string, string][] = [];
  return {
    name: 'recorded-runs',
    getPathsToWatch: () => [
      path.join(context.siteDir, 'snippets', '*', '*', recordedFolder, '*.json'),
    ],
    loadContent: async () => {
      recordings = listRecordings(context.siteDir);
      const hash = crypto.createHash('sha256');
      for (const [id, language, file] of recordings) {
        hash.update(`${id}/${language}\0`).update(fs.readFileSync(file));
      }
      return { baseUrl: `${context.baseUrl}recorded/${hash.digest('hex').slice(0, 10)}/` };
    },
    async contentLoaded({ content, actions }) {
      await actions.createData('recordings.json', JSON.stringify(content));
    },
    configureWebpack(_config, _isServer, _utils, content) {
      // `npm start` serves the snippets folder itself at the build's URL (recordingPath below it).
      return {
        devServer: {
          static: [
            {
              directory: path.join(context.siteDir, 'snippets'),
              publicPath: `${content.baseUrl}snippets/`,
              watch: false,
            },
          ],
        },
      } as never;
    },
    async postBuild({ outDir, content }) {
      const target = path.join(outDir, content.baseUrl.slice(context.baseUrl.length));
      for (const [id, language, file] of recordings) {
        const served = path.join(target, recordingPath(id, language));
        fs.mkdirSync(path.dirname(served), { recursive: true });
        fs.copyFileSync(file, served);
      }
    },
  };
}
