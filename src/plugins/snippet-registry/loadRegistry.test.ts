import { afterEach, describe, expect, it } from 'vitest';
import {
  createFixtureSite,
  editFixture,
  type FixtureSite,
} from '../../../scripts/check-snippets/checks/fixtureSite';
import { loadRegistry, readRegistry, RegistryError } from './loadRegistry';

let site: FixtureSite;
afterEach(() => site.cleanup());

/** The problems loadRegistry throws for the fixture site, as "file: message". */
function problems(): string[] {
  try {
    loadRegistry(site.dir);
  } catch (error) {
    if (error instanceof RegistryError) {
      return error.problems.map((problem) => `${problem.file}: ${problem.message}`);
    }
    throw error;
  }
  return [];
}

describe('loadRegistry', () => {
  it('loads every snippet with its metadata and seven files', () => {
    site = createFixtureSite(['client-credentials/fetch-token', 'authorization-code/build-url']);
    const entries = loadRegistry(site.dir);
    expect(entries.map((entry) => entry.id)).toEqual([
      'authorization-code/build-url',
      'client-credentials/fetch-token',
    ]);
    const [entry] = entries;
    expect(entry?.meta.title).toBe('Snippet authorization-code/build-url');
    expect(entry?.files.go.path).toBe('snippets/authorization-code/build-url/go.go');
    expect(entry?.files.go.source).toMatch(/^package main\n/);
  });

  it('lists every problem in one error whose message names each file', () => {
    site = createFixtureSite(['client-credentials/fetch-token', 'client-credentials/refresh']);
    site.remove('snippets/client-credentials/fetch-token/go.go');
    site.write('snippets/client-credentials/refresh/meta.json', '{}');
    expect(() => loadRegistry(site.dir)).toThrow(RegistryError);
    expect(() => loadRegistry(site.dir)).toThrow(
      /The snippet registry has 4 problems:\n {2}- snippets\/client-credentials\/fetch-token\/go\.go: missing/,
    );
  });

  it('reports a missing language file and says how to scaffold it', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    site.remove('snippets/client-credentials/fetch-token/ruby.rb');
    expect(problems()).toEqual([
      'snippets/client-credentials/fetch-token/ruby.rb: missing: every snippet needs all seven languages and a meta.json (run `npm run new-snippet -- client-credentials/fetch-token` to scaffold the missing files)',
    ]);
  });

  it.each(['csharp.cs', 'java.java', 'python.py', 'typescript.ts', 'php.php', 'meta.json'])(
    'reports a folder without %s',
    (file) => {
      site = createFixtureSite(['client-credentials/fetch-token']);
      site.remove(`snippets/client-credentials/fetch-token/${file}`);
      expect(problems()).toEqual([
        expect.stringMatching(
          new RegExp(
            `^snippets/client-credentials/fetch-token/${file.replace('.', '\\.')}: missing`,
          ),
        ),
      ]);
    },
  );

  it('reports a file that does not belong in a snippet folder', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    site.write('snippets/client-credentials/fetch-token/kotlin.kt', 'fun main() {}\n');
    expect(problems()).toEqual([
      expect.stringMatching(
        /^snippets\/client-credentials\/fetch-token\/kotlin\.kt: unexpected file: a snippet folder holds only meta\.json, csharp\.cs/,
      ),
    ]);
  });

  it('reports an empty language file', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    site.write('snippets/client-credentials/fetch-token/php.php', '\n\n');
    expect(problems()).toEqual([
      'snippets/client-credentials/fetch-token/php.php: empty: write the snippet or delete the folder',
    ]);
  });

  it('reports meta.json that is not JSON at the line and column where parsing stopped', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    site.write('snippets/client-credentials/fetch-token/meta.json', '{ "title": "x", }');
    expect(problems()).toEqual([
      expect.stringMatching(
        /^snippets\/client-credentials\/fetch-token\/meta\.json:1:17: not valid JSON \(.+\): fix the syntax$/,
      ),
    ]);
  });

  it('reports each schema violation in meta.json at the line of the key it is about', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    editFixture(
      site,
      'snippets/client-credentials/fetch-token/meta.json',
      /"run": \{[^}]*\}/,
      '"run": { "expect": ["^ok"], "consent": "yes" }, "hightlight": {}',
    );
    expect(problems()).toEqual([
      'snippets/client-credentials/fetch-token/meta.json:4:31: "run.consent": Invalid option: expected one of "approve"|"deny"',
      'snippets/client-credentials/fetch-token/meta.json:4:51: "hightlight": unknown key: did you mean "highlight"? The keys of meta.json are title, description, highlight, run, runNote.',
    ]);
  });

  it('reports an id written with capitals or underscores and says how ids are spelt', () => {
    site = createFixtureSite(['client-credentials/Fetch_Token']);
    expect(problems()).toEqual([
      'snippets/client-credentials/Fetch_Token: "client-credentials/Fetch_Token" is not a valid id: use lower-case words joined by "-" for both folders (e.g. client-credentials/fetch-token)',
    ]);
  });

  it('reports a grant folder that is not one of the three grants, with the grant it was meant to be', () => {
    site = createFixtureSite(['client-credential/fetch-token']);
    expect(problems()).toEqual([
      'snippets/client-credential/fetch-token: "client-credential" is not a grant the guide documents: move the folder under one of client-credentials, resource-owner-password, authorization-code. Did you mean "client-credentials"?',
    ]);
  });

  it('reports ids that differ only in separators as one id defined twice', () => {
    site = createFixtureSite(['client-credentials/fetch-token', 'client-credentials/fetchtoken']);
    expect(problems()).toEqual([
      'snippets/client-credentials/fetchtoken: the id "client-credentials/fetchtoken" is defined twice (also as "client-credentials/fetch-token"): merge the two folders or rename one',
    ]);
  });

  it('reports ids that differ only in case as one id defined twice, whichever sorts first', () => {
    site = createFixtureSite(['client-credentials/fetch-token', 'client-credentials/Fetch-Token']);
    expect(problems()).toEqual([
      'snippets/client-credentials/Fetch-Token: the id "client-credentials/Fetch-Token" is defined twice (also as "client-credentials/fetch-token"): merge the two folders or rename one',
    ]);
  });

  it('reports highlight lines past the end of the file, naming the file and its length', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    editFixture(
      site,
      'snippets/client-credentials/fetch-token/meta.json',
      '"run"',
      '"highlight": { "go": "3,40-41", "python": "1-3" }, "run"',
    );
    const goLines = site
      .read('snippets/client-credentials/fetch-token/go.go')
      .trimEnd()
      .split('\n');
    expect(problems()).toEqual([
      `snippets/client-credentials/fetch-token/meta.json:4:18: "highlight.go" names line 41, but go.go has ${goLines.length} lines`,
    ]);
  });

  it('accepts highlight lines up to the last line of the file', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    const goLines = site
      .read('snippets/client-credentials/fetch-token/go.go')
      .trimEnd()
      .split('\n');
    editFixture(
      site,
      'snippets/client-credentials/fetch-token/meta.json',
      '"run"',
      `"highlight": { "go": "1-${goLines.length}" }, "run"`,
    );
    expect(problems()).toEqual([]);
  });

  it('reports a missing snippets folder', () => {
    site = createFixtureSite();
    site.remove('snippets');
    expect(problems()).toEqual([
      'snippets: the snippets folder is missing: create it at the site root',
    ]);
  });
});

describe('readRegistry', () => {
  it('returns the valid entries next to the problems of the broken ones', () => {
    site = createFixtureSite(['client-credentials/fetch-token', 'client-credentials/refresh']);
    site.remove('snippets/client-credentials/refresh/go.go');
    const { entries, problems } = readRegistry(site.dir);
    expect(entries.map((entry) => entry.id)).toEqual(['client-credentials/fetch-token']);
    expect(problems.map((problem) => problem.file)).toEqual([
      'snippets/client-credentials/refresh/go.go',
    ]);
  });
});
