/**
 * A writer's typical run failures, as each language's toolchain printed them (stderr recorded from
 * real runs of planted mistakes in client-credentials/fetch-token), read by the language's harness
 * and judged as check-snippets judges them: one plain `file:line:column: <kind>: <message> —
 * <advice>` line at the snippet's own line, with no temporary or SDK-internal path. The real
 * toolchains run the same mistakes in runFailures.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageKey } from '../../languages';
import type { ProgramHarness, SnippetProgram } from '../../languages/LanguageHarness';
import { harness as csharp } from '../../languages/csharp/harness';
import { harness as go } from '../../languages/go/harness';
import { harness as java } from '../../languages/java/harness';
import { harness as php } from '../../languages/php/harness';
import { harness as python } from '../../languages/python/harness';
import { harness as ruby } from '../../languages/ruby/harness';
import type { RunExpectations } from '../../src/plugins/snippet-registry/metaSchema';
import type { RunContext } from './checks/checkRun';
import { loadSdkKeywords, type SdkKeywords } from './checks/sdkKeywords';
import { loadSdkSurface, type SdkSurface } from './checks/sdkSurface';
import { loadParsers } from './checks/treeSitter';
import { judgeRun } from './judgeRun';
import { formatProblem } from './toCheckProblem';

const repo = path.resolve(__dirname, '../..');
/** Where the check ran: a temporary folder, which no message may name. */
const temp = '/tmp/check-snippets-x1Y2z3';
const sdkPath = `${repo}/languages`;
const harnesses: Partial<Record<LanguageKey, ProgramHarness>> = {
  csharp,
  go,
  java,
  php,
  python,
  ruby,
};
const labels: Record<string, string> = {
  csharp: 'C#',
  go: 'Go',
  java: 'Java',
  php: 'PHP',
  python: 'Python',
  ruby: 'Ruby',
};
const files: Record<string, string> = {
  csharp: 'csharp.cs',
  go: 'go.go',
  java: 'java.java',
  php: 'php.php',
  python: 'python.py',
  ruby: 'ruby.rb',
};

let surface: SdkSurface;
let keywords: SdkKeywords;
beforeAll(async () => {
  const parsers = await loadParsers();
  surface = loadSdkSurface(repo, parsers).surface;
  keywords = loadSdkKeywords(repo, parsers);
}, 60_000);

const original = (language: string) =>
  fs.readFileSync(
    path.join(repo, 'snippets/client-credentials/fetch-token', files[language]!),
    'utf8',
  );

const fetchTokenExpect: RunExpectations = {
  expect: ['^Access token: [A-Za-z0-9_-]{8}…$', '^Expires in: 3600 s$', '^Scopes: read$'],
};

/**
 * Judges one recorded run of `source` (the snippet `client-credentials/<operation>` in `language`,
 * its copy at `file`), as runLanguages.ts does: the report's lines.
 */
function judge(input: {
  language: LanguageKey;
  operation: string;
  source: string;
  file?: string;
  stdout?: string;
  stderr: string;
  exitCode?: number;
  timedOut?: boolean;
  expectations?: RunExpectations;
}): string[] {
  const id = `client-credentials/${input.operation}`;
  const harness = harnesses[input.language]!;
  const program: SnippetProgram = {
    id,
    path: `snippets/${id}/${files[input.language]}`,
    file: input.file ?? `${temp}/snippets/${id}/${files[input.language]}`,
    source: input.source,
  };
  const outcome = {
    stdout: input.stdout ?? '',
    stderr: input.stderr,
    exitCode: input.timedOut === true ? undefined : (input.exitCode ?? 1),
    timedOut: input.timedOut === true,
  };
  const context: Omit<RunContext, 'failure'> = {
    label: labels[input.language]!,
    timeLimitMs: 15_000,
    ...(surface[input.language] !== undefined && { sdkNames: surface[input.language] }),
    ...(keywords[input.language] !== undefined && { keywordsOf: keywords[input.language] }),
  };
  return judgeRun({
    outcome,
    expectations: input.expectations ?? fetchTokenExpect,
    consentScreens: 0,
    location: harness.locateError(outcome.stderr, program),
    files: { snippet: program.path, meta: `snippets/${id}/meta.json`, source: program.source },
    failure: harness.readFailure?.(outcome, program),
    context,
  }).map(formatProblem);
}

/** `search` replaced in the language's fetch-token: one planted mistake. */
function planted(language: string, search: string, replacement: string): string {
  const source = original(language);
  if (!source.includes(search)) throw new Error(`${language} fetch-token has no ${search}`);
  return source.replace(search, replacement);
}

