import type { ErrorView, RunOutcome } from '../../../sandbox/runner/core/protocol';

/** An uncaught error as the glue describes it (`RunnerHost\describe`, runner_host.php). */
export interface PhpErrorData {
  class: string;
  message: string;
  file: string;
  line: number;
  trace?: { file: string | null; line: number | null; call: string }[];
  code?: string;
  oauthError?: string;
  status?: number;
  /** A fatal error that is no exception (out of memory, …): PHP printed it already. */
  fatal?: boolean;
}

/** Errors PHP raises while compiling a file: nothing of the file ran. */
const compileErrors = new Set(['ParseError', 'CompileError']);

/**
 * An uncaught PHP error, described for the Output the way PHP's CLI prints it, but cut to the
 * reader's own lines (the SDK's and the glue's frames are noise there) and under the file name the
 * reader sees: the line is where the reader's code threw, or called into the SDK that threw.
 * A parse error is a syntax error (nothing ran), at its line, with that line as its frame.
 */
export function describePhpError(
  error: PhpErrorData,
  options: { path: string; fileName: string; code: string },
): Extract<RunOutcome, { kind: 'syntax-error' }> | { kind: 'error'; error: ErrorView } {
  const { path, fileName } = options;
  const own = (file: string | null | undefined) => file === path;
  if (compileErrors.has(error.class) && own(error.file)) {
    return {
      kind: 'syntax-error',
      message: `PHP Parse error: ${error.message}`,
      line: error.line,
      column: 1,
      frame: options.code.split('\n')[error.line - 1]?.trim() ?? '',
    };
  }
  const frames = (error.trace ?? []).filter((frame) => own(frame.file) && frame.line !== null);
  const line = own(error.file) ? error.line : (frames[0]?.line ?? undefined);
  const where = line !== undefined ? ` in ${fileName}:${line}` : '';
  const text = [
    error.fatal
      ? `PHP Fatal error:  ${error.message}${where}`
      : `PHP Fatal error:  Uncaught ${error.class}: ${error.message}${where}`,
    ...(frames.length > 0
      ? [
          'Stack trace:',
          ...frames.map((frame, index) => `#${index} ${fileName}(${frame.line}): ${frame.call}()`),
        ]
      : []),
  ].join('\n');
  return {
    kind: 'error',
    error: {
      name: error.class,
      message: error.message,
      text,
      ...(error.code !== undefined && { code: error.code }),
      ...(error.oauthError !== undefined && { oauthError: error.oauthError }),
      ...(error.status !== undefined && { status: error.status }),
      ...(line !== undefined && { line }),
    },
  };
}
