/**
 * The command's own behaviour on a fixture site: a writer's typical mistakes in a new snippet,
 * each reported as one `file:line:column: message` line that says what to do. Each check's
 * detailed behaviour is proven in its own test next to it (scripts/check-snippets/checks/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, editFixture, type FixtureSite } from './checks/fixtureSite';
import { checkSnippets } from './checkSnippets';
import { formatProblem } from './toCheckProblem';

const ids = {
  good: 'client-credentials/fetch-token',
  metaTypo: 'client-credentials/create-item',
  endless: 'client-credentials/endless',
  drift: 'client-credentials/drift',
  noScope: 'client-credentials/write-item',
};

let site: FixtureSite;
let lines: string[];

beforeAll(async () => {
  site = createFixtureSite(Object.values(ids));
  editFixture(site, `snippets/${ids.metaTypo}/meta.json`, '"title"', '"titel"');
  editFixture(site, `snippets/${ids.metaTypo}/typescript.ts`, 'fetchToken()', 'fetchTokn()');
  editFixture(
    site,
    `snippets/${ids.endless}/typescript.ts`,
    /\n$/,
    "\nconsole.log('polling');\nwhile (true) {}\n",
  );
  editFixture(
    site,
    `snippets/${ids.drift}/python.py`,
    'o_auth_client_secret="OAuthClientSecret"',
    'o_auth_client_secret="oauth-client-secret"',
  );
  editFixture(
    site,
    `snippets/${ids.noScope}/typescript.ts`,
    /\/\/ Do the one thing[^]*$/,
    "const { result } = await client.itemsController.createItem({ name: 'Pen' });\nconsole.log(`Created: ${result.name}`);\n",
  );
  editFixture(
    site,
    'docs/guide.mdx',
    `<Snippet id="${ids.drift}" />`,
    `<Snippet id="client-credentials/drfit" />`,
  );
  const result = await checkSnippets({
    siteDir: site.dir,
    projectDir: process.cwd(),
    timeoutMs: 1_500,
  });
  lines = result.problems.map(formatProblem);
}, 120_000);
afterAll(() => site.cleanup());

describe('checkSnippets', () => {
  it('passes a valid snippet without a word', () => {
    expect(lines.filter((line) => line.includes(ids.good))).toEqual([]);
  });

  it('points an unknown meta.json key at its line, with the key it was meant to be', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^snippets\/client-credentials\/create-item\/meta\.json:2:3: "titel": unknown key: did you mean "title"\?/,
      ),
    );
  });

  it('still checks the files of a snippet whose meta.json is broken, so every problem shows at once', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^snippets\/client-credentials\/create-item\/typescript\.ts:\d+:\d+: TS2551: Property 'fetchTokn' does not exist/,
      ),
    );
  });

  it('stops a TypeScript snippet ending in an endless loop, and says it did not finish', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^snippets\/client-credentials\/endless\/typescript\.ts: the run did not finish within its 1\.5 s time limit \(TypeScript cannot tell the line it was running\): .*\n {4}It printed:\n {6}\| Access token: .*\n {6}\| polling$/,
      ),
    );
  });

  it('names the line in the language that differs, not the TypeScript line', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^snippets\/client-credentials\/drift\/python\.py:\d+:\d+: uses 'oauth-client-secret' where typescript\.ts uses 'OAuthClientSecret' \(line 6\): change it to 'OAuthClientSecret'$/,
      ),
    );
  });

  it('tells a write without the write scope to request the scope', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^snippets\/client-credentials\/write-item\/typescript\.ts:\d+:\d+: ApiError: .* — the token lacks the "write" scope this API call needs\. Request it: .*`oAuthScopes: \[OAuthScopeEnum\.WriteScope\]`/,
      ),
    );
  });

  it('points a misspelt id on a page at its line and suggests the existing snippet', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^docs\/guide\.mdx:\d+:1: <Snippet id="client-credentials\/drfit" \/> names no snippet in snippets\/\. Did you mean "client-credentials\/drift"\?/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^snippets\/client-credentials\/drift: no page uses this snippet/),
    );
  });

  it('prints each problem on one line, with only its details indented on lines below', () => {
    for (const line of lines) {
      const [first, ...details] = line.split('\n');
      expect(first).toMatch(/^(snippets|docs)\/\S*: \S/);
      for (const detail of details) expect(detail).toMatch(/^ {4}\S|^ {6}\| /);
    }
  });

  it('checks only the snippets and languages asked for', async () => {
    const result = await checkSnippets({
      siteDir: site.dir,
      projectDir: process.cwd(),
      ids: [ids.drift],
      languages: ['go'],
    });
    // Only the page with the misspelt id is left: pages are always checked.
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^snippets\/client-credentials\/drift: no page uses this snippet/),
      expect.stringMatching(/^docs\/guide\.mdx:\d+:1: <Snippet id="client-credentials\/drfit" \/>/),
    ]);
  });

  it('suggests the existing id for a misspelt id on the command line', async () => {
    const result = await checkSnippets({
      siteDir: site.dir,
      projectDir: process.cwd(),
      ids: ['client-credentials/fetch-tokn'],
      languages: ['go'],
    });
    expect(result.problems.map(formatProblem)).toContainEqual(
      'snippets/client-credentials/fetch-tokn: no such snippet: did you mean "client-credentials/fetch-token"? Or create it with `npm run new-snippet -- client-credentials/fetch-tokn`',
    );
  });
});
