/**
 * A writer's typical run failures, planted one at a time in a copy of a real snippet and run with
 * each language's real harness, toolchain and reference SDK against the HTTP mock server: each is
 * reported as one plain `file:line:column: <kind>: <message> — <advice>` line at the snippet's own
 * line, with no temporary or SDK-internal path. Needs the toolchains (installed in CI).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageKey } from '../../languages';
import { languages } from '../../languages';
import type { SnippetEntry } from '../../src/plugins/snippet-registry/loadRegistry';
import type { SnippetMeta } from '../../src/plugins/snippet-registry/metaSchema';
import { loadSdkKeywords } from './checks/sdkKeywords';
import { loadSdkSurface } from './checks/sdkSurface';
import { loadParsers } from './checks/treeSitter';
import { runInLanguages } from './runLanguages';
import { formatProblem } from './toCheckProblem';

const repo = path.resolve(__dirname, '../..');
const original = 'client-credentials/fetch-token';

/** One planted mistake: in `language`'s copy of fetch-token, `search` becomes `replacement`. */
interface Mistake {
  language: LanguageKey;
  operation: string;
  search: string | RegExp;
  replacement: string;
  meta?: (meta: SnippetMeta) => SnippetMeta;
}

const mistakes: Mistake[] = [
  {
    language: 'ruby',
    operation: 'ruby-keyword',
    search: 'o_auth_client_secret:',
    replacement: 'o_auth_secret:',
  },
  {
    language: 'php',
    operation: 'php-typo',
    search: '->fetchToken()',
    replacement: '->fetchTokn()',
  },
  {
    language: 'java',
    operation: 'java-null',
    search: '        // Print only the start',
    replacement: '        String scope = null;\n        System.out.println(scope.length());\n$&',
  },
  {
    language: 'python',
    operation: 'python-secret',
    search: 'o_auth_client_secret="OAuthClientSecret"',
    replacement: 'o_auth_client_secret="wrong"',
  },
  {
    language: 'python',
    operation: 'python-endless',
    search: '# Print only the start',
    replacement: 'while True:\n    pass\n\n$&',
  },
];

let siteDir: string;
let lines: string[];

/** The real snippet's files with one mistake planted, written to the scratch site. */
function plant(mistake: Mistake): SnippetEntry {
  const id = `client-credentials/${mistake.operation}`;
  const files = {} as SnippetEntry['files'];
  for (const language of languages) {
    let source = fs.readFileSync(path.join(repo, 'snippets', original, language.file), 'utf8');
    if (language.key === mistake.language) {
      const planted = source.replace(mistake.search, mistake.replacement);
      if (planted === source) throw new Error(`${language.file} has no ${String(mistake.search)}`);
      source = planted;
    }
    const relative = `snippets/${id}/${language.file}`;
    fs.mkdirSync(path.dirname(path.join(siteDir, relative)), { recursive: true });
    fs.writeFileSync(path.join(siteDir, relative), source);
    files[language.key] = { path: relative, source };
  }
  const meta = JSON.parse(
    fs.readFileSync(path.join(repo, 'snippets', original, 'meta.json'), 'utf8'),
  ) as SnippetMeta;
  return { id, meta: mistake.meta?.(meta) ?? meta, files };
}

beforeAll(async () => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-failures-'));
  const parsers = await loadParsers();
  const surface = loadSdkSurface(repo, parsers).surface;
  const keywords = loadSdkKeywords(repo, parsers);
  const byLanguage = new Map<LanguageKey, SnippetEntry[]>();
  for (const mistake of mistakes) {
    byLanguage.set(mistake.language, [...(byLanguage.get(mistake.language) ?? []), plant(mistake)]);
  }
  const problems = await Promise.all(
    [...byLanguage].map(([language, entries]) =>
      runInLanguages({
        siteDir,
        entries,
        languages: [language],
        programTimeoutMs: 8_000,
        folderOf: (key) => path.join(repo, 'languages', key),
        sdk: {
          [language]: {
            ...(surface[language] !== undefined && { sdkNames: surface[language] }),
            ...(keywords[language] !== undefined && { keywordsOf: keywords[language] }),
          },
        },
      }),
    ),
  );
  lines = problems.flat().map(formatProblem);
}, 180_000);
afterAll(() => fs.rmSync(siteDir, { recursive: true, force: true }));

/** The report's lines about one planted snippet. */
const about = (operation: string) => lines.filter((line) => line.includes(`/${operation}/`));

describe('run failures, with the real toolchains, each at the snippet line with advice that fits', () => {
  it('puts a wrong Ruby keyword at the keyword', () => {
    expect(about('ruby-keyword')).toEqual([
      'snippets/client-credentials/ruby-keyword/ruby.rb:7:5: ArgumentError: unknown keyword: :o_auth_secret — the Ruby SDK\'s ClientCredentialsAuthCredentials.new takes no keyword "o_auth_secret": did you mean "o_auth_client_secret"? It takes "o_auth_client_id", "o_auth_client_secret", "o_auth_scopes", "o_auth_token", "o_auth_token_provider", "o_auth_on_token_update".',
    ]);
  });

  it('puts a PHP method typo at the method name', () => {
    expect(about('php-typo')).toEqual([
      'snippets/client-credentials/php-typo/php.php:18:47: Error: Call to undefined method Sdk\\Authentication\\ClientCredentialsAuthManager::fetchTokn() — the PHP SDK has no "fetchTokn": did you mean "fetchToken"?',
    ]);
  });

  it('names the null Java variable', () => {
    expect(about('java-null')).toEqual([
      'snippets/client-credentials/java-null/java.java:18:9: NullPointerException: Cannot invoke "String.length()" because "scope" is null — a value used here is null: check what the call that produced it returns before using it.',
    ]);
  });

  it("gives Python's wrong secret its OAuth error and cause", () => {
    expect(about('python-secret')).toEqual([
      'snippets/client-credentials/python-secret/python.py:13:21: OAuthProviderException: Fetching a token with the client credentials grant failed with invalid_client (HTTP 401): Client authentication failed: the client secret is wrong — the server answered "invalid_client" (RFC 6749 §5.2), which usually means client authentication failed: the client id or secret is wrong (the demo client is "OAuthClientId" with the secret "OAuthClientSecret"). Fix the request; only if the page shows this error on purpose, catch it and print it.',
    ]);
  });

  it('stops an endless Python loop at its limit and says the line it was running', () => {
    expect(about('python-endless')).toEqual([
      expect.stringMatching(
        /^snippets\/client-credentials\/python-endless\/python\.py:1[56]:\d+: the run did not finish within its 8 s time limit and was stopped running this line: /,
      ),
    ]);
  });

  it('names no temporary folder and no SDK file', () => {
    expect(lines.join('\n')).not.toMatch(/\/tmp\/|languages\/\w+\/(lib|sdk|src)\//);
  });
});
