/**
 * The seven SDK languages, in tab order. Shared by the build-time registry (file names, Shiki
 * grammars) and the React side (tab labels, `?sdk=` values), so both always agree.
 */
export const languages = [
  { key: 'csharp', label: '.NET', file: 'csharp.cs', grammar: 'csharp' },
  { key: 'java', label: 'Java', file: 'java.java', grammar: 'java' },
  { key: 'python', label: 'Python', file: 'python.py', grammar: 'python' },
  { key: 'ruby', label: 'Ruby', file: 'ruby.rb', grammar: 'ruby' },
  { key: 'typescript', label: 'TypeScript', file: 'typescript.ts', grammar: 'typescript' },
  { key: 'php', label: 'PHP', file: 'php.php', grammar: 'php' },
  { key: 'go', label: 'Go', file: 'go.go', grammar: 'go' },
] as const;

export type LanguageKey = (typeof languages)[number]['key'];

export const languageKeys = languages.map((language) => language.key) as LanguageKey[];

/** The Tabs group that syncs every snippet on every page, and the URL query that carries it. */
export const tabsGroupId = 'sdk';

/** The language runnable in the page. */
export const runnableLanguage = 'typescript' satisfies LanguageKey;
