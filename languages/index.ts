/**
 * The SDK languages, in tab order: one line each. Everything else about a language lives in its
 * folder (`languages/<key>/`): its traits (`language.ts`), reference SDK, sandbox helper, tests,
 * CI harness and command line traits (`tooling.ts`), and its in-page runtime (`runtime/`). Read by
 * the build-time registry (file names, Shiki grammars), the React side (tab labels, `?sdk=`
 * values, Run), the runner and the command line tools, so all of them always agree.
 */
import type { Language } from './Language';
import csharp from './csharp/language';
import java from './java/language';
import python from './python/language';
import ruby from './ruby/language';
import typescript from './typescript/language';
import php from './php/language';
import go from './go/language';

export const languages = [
  csharp,
  java,
  python,
  ruby,
  typescript,
  php,
  go,
] as const satisfies readonly Language[];

export type { Language };

type Registered = (typeof languages)[number];

export type LanguageKey = Registered['key'];

export const languageKeys = languages.map((language) => language.key) as LanguageKey[];

/** The language with `key`; throws on a key no language has. */
export function languageOf(key: string): Language {
  const language = (languages as readonly Language[]).find((entry) => entry.key === key);
  if (!language) throw new Error(`no language "${key}" in languages/index.ts`);
  return language;
}

/** The Tabs group that syncs every snippet on every page, and the URL query that carries it. */
export const tabsGroupId = 'sdk';

/**
 * The language every snippet's expectations are first proven in (in Node, with the page's own
 * SDK and mock server) and the reference the other languages are compared with.
 */
export type ReferenceLanguage = Extract<Registered, { reference: true }>['key'];

export const runnableLanguage = languages.find((language) => language.reference)!
  .key as ReferenceLanguage;

/** Languages whose tab has Run in the page (each has a runtime in its folder's `runtime/`). */
export type PageRunnableLanguage = Extract<Registered, { runsInPage: true }>['key'];

export const pageRunnableLanguages = languages
  .filter((language) => language.runsInPage)
  .map((language) => language.key) as PageRunnableLanguage[];

/**
 * Whether a language's runtime is a large download, fetched only on the reader's intent (hover or
 * focus on Run), never prewarmed when its tab merely shows.
 */
export function hasLargeDownload(key: PageRunnableLanguage): boolean {
  const language = languageOf(key);
  return language.runsInPage && language.largeDownload;
}

/** Whether the editor checks the language's types as the reader types (a language service). */
export function typeChecksInEditor(key: LanguageKey): boolean {
  return languageOf(key).typeChecksInEditor;
}

/** Why this browser cannot run `key` in the page (one line for its tab), or undefined. */
export function unsupportedHere(key: PageRunnableLanguage): string | undefined {
  const language = languageOf(key);
  return language.runsInPage
    ? language.unsupportedHere()
    : `${language.label} does not run in the page`;
}

/** The in-page runtime of `key`, loaded (a chunk of its own) on first use. */
export function loadRuntime(key: PageRunnableLanguage) {
  const language = languageOf(key);
  if (!language.runsInPage) throw new Error(`${language.label} does not run in the page`);
  return language.runtime();
}
