/**
 * Adding a language is adding its folder and one line in the list: a fixture "shell" language,
 * written to a temporary folder (traits, tooling and a harness that runs `sh`), joins the real
 * seven in a language set, and every tool takes it from there with no other file changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages, type Language, type LanguageKey } from '../languages';
import { registeredLanguages, type LanguageSet } from '../languages/loadTooling';
import { readRegistry } from '../src/plugins/snippet-registry/loadRegistry';
import { toPageSnippetData, toSnippetData } from '../src/plugins/snippet-registry/index';
import { checkSnippets } from './check-snippets/checkSnippets';
import {
  createFixtureSite,
  editFixture,
  type FixtureSite,
} from './check-snippets/checks/fixtureSite';
import { runInLanguages } from './check-snippets/runLanguages';
import { formatProblem } from './check-snippets/toCheckProblem';
import { scaffoldSnippet } from './scaffoldSnippet';

const contracts = path.resolve(__dirname, '../languages');

const files = {
  'language.ts': `
import type { Language } from ${JSON.stringify(`${contracts}/Language`)};
export default {
  key: 'shell',
  label: 'Shell',
  file: 'shell.sh',
  grammar: 'shellscript',
  reference: false,
  typeChecksInEditor: false,
  runsInPage: false,
} as const satisfies Language;
`,
  'tooling.ts': `
import type { LanguageTooling, TemplateInput } from ${JSON.stringify(`${contracts}/LanguageTooling`)};
export default {
  key: 'shell',
  syntax: {
    treeSitterGrammar: 'tree-sitter-bash.wasm',
    grammarName: 'Shell',
    stringLiteralTypes: ['raw_string'],
    requiredStart: null,
  },
  sdkNames: null,
  template: ({ todo, demo }: TemplateInput) =>
    [
      \`client_id='\${demo.clientId}'\`,
      \`client_secret='\${demo.clientSecret}'\`,
      '',
      \`# \${todo}\`,
      'echo "Access token: $client_id…"',
      '',
    ].join('\\n'),
  fixtureSdk: null,
  proseNames: { renames: {}, candidates: (name: string) => [name], callSuffix: '' },
} satisfies LanguageTooling;
`,
  'harness.ts': `
import type { ProgramHarness } from ${JSON.stringify(`${contracts}/LanguageHarness`)};
export const harness: ProgramHarness = {
  kind: 'programs',
  language: 'shell',
  tools: [{ command: 'sh', debianPackage: 'dash' }],
  async prepare(programs, workDir) {
    return {
      runs: new Map(programs.map((program) => [program.id, { command: 'sh', args: [program.file], cwd: workDir }])),
      problems: [],
    };
  },
  // dash: "<file>: <line>: <message>"
  locateError(stderr, program) {
    const match = new RegExp(\`^\${program.file.replace(/[.*+?^\${}()|[\\\\]\\\\\\\\]/g, '\\\\$&')}: (\\\\d+):\`, 'm').exec(stderr);
    return match ? { line: Number(match[1]) } : undefined;
  },
  unitTests: (workDir) => ({ command: 'true', args: [], cwd: workDir }),
};
`,
};

let languageDir: string;
let set: LanguageSet;
let site: FixtureSite;
const id = 'client-credentials/fetch-token';
const broken = 'client-credentials/call-endpoint';

beforeAll(async () => {
  languageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'add-language-'));
  const folder = path.join(languageDir, 'shell');
  fs.mkdirSync(folder);
  for (const [name, source] of Object.entries(files))
    fs.writeFileSync(path.join(folder, name), source);
  const shell = ((await import(path.join(folder, 'language.ts'))) as { default: Language }).default;
  // The one line a new language adds to languages/index.ts.
  set = {
    languages: [...languages, shell],
    folderOf: (key) => (key === 'shell' ? folder : registeredLanguages.folderOf(key)),
  };
  site = createFixtureSite([id, broken], set);
});
afterAll(() => {
  site.cleanup();
  fs.rmSync(languageDir, { recursive: true, force: true });
});

describe('a language added as a folder', () => {
  it("is read by the registry, from its template's file in every snippet", () => {
    const { entries, problems } = readRegistry(site.dir, 'snippets', set.languages);
    expect(problems).toEqual([]);
    const shell = entries.find((entry) => entry.id === id)!.files['shell' as LanguageKey];
    expect(shell).toEqual({
      path: `snippets/${id}/shell.sh`,
      source: expect.stringContaining("client_id='OAuthClientId'"),
    });
  });

  it('gets a tab: the snippet data for the page has its file, highlighted', async () => {
    const entry = readRegistry(site.dir, 'snippets', set.languages).entries.find(
      (candidate) => candidate.id === id,
    );
    const data = await toSnippetData(entry!, set.languages);
    expect(data.files['shell' as LanguageKey]).toMatchObject({
      fileName: 'shell.sh',
      html: expect.stringContaining('OAuthClientId'),
    });
    expect(toPageSnippetData(data, set.languages).files['shell' as LanguageKey]).toEqual({
      fileName: 'shell.sh',
      path: `snippets/${id}/shell.sh`,
    });
  });

  it('is scaffolded by new-snippet with its template', () => {
    const { files: created } = scaffoldSnippet(site.dir, 'client-credentials/revoke-token', set);
    expect(created).toContain('snippets/client-credentials/revoke-token/shell.sh');
    expect(site.read('snippets/client-credentials/revoke-token/shell.sh')).toMatch(
      /^client_id='OAuthClientId'\n[^]*# TODO: replace this/,
    );
    site.remove('snippets/client-credentials/revoke-token');
  });

  it('is checked by check-snippets, its problems reported at file:line:column', async () => {
    // A drifted credential (line 2), a command that fails at run time (line 6), and, in another
    // snippet, a syntax error.
    editFixture(site, `snippets/${id}/shell.sh`, "'OAuthClientSecret'", "'OAuthClientSecrt'");
    editFixture(site, `snippets/${id}/shell.sh`, /\n$/, '\nno_such_command_xyz\n');
    editFixture(site, `snippets/${broken}/shell.sh`, /\n$/, '\nif then fi\n');
    const result = await checkSnippets({
      siteDir: site.dir,
      projectDir: process.cwd(),
      ids: [id, broken],
      languages: ['shell' as LanguageKey],
      languageSet: set,
      runInLanguages,
    });
    const lines = result.problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^snippets\/client-credentials\/fetch-token\/shell\.sh:2:15: uses 'OAuthClientSecrt', which typescript\.ts does not: change it to 'OAuthClientSecret'/,
        ),
        expect.stringMatching(
          /^snippets\/client-credentials\/fetch-token\/shell\.sh:6:1: Error: .*no_such_command_xyz: not found — fix the snippet here/,
        ),
        expect.stringMatching(
          /^snippets\/client-credentials\/call-endpoint\/shell\.sh:\d+:\d+: Shell syntax error/,
        ),
      ]),
    );
  }, 60_000);
});
