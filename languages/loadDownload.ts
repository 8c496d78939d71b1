/**
 * Where each language's download recipe lives: `languages/<key>/download.ts`, found by that path
 * (no list names them), like its harness (loadHarness.ts). Node-only: the page never imports it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LanguageDownload } from './LanguageDownload';
import { languageFolder } from './loadHarness';

/** The download recipe of `language`; throws, saying what to add, when there is none. */
export async function loadDownload(siteDir: string, language: string): Promise<LanguageDownload> {
  const file = path.join(languageFolder(siteDir, language), 'download.ts');
  const where = path.relative(siteDir, file);
  if (!fs.existsSync(file)) {
    throw new Error(
      `no download recipe for ${language}: add ${where} exporting \`download\` (see languages/LanguageDownload.ts)`,
    );
  }
  const module = (await import(pathToFileURL(file).href)) as { download?: LanguageDownload };
  if (module.download?.language !== language) {
    throw new Error(`${where} must export \`download\` with language '${language}'`);
  }
  return module.download;
}
