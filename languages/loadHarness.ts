/**
 * Where each language's CI harness lives: `languages/<key>/harness.ts`, beside its SDK, found by
 * that path (no list names them). Node-only: the page never imports this.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LanguageHarness } from './LanguageHarness';

/** The folder of a language's SDK, sandbox helper, tests and harness in a site. */
export function languageFolder(siteDir: string, language: string): string {
  return path.join(siteDir, 'languages', language);
}

/**
 * Loads the harness in `folder` (by default the language's folder in `siteDir`), or explains in
 * one sentence why it cannot.
 */
export async function loadHarness(
  siteDir: string,
  language: string,
  folder = languageFolder(siteDir, language),
): Promise<LanguageHarness | string> {
  const file = path.join(folder, 'harness.ts');
  if (!fs.existsSync(file)) {
    return `no harness for ${language}: add ${path.relative(siteDir, file)} exporting \`harness\` (see languages/LanguageHarness.ts)`;
  }
  const module = (await import(pathToFileURL(file).href)) as { harness?: LanguageHarness };
  if (module.harness?.language !== language) {
    return `${path.relative(siteDir, file)} must export \`harness\` with language '${language}'`;
  }
  return module.harness;
}
