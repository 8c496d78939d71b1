import { jsonLocations, locateJsonPath } from '../../../src/plugins/snippet-registry/jsonLocations';
import { at, type RegistryProblem } from '../../../src/plugins/snippet-registry/loadRegistry';
import type { RunExpectations } from '../../../src/plugins/snippet-registry/metaSchema';
import type { InProcessHarness, SnippetRun } from '../../../languages/LanguageHarness';

/**
 * Compares a run with its meta.json: every `run.expect` pattern must match some printed line, the
 * run must finish without an uncaught error (unless a pattern expects the "Uncaught …" line), and
 * `run.consent` must be set exactly when the run shows a consent screen.
 */
export function checkRun(
  run: SnippetRun,
  expectations: RunExpectations,
  files: {
    snippet: string;
    meta: string;
    /** meta.json's text, to point at the key's line. */ metaText?: string;
  },
  /** The language's own advice on an uncaught error (its harness's `advise`), if it has any. */
  advise?: InProcessHarness['advise'],
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
    problems.push({
      file: files.snippet,
      message: `the run did not finish within its time limit: is it waiting for something that never happens (a consent answer, an endless loop)?${printed}`,
    });
  }
  const uncaughtExpected =
    run.uncaught !== undefined &&
    expectations.expect.some((pattern) =>
      new RegExp(pattern).test(`Uncaught ${run.uncaught?.text}`),
    );
  if (run.uncaught !== undefined && !uncaughtExpected) {
    const where =
      run.uncaught.line !== undefined ? `${files.snippet}:${run.uncaught.line}` : files.snippet;
    const advice = advise?.(run.uncaught, files.snippet);
    problems.push({
      file: where,
      message:
        advice !== undefined
          ? `the run threw ${run.uncaught.text}: ${advice}${printed}`
          : `the run threw ${run.uncaught.text}. Catch it in the snippet, or, if the page shows this error on purpose, add a "run.expect" pattern matching "Uncaught …" to ${files.meta}.${printed}`,
    });
  }
  // A run that threw or hung printed too little for its patterns: that one problem says enough.
  if (run.timedOut === true || (run.uncaught !== undefined && !uncaughtExpected)) return problems;
  expectations.expect.forEach((pattern, index) => {
    const regex = new RegExp(pattern);
    if (!lines.some((line) => regex.test(line))) {
      problems.push({
        file: meta(`run.expect.${index}`),
        message: `"run.expect[${index}]" /${pattern}/ matches no line the run printed: fix ${files.snippet} or the pattern.${printed}`,
      });
    }
  });
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
