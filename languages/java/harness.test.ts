import { describe, expect, it } from 'vitest';
import { harness, parseJavacOutput, rounds } from './harness';

const program = {
  id: 'client-credentials/fetch-token',
  path: 'snippets/client-credentials/fetch-token/java.java',
  file: '/site/snippets/client-credentials/fetch-token/java.java',
  source: 'import com.example.sdk.SdkClient;\n\npublic class ClientCredentialsFetchToken {\n}\n',
};

describe('Java harness', () => {
  it('places a compile error at the line and caret column javac names, with the symbol it missed', () => {
    const output = [
      '/work/snippets/client-credentials/fetch-token/ClientCredentialsFetchToken.java:15: error: cannot find symbol',
      '        OAuthToken token = client.getClientCredentialsAuth().fetchTokn();',
      '                                                            ^',
      '  symbol:   method fetchTokn()',
      '  location: class ClientCredentialsAuthManager',
      '1 error',
    ].join('\n');
    expect(parseJavacOutput(output)).toEqual([
      {
        file: '/work/snippets/client-credentials/fetch-token/ClientCredentialsFetchToken.java',
        line: 15,
        column: 61,
        message:
          'cannot find symbol; symbol: method fetchTokn(); location: class ClientCredentialsAuthManager',
      },
    ]);
  });

  it('reads every error of a run, each with its own column', () => {
    const output = [
      "/w/A.java:3: error: ';' expected",
      '        int x = 1',
      '                 ^',
      '/w/B.java:7: error: incompatible types: String cannot be converted to int',
      '        int y = "no";',
      '                ^',
      '2 errors',
    ].join('\n');
    expect(
      parseJavacOutput(output).map(({ file, line, column }) => ({ file, line, column })),
    ).toEqual([
      { file: '/w/A.java', line: 3, column: 18 },
      { file: '/w/B.java', line: 7, column: 17 },
    ]);
  });

  it('compiles snippets whose public classes share a name in separate rounds', () => {
    const items = [
      { className: 'FetchToken' },
      { className: 'Initialize' },
      { className: 'FetchToken' },
    ];
    expect(rounds(items)).toEqual([[items[0], items[1]], [items[2]]]);
  });

  it("locates an uncaught exception at the innermost stack frame in the snippet's own file", () => {
    const stderr = [
      'Exception in thread "main" com.example.sdk.exceptions.OAuthProviderException: Fetching a token with the client credentials grant failed with invalid_client (HTTP 401)',
      '\tat com.example.sdk.authentication.TokenEndpoint.request(TokenEndpoint.java:60)',
      '\tat com.example.sdk.authentication.ClientCredentialsAuthManager.fetchToken(ClientCredentialsAuthManager.java:35)',
      '\tat ClientCredentialsFetchToken.lambda$main$0(ClientCredentialsFetchToken.java:17)',
      '\tat ClientCredentialsFetchToken.main(ClientCredentialsFetchToken.java:15)',
    ].join('\n');
    expect(harness.locateError(stderr, program)).toEqual({ line: 17 });
  });

  it('finds no line when no frame is in the snippet', () => {
    expect(
      harness.locateError('Error: Could not find or load main class X\n', program),
    ).toBeUndefined();
  });
});
