/**
 * The orchestration proven with a fixture site whose "python" harness runs plain Python files
 * (python3 is on every machine this project runs on): what passes, and each way a program fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnippetEntry } from '../../src/plugins/snippet-registry/loadRegistry';
import type { SnippetMeta } from '../../src/plugins/snippet-registry/metaSchema';
import { runInLanguages } from './runLanguages';

const contract = path.resolve(__dirname, '../../languages/LanguageHarness.ts');
const harnessSource = `
import type { LanguageHarness } from ${JSON.stringify(contract)};
export const harness: LanguageHarness = {
  kind: 'programs',
  language: 'python',
  tools: [{ command: 'python3', debianPackage: 'python3' }],
  async prepare(programs) {
    const runs = new Map();
    const problems = [];
    for (const program of programs) {
      if (program.source.includes('syntax error')) {
        problems.push({ file: program.path, line: 1, message: 'invalid syntax' });
      } else {
        runs.set(program.id, { command: 'python3', args: ['-X', 'utf8', program.file], cwd: process.cwd() });
      }
    }
    return { runs, problems };
  },
  locateError(stderr, program) {
    const matches = [...stderr.matchAll(/File "([^"]+)", line (\\d+)/g)].filter((m) => m[1] === program.file);
    return matches.length ? { line: Number(matches.at(-1)[2]) } : undefined;
  },
  unitTests: (workDir) => ({ command: 'true', args: [], cwd: workDir }),
};
`;

let siteDir: string;
beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-languages-'));
  fs.mkdirSync(path.join(siteDir, 'languages/python'), { recursive: true });
  fs.writeFileSync(path.join(siteDir, 'languages/python/harness.ts'), harnessSource);
});
afterAll(() => fs.rmSync(siteDir, { recursive: true, force: true }));

/** A one-snippet registry entry whose Python file is `python`. */
function entry(operation: string, python: string, run: SnippetMeta['run']): SnippetEntry {
  const relative = `snippets/client-credentials/${operation}/python.py`;
  fs.mkdirSync(path.dirname(path.join(siteDir, relative)), { recursive: true });
  fs.writeFileSync(path.join(siteDir, relative), python);
  const file = { path: relative, source: python };
  return {
    id: `client-credentials/${operation}`,
    meta: { title: 'Fixture', description: 'A fixture snippet for the tests.', run },
    files: {
      csharp: file,
      java: file,
      python: file,
      ruby: file,
      typescript: file,
      php: file,
      go: file,
    },
  };
}

const run = (entries: SnippetEntry[], programTimeoutMs = 15_000) =>
  runInLanguages({ siteDir, entries, languages: ['python'], programTimeoutMs });

describe('running snippets in other languages', () => {
  it('passes a program that prints what meta.json expects, through the mock server', async () => {
    const source = [
      'import base64, json, os, urllib.request',
      'request = urllib.request.Request(os.environ["SDK_AUTH_SERVER_URL"] + "/oauth2/token", data=b"grant_type=client_credentials",',
      '  headers={"Authorization": "Basic " + base64.b64encode(b"OAuthClientId:OAuthClientSecret").decode()})',
      'print(f"Scopes: {json.load(urllib.request.urlopen(request))[\'scope\']} …")',
    ].join('\n');
    expect(await run([entry('fetch-token', source, { expect: ['^Scopes: read …$'] })])).toEqual([]);
  });

  it('points a printed value that differs from the expectation at the line that printed it', async () => {
    const problems = await run([
      entry('wrong-value', 'print("Ready")\nprint("Scopes: write")', {
        expect: ['^Scopes: read$'],
      }),
    ]);
    expect(problems).toEqual([
      {
        file: 'snippets/client-credentials/wrong-value/python.py',
        line: 2,
        column: 7,
        message:
          'prints a line that "run.expect[0]" does not match: change what this line prints, or the pattern in snippets/client-credentials/wrong-value/meta.json\n    expected: /^Scopes: read$/\n    printed:  Scopes: write',
      },
    ]);
  });

  it('points at the snippet line of an uncaught error and shows its stderr', async () => {
    const source = 'print("Scopes: read")\nraise RuntimeError("token request failed")\n';
    const [problem] = await run([entry('raises', source, { expect: ['^Scopes: read$'] })]);
    expect(problem).toMatchObject({
      file: 'snippets/client-credentials/raises/python.py',
      line: 2,
    });
    expect(problem!.message).toContain('RuntimeError: token request failed');
    expect(problem!.message).toContain('stderr:');
  });

  it('stops a program that never ends at its time limit', async () => {
    const [problem] = await run(
      [entry('endless', 'while True:\n    pass\n', { expect: ['^done$'] })],
      1_000,
    );
    expect(problem!.message).toContain(
      'did not finish within its 1 s time limit (Python cannot tell the line it was running)',
    );
  });

  it('reports what the harness could not compile, at the line it names', async () => {
    const problems = await run([entry('broken', 'syntax error', { expect: ['^x$'] })]);
    expect(problems).toEqual([
      { file: 'snippets/client-credentials/broken/python.py', line: 1, message: 'invalid syntax' },
    ]);
  });

  it('asks for run.consent when the program met a consent screen without one', async () => {
    const source = [
      'import os, urllib.request',
      'url = os.environ["SDK_AUTH_SERVER_URL"] + "/oauth2/authorize?response_type=code&client_id=OAuthClientId&redirect_uri=https%3A%2F%2Fexample.com%2Foauth%2Fcallback"',
      'urllib.request.urlopen(url).read()',
      'print("shown")',
    ].join('\n');
    const problems = await run([entry('consent', source, { expect: ['^shown$'] })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('"consent": "approve" or "deny"');
  });

  it('explains how to install a missing toolchain', async () => {
    fs.mkdirSync(path.join(siteDir, 'languages/ruby'), { recursive: true });
    fs.writeFileSync(
      path.join(siteDir, 'languages/ruby/harness.ts'),
      harnessSource
        .replace("language: 'python'", "language: 'ruby'")
        .replace(
          "command: 'python3', debianPackage: 'python3'",
          "command: 'no-such-ruby-xyz', debianPackage: 'ruby'",
        ),
    );
    const problems = await runInLanguages({
      siteDir,
      entries: [entry('tool', 'print(1)', { expect: ['^1$'] })],
      languages: ['go', 'ruby'],
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('no harness for go: add languages/go/harness.ts'),
      expect.stringContaining('`no-such-ruby-xyz`, which is not installed: apt-get install ruby'),
    ]);
  });
});
