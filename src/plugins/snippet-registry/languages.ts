/**
 * The seven SDK languages, in tab order. Shared by the build-time registry (file names, Shiki
 * grammars) and the React side (tab labels, `?sdk=` values), so both always agree.
 */
export const languages = [
  { key: 'csharp', label: '.NET', file: 'csharp.cs', grammar: 'csharp' },
  { key: 'java', label: 'Java', file: 'java.java', grammar: 'java' },
  {
    key: 'python',
    label: 'Python',
    file: 'python.py',
    grammar: 'python',
    runsInPage: true,
    largeDownload: true,
  },
  {
    key: 'ruby',
    label: 'Ruby',
    file: 'ruby.rb',
    grammar: 'ruby',
    runsInPage: true,
    largeDownload: true,
  },
  {
    key: 'typescript',
    label: 'TypeScript',
    file: 'typescript.ts',
    grammar: 'typescript',
    runsInPage: true,
    largeDownload: false,
    typeChecksInEditor: true,
  },
  { key: 'php', label: 'PHP', file: 'php.php', grammar: 'php' },
  { key: 'go', label: 'Go', file: 'go.go', grammar: 'go' },
] as const;

export type LanguageKey = (typeof languages)[number]['key'];

export const languageKeys = languages.map((language) => language.key) as LanguageKey[];

/** The Tabs group that syncs every snippet on every page, and the URL query that carries it. */
export const tabsGroupId = 'sdk';

/**
 * The language every snippet's expectations are first proven in (in Node, with the page's own
 * SDK and mock server) and the reference the other languages are compared with.
 */
export const runnableLanguage = 'typescript' satisfies LanguageKey;

/** Languages whose tab has Run in the page (each has a runtime in `sandbox/runner/runtimes.ts`). */
export type PageRunnableLanguage = Extract<(typeof languages)[number], { runsInPage: true }>['key'];

export const pageRunnableLanguages = languages
  .filter((language) => 'runsInPage' in language && language.runsInPage)
  .map((language) => language.key) as PageRunnableLanguage[];

/**
 * Whether a language's runtime is a large download, fetched only on the reader's intent (hover or
 * focus on Run), never prewarmed when its tab merely shows.
 */
export function hasLargeDownload(language: PageRunnableLanguage): boolean {
  const traits = languages.find((entry) => entry.key === language);
  return traits !== undefined && 'largeDownload' in traits && traits.largeDownload;
}

/** Whether the editor checks the language's types as the reader types (a language service). */
export function typeChecksInEditor(language: LanguageKey): boolean {
  const traits = languages.find((entry) => entry.key === language);
  return traits !== undefined && 'typeChecksInEditor' in traits && traits.typeChecksInEditor;
}
