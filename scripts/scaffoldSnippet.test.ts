import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { languages, runnableLanguage } from '../languages';
import { grantIds as grants } from '../snippets/grants';
import { readRegistry } from '../src/plugins/snippet-registry/loadRegistry';
import { createFixtureSite, type FixtureSite } from './check-snippets/checks/fixtureSite';
import { harness } from '../languages/typescript/harness';
import { checkRun } from './check-snippets/checks/checkRun';
import { findScaffoldLeftovers } from './check-snippets/checks/scaffoldLeftovers';
import { checkSdkSurface, loadSdkSurface } from './check-snippets/checks/sdkSurface';
import { checkSharedValues } from './check-snippets/checks/sharedValues';
import { findSyntaxErrors } from './check-snippets/checks/syntaxErrors';
import { loadParsers, type Parsers } from './check-snippets/checks/treeSitter';
import { typeCheckSnippets } from './check-snippets/checks/typeCheck';
import { scaffoldSnippet } from './scaffoldSnippet';

let site: FixtureSite | undefined;
let parsers: Parsers;
const runner = harness.createRunner();
beforeAll(async () => {
  parsers = await loadParsers();
});
afterEach(() => {
  site?.cleanup();
  site = undefined;
});

/** A fixture site for one test, cleaned up after it. */
function newSite(ids?: string[]): FixtureSite {
  site = createFixtureSite(ids);
  return site;
}
afterAll(() => runner.close());

describe('scaffoldSnippet', () => {
  it('creates the seven language files and meta.json', () => {
    const fixture = newSite();
    expect(scaffoldSnippet(fixture.dir, 'client-credentials/revoke-token')).toEqual({
      existed: false,
      files: [
        ...languages.map((language) => `snippets/client-credentials/revoke-token/${language.file}`),
        'snippets/client-credentials/revoke-token/meta.json',
      ],
    });
    expect(readRegistry(fixture.dir).entries.map((entry) => entry.id)).toEqual([
      'client-credentials/revoke-token',
    ]);
  });

  it('leaves TODOs that fail the registry tests until the writer replaces them', () => {
    const fixture = newSite();
    scaffoldSnippet(fixture.dir, 'client-credentials/revoke-token');
    const files = ['meta.json', ...languages.map((language) => language.file)].map((name) => ({
      path: `snippets/client-credentials/revoke-token/${name}`,
      source: fixture.read(`snippets/client-credentials/revoke-token/${name}`),
    }));
    expect(findScaffoldLeftovers(files).map((problem) => problem.file)).toEqual([
      'snippets/client-credentials/revoke-token/meta.json:2',
      'snippets/client-credentials/revoke-token/meta.json:3',
      ...languages.map((language) =>
        expect.stringMatching(
          new RegExp(
            `^snippets/client-credentials/revoke-token/${language.file.replace('.', '\\.')}:\\d+$`,
          ),
        ),
      ),
    ]);
  });

  it('refuses to overwrite an existing snippet and writes nothing', () => {
    const fixture = newSite(['client-credentials/fetch-token']);
    const before = fixture.read('snippets/client-credentials/fetch-token/go.go');
    expect(() => scaffoldSnippet(fixture.dir, 'client-credentials/fetch-token')).toThrow(
      'snippets/client-credentials/fetch-token already exists: nothing was written. Edit its files, or choose another id',
    );
    expect(fixture.read('snippets/client-credentials/fetch-token/go.go')).toBe(before);
  });

  it('adds only the files an existing snippet lacks, leaving the others untouched', () => {
    const fixture = newSite(['client-credentials/fetch-token']);
    const before = fixture.read('snippets/client-credentials/fetch-token/java.java');
    fixture.remove('snippets/client-credentials/fetch-token/ruby.rb');
    expect(scaffoldSnippet(fixture.dir, 'client-credentials/fetch-token')).toEqual({
      existed: true,
      files: ['snippets/client-credentials/fetch-token/ruby.rb'],
    });
    expect(fixture.read('snippets/client-credentials/fetch-token/java.java')).toBe(before);
    expect(fixture.read('snippets/client-credentials/fetch-token/ruby.rb')).toMatch(
      /^require 'sdk'/,
    );
  });

  it('refuses an id that differs from an existing one only in separators', () => {
    const fixture = newSite(['client-credentials/fetch-token']);
    expect(() => scaffoldSnippet(fixture.dir, 'client-credentials/fetchtoken')).toThrow(
      'snippets/client-credentials/fetch-token already exists and differs from "fetchtoken" only in case or separators: edit it instead',
    );
  });

  it.each([
    ['no id', undefined, /^usage: npm run new-snippet -- <grant>\/<operation>/],
    ['one part', 'fetch-token', /^"fetch-token" is not a snippet id: use <grant>\/<operation>/],
    ['three parts', 'client-credentials/fetch/token', /is not a snippet id/],
    ['capitals', 'client-credentials/Fetch-Token', /is not a snippet id: .*lower-case words/],
    ['underscores', 'client-credentials/fetch_token', /is not a snippet id/],
    [
      'an unknown grant',
      'implicit/fetch-token',
      /^"implicit" is not a grant: use one of client-credentials, resource-owner-password, authorization-code\.$/,
    ],
  ])('refuses %s', (_case, id, message) => {
    const fixture = newSite();
    expect(() => scaffoldSnippet(fixture.dir, id)).toThrow(message);
  });
});

