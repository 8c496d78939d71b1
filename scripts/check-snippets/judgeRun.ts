import type { RunExpectations } from '../../src/plugins/snippet-registry/metaSchema';
import type { RunFailure, SnippetRun } from '../../languages/LanguageHarness';
import { checkRun, type RunContext } from './checks/checkRun';
import type { CheckProblem } from './CheckProblem';
import type { ProgramOutcome } from './runProgram';

/** Lines of stderr shown with a failure the harness could not read: a traceback's useful end. */
const STDERR_LINES = 20;

/** The line of stderr that names the error ("…Error: …", "Exception in thread …", a panic). */
function headline(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    lines.find((line) => /^(Exception in thread|panic:|Unhandled Exception)/.test(line)) ??
    [...lines].reverse().find((line) => /(Error|Exception)\b/.test(line)) ??
    lines.at(-1) ??
    'a non-zero exit status and no message'
  );
}

/**
 * A thread dump the JVM or Mono printed on stdout when stopped at the time limit (`Full thread
 * dump …`, after a timestamp line): the harness read it, and it is no part of what the run printed.
 */
function withoutThreadDump(lines: string[]): string[] {
  const dump = lines.findIndex((line) => /^Full thread dump/.test(line));
  if (dump === -1) return lines;
  return lines.slice(0, /^\d{4}-\d\d-\d\d /.test(lines[dump - 1] ?? '') ? dump - 1 : dump);
}

/**
 * Holds one program's run to its meta.json, with the same rules (and messages) as the TypeScript
 * run: every `run.expect` pattern matches a printed line, no uncaught error, no demo secret
 * printed, `run.consent` set exactly when a consent screen was shown. An uncaught error the
 * harness read (`failure`) is told at the snippet's line with its frames; one it could not read
 * carries the program's stderr.
 */
export function judgeRun(input: {
  outcome: ProgramOutcome;
  expectations: RunExpectations;
  consentScreens: number;
  location: { line: number; column?: number } | undefined;
  files: { snippet: string; meta: string; source?: string };
  /** The harness's reading of the program's output (`readFailure`), if any. */
  failure?: RunFailure | undefined;
  /** The language's name, SDK names and time limit, for the messages. */
  context?: Omit<RunContext, 'failure'>;
}): CheckProblem[] {
  const { outcome, expectations, consentScreens, location, files, failure } = input;
  const failed = outcome.exitCode !== 0 && !outcome.timedOut;
  let lines = outcome.stdout.replace(/\r/g, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (outcome.timedOut) lines = withoutThreadDump(lines);
  const read =
    failure !== undefined && (failed || outcome.timedOut)
      ? {
          ...failure,
          // No frame in the snippet read, but the harness placed it: start there.
          frames:
            failure.frames.length === 0 && location !== undefined ? [location] : failure.frames,
        }
      : undefined;
  const run: SnippetRun = {
    lines,
    consentScreens,
    ...(consentScreens > 0 && expectations.consent === undefined && { consentUnanswered: true }),
    ...(failed && {
      uncaught: {
        text: read !== undefined ? `${read.kind}: ${read.message}` : headline(outcome.stderr),
        ...(location && { line: location.line }),
      },
    }),
    ...(outcome.timedOut && { timedOut: true }),
  };
  const stderrTail = outcome.stderr.trimEnd().split('\n').slice(-STDERR_LINES);
  const withStderr = (message: string) =>
    read === undefined && stderrTail.length > 0 && stderrTail[0] !== ''
      ? `${message}\n    stderr:\n${stderrTail.map((line) => `      | ${line}`).join('\n')}`
      : message;
  return checkRun(run, expectations, files, undefined, {
    ...input.context,
    ...(read !== undefined && { failure: read }),
  }).map((problem) => {
    const located = /^(.*?):(\d+)(?::(\d+))?$/.exec(problem.file);
    const file = located ? located[1]! : problem.file;
    const line = located ? Number(located[2]) : undefined;
    const column =
      located?.[3] !== undefined
        ? Number(located[3])
        : line !== undefined && line === location?.line
          ? location.column
          : undefined;
    return {
      file,
      ...(line !== undefined && { line }),
      ...(line !== undefined && column !== undefined && { column }),
      message: file === files.snippet || failed ? withStderr(problem.message) : problem.message,
    };
  });
}
