import { describe, expect, it } from 'vitest';
import { describeRubyOutcome, describeRubySyntaxError } from './describeRubyOutcome';

/** Ruby 3.4's report for `x = (;` on line 2, coloured as ruby.wasm prints it (stderr is a tty). */
const prismReport =
  'ruby.rb:2: syntax error found\n  \u001b[2m1 | \u001b[mputs "before"\n\u001b[1;31m> \u001b[m\u001b[2m2 | \u001b[mx = (;\n  \u001b[2m  | \u001b[m      \u001b[1;31m^\u001b[m expected a matching `)`\n';

describe('describeRubySyntaxError', () => {
  it("reads the line, the column and the parser's message from Ruby's coloured report", () => {
    const outcome = describeRubySyntaxError(prismReport, 'puts "before"\nx = (;\n', 'ruby.rb');
    expect(outcome).toMatchObject({
      kind: 'syntax-error',
      line: 2,
      column: 7,
      message: 'expected a matching `)`',
    });
    expect(outcome.frame).toContain('> 2 | x = (;');
    expect(outcome.frame).not.toContain('\u001b');
  });

  it('falls back to the header line when the report has no caret line', () => {
    const outcome = describeRubySyntaxError(
      'ruby.rb:3: unexpected end-of-input',
      'a\nb\nc\n',
      'ruby.rb',
    );
    expect(outcome).toMatchObject({ line: 3, column: 1, message: 'unexpected end-of-input' });
  });
});

describe('describeRubyOutcome', () => {
  it('passes an exception through with the duration of the run', () => {
    const error = {
      name: 'Sdk::OAuthProviderException',
      message: 'invalid_client',
      code: 'OAUTH_PROVIDER_ERROR',
      oauthError: 'invalid_client',
      status: 401,
      line: 4,
      text: "ruby.rb:4:in '<main>': invalid_client (Sdk::OAuthProviderException)",
    };
    expect(describeRubyOutcome({ kind: 'error', error }, '', 'ruby.rb', 12)).toEqual({
      kind: 'error',
      durationMs: 12,
      error,
    });
  });

  it('answers ok with the duration', () => {
    expect(describeRubyOutcome({ kind: 'ok' }, '', 'ruby.rb', 5)).toEqual({
      kind: 'ok',
      durationMs: 5,
    });
  });
});