describe('a run failure, read from the toolchain and told plainly', () => {
  it('puts a wrong Ruby keyword at the keyword, with the keywords the SDK method takes', () => {
    const file = `${temp}/snippets/client-credentials/ruby-keyword/ruby.rb`;
    expect(
      judge({
        language: 'ruby',
        operation: 'ruby-keyword',
        source: planted('ruby', 'o_auth_client_secret:', 'o_auth_secret:'),
        file,
        stderr: [
          `${sdkPath}/ruby/lib/sdk/o_auth_credentials.rb:31:in \`initialize': unknown keyword: :o_auth_secret (ArgumentError)`,
          `\tfrom ${file}:5:in \`new'`,
          `\tfrom ${file}:5:in \`<main>'`,
        ].join('\n'),
      }),
    ).toEqual([
      'snippets/client-credentials/ruby-keyword/ruby.rb:7:5: ArgumentError: unknown keyword: :o_auth_secret — the Ruby SDK\'s ClientCredentialsAuthCredentials.new takes no keyword "o_auth_secret": did you mean "o_auth_client_secret"? It takes "o_auth_client_id", "o_auth_client_secret", "o_auth_scopes", "o_auth_token", "o_auth_token_provider", "o_auth_on_token_update".',
    ]);
  });

  it('puts a PHP method typo at the method name, with the SDK name it was meant to be', () => {
    const file = `${temp}/snippets/client-credentials/php-typo/php.php`;
    expect(
      judge({
        language: 'php',
        operation: 'php-typo',
        source: planted('php', '->fetchToken()', '->fetchTokn()'),
        file,
        stderr: [
          `PHP Fatal error:  Uncaught Error: Call to undefined method Sdk\\Authentication\\ClientCredentialsAuthManager::fetchTokn() in ${file}:18`,
          'Stack trace:',
          '#0 {main}',
          `  thrown in ${file} on line 18`,
        ].join('\n'),
      }),
    ).toEqual([
      'snippets/client-credentials/php-typo/php.php:18:47: Error: Call to undefined method Sdk\\Authentication\\ClientCredentialsAuthManager::fetchTokn() — the PHP SDK has no "fetchTokn": did you mean "fetchToken"?',
    ]);
  });

  it('names the Java variable that was null, at its line, and says what to check', () => {
    const source = planted(
      'java',
      '        // Print only the start',
      '        String scope = null;\n        System.out.println(scope.length());\n        // Print only the start',
    );
    expect(
      judge({
        language: 'java',
        operation: 'java-null',
        source,
        stderr: [
          'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "scope" is null',
          '\tat ClientCredentialsFetchToken.main(ClientCredentialsFetchToken.java:18)',
        ].join('\n'),
      }),
    ).toEqual([
      'snippets/client-credentials/java-null/java.java:18:9: NullPointerException: Cannot invoke "String.length()" because "scope" is null — a value used here is null: check what the call that produced it returns before using it.',
    ]);
  });

  it("gives a Python OAuth error its RFC code and what usually causes it, at the call's column", () => {
    const file = `${temp}/snippets/client-credentials/python-secret/python.py`;
    expect(
      judge({
        language: 'python',
        operation: 'python-secret',
        source: planted(
          'python',
          'o_auth_client_secret="OAuthClientSecret"',
          'o_auth_client_secret="wrong"',
        ),
        file,
        stderr: [
          'Traceback (most recent call last):',
          `  File "${file}", line 13, in <module>`,
          '    token: OAuthToken = client.http_ccg.fetch_token()',
          '                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
          `  File "${sdkPath}/python/sdk/http/auth/client_credentials_auth_manager.py", line 27, in fetch_token`,
          '    token = self._request_token(',
          '            ^^^^^^^^^^^^^^^^^^^^',
          `  File "${sdkPath}/python/sdk/http/auth/request_token.py", line 65, in request_token`,
          '    raise OAuthProviderException(',
          'sdk.exceptions.o_auth_provider_exception.OAuthProviderException: Fetching a token with the client credentials grant failed with invalid_client (HTTP 401): Client authentication failed: the client secret is wrong',
        ].join('\n'),
      }),
    ).toEqual([
      'snippets/client-credentials/python-secret/python.py:13:21: OAuthProviderException: Fetching a token with the client credentials grant failed with invalid_client (HTTP 401): Client authentication failed: the client secret is wrong — the server answered "invalid_client" (RFC 6749 §5.2), which usually means client authentication failed: the client id or secret is wrong (the demo client is "OAuthClientId" with the secret "OAuthClientSecret"). Fix the request; only if the page shows this error on purpose, catch it and print it.',
    ]);
  });

  it('lists the snippet frames of a Go panic below its line, innermost first', () => {
    const source = planted(
      'go',
      '\t// Print only the start',
      '\tfail(nil)\n\n\t// Print only the start',
    ).concat('\nfunc fail(values map[string]int) {\n\tvalues["a"] = 1\n}\n');
    const dir = `${temp}/programs/client-credentials--go-panic`;
    expect(
      judge({
        language: 'go',
        operation: 'go-panic',
        source,
        exitCode: 2,
        stderr: [
          'panic: assignment to entry in nil map',
          '',
          'goroutine 1 [running]:',
          'main.fail(...)',
          `\t${dir}/go.go:47`,
          'main.main()',
          `\t${dir}/go.go:30 +0x2e`,
          'exit status 2',
        ].join('\n'),
      }),
    ).toEqual([
      'snippets/client-credentials/go-panic/go.go:47:2: panic: assignment to entry in nil map — fix the snippet here; only if the page shows this error on purpose, expect it: add a pattern matching "Uncaught panic: …" to "run.expect" in snippets/client-credentials/go-panic/meta.json.\n' +
        '    at snippets/client-credentials/go-panic/go.go:47 (fail)\n' +
        '    at snippets/client-credentials/go-panic/go.go:30 (main)',
    ]);
  });

  it("places a Go error ended with log.Fatalln at that call, with the server's OAuth error", () => {
    const dir = `${temp}/programs/client-credentials--go-secret`;
    expect(
      judge({
        language: 'go',
        operation: 'go-secret',
        source: planted('go', '"OAuthClientSecret",', '"wrong",'),
        stderr: `${dir}/go.go:27: fetching a token failed: invalid_client: the client secret is wrong\nexit status 1\n`,
      }),
    ).toEqual([
      'snippets/client-credentials/go-secret/go.go:27:3: error: fetching a token failed: invalid_client: the client secret is wrong — the server answered "invalid_client" (RFC 6749 §5.2), which usually means client authentication failed: the client id or secret is wrong (the demo client is "OAuthClientId" with the secret "OAuthClientSecret"). Fix the request; only if the page shows this error on purpose, catch it and print it.',
    ]);
  });

  it('reads a C# exception from its #line frames', () => {
    const file = `${temp}/snippets/client-credentials/csharp-null/csharp.cs`;
    expect(
      judge({
        language: 'csharp',
        operation: 'csharp-null',
        source: original('csharp'),
        file,
        stderr: [
          'Unhandled Exception:',
          'System.NullReferenceException: Object reference not set to an instance of an object',
          `  at Program.Main (System.String[] args) [0x0001c] in ${file}:14 `,
          '[ERROR] FATAL UNHANDLED EXCEPTION: System.NullReferenceException: Object reference not set to an instance of an object',
          `  at Program.Main (System.String[] args) [0x0001c] in ${file}:14 `,
        ].join('\n'),
      }),
    ).toEqual([
      'snippets/client-credentials/csharp-null/csharp.cs:14:1: NullReferenceException: Object reference not set to an instance of an object — a value used here is null: check what the call that produced it returns before using it.',
    ]);
  });

  it('says the time limit and the line a Python program was running when stopped', () => {
    const file = `${temp}/snippets/client-credentials/python-endless/python.py`;
    expect(
      judge({
        language: 'python',
        operation: 'python-endless',
        source: planted(
          'python',
          '# Print only the start',
          'while True:\n    pass\n\n# Print only the start',
        ),
        file,
        timedOut: true,
        stderr: [
          'Traceback (most recent call last):',
          `  File "${file}", line 16, in <module>`,
          '    pass',
          'KeyboardInterrupt',
        ].join('\n'),
      }),
    ).toEqual([
      'snippets/client-credentials/python-endless/python.py:16:5: the run did not finish within its 15 s time limit and was stopped running this line: is it waiting for something that never happens (a consent answer, an endless loop)? It printed nothing.',
    ]);
  });

  it('reads where a Java program was from the thread dump SIGQUIT printed, and keeps the dump out of what it printed', () => {
    const source = planted(
      'java',
      '        // Print only the start',
      '        while (true) {\n            Thread.sleep(100);\n        }\n        // Print only the start',
    );
    expect(
      judge({
        language: 'java',
        operation: 'java-endless',
        source,
        timedOut: true,
        stdout: [
          'start',
          '2026-12-07 12:24:30',
          'Full thread dump OpenJDK 64-Bit Server VM (17.0.21.1+2-1-deb12u1-Debian mixed mode, sharing):',
          '',
          '"main" #1 prio=5 os_prio=0 cpu=46.74ms elapsed=1.23s tid=0x00007f10e4017ea0 nid=0x494f waiting on condition  [0x00007f10ec11e000]',
          '   java.lang.Thread.State: TIMED_WAITING (sleeping)',
          '\tat java.lang.Thread.sleep(java.base@17.0.21.1/Native Method)',
          '\tat ClientCredentialsFetchToken.main(ClientCredentialsFetchToken.java:18)',
          '',
          '"Reference Handler" #2 daemon prio=10 os_prio=0 cpu=0.11ms elapsed=1.22s tid=0x00007f10e40f82b0 nid=0x4951 waiting on condition  [0x00007f10c8cfe000]',
          '\tat java.lang.ref.Reference.processPendingReferences(java.base@17.0.21.1/Reference.java:253)',
          '',
        ].join('\n'),
        stderr: '',
      }),
    ).toEqual([
      'snippets/client-credentials/java-endless/java.java:18:13: the run did not finish within its 15 s time limit and was stopped running this line: is it waiting for something that never happens (a consent answer, an endless loop)?\n' +
        '    It printed:\n' +
        '      | start',
    ]);
  });

  it('reads where a Ruby program was from the Interrupt SIGINT raised', () => {
    const file = `${temp}/snippets/client-credentials/ruby-endless/ruby.rb`;
    expect(
      judge({
        language: 'ruby',
        operation: 'ruby-endless',
        source: planted(
          'ruby',
          '# Print only the start',
          'loop do\n  sleep 0.1\nend\n\n# Print only the start',
        ),
        file,
        timedOut: true,
        stderr: [
          `${file}:15:in \`sleep': Interrupt`,
          `\tfrom ${file}:15:in \`block in <main>'`,
          `\tfrom ${file}:14:in \`loop'`,
          `\tfrom ${file}:14:in \`<main>'`,
        ].join('\n'),
      }),
    ).toEqual([
      'snippets/client-credentials/ruby-endless/ruby.rb:15:3: the run did not finish within its 15 s time limit and was stopped running this line: is it waiting for something that never happens (a consent answer, an endless loop)? It printed nothing.',
    ]);
  });

  it('says so when the language cannot tell where it was stopped', () => {
    expect(
      judge({
        language: 'php',
        operation: 'php-endless',
        source: planted(
          'php',
          '// Print only the start',
          'while (true) {}\n\n// Print only the start',
        ),
        timedOut: true,
        stdout: '',
        stderr: '',
      }),
    ).toEqual([
      'snippets/client-credentials/php-endless/php.php: the run did not finish within its 15 s time limit (PHP cannot tell the line it was running): is it waiting for something that never happens (a consent answer, an endless loop)? It printed nothing.',
    ]);
  });
});

