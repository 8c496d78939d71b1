import { describe, expect, it } from 'vitest';
import { parseArguments } from './parseArguments';
import { formatProblem, toCheckProblem } from './toCheckProblem';

describe('parseArguments', () => {
  it('reads ids and repeated --language options', () => {
    expect(
      parseArguments(['client-credentials/fetch-token', '--language', 'python', '--language=go']),
    ).toEqual({
      ids: ['client-credentials/fetch-token'],
      languages: ['python', 'go'],
      help: false,
      record: false,
    });
  });

  it('reads --record, which writes each passing run as its recorded run', () => {
    expect(parseArguments(['--language', 'java', '--record'])).toMatchObject({
      languages: ['java'],
      record: true,
    });
  });

  it('accepts a snippet folder or file path for an id', () => {
    expect(parseArguments(['snippets/client-credentials/fetch-token/go.go'])).toMatchObject({
      ids: ['client-credentials/fetch-token'],
    });
  });

  it('rejects an unknown language with the key it was meant to be', () => {
    expect(parseArguments(['--language', 'pyhton'])).toEqual({
      error: expect.stringMatching(/^unknown language "pyhton": did you mean "python"\?/),
    });
  });
});

describe('formatProblem', () => {
  it('prints file:line:column: message on one line, and what follows it indented below', () => {
    expect(
      formatProblem(
        toCheckProblem({ file: 'snippets/a/b/go.go:3:7', message: 'wrong.\n  It printed:\n  | x' }),
      ),
    ).toBe('snippets/a/b/go.go:3:7: wrong.\n    It printed:\n    | x');
    expect(formatProblem({ file: 'snippets/a/b', message: 'no page uses this snippet' })).toBe(
      'snippets/a/b: no page uses this snippet',
    );
  });
});
