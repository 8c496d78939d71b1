/** A string literal in any snippet language: "…", '…' or `…`, escapes kept. */
const STRING_LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

/** A line that prints, in any snippet language (a literal elsewhere only defines a value). */
const PRINT_CALL =
  /\b(console\.(log|info|warn|error)|print|printf|println|puts|pp?|echo|var_dump|print_r|fmt\.\w*Print\w*|Write(Line)?|log\.\w*Print\w*)\b/;

/**
 * What a literal prints around its holes: interpolations (`#{…}`, `${…}`, `{…}`), printf verbs
 * (`%s`, `%-8d`) and escapes (`\n`) cut it into fragments; fragments of one character say too
 * little to place a line by.
 */
function fragmentsOf(literal: string): string[] {
  return literal
    .slice(1, -1)
    .split(/#\{[^}]*\}|\$\{[^}]*\}|\{[^}]*\}|%[-+ 0#]*\d*(?:\.\d+)?[a-zA-Z%]|\\./)
    .filter((fragment) => fragment.trim().length >= 2);
}

/**
 * The line and column of the statement in `source` that printed `printed`: the printing line whose
 * string literals' fixed parts cover most of the printed text (all must occur in it, in order).
 * Undefined when no literal matches: the text came from a value alone.
 */
export function findPrintingLine(
  source: string,
  printed: string,
): { line: number; column: number } | undefined {
  let best: { line: number; column: number; score: number } | undefined;
  source.split('\n').forEach((text, index) => {
    if (/^\s*(\/\/|#(?!\{)|\*|\/\*)/.test(text) || !PRINT_CALL.test(text)) return;
    for (const literal of text.matchAll(STRING_LITERAL)) {
      const fragments = fragmentsOf(literal[0]);
      if (fragments.length === 0) continue;
      let from = 0;
      let score = 0;
      for (const fragment of fragments) {
        const at = printed.indexOf(fragment, from);
        if (at === -1) {
          score = 0;
          break;
        }
        from = at + fragment.length;
        score += fragment.length;
      }
      if (score > 0 && (best === undefined || score > best.score)) {
        best = { line: index + 1, column: (literal.index ?? 0) + 1, score };
      }
    }
  });
  return best && { line: best.line, column: best.column };
}

/** `^Expires in: \d+ s$` → `Expires in:  s`: the text a pattern asks for literally. */
export function literalText(pattern: string): string {
  return pattern
    .replace(
      /\\[sSdDwWbB][+*?]?|\[[^\]]*\][+*?]?|\{\d+(,\d*)?\}|\.[+*?]|[\^$]|\(\?[:=!]|[()|]/g,
      '',
    )
    .replace(/\\(.)/g, '$1');
}

/** Edit distance, for picking the printed line nearest to what a pattern wants. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The printed line closest to what `pattern` asks for, or undefined when nothing was printed. */
export function nearestLine(pattern: string, lines: readonly string[]): string | undefined {
  const wanted = literalText(pattern);
  let best: { line: string; distance: number } | undefined;
  for (const line of lines) {
    const d = distance(wanted, line);
    if (best === undefined || d < best.distance) best = { line, distance: d };
  }
  return best?.line;
}
