import type { ErrorView, RunOutcome } from '../../../runner/protocol';
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

/**
 * A panic that ended the reader's `main`, described at the reader's own line (the innermost
 * frame in their code; frames in the SDK are left out). The interpreter turns `log.Fatal` into a
 * panic with the logged text: that one is reported as Go reports it, exit status 1 after the log
 * line.
 */
export function describePanic(report: PanicReport, fileName: string): ErrorView {
  const own = report.frames.filter(isReaders);
  const where = own[0];
  const position = where ? { line: where.line, column: where.column } : {};
  const value = restoreMainName(report.value);
  const logged = report.lastStderrLine;
  if (
    report.type === 'string' &&
    value.endsWith('\n') &&
    logged !== undefined &&
    value.trim() !== '' &&
    logged.endsWith(value.trim())
  ) {
    return { name: 'log.Fatal', message: value.trim(), text: 'exit status 1', ...position };
  }
  const trace = own.flatMap((frame) => [
    ...(frame.call ? [frame.call] : []),
    `\t${fileName}:${frame.line}:${frame.column}`,
  ]);
  return {
    name: 'panic',
    message: value,
    text: [
      `panic: ${value}`,
      ...(trace.length > 0 ? ['', 'goroutine 1 [running]:', ...trace] : []),
    ].join('\n'),
    ...position,
  };
}

/** `os.Exit(code)` with a code other than 0. */
export function describeExit(code: number): ErrorView {
  return { name: 'os.Exit', message: `exit status ${code}`, text: `exit status ${code}` };
}
