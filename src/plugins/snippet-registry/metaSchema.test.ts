import { describe, expect, it } from 'vitest';
import { describeIssues, metaSchema } from './metaSchema';

const valid = {
  title: 'Fetch a token',
  description: 'Exchanges the client credentials for an access token.',
  highlight: { typescript: '4-6', python: '1,3-5' },
  run: { expect: ['^Access token: \\S+'], consent: 'approve' },
};

/** The messages zod reports for `meta`, as "path: message". */
function problems(meta: unknown): string[] {
  const result = metaSchema.safeParse(meta);
  return result.success
    ? []
    : describeIssues(result.error).map((issue) => `${issue.path}: ${issue.message}`);
}

describe('metaSchema', () => {
  it('accepts a complete meta.json', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('accepts a snippet that cannot run when it says why in runNote', () => {
    expect(problems({ ...valid, run: false, runNote: 'Needs a real browser redirect.' })).toEqual(
      [],
    );
  });

  it('rejects a snippet that cannot run without a runNote, pointing at runNote', () => {
    expect(problems({ ...valid, run: false })).toEqual([
      expect.stringMatching(/^runNote: .*needs a "runNote" saying why/),
    ]);
  });

  it('rejects a misspelt key instead of ignoring it, with the key it was meant to be', () => {
    expect(problems({ ...valid, hightlight: {} })).toEqual([
      'hightlight: unknown key: did you mean "highlight"? The keys of meta.json are title, description, highlight, run, runNote.',
    ]);
  });

  it('reports a misspelt required key once, as the misspelling, not also as a missing key', () => {
    const { title, ...rest } = valid;
    expect(problems({ ...rest, titel: title })).toEqual([
      expect.stringMatching(/^titel: unknown key: did you mean "title"\?/),
    ]);
  });

  it('suggests the right key inside "run" and the right language inside "highlight"', () => {
    expect(
      problems({ ...valid, highlight: { typscript: '1' }, run: { expect: ['x'], consnt: 'deny' } }),
    ).toEqual([
      expect.stringMatching(
        /^highlight\.typscript: unknown key: did you mean "typescript"\? The keys of "highlight" are csharp, java/,
      ),
      expect.stringMatching(/^run\.consnt: unknown key: did you mean "consent"\?/),
    ]);
  });

  it('rejects a missing title and a missing run', () => {
    const { description, highlight } = valid;
    expect(problems({ description, highlight })).toEqual([
      expect.stringMatching(/^title: /),
      expect.stringMatching(/^run: /),
    ]);
  });

  it('rejects an expect pattern that is not a regular expression', () => {
    expect(problems({ ...valid, run: { expect: ['Access token: ('] } })).toEqual([
      'run.expect.0: each expect entry must be a valid regular expression',
    ]);
  });

  it('rejects a run that is neither false nor an object, saying what to write', () => {
    expect(problems({ ...valid, run: true })).toEqual([
      'run: use false (and say why in "runNote") or an object like { "expect": ["^Access token: "] }',
    ]);
  });

  it('rejects a run that expects nothing', () => {
    expect(problems({ ...valid, run: { expect: [] } })).toEqual([
      'run.expect: list at least one pattern the run must print',
    ]);
  });

  it('rejects a consent answer other than approve or deny', () => {
    expect(problems({ ...valid, run: { expect: ['x'], consent: 'yes' } })).toEqual([
      expect.stringMatching(/^run\.consent: /),
    ]);
  });

  it('rejects highlight lines for a language the registry does not have', () => {
    expect(problems({ ...valid, highlight: { rust: '1' } })).toEqual([
      expect.stringMatching(/^highlight/),
    ]);
  });

  it.each([
    ['a word', 'lines', 'use line numbers and ranges like "3" or "1,4-6"'],
    ['a trailing comma', '1,', 'use line numbers and ranges like "3" or "1,4-6"'],
    ['a reversed range', '6-4', 'runs from its lower to its higher line'],
    ['line 0', '0-2', 'lines start at 1'],
  ])('rejects highlight ranges with %s', (_case, ranges, message) => {
    expect(problems({ ...valid, highlight: { go: ranges } })).toEqual([
      expect.stringContaining(message),
    ]);
  });
});
