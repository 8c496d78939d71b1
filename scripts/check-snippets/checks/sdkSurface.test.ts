import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { languages, type LanguageKey } from '../../../languages';
import type { SnippetFile } from '../../../src/plugins/snippet-registry/loadRegistry';
import { createFixtureSite, validSnippetFiles, type FixtureSite } from './fixtureSite';
import { findSdkNames } from './sdkNames';
import { checkSdkSurface, loadSdkSurface, type SdkSurface } from './sdkSurface';
import { loadParsers, type Parsers } from './treeSitter';

let parsers: Parsers;
let surface: SdkSurface;
let site: FixtureSite | undefined;
beforeAll(async () => {
  parsers = await loadParsers();
  site = createFixtureSite();
  surface = loadSdkSurface(site.dir, parsers).surface;
  site.cleanup();
  site = undefined;
});
afterEach(() => site?.cleanup());

/** The seven files of a valid fixture snippet with `edits` applied (each must change its file). */
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
  checkSdkSurface(parsers, files, surface).map((problem) => `${problem.file}: ${problem.message}`);

const hint = (label: string, key: string) =>
  `Use the ${label} SDK's name for what typescript.ts does here, or add it to the SDK (a standard-library name goes in languages/${key}/tooling.ts, sdkNames.standardLibrary).`;

