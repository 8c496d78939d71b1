import { beforeAll, describe, expect, it } from 'vitest';
import { languages, type LanguageKey } from '../../../languages';
import type { SnippetFile } from '../../../src/plugins/snippet-registry/loadRegistry';
import { validSnippetFiles } from './fixtureSite';
import { checkSharedValues, extractSharedValues, scopeName } from './sharedValues';
import { loadParsers, type Parsers } from './treeSitter';

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});

/** The seven files of a valid fixture snippet, with `edits` applied (each must change its file). */
function snippet(
  id: string,
  edits: Partial<Record<LanguageKey, [string | RegExp, string]>> = {},
): Record<LanguageKey, SnippetFile> {
  const sources = validSnippetFiles(id);
  const files = {} as Record<LanguageKey, SnippetFile>;
  for (const language of languages) {
    let source = sources[language.file] ?? '';
    const edit = edits[language.key];
    if (edit !== undefined) {
      const edited = source.replace(edit[0], edit[1]);
      if (edited === source)
        throw new Error(`${language.file} does not contain ${String(edit[0])}`);
      source = edited;
    }
    files[language.key] = { path: `snippets/${id}/${language.file}`, source };
  }
  return files;
}

const check = (files: Record<LanguageKey, SnippetFile>) =>
  checkSharedValues(parsers, files).map((problem) => `${problem.file}: ${problem.message}`);

describe('extractSharedValues', () => {
  it('finds credentials, the redirect URI and scopes with their positions', () => {
    const { go } = snippet('authorization-code/build-url');
    expect(
      extractSharedValues(parsers, 'go', go.source).map(
        (value) => `${value.kind} ${value.value} ${value.line}:${value.column} ${value.text}`,
      ),
    ).toEqual([
      'credential OAuthClientId 15:6 "OAuthClientId"',
      'credential OAuthClientSecret 16:6 "OAuthClientSecret"',
      'url https://example.com/oauth/callback 17:6 "https://example.com/oauth/callback"',
      'scope read 19:53 OAuthScopeEnum_READSCOPE',
    ]);
  });

  it.each([
    ['READ_SCOPE', 'read'],
    ['ReadScope', 'read'],
    ['WRITESCOPE', 'write'],
    ['Write', 'write'],
  ])('reads the scope enum member %s as scope %s', (member, scope) => {
    expect(scopeName(member)).toBe(scope);
  });

  it('ignores comments, interpolated strings and scope names printed as text', () => {
    const source = `# Use 'OAuthSecret' and OAuthScopeEnum::WRITE_SCOPE only in production.
puts "Scopes: OAuthScopeEnum::WRITE_SCOPE"
puts "Callback: https://example.com/#{path}"
`;
    expect(extractSharedValues(parsers, 'ruby', source)).toEqual([]);
  });

  it('reads a TypeScript scope written as a string, as the SDK accepts it', () => {
    const source =
      "const client = new Client({ c: { oAuthScopes: ['read', OAuthScopeEnum.WriteScope] } });\n";
    expect(
      extractSharedValues(parsers, 'typescript', source).map(
        (value) => `${value.kind} ${value.value}`,
      ),
    ).toEqual(['scope read', 'scope write']);
  });

  it('compares a URL without its query, so a sample callback matches the redirect URI', () => {
    const source = "callback = 'https://example.com/oauth/callback?code=abc&state=xyz'\n";
    expect(extractSharedValues(parsers, 'python', source).map((value) => value.value)).toEqual([
      'https://example.com/oauth/callback',
    ]);
  });
});