describe('what a run printed, at the line that printed it', () => {
  it('reports an output mismatch at the Go line that printed the nearest line, expected beside printed', () => {
    expect(
      judge({
        language: 'go',
        operation: 'go-output',
        source: planted('go', '"Expires in: %d s\\n"', '"Expires: %d s\\n"'),
        exitCode: 0,
        stdout: 'Access token: abcdEFGH…\nExpires: 3600 s\nScopes: read\n',
        stderr: '',
      }),
    ).toEqual([
      'snippets/client-credentials/go-output/go.go:32:13: prints a line that "run.expect[1]" does not match: change what this line prints, or the pattern in snippets/client-credentials/go-output/meta.json\n' +
        '    expected: /^Expires in: 3600 s$/\n' +
        '    printed:  Expires: 3600 s',
    ]);
  });

  it('refuses a C# run that prints the client secret, at the printing line', () => {
    expect(
      judge({
        language: 'csharp',
        operation: 'csharp-secret',
        source: planted(
          'csharp',
          'Console.WriteLine($"Scopes: {token.Scope}");',
          'Console.WriteLine($"Scopes: {token.Scope}");\nConsole.WriteLine("Secret: OAuthClientSecret");',
        ),
        exitCode: 0,
        stdout:
          'Access token: abcdEFGH…\nExpires in: 3600 s\nScopes: read\nSecret: OAuthClientSecret\n',
        stderr: '',
      }),
    ).toEqual([
      'snippets/client-credentials/csharp-secret/csharp.cs:17:19: prints the client secret "OAuthClientSecret": a run must never print a demo secret (client secret, password, HTTP Basic credentials, a whole token), as readers copy what the page prints. Print its first 8 characters and "…", or leave it out.\n' +
        '    printed:  Secret: OAuthClientSecret',
    ]);
  });

  it('refuses a whole access token printed by Ruby', () => {
    expect(
      judge({
        language: 'ruby',
        operation: 'ruby-token',
        source: planted('ruby', 'token.access_token[0, 8]}…', 'token.access_token}'),
        exitCode: 0,
        stdout: `Access token: ${'x7'.repeat(21)}Q\nExpires in: 3600 s\nScopes: read\n`,
        stderr: '',
        expectations: { expect: ['^Expires in: 3600 s$'] },
      }),
    ).toEqual([
      'snippets/client-credentials/ruby-token/ruby.rb:15:6: prints a whole token ("x7x7x7x7…"): a run must never print a demo secret (client secret, password, HTTP Basic credentials, a whole token), as readers copy what the page prints. Print its first 8 characters and "…", or leave it out.\n' +
        `    printed:  Access token: ${'x7'.repeat(21)}Q`,
    ]);
  });
});