describe('checkSdkSurface', () => {
  it.each([
    'client-credentials/fetch-token',
    'resource-owner-password/fetch-token',
    'authorization-code/build-url',
  ])('accepts the %s template in every language', (id) => {
    expect(check(snippet(id))).toEqual([]);
  });

  it('reports a method Java invented, at its line, with the SDK name it resembles', () => {
    const files = snippet('client-credentials/fetch-token', {
      java: [
        'getClientCredentialsAuth().fetchToken()',
        'getClientCredentialsAuth().fetchAccessToken()',
      ],
    });
    expect(check(files)).toEqual([
      `snippets/client-credentials/fetch-token/java.java:15:62: calls "fetchAccessToken", which the Java SDK (languages/java) does not have: did you mean "fetchToken"? ${hint('Java', 'java')}`,
    ]);
  });

  it.each<[LanguageKey, string, string, string]>([
    [
      'csharp',
      'client.OAuthCCG.FetchToken()',
      'client.OAuthCCG.FetchAccessToken()',
      'calls "FetchAccessToken"',
    ],
    ['csharp', 'new SdkClient.Builder()', 'new SdkClients.Builder()', 'uses the type "SdkClients"'],
    [
      'csharp',
      'client.OAuthCCG.FetchToken()',
      'client.OAuthClientCredentials.FetchToken()',
      'uses the member "OAuthClientCredentials"',
    ],
    [
      'python',
      'client.http_ccg.fetch_token()',
      'client.http_ccg.fetch_access_token()',
      'calls "fetch_access_token"',
    ],
    ['python', 'import SdkClient', 'import SdkClient, SdkConfig', 'uses the type "SdkConfig"'],
    [
      'ruby',
      'client.http_ccg.fetch_token',
      'client.http_ccg.fetch_access_token',
      'calls "fetch_access_token"',
    ],
    [
      'ruby',
      'ClientCredentialsAuthCredentials.new',
      'ClientCredentialsCredentials.new',
      'uses the type "ClientCredentialsCredentials"',
    ],
    ['php', '->fetchToken()', '->fetchAccessToken()', 'calls "fetchAccessToken"'],
    ['php', 'SdkClientBuilder::init()', 'SdkClient::init()', 'uses the type "SdkClient"'],
    [
      'go',
      '.FetchToken(context.Background())',
      '.FetchAccessToken(context.Background())',
      'calls "FetchAccessToken"',
    ],
    ['go', 'sdk.CreateConfiguration(', 'sdk.NewConfiguration(', 'calls "NewConfiguration"'],
  ])('reports an invented %s name: %s → %s', (language, search, replacement, what) => {
    const files = snippet('client-credentials/fetch-token', { [language]: [search, replacement] });
    const label = languages.find((entry) => entry.key === language)?.label ?? '';
    expect(check(files)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^snippets/client-credentials/fetch-token/${language === 'csharp' ? 'csharp\\.cs' : `${language === 'python' ? 'python\\.py' : language === 'ruby' ? 'ruby\\.rb' : `${language}\\.${language}`}`}:\\d+:\\d+: ${what}, which the ${label.replace('.', '\\.')} SDK \\(languages/${language}\\) does not have`,
        ),
      ),
    ]);
  });

  it('reports an unknown name once per file, with how often it is used', () => {
    const files = snippet('client-credentials/fetch-token', {
      go: [
        'token, err := client.ClientCredentialsAuthManager().FetchToken(context.Background())',
        'token, err := client.ClientCredentialsAuthManager().Fetch(context.Background())\n\t_, _ = client.ClientCredentialsAuthManager().Fetch(context.Background())',
      ],
    });
    expect(check(files)).toEqual([
      expect.stringMatching(/go\.go:24:54: calls "Fetch", .* Used 2 times\.$/),
    ]);
  });

  it("accepts a helper for the reader's own code that the TypeScript twin defines, in any naming style", () => {
    const files = snippet('client-credentials/fetch-token', {
      typescript: [
        /$/,
        '\nfunction loadTokenFromDatabase(): string | undefined {\n  return undefined;\n}\n',
      ],
      python: [/$/, 'saved = load_token_from_database()\n'],
      csharp: [/$/, 'var saved = LoadTokenFromDatabase();\n'],
    });
    expect(check(files)).toEqual([]);
  });

  it('reports a helper that neither the snippet nor its TypeScript twin defines', () => {
    const files = snippet('client-credentials/fetch-token', {
      python: [/$/, 'saved = load_token_from_database()\n'],
    });
    expect(check(files)).toEqual([
      expect.stringMatching(
        /^snippets\/client-credentials\/fetch-token\/python\.py:14:9: calls "load_token_from_database", which the Python SDK \(languages\/python\) does not have/,
      ),
    ]);
  });
});

describe('findSdkNames', () => {
  it('skips the standard library, imports that are not the SDK, and what the snippet defines', () => {
    const java = `import java.util.Base64;

public class Example {
    public static void main(String[] args) throws Exception {
        OAuthToken token = client.getClientCredentialsAuth().fetchToken();
        System.out.println(token.getAccessToken().substring(0, 8));
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
        save(token);
    }

    private static void save(OAuthToken token) {}
}
`;
    expect(findSdkNames(parsers, 'java', java).map((use) => `${use.kind} ${use.name}`)).toEqual([
      'type OAuthToken',
      'call getClientCredentialsAuth',
      'call fetchToken',
      'call getAccessToken',
      'type OAuthToken',
    ]);
  });

  it('treats Go packages other than sdk as the standard library', () => {
    const go = `package main

import (
	"context"
	"fmt"
	mod "sdk/models"

	"sdk"
)

func main() {
	var scopes []mod.OAuthScopeEnum
	client := sdk.NewClient()
	token, _ := client.ClientCredentialsAuthManager().FetchToken(context.Background())
	fmt.Println(token.AccessToken, scopes, len(scopes))
}
`;
    expect(findSdkNames(parsers, 'go', go).map((use) => `${use.kind} ${use.name}`)).toEqual([
      'type OAuthScopeEnum',
      'call NewClient',
      'call ClientCredentialsAuthManager',
      'call FetchToken',
    ]);
  });

  it('checks the names a Python snippet imports from the SDK, not those from other modules', () => {
    const python = `import secrets
from typing import Optional

from sdk.sdk_client import SdkClient as Client

state = secrets.token_urlsafe(16)
client: Optional[Client] = Client()
print(client.http_ccg.fetch_token())
`;
    expect(findSdkNames(parsers, 'python', python).map((use) => `${use.kind} ${use.name}`)).toEqual(
      ['type SdkClient', 'member http_ccg', 'call fetch_token'],
    );
  });
});

describe('loadSdkSurface', () => {
  it("reads every language's names from its reference SDK's code, qualified names split", () => {
    site = createFixtureSite();
    const { surface: loaded, problems } = loadSdkSurface(site.dir, parsers);
    expect(problems).toEqual([]);
    expect(loaded.php?.has('SdkClientBuilder')).toBe(true);
    expect(loaded.php?.has('init')).toBe(true);
    expect(loaded.csharp?.has('BuildAuthorizationUrl')).toBe(true);
    expect(loaded.ruby?.has('fetch_token')).toBe(true);
  });

  it("takes no names from comments, strings or the SDK's tests", () => {
    site = createFixtureSite();
    site.write(
      'languages/python/sdk/extra.py',
      '# mentions comment_only_name\nlabel = "string_only_name"\n',
    );
    site.write('languages/python/tests/test_sdk.py', 'test_only_name()\n');
    const { surface: loaded } = loadSdkSurface(site.dir, parsers);
    expect(loaded.python?.has('label')).toBe(true);
    expect(loaded.python?.has('comment_only_name')).toBe(false);
    expect(loaded.python?.has('string_only_name')).toBe(false);
    expect(loaded.python?.has('test_only_name')).toBe(false);
  });

  it('reports a language without SDK sources', () => {
    site = createFixtureSite();
    site.remove('languages/ruby');
    expect(loadSdkSurface(site.dir, parsers).problems).toEqual([
      {
        file: 'languages/ruby',
        message:
          'has no Ruby SDK sources (*.rb): the Ruby snippets need the reference SDK they call there',
      },
    ]);
  });
});
