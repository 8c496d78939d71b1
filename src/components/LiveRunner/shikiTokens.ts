/**
 * The editor's highlighter: the same Shiki grammar and themes as the build-time highlighting of
 * the static code (src/plugins/snippet-registry/highlight.ts), so pressing Edit changes nothing but
 * the caret. Its own chunk, fetched when the runner chunk loads (see CodeEditor), never on page
 * load. The JavaScript regex engine: no WebAssembly to fetch.
 */
import { createHighlighterCoreSync, type LanguageRegistration, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import typescript from 'shiki/langs/typescript.mjs';
import githubLightHighContrast from 'shiki/themes/github-light-high-contrast.mjs';
import githubDarkDefault from 'shiki/themes/github-dark-default.mjs';

/** Must equal `shikiThemes` in highlight.ts (shikiTokens.test.ts checks). */
export const editorThemes = {
  light: 'github-light-high-contrast',
  dark: 'github-dark-default',
} as const;

const highlighter = createHighlighterCoreSync({
  themes: [githubLightHighContrast, githubDarkDefault],
  // TypeScript's grammar is built in (the editor's most common language, and its type checker's);
  // every other language's arrives with its first Edit (`addGrammar`).
  langs: [typescript],
  engine: createJavaScriptRegexEngine(),
});

export interface EditorTokens {
  lines: ThemedToken[][];
  /** CSS variables for the `<pre>`, as the static code's (`--shiki-light`, `--shiki-dark-bg`, …). */
  rootStyle: Record<string, string>;
}

function parseStyle(style: string | false | undefined): Record<string, string> {
  const entries: [string, string][] = [];
  for (const declaration of (style || '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) entries.push([declaration.slice(0, colon).trim(), declaration.slice(colon + 1)]);
  }
  return Object.fromEntries(entries);
}

/** Adds a language's grammar (Shiki's language module, the language's `editorGrammar`). */
export function addGrammar(registrations: LanguageRegistration[]): void {
  highlighter.loadLanguageSync(registrations);
}

/** Whether `grammar` can be tokenized yet. */
export function hasGrammar(grammar: string): boolean {
  return highlighter.getLoadedLanguages().includes(grammar);
}

/**
 * No time limit per line (Shiki's default is 500 ms, past which the rest of the line stays
 * uncoloured and the next lines start from a cut state): a first tokenization compiles the
 * grammar's regular expressions, and on a loaded machine that alone passed 500 ms, so the editor
 * showed wrong colours now and then (seen twice on a 2-core CI run). A line too long to colour
 * quickly is left plain instead: pasted minified code must not freeze the page.
 */
export const tokenizeLimits = { tokenizeTimeLimit: 0, tokenizeMaxLineLength: 5_000 } as const;

/** Tokens for code in `grammar`, each carrying `--shiki-light` / `--shiki-dark` in `htmlStyle`. */
export function tokenize(code: string, grammar: string): EditorTokens {
  const result = highlighter.codeToTokens(code, {
    lang: grammar,
    themes: editorThemes,
    defaultColor: false,
    ...tokenizeLimits,
  });
  return { lines: result.tokens, rootStyle: parseStyle(result.rootStyle) };
}
