import type { ErrorView, RunOutcome } from '../../../sandbox/runner/core/protocol';
import { codeFrame } from '../../../sandbox/runner/core/codeFrame';

/** What `RunnerHost.run` (runner_host.rb) answers, as JSON. */
export type RubyRunAnswer =
  | { kind: 'ok' }
  | { kind: 'syntax-error'; message: string }
  | { kind: 'error'; error: ErrorView }
  /** `exit(n)`, `abort`: the program ended itself with a status (the worker reports it). */
  | { kind: 'exit'; status: number };

/** Terminal colours: Ruby's parser colours its report when stderr looks like a terminal. */
// eslint-disable-next-line no-control-regex -- the escape character is what is being removed
const ansi = /\u001b\[[0-9;]*m/g;

/**
 * Ruby's syntax error report (Prism's, Ruby 3.4) as the Output shows one: the line and column of
 * the first error, its message, and a code frame. The report reads
 * `ruby.rb:2: syntax error found`, then the source lines (`> 2 | x = (;`), then a caret line
 * (`    |       ^ expected a matching \`)\``).
 */
export function describeRubySyntaxError(
  report: string,
  code: string,
  fileName: string,
): Extract<RunOutcome, { kind: 'syntax-error' }> {
  const lines = report.replace(ansi, '').split('\n');
  const header = lines.find((text) => text.startsWith(`${fileName}:`)) ?? lines[0] ?? '';
  const line = Number(/^[^:]*:(\d+):/.exec(header)?.[1] ?? 1);
  const caretLine = lines.find((text) => /^\s*\|\s*\^/.test(text));
  let column = 1;
  let message = header.replace(/^[^:]*:\d+:\s*/, '') || 'syntax error';
  if (caretLine) {
    const gutter = caretLine.indexOf('|') + 2;
    column = Math.max(1, caretLine.indexOf('^') - gutter + 1);
    const said = caretLine
      .slice(caretLine.indexOf('^'))
      .replace(/^\^+\s*/, '')
      .trim();
    if (said) message = said;
  }
  return { kind: 'syntax-error', message, line, column, frame: codeFrame(code, line, column) };
}

/** The run's outcome for the page, from the glue's answer and the run's duration. */
export function describeRubyOutcome(
  answer: Exclude<RubyRunAnswer, { kind: 'exit' }>,
  code: string,
  fileName: string,
  durationMs: number,
): RunOutcome {
  switch (answer.kind) {
    case 'ok':
      return { kind: 'ok', durationMs };
    case 'syntax-error':
      return describeRubySyntaxError(answer.message, code, fileName);
    case 'error':
      return { kind: 'error', durationMs, error: answer.error };
  }
}
