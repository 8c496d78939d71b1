import type { ErrorView, RunOutcome } from '../../../sandbox/runner/core/protocol';

/** A Python exception as Pyodide throws it into JavaScript (`PythonError`). */
interface PythonErrorLike {
  type?: unknown;
  message?: unknown;
}

const framePattern = /^ {2}File "(.+)", line (\d+)/;

/**
 * A Python exception, described for the Output: the traceback cut to the reader's own frames
 * (Pyodide's and the SDK's internals are noise there), the line it came from, and syntax errors
 * as syntax errors (nothing ran).
 */
export function describePythonError(
  error: unknown,
  fileName: string,
): Extract<RunOutcome, { kind: 'syntax-error' }> | { kind: 'error'; error: ErrorView } {
  const raw = error as PythonErrorLike;
  const name = typeof raw?.type === 'string' ? raw.type : 'Error';
  const traceback = typeof raw?.message === 'string' ? raw.message : String(error);
  const lines = traceback.trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  const message = last.startsWith(`${name}: `) ? last.slice(name.length + 2) : last;

  // Frames as pairs: `  File "…", line N, in …` and the source line under it.
  const kept: string[] = [];
  let line: number | undefined;
  let tail = lines.length - 1;
  for (let index = 0; index < lines.length; index++) {
    const frame = framePattern.exec(lines[index]!);
    if (!frame) continue;
    tail = index; // the exception's own lines start after the last frame's
    if (frame[1] !== fileName) continue;
    line = Number(frame[2]);
    kept.push(lines[index]!);
    const source = lines[index + 1];
    if (source !== undefined && source.startsWith('    ')) kept.push(source);
  }
  const ownLines = lines
    .slice(tail + 1)
    .filter(
      (text) => !text.startsWith('    ') || name === 'SyntaxError' || name === 'IndentationError',
    );

  if (name === 'SyntaxError' || name === 'IndentationError') {
    const caret = lines.find((text) => /^\s+\^+\s*$/.test(text));
    const sourceLine = caret ? lines[lines.indexOf(caret) - 1] : undefined;
    const column =
      caret && sourceLine
        ? caret.indexOf('^') - (sourceLine.length - sourceLine.trimStart().length) + 1
        : 1;
    return {
      kind: 'syntax-error',
      message: `${name}: ${message}`,
      line: line ?? 1,
      column: Math.max(1, column),
      frame: [sourceLine?.trim(), caret ? `${' '.repeat(Math.max(0, column - 1))}^` : undefined]
        .filter((part) => part !== undefined)
        .join('\n'),
    };
  }
  const text = [
    ...(kept.length > 0 ? ['Traceback (most recent call last):', ...kept] : []),
    ...(ownLines.length > 0 ? ownLines : [last]),
  ].join('\n');
  return {
    kind: 'error',
    error: { name, message, text, ...(line !== undefined && { line }) },
  };
}
