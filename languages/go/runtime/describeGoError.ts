import type { ErrorView, RunOutcome } from '../../../sandbox/runner/core/protocol';
import { restoreMainName } from './goEntry';

/** The name Yaegi gives code evaluated from a string: the reader's program. */
export const evalFileName = '_.go';

/** Yaegi's position prefix: `file:line:column: ` (the file is left out for some errors). */
const positioned = /^(?:(.*?):)?(\d+):(\d+): ([\s\S]*)$/;

/** One frame Yaegi printed on stderr while a panic unwound the interpreted code. */
export interface PanicFrame {
  /** Undefined (or `_.go`) for the reader's program, which Yaegi evaluated from a string. */
  file?: string;
  line: number;
  column: number;
  /** The call, e.g. `sandbox.send(...)`, when Yaegi names it. */
  call?: string;
}

/**
 * Yaegi's line for each interpreted frame a panic passes through: `file:line:col: panic: call`
 * (0.16; older versions end at `panic`, and leave the file out for code from a string).
 */
const panicFrameLine = /^(?:(.+?):)?(\d+):(\d+): panic(?:: (.+))?$/;

export function parsePanicFrame(line: string): PanicFrame | undefined {
  const match = panicFrameLine.exec(line);
  if (!match) return undefined;
  return {
    ...(match[1] !== undefined && { file: match[1] }),
    line: Number(match[2]),
    column: Number(match[3]),
    ...(match[4] !== undefined && { call: restoreMainName(match[4]) }),
  };
}

function isReaders(frame: PanicFrame): boolean {
  return frame.file === undefined || frame.file === evalFileName;
}

function sourceFrame(code: string, line: number, column: number): string {
  const text = code.split('\n')[line - 1];
  if (text === undefined) return '';
  const indent = text.length - text.trimStart().length;
  return `${text.trim()}\n${' '.repeat(Math.max(0, column - 1 - indent))}^`;
}

/**
 * A program the interpreter refused (syntax, types, imports): nothing ran. The position is the
 * reader's line and column when the error is in their code; an error in a package it imports
 * names that package's file in the message.
 */
export function describeCompileError(
  message: string,
  code: string,
  fileName: string,
): Extract<RunOutcome, { kind: 'syntax-error' }> {
  const first = restoreMainName(message.trim().split('\n')[0] ?? message);
  const match = positioned.exec(first);
  if (!match || (match[1] !== undefined && match[1] !== evalFileName)) {
    return { kind: 'syntax-error', message: first, line: 1, column: 1, frame: '' };
  }
  const line = Number(match[2]);
  const column = Number(match[3]);
  return {
    kind: 'syntax-error',
    message: match[4]!.replaceAll(`${evalFileName}:`, `${fileName}:`),
    line,
    column,
    frame: sourceFrame(code, line, column),
  };
}

export interface PanicReport {
  /** The panic's value as Go prints it (an error's message). */
  value: string;
  /** Its Go type, e.g. `runtime.boundsError`, `*errors.errorString`, `string`. */
  type: string;
  /** Frames Yaegi printed as the panic unwound, innermost first. */
  frames: PanicFrame[];
  /** The last line the program wrote to stderr before the panic. */
  lastStderrLine?: string;
}

/** What the interpreter's restricted mode panics with instead of exiting. */
const restrictedExit = /^os\.Exit\((-?\d+)\)$/;

/** The exit code of a panic that stands for `os.Exit`, if it is one. */
export function exitCodeOf(value: string): number | undefined {
  const match = restrictedExit.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/** The top-level function of the reader's code around `line`: its name and lines. */
function enclosingFunction(
  lines: string[],
  line: number,
): { name: string; start: number; end: number } | undefined {
  let start = Math.min(line, lines.length);
  while (start > 0 && !/^func\b/.test(lines[start - 1]!)) start--;
  if (start === 0) return undefined;
  let end = start;
  while (end < lines.length && lines[end - 1] !== '}') end++;
  const name = /^func\s+(?:\([^)]*\)\s*)?(\w+)/.exec(lines[start - 1]!)?.[1] ?? 'main';
  return { name, start, end };
}

/**
 * The line of the `log.Fatal…` call that ended the run, found in the function the panic came
 * from: the one whose literal text is the message, or the only one there.
 */
function fatalCallLine(
  lines: string[],
  around: { start: number; end: number },
  message: string,
): number | undefined {
  const calls: number[] = [];
  for (let line = around.start; line <= around.end; line++) {
    if (/\blog\.(Fatal|Panic)(f|ln)?\s*\(/.test(lines[line - 1] ?? '')) calls.push(line);
  }
  const quoted = calls.filter((line) => message !== '' && lines[line - 1]!.includes(message));
  if (quoted.length === 1) return quoted[0];
  return calls.length === 1 ? calls[0] : undefined;
}

/**
 * A panic that ended the reader's `main`, described in the reader's own code (frames in the SDK
 * are left out). Yaegi 0.16 names each interpreted function a panic unwinds but gives the
 * position of the function's first statement, not of the failing one: the error names the
 * function, and the line only where the code leaves no doubt. The interpreter also turns
 * `log.Fatal` and `os.Exit` into panics: those are reported as Go reports them (exit status 1
 * after the log line, exit status N).
 */
export function describePanic(report: PanicReport, fileName: string, code: string): ErrorView {
  const own = report.frames.filter(isReaders);
  const lines = code.split('\n');
  const innermost = own[0] && enclosingFunction(lines, own[0].line);
  const value = restoreMainName(report.value);
  const exitCode = exitCodeOf(value);
  if (exitCode !== undefined) return describeExit(exitCode);
  const logged = report.lastStderrLine;
  if (
    report.type === 'string' &&
    value.endsWith('\n') &&
    logged !== undefined &&
    value.trim() !== '' &&
    logged.endsWith(value.trim())
  ) {
    const line = innermost && fatalCallLine(lines, innermost, value.trim());
    return {
      name: 'log.Fatal',
      message: value.trim(),
      text: 'exit status 1',
      ...(line !== undefined && { line }),
    };
  }
  const trace = own.flatMap((frame) => {
    const where = enclosingFunction(lines, frame.line);
    return [
      frame.call ?? `main.${where?.name ?? 'main'}(...)`,
      `\t${fileName}:${where?.start ?? frame.line} (the function; the interpreter does not report the line)`,
    ];
  });
  return {
    name: 'panic',
    message: innermost ? `${value} (in ${innermost.name})` : value,
    text: [
      `panic: ${value}`,
      ...(trace.length > 0 ? ['', 'goroutine 1 [running]:', ...trace] : []),
    ].join('\n'),
  };
}

/** `os.Exit(code)` with a code other than 0. */
export function describeExit(code: number): ErrorView {
  return { name: 'os.Exit', message: `exit status ${code}`, text: `exit status ${code}` };
}
