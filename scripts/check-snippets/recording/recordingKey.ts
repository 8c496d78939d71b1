import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordingFormat } from '../../../sandbox/runner/core/Recording';
import { loadTooling, registeredLanguages } from '../../../languages/loadTooling';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The handlers every run is answered by (its HTTP wrapper adds nothing a recording shows). */
const mockServerDir = path.join(repoDir, 'sandbox', 'mock-server');

/** What a toolchain leaves beside the sources on one machine and not another: never hashed. */
const buildOutput = /^(__pycache__|bin|obj|\.gradle)$|\.(pyc|class|dll|exe|mdb|pdb)$/;

/** Every source file under `dir` (or `dir` itself), in a stable order. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (!fs.statSync(dir).isDirectory()) return [dir];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !buildOutput.test(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(path.join(dir, entry.name)));
}

const isTest = (file: string) => /\.test\.ts$|[\\/]testing\.ts$/.test(file);

/**
 * What a recorded run depends on, hashed (SHA-256, hex): the recording format, the snippet's
 * source, the language's SDK and sandbox helper (its tooling's `sdkNames.sources`, without the
 * SDK's own tests) and the mock server's handlers. A change to any of them makes the recording
 * stale. The harness is left out on purpose: how CI compiles a program or words its errors does
 * not change what the program does.
 */
export function recordingKey(input: {
  language: string;
  source: string;
  /** The language's folder; default `languages/<key>/` of this repository. */
  languageDir?: string;
}): string {
  const languageDir = input.languageDir ?? path.join(repoDir, 'languages', input.language);
  const names = loadTooling(input.language, {
    ...registeredLanguages,
    folderOf: () => languageDir,
  }).sdkNames;
  const sdkFiles = (names?.sources ?? [])
    .flatMap((source) => filesUnder(path.join(languageDir, source)))
    .filter((file) => !(names?.testFiles.test(file) ?? false));
  const hash = createHash('sha256');
  const add = (label: string, text: string | Buffer) => {
    hash.update(`${label}\0${text.length}\0`);
    hash.update(text);
  };
  add('format', String(recordingFormat));
  add('snippet', input.source.replace(/\r\n?/g, '\n'));
  for (const file of sdkFiles) {
    add(path.relative(languageDir, file), fs.readFileSync(file));
  }
  for (const file of filesUnder(mockServerDir).filter((file) => !isTest(file))) {
    add(path.relative(repoDir, file), fs.readFileSync(file));
  }
  return hash.digest('hex');
}