describe('the scaffold of each grant', () => {
  // One site and one compiler program for the three grants (creating a program takes seconds).
  let scaffolds: FixtureSite;
  let typeProblems: string[];
  beforeAll(() => {
    scaffolds = createFixtureSite();
    for (const grant of grants) scaffoldSnippet(scaffolds.dir, `${grant}/new-operation`);
    typeProblems = typeCheckSnippets(
      process.cwd(),
      scaffolds.dir,
      grants.map((grant) => `snippets/${grant}/new-operation/typescript.ts`),
    ).map((problem) => `${problem.file}: ${problem.message}`);
  }, 120_000); // creating a compiler program takes seconds, more on a busy CI machine
  afterAll(() => scaffolds.cleanup());

  it.each(grants)(
    'makes %s snippets that parse, type-check, agree across languages, use SDK names and run',
    async (grant) => {
      const { entries, problems } = readRegistry(scaffolds.dir);
      expect(problems).toEqual([]);
      const entry = entries.find((candidate) => candidate.id === `${grant}/new-operation`);
      if (entry === undefined) throw new Error(`no ${grant} entry`);
      const typescript = entry.files[runnableLanguage];
      expect(typeProblems.filter((problem) => problem.startsWith(`snippets/${grant}/`))).toEqual(
        [],
      );
      expect([
        ...languages
          .filter((language) => language.key !== runnableLanguage)
          .flatMap((language) => {
            const file = entry.files[language.key];
            return findSyntaxErrors(parsers, language.key, file.path, file.source);
          }),
        ...checkSharedValues(parsers, entry.files),
        ...checkSdkSurface(parsers, entry.files, loadSdkSurface(scaffolds.dir, parsers).surface),
      ]).toEqual([]);
      if (entry.meta.run === false) throw new Error('the scaffold should be runnable');
      const run = await runner.run(typescript.source, entry.meta.run.consent);
      expect(
        checkRun(run, entry.meta.run, { snippet: typescript.path, meta: 'meta.json' }),
      ).toEqual([]);
    },
  );
});

describe('npm run new-snippet', () => {
  const exec = promisify(execFile);
  const cli = path.join(process.cwd(), 'scripts/new-snippet.ts');
  const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');

  // Each test starts tsx in a child process.
  it('prints the files it created and the next steps', { timeout: 30_000 }, async () => {
    const fixture = newSite();
    const { stdout } = await exec(tsx, [cli, 'authorization-code/revoke-token'], {
      cwd: fixture.dir,
    });
    expect(stdout).toContain('Created snippets/authorization-code/revoke-token/:');
    expect(stdout).toContain('<Snippet id="authorization-code/revoke-token" />');
  });

  it(
    'exits with status 1 and a one-line reason when the folder exists',
    { timeout: 30_000 },
    async () => {
      const fixture = newSite(['client-credentials/fetch-token']);
      await expect(
        exec(tsx, [cli, 'client-credentials/fetch-token'], { cwd: fixture.dir }),
      ).rejects.toMatchObject({
        code: 1,
        stderr:
          'new-snippet: snippets/client-credentials/fetch-token already exists: nothing was written. Edit its files, or choose another id\n',
      });
    },
  );
});
