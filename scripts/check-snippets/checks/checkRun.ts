import { jsonLocations, locateJsonPath } from '../../../src/plugins/snippet-registry/jsonLocations';
import { at, type RegistryProblem } from '../../../src/plugins/snippet-registry/loadRegistry';
import type { RunExpectations } from '../../../src/plugins/snippet-registry/metaSchema';
import type { InProcessHarness, RunFailure, SnippetRun } from '../../../languages/LanguageHarness';
import { explainFailure, type FailureContext } from '../explainFailure';
import { findPrintedSecrets } from '../findPrintedSecrets';
import { findPrintingLine, nearestLine } from '../findPrintingLine';
import { statementColumn } from '../statementColumn';

/** What a run's problems can be told with, beyond the run itself. */
export interface RunContext extends Partial<Omit<FailureContext, 'files' | 'source'>> {
  /** The run's time limit, to say it in the message. */
  timeLimitMs?: number;
  /**
   * The uncaught error (or, for a run stopped at its time limit, where it was), as the language's
   * harness read it; without it, `run.uncaught` is read as `Kind: message` at its line.
   */
  failure?: RunFailure;
}

/** `run.uncaught` (the in-process runner's `Name: message`, at its line) as a failure. */
function failureOf(uncaught: NonNullable<SnippetRun['uncaught']>): RunFailure {
  const head = /^([\w$.]+): ([\s\S]*)$/.exec(uncaught.text);
  return {
    kind: head?.[1] ?? 'Error',
    message: head?.[2] ?? uncaught.text,
    frames:
      uncaught.line !== undefined
        ? [
            {
              line: uncaught.line,
              ...(uncaught.column !== undefined && { column: uncaught.column }),
            },
          ]
        : [],
  };
}

/**
 * Compares a run with its meta.json: every `run.expect` pattern must match some printed line, the
 * run must finish without an uncaught error (unless a pattern expects the "Uncaught …" line), it
 * must print no demo secret, and `run.consent` must be set exactly when the run shows a consent
 * screen. With the snippet's `source`, a pattern no line matches is reported at the line that
 * printed the nearest line, and a printed secret at the line that printed it.
 */
