import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, editFixture, type FixtureSite } from './fixtureSite';
import { typeCheckSnippets } from './typeCheck';

/**
 * One fixture site and one compiler program for the whole file (creating a program is the slow
 * part): each snippet carries at most one deliberate defect and is asserted on its own.
 */
const ids = {
  valid: [
    'client-credentials/fetch-token',
    'resource-owner-password/fetch-token',
    'authorization-code/build-url',
  ],
  misspeltKey: 'client-credentials/misspelt-key',
  unknownMethod: 'client-credentials/unknown-method',
  wrongScope: 'authorization-code/wrong-scope',
  noImport: 'client-credentials/no-import',
};

let site: FixtureSite;
let problems: string[];

beforeAll(() => {
  site = createFixtureSite([
    ...ids.valid,
    ids.misspeltKey,
    ids.unknownMethod,
    ids.wrongScope,
    ids.noImport,
  ]);
  editFixture(
    site,
    `snippets/${ids.misspeltKey}/typescript.ts`,
    'oAuthClientSecret:',
    'oAuthClientSecrett:',
  );
  editFixture(
    site,
    `snippets/${ids.unknownMethod}/typescript.ts`,
    '.fetchToken()',
    '.fetchAccessToken()',
  );
  editFixture(
    site,
    `snippets/${ids.wrongScope}/typescript.ts`,
    'OAuthScopeEnum.ReadScope',
    'OAuthScopeEnum.AdminScope',
  );
  editFixture(
    site,
    `snippets/${ids.noImport}/typescript.ts`,
    "import { Client } from 'sdk';\n",
    '',
  );
  const files = [
    ...ids.valid,
    ids.misspeltKey,
    ids.unknownMethod,
    ids.wrongScope,
    ids.noImport,
  ].map((id) => `snippets/${id}/typescript.ts`);
  problems = typeCheckSnippets(process.cwd(), site.dir, files).map(
    (problem) => `${problem.file}: ${problem.message}`,
  );
  // Creating a compiler program takes seconds, more on a busy CI machine.
}, 120_000);
afterAll(() => site.cleanup());

const problemsOf = (id: string) =>
  problems.filter((problem) => problem.startsWith(`snippets/${id}/`));

describe('typeCheckSnippets', () => {
  it.each(ids.valid)('accepts the %s template, which uses the real SDK', (id) => {
    expect(problemsOf(id)).toEqual([]);
  });

  it('reports a misspelt configuration key with the snippet file, line and column', () => {
    expect(problemsOf(ids.misspeltKey)).toEqual([
      expect.stringMatching(
        /^snippets\/client-credentials\/misspelt-key\/typescript\.ts:6:5: TS2561: Object literal may only specify known properties, but 'oAuthClientSecrett' does not exist .*Did you mean to write 'oAuthClientSecret'\?.* \(fix the snippet so it compiles against the reference SDK in languages\/typescript\/sdk/,
      ),
    ]);
  });

  it('reports a method the SDK does not have', () => {
    expect(problemsOf(ids.unknownMethod)).toEqual([
      expect.stringMatching(
        /^snippets\/client-credentials\/unknown-method\/typescript\.ts:11:\d+: TS2339: Property 'fetchAccessToken' does not exist on type 'ClientCredentialsAuthManager'/,
      ),
    ]);
  });

  it('reports a scope the SDK enum does not define', () => {
    expect(problemsOf(ids.wrongScope)).toEqual([
      expect.stringMatching(
        /^snippets\/authorization-code\/wrong-scope\/typescript\.ts:8:34: TS2339: Property 'AdminScope' does not exist on type 'typeof OAuthScopeEnum'/,
      ),
    ]);
  });

  it('reports a snippet that uses the SDK without importing it', () => {
    expect(problemsOf(ids.noImport)).toContainEqual(
      expect.stringMatching(
        /^snippets\/client-credentials\/no-import\/typescript\.ts:2:20: TS2552: Cannot find name 'Client'/,
      ),
    );
  });
});
