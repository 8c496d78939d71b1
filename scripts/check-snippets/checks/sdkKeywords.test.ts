import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languages, type LanguageKey } from '../../../languages';
import type { SnippetFile } from '../../../src/plugins/snippet-registry/loadRegistry';
import { checkSdkKeywords, loadSdkKeywords, type SdkKeywords } from './sdkKeywords';
import { loadSdkSurface, type SdkSurface } from './sdkSurface';
import { loadParsers, type Parsers } from './treeSitter';

const repo = path.resolve(__dirname, '../../..');
const id = 'client-credentials/fetch-token';

let parsers: Parsers;
let surface: SdkSurface;
let keywords: SdkKeywords;
beforeAll(async () => {
  parsers = await loadParsers();
  surface = loadSdkSurface(repo, parsers).surface;
  keywords = loadSdkKeywords(repo, parsers);
}, 60_000);

/** The real fetch-token snippet's files, `language`'s with `search` replaced (it must occur). */
function snippet(language?: LanguageKey, search?: string, replacement?: string) {
  const files = {} as Record<LanguageKey, SnippetFile>;
  for (const { key, file } of languages) {
    let source = fs.readFileSync(path.join(repo, 'snippets', id, file), 'utf8');
    if (key === language) {
      const edited = source.replace(search!, replacement!);
      if (edited === source) throw new Error(`${file} does not contain ${search}`);
      source = edited;
    }
    files[key] = { path: `snippets/${id}/${file}`, source };
  }
  return files;
}

const check = (files: Record<LanguageKey, SnippetFile>) =>
  checkSdkKeywords(parsers, files, keywords, surface).map(
    (problem) => `${problem.file}: ${problem.message}`,
  );

describe('keyword and named arguments, held to the SDK as names are', () => {
  it('passes every real snippet of the registry', () => {
    const problems: string[] = [];
    for (const grant of fs.readdirSync(path.join(repo, 'snippets'))) {
      if (!fs.statSync(path.join(repo, 'snippets', grant)).isDirectory()) continue;
      for (const operation of fs.readdirSync(path.join(repo, 'snippets', grant))) {
        const files = {} as Record<LanguageKey, SnippetFile>;
        for (const { key, file } of languages) {
          const relative = `snippets/${grant}/${operation}/${file}`;
          files[key] = {
            path: relative,
            source: fs.readFileSync(path.join(repo, relative), 'utf8'),
          };
        }
        problems.push(...check(files));
      }
    }
    expect(problems).toEqual([]);
  });

  it('reports a wrong Ruby keyword at the keyword, with the ones the constructor takes', () => {
    expect(check(snippet('ruby', 'o_auth_client_secret:', 'o_auth_secret:'))).toEqual([
      'snippets/client-credentials/fetch-token/ruby.rb:7:5: passes the keyword "o_auth_secret" to ClientCredentialsAuthCredentials.new, which takes no such keyword: did you mean "o_auth_client_secret"? It takes "o_auth_client_id", "o_auth_client_secret", "o_auth_scopes", "o_auth_token", "o_auth_token_provider", "o_auth_on_token_update".',
    ]);
  });

  it('reports a wrong Python keyword of a dataclass (no __init__ to read) against the SDK names', () => {
    expect(
      check(
        snippet(
          'python',
          'o_auth_client_secret="OAuthClientSecret"',
          'o_auth_secret="OAuthClientSecret"',
        ),
      ),
    ).toEqual([
      'snippets/client-credentials/fetch-token/python.py:8:9: passes the keyword "o_auth_secret", which the Python SDK (languages/python) does not have: did you mean "o_auth_client_secret"?',
    ]);
  });

  it('reports a wrong PHP named argument at its name', () => {
    expect(
      check(
        snippet(
          'php',
          "'OAuthClientId',\n            'OAuthClientSecret'",
          "oAuthClientId: 'OAuthClientId',\n            oAuthSecret: 'OAuthClientSecret'",
        ),
      ),
    ).toEqual([
      'snippets/client-credentials/fetch-token/php.php:12:13: passes the keyword "oAuthSecret" to ClientCredentialsAuthCredentialsBuilder.init, which takes no such keyword: did you mean "oAuthClientSecret"? It takes "oAuthClientId", "oAuthClientSecret".',
    ]);
  });

  it("leaves a standard library call's keywords to the language", () => {
    expect(
      check(
        snippet(
          'python',
          '# Print only the start',
          'print("ok", end="\\n", flush=True)\n# Print only the start',
        ),
      ),
    ).toEqual([]);
  });
});
