/**
 * Where each language's harness lives: `languages/<language>/harness.ts`, beside its SDK. The
 * TypeScript snippets run through the in-process Node check instead (the same SDK and handlers
 * as the page), so they have no harness here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LanguageKey } from '../../languages';
import type { LanguageHarness } from './LanguageHarness';

/** The folder of a language's SDK, sandbox helper, tests and harness. */
export function languageFolder(siteDir: string, language: LanguageKey): string {
  return path.join(siteDir, 'languages', language);
}

/** Loads a language's harness, or explains in one sentence why it cannot. */
export async function loadHarness(
  siteDir: string,
  language: LanguageKey,
): Promise<LanguageHarness | string> {
  const file = path.join(languageFolder(siteDir, language), 'harness.ts');
  if (!fs.existsSync(file)) {
    return `no harness for ${language}: add ${path.relative(siteDir, file)} exporting \`harness\` (see scripts/check-snippets/LanguageHarness.ts)`;
  }
  const module = (await import(pathToFileURL(file).href)) as { harness?: LanguageHarness };
  if (module.harness?.language !== language) {
    return `${path.relative(siteDir, file)} must export \`harness\` with language '${language}'`;
  }
  return module.harness;
}
