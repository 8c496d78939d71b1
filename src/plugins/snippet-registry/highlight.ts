import { createHighlighter, type Highlighter } from 'shiki';
import { languages } from '../../../languages';

/** Light and dark themes; the CSS in src/css/custom.css picks one from `html[data-theme]`. */
export const shikiThemes = {
  light: 'github-light-high-contrast',
  dark: 'github-dark-default',
} as const;

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: Object.values(shikiThemes),
    langs: languages.map((language) => language.grammar),
  });
  return highlighter;
}

/** Parses "1,4-6" into the set {1, 4, 5, 6}. */
export function parseLineRanges(ranges: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (ranges === undefined) return lines;
  for (const part of ranges.split(',')) {
    const [start, end = start] = part.split('-').map(Number) as [number, number?];
    for (let line = start; line <= end; line++) lines.add(line);
  }
  return lines;
}

/**
 * Token styles by class name, for every file highlighted in this build. A page with 13 snippets has
 * ~19,000 token spans but only a few dozen distinct styles: a class per style instead of an inline
 * `style="--shiki-light:…;--shiki-dark:…"` on each span makes the HTML ~40% smaller
 * (/docs/authorization-code: 1.30 → 0.76 MB), which the browser parses while the page loads.
 */
const tokenStyles = new Map<string, string>();

/** A short, stable class name for a token style: the same style gets the same name in every build. */
function tokenClass(style: string): string {
  let value = 5381;
  for (let index = 0; index < style.length; index++) {
    value = ((value << 5) + value + style.charCodeAt(index)) | 0;
  }
  const name = `t${(value >>> 0).toString(36)}`;
  const known = tokenStyles.get(name);
  if (known !== undefined && known !== style) {
    throw new Error(
      `highlight.ts: the token styles "${known}" and "${style}" got the same class name ${name}; change tokenClass's hash so that they differ.`,
    );
  }
  tokenStyles.set(name, style);
  return name;
}

/**
 * The CSS of every token class handed out so far (`.shiki .t1x2y3{--shiki-light:…;--shiki-dark:…}`),
 * for the pages' `<head>`; src/css/custom.css turns the variables into colours per colour mode.
 */
export function tokenStylesCss(): string {
  return [...tokenStyles]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, style]) => `.shiki .${name}{${style}}`)
    .join('\n');
}

/**
 * Highlights one file at build time. Both themes go into the HTML as CSS variables
 * (`defaultColor: false`), so colour-mode switches need no JavaScript and no highlighter ships to
 * the browser; each token's pair of colours is a class (see `tokenStyles`).
 */
export async function highlight(source: string, grammar: string, highlightLines?: string) {
  const marked = parseLineRanges(highlightLines);
  const shiki = await getHighlighter();
  return shiki.codeToHtml(source.replace(/\n$/, ''), {
    lang: grammar,
    themes: shikiThemes,
    defaultColor: false,
    // As the editor's (shikiTokens.ts): no time limit per line, so a loaded build machine colours
    // exactly as a quiet one.
    tokenizeTimeLimit: 0,
    transformers: [
      {
        line(node, line) {
          if (marked.has(line)) this.addClassToHast(node, 'highlighted');
        },
        span(node) {
          const style = node.properties.style;
          if (typeof style !== 'string' || style === '') return;
          delete node.properties.style;
          this.addClassToHast(node, tokenClass(style));
        },
      },
    ],
  });
}