export function checkRun(
  run: SnippetRun,
  expectations: RunExpectations,
  files: {
    snippet: string;
    meta: string;
    /** meta.json's text, to point at the key's line. */ metaText?: string;
    /** The snippet's text, to point at its printing lines. */ source?: string;
  },
  /** The language's own advice on an uncaught error (its harness's `advise`), if it has any. */
  advise?: InProcessHarness['advise'],
  context: RunContext = {},
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const lines = [...run.lines];
  if (run.uncaught !== undefined) lines.push(`Uncaught ${run.uncaught.text}`);
  const printed =
    lines.length === 0
      ? ' It printed nothing.'
      : `\n    It printed:\n${lines.map((line) => `      | ${line}`).join('\n')}`;

  const locations = files.metaText !== undefined ? jsonLocations(files.metaText) : undefined;
  /** meta.json, at the line of `key` (a zod-style path like `run.expect.0`) when its text is known. */
  const meta = (key: string) =>
    locations !== undefined ? at(files.meta, locateJsonPath(locations, key)) : files.meta;

  if (run.consentUnanswered === true) {
    // The snippet then fails with the handler's error: that is this problem, not the snippet's.
    return [
      {
        file: meta('run'),
        message: `the run shows a consent screen: say how the reader answers it with "consent": "approve" or "deny" in "run"`,
      },
    ];
  }
  if (run.timedOut === true) {
    const limit =
      context.timeLimitMs !== undefined
        ? `its ${context.timeLimitMs / 1000} s time limit`
        : 'its time limit';
    const stoppedAt = context.failure?.frames[0];
    problems.push({
      file:
        stoppedAt !== undefined
          ? `${files.snippet}:${stoppedAt.line}:${stoppedAt.column ?? statementColumn(files.source, stoppedAt.line)}`
          : files.snippet,
      message:
        `the run did not finish within ${limit}` +
        (stoppedAt !== undefined
          ? ` and was stopped running this line`
          : ` (${context.label ?? 'this language'} cannot tell the line it was running)`) +
        `: is it waiting for something that never happens (a consent answer, an endless loop)?${printed}`,
    });
  }
  const uncaughtExpected =
    run.uncaught !== undefined &&
    expectations.expect.some((pattern) =>
      new RegExp(pattern).test(`Uncaught ${run.uncaught?.text}`),
    );
  if (run.uncaught !== undefined && !uncaughtExpected) {
    const failure = context.failure ?? failureOf(run.uncaught);
    const advice = advise?.(run.uncaught, files.snippet);
    const explained = explainFailure(failure, {
      ...context,
      label: context.label ?? 'TypeScript',
      source: files.source ?? '',
      files,
      ...(run.uncaught.oauthError !== undefined && { oauthError: run.uncaught.oauthError }),
    });
    const [first = '', ...frames] = explained.message.split('\n');
    const headline =
      advice !== undefined ? `${first.replace(/ — [\s\S]*$/, '')} — ${advice}` : first;
    const located =
      explained.line === undefined
        ? files.snippet
        : `${files.snippet}:${explained.line}${explained.column !== undefined ? `:${explained.column}` : ''}`;
    problems.push({
      file: located,
      // What it printed before the error (the error itself is the message's head).
      message:
        [headline, ...frames].join('\n') +
        (run.lines.length > 0
          ? `\n    It printed:\n${run.lines.map((line) => `      | ${line}`).join('\n')}`
          : ''),
    });
  }
  // A run that threw or hung printed too little for its patterns: that one problem says enough.
  if (run.timedOut === true || (run.uncaught !== undefined && !uncaughtExpected)) return problems;
  expectations.expect.forEach((pattern, index) => {
    const regex = new RegExp(pattern);
    if (lines.some((line) => regex.test(line))) return;
    // The printed line nearest to what the pattern wants, at the statement that printed it.
    const nearest = nearestLine(pattern, run.lines);
    const printing =
      nearest !== undefined && files.source !== undefined
        ? findPrintingLine(files.source, nearest)
        : undefined;
    if (nearest !== undefined && printing !== undefined) {
      const metaAt = meta(`run.expect.${index}`).replace(/:(\d+):\d+$/, ' line $1');
      problems.push({
        file: `${files.snippet}:${printing.line}:${printing.column}`,
        message:
          `prints a line that "run.expect[${index}]" does not match: change what this line prints, or the pattern in ${metaAt}` +
          `\n    expected: /${pattern}/\n    printed:  ${nearest}`,
      });
      return;
    }
    problems.push({
      file: meta(`run.expect.${index}`),
      message: `"run.expect[${index}]" /${pattern}/ matches no line the run printed: fix ${files.snippet} or the pattern.${printed}`,
    });
  });
  for (const secret of findPrintedSecrets(run.lines)) {
    const printing =
      files.source !== undefined
        ? findPrintingLine(files.source, run.lines[secret.index]!)
        : undefined;
    problems.push({
      file:
        printing !== undefined
          ? `${files.snippet}:${printing.line}:${printing.column}`
          : files.snippet,
      message:
        `prints ${secret.what}: a run must never print a demo secret (client secret, password, ` +
        `HTTP Basic credentials, a whole token), as readers copy what the page prints. Print its first 8 characters and "…", or leave it out.` +
        `\n    printed:  ${run.lines[secret.index]}`,
    });
  }
  if (
    expectations.consent !== undefined &&
    run.consentScreens === 0 &&
    run.uncaught === undefined
  ) {
    problems.push({
      file: meta('run.consent'),
      message: `"run.consent" is "${expectations.consent}", but the run showed no consent screen: remove "run.consent"`,
    });
  }
  return problems;
}