describe('checkSharedValues', () => {
  it.each([
    'client-credentials/fetch-token',
    'resource-owner-password/fetch-token',
    'authorization-code/build-url',
  ])('accepts the %s template, whose seven languages agree', (id) => {
    expect(check(snippet(id))).toEqual([]);
  });

  it('reports a drifted secret placeholder in Ruby at its line, with the value to use', () => {
    const files = snippet('client-credentials/fetch-token', {
      ruby: ["o_auth_client_secret: 'OAuthClientSecret'", "o_auth_client_secret: 'OAuthSecret'"],
    });
    expect(check(files)).toEqual([
      "snippets/client-credentials/fetch-token/ruby.rb:7:27: uses 'OAuthSecret', which typescript.ts does not: change it to 'OAuthClientSecret' as in typescript.ts",
    ]);
  });

  it('reports a secret that is no placeholder at all at its own line in the wrong file, with the value to use', () => {
    const files = snippet('client-credentials/fetch-token', {
      php: ["'OAuthClientSecret'", "'my-secret'"],
    });
    expect(check(files)).toEqual([
      "snippets/client-credentials/fetch-token/php.php:12:13: uses 'my-secret' where typescript.ts uses 'OAuthClientSecret' (line 6): change it to 'OAuthClientSecret'",
    ]);
  });

  it('reports an extra scope in Go that the TypeScript twin does not request', () => {
    const files = snippet('authorization-code/build-url', {
      go: [
        '{models.OAuthScopeEnum_READSCOPE}',
        '{models.OAuthScopeEnum_READSCOPE, models.OAuthScopeEnum_WRITESCOPE}',
      ],
    });
    expect(check(files)).toEqual([
      "snippets/authorization-code/build-url/go.go:19:86: uses scope 'write' (OAuthScopeEnum_WRITESCOPE), which typescript.ts does not: remove it, or request it in typescript.ts too",
    ]);
  });

  it('reports a scope the TypeScript twin requests but Java does not', () => {
    const files = snippet('authorization-code/build-url', {
      typescript: [
        '[OAuthScopeEnum.ReadScope]',
        '[OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope]',
      ],
    });
    expect(check(files)).toEqual(
      ['csharp.cs', 'java.java', 'python.py', 'ruby.rb', 'php.php', 'go.go'].map(
        (file) =>
          `snippets/authorization-code/build-url/${file}: does not use scope 'write' (OAuthScopeEnum.WriteScope), which typescript.ts uses at line 8: use the same scope in ${languages.find((language) => language.file === file)?.label}`,
      ),
    );
  });

  it('reports a different redirect URI in C#', () => {
    const files = snippet('authorization-code/build-url', {
      csharp: ['"https://example.com/oauth/callback"', '"https://example.com/callback"'],
    });
    expect(check(files)).toEqual([
      "snippets/authorization-code/build-url/csharp.cs:6:13: uses 'https://example.com/callback', which typescript.ts does not: change it to 'https://example.com/oauth/callback' as in typescript.ts",
    ]);
  });

  it('reports a TypeScript placeholder that is not a demo credential of the mock server', () => {
    const files = snippet('client-credentials/fetch-token', {
      typescript: ["'OAuthClientSecret'", "'OAuthClientSecrets'"],
      ruby: ["'OAuthClientSecret'", "'OAuthClientSecrets'"],
      csharp: ['"OAuthClientSecret"', '"OAuthClientSecrets"'],
      java: ['"OAuthClientSecret"', '"OAuthClientSecrets"'],
      python: ['"OAuthClientSecret"', '"OAuthClientSecrets"'],
      php: ["'OAuthClientSecret'", "'OAuthClientSecrets'"],
      go: ['"OAuthClientSecret"', '"OAuthClientSecrets"'],
    });
    expect(check(files)).toEqual([
      "snippets/client-credentials/fetch-token/typescript.ts:6:24: uses 'OAuthClientSecrets', which is no credential of the mock server: use the demo values 'OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword'",
    ]);
  });

  it('reports a wrong TypeScript credential once, without telling the six right languages to copy it', () => {
    const files = snippet('client-credentials/fetch-token', {
      typescript: ["'OAuthClientSecret'", "'OAuthClientSecrets'"],
    });
    expect(check(files)).toEqual([
      expect.stringMatching(
        /^snippets\/client-credentials\/fetch-token\/typescript\.ts:6:24: uses 'OAuthClientSecrets', which is no credential of the mock server/,
      ),
    ]);
  });

  it('reports a secret passed by keyword under another spelling at its line (Python)', () => {
    const files = snippet('client-credentials/fetch-token', {
      python: ['"OAuthClientSecret"', '"oauth-client-secret-for-docs"'],
    });
    expect(check(files)).toEqual([
      expect.stringMatching(
        /^snippets\/client-credentials\/fetch-token\/python\.py:\d+:\d+: uses 'oauth-client-secret-for-docs' where typescript\.ts uses 'OAuthClientSecret' \(line 6\): change it to 'OAuthClientSecret'$/,
      ),
    ]);
  });

  it('compares credentials of the mock server that are not OAuth placeholders too', () => {
    const files = snippet('client-credentials/fetch-token', {
      typescript: ["'OAuthClientId'", "'RestrictedClientId'"],
      go: ['"OAuthClientId"', '"RestrictedClientID"'],
      csharp: ['"OAuthClientId"', '"RestrictedClientId"'],
      java: ['"OAuthClientId"', '"RestrictedClientId"'],
      python: ['"OAuthClientId"', '"RestrictedClientId"'],
      ruby: ["'OAuthClientId'", "'RestrictedClientId'"],
      php: ["'OAuthClientId'", "'RestrictedClientId'"],
    });
    expect(check(files)).toEqual([
      "snippets/client-credentials/fetch-token/go.go:16:6: uses 'RestrictedClientID' where typescript.ts uses 'RestrictedClientId' (line 5): change it to 'RestrictedClientId'",
    ]);
  });

  it("reports the source documentation's 'OAuthRedirectUri' placeholder instead of the demo redirect URI", () => {
    const files = snippet('authorization-code/build-url', {
      python: ['"https://example.com/oauth/callback"', '"OAuthRedirectUri"'],
    });
    expect(check(files)).toEqual([
      "snippets/authorization-code/build-url/python.py:9:29: uses 'OAuthRedirectUri' where typescript.ts uses 'https://example.com/oauth/callback' (line 7): change it to 'https://example.com/oauth/callback'",
    ]);
  });
});
