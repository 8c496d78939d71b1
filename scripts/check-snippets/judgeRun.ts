import type { RunExpectations } from '../../src/plugins/snippet-registry/metaSchema';
import type { SnippetRun } from '../../languages/LanguageHarness';
import { checkRun } from './checks/checkRun';
import type { CheckProblem } from './CheckProblem';
import type { ProgramOutcome } from './runProgram';

/** Lines of stderr shown with a failure: enough for a traceback's useful end. */
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
 * Holds one program's run to its meta.json, with the same rules (and messages) as the TypeScript
 * run: every `run.expect` pattern matches a printed line, no uncaught error, `run.consent` set
 * exactly when a consent screen was shown. Problems about the program carry its stderr.
 */
export function judgeRun(input: {
  outcome: ProgramOutcome;
  expectations: RunExpectations;
  consentScreens: number;
  location: { line: number; column?: number } | undefined;
  files: { snippet: string; meta: string };
}): CheckProblem[] {
  const { outcome, expectations, consentScreens, location, files } = input;
  const failed = outcome.exitCode !== 0 && !outcome.timedOut;
  const lines = outcome.stdout.replace(/\r/g, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const run: SnippetRun = {
    lines,
    consentScreens,
    ...(consentScreens > 0 && expectations.consent === undefined && { consentUnanswered: true }),
    ...(failed && {
      uncaught: { text: headline(outcome.stderr), ...(location && { line: location.line }) },
    }),
    ...(outcome.timedOut && { timedOut: true }),
  };
  const stderrTail = outcome.stderr.trimEnd().split('\n').slice(-STDERR_LINES);
  const withStderr = (message: string) =>
    stderrTail.length > 0 && stderrTail[0] !== ''
      ? `${message}\n    stderr:\n${stderrTail.map((line) => `      | ${line}`).join('\n')}`
      : message;
  return checkRun(run, expectations, files).map((problem) => {
    const located = /^(.*):(\d+)$/.exec(problem.file);
    const file = located ? located[1]! : problem.file;
    const line = located ? Number(located[2]) : undefined;
    return {
      file,
      ...(line !== undefined && { line }),
      ...(line !== undefined && location?.column !== undefined && { column: location.column }),
      message: file === files.snippet || failed ? withStderr(problem.message) : problem.message,
    };
  });
}
