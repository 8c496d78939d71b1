/**
 * Where each language's command line traits live: `languages/<key>/tooling.ts`, found by that path
 * (no second list names them). Node-only: the page never imports this (`languages/index.ts` does
 * not), so tree-sitter readers and templates stay out of its JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
// Synchronous, so that the scaffold and the fixture sites stay plain functions: tsx loads a
// TypeScript module by path under `npm run` and Vitest alike. A tooling module imports types only.
import { require as tsxRequire } from 'tsx/cjs/api';
import { languages } from './index';
import type { Language } from './Language';
import type { LanguageTooling } from './LanguageTooling';

/** The languages a command works on, and the folder of each. */
export interface LanguageSet {
  /** In tab order. */
  languages: readonly Language[];
  /** The folder of a language: its `tooling.ts` (and SDK, harness, tests) are there. */
  folderOf(key: string): string;
}

/** The registered languages (`languages/index.ts`), each in `languages/<key>/`. */
export const registeredLanguages: LanguageSet = {
  languages,
  folderOf: (key) => path.join(__dirname, key),
};

/** Loads the tooling of `key` from its folder; throws, saying what to add, when it has none. */
export function loadTooling(key: string, set: LanguageSet = registeredLanguages): LanguageTooling {
  const file = path.join(set.folderOf(key), 'tooling.ts');
  if (!fs.existsSync(file)) {
    throw new Error(
      `no tooling for language "${key}": add ${file} whose default export \`satisfies LanguageTooling\` (languages/LanguageTooling.ts)`,
    );
  }
  const module = tsxRequire(file, __filename) as { default?: LanguageTooling };
  if (module.default?.key !== key) {
    throw new Error(
      `${file} must export default the tooling of "${key}" (its key is ${JSON.stringify(module.default?.key)})`,
    );
  }
  return module.default;
}

/** The tooling of every language of `set`, by key. */
export function loadAllTooling(
  set: LanguageSet = registeredLanguages,
): Record<string, LanguageTooling> {
  return Object.fromEntries(
    set.languages.map((language) => [language.key, loadTooling(language.key, set)]),
  );
}
