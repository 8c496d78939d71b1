import { createHighlighter, type Highlighter } from 'shiki';
import { languages } from './languages';

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
 * Highlights one file at build time. Both themes go into the HTML as CSS variables
 * (`defaultColor: false`), so colour-mode switches need no JavaScript and no highlighter ships to
 * the browser.
 */
export async function highlight(source: string, grammar: string, highlightLines?: string) {
  const marked = parseLineRanges(highlightLines);
  const shiki = await getHighlighter();
  return shiki.codeToHtml(source.replace(/\n$/, ''), {
    lang: grammar,
    themes: shikiThemes,
    defaultColor: false,
    transformers: [
      {
        line(node, line) {
          if (marked.has(line)) this.addClassToHast(node, 'highlighted');
        },
      },
    ],
  });
}
