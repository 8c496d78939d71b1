/**
 * The column of a line's first character that is not indentation: where a statement starts, for a
 * problem whose language names only its line. 1 for a line the source does not have.
 */
export function statementColumn(source: string | undefined, line: number): number {
  const text = source?.split('\n')[line - 1] ?? '';
  return text.length - text.trimStart().length + 1;
}
