/** How a snippet indents: what Tab inserts in the editor, and how wide a tab shows. */
export interface Indentation {
  /** What one press of Tab inserts: a tab character, or this many spaces. */
  unit: '\t' | 'spaces';
  /** Columns of one level (a tab shows this wide; spaces: how many Tab inserts). */
  width: number;
}

/** Tab width where the code is indented with tabs (Go): the static code's `tab-size` too. */
export const tabWidth = 4;

/**
 * Reads the indentation a snippet already uses, so Tab in the editor adds what the file has: a tab
 * in Go, four spaces in Python and PHP, two in TypeScript and Ruby. Two spaces pressed into a
 * Python block indented by four is an IndentationError the reader did not type.
 */
export function detectIndentation(code: string): Indentation {
  const indents = code
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^[\t ]*/.exec(line)![0])
    .filter((indent) => indent !== '');
  if (indents.length === 0) return { unit: 'spaces', width: 2 };
  const tabbed = indents.filter((indent) => indent.startsWith('\t')).length;
  if (tabbed * 2 > indents.length) return { unit: '\t', width: tabWidth };
  const spaces = indents.filter((indent) => !indent.startsWith('\t')).map((s) => s.length);
  return { unit: 'spaces', width: Math.min(...spaces) >= 4 ? 4 : 2 };
}
