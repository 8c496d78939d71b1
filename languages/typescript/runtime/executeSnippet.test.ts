import { describe, expect, it } from 'vitest';
import { describeError, executeSnippet } from './executeSnippet';
import { transpile } from './transpile';

function compile(source: string): string {
  const result = transpile(source, 'snippet.ts');
  if (!result.ok) throw new Error(result.message);
  return result.code;
}

describe('executeSnippet', () => {
  it('runs top-level await with the sandbox modules and returns the default export', async () => {
    const lines: unknown[][] = [];
    const fakeConsole = { log: (...args: unknown[]) => lines.push(args) } as unknown as Console;
    const result = await executeSnippet({
      code: compile(
        "import { double } from 'sdk';\nconst x: number = await double(21);\nconsole.log(x);\nexport default x;",
      ),
      modules: { sdk: { double: async (n: number) => n * 2 } },
      console: fakeConsole,
    });
    expect(lines).toEqual([[42]]);
    expect(result).toBe(42);
  });

  it('refuses modules the sandbox does not provide, naming the ones it does', async () => {
    await expect(
      executeSnippet({
        code: compile("import axios from 'axios';\nawait axios.get('https://example.com');"),
        modules: { sdk: {}, sandbox: {} },
        console,
      }),
    ).rejects.toThrow(
      "Cannot find module 'axios': snippets in the sandbox can import 'sdk' and 'sandbox' only.",
    );
  });

  it('describes a thrown OAuth error with its class, code and line in the reader’s code', async () => {
    class OAuthProviderError extends Error {
      override name = 'OAuthProviderError';
      code = 'OAUTH_PROVIDER_ERROR';
      error = 'invalid_client';
    }
    const error = await executeSnippet({
      code: compile("import { fail } from 'sdk';\n\nconst a = 1;\nfail();"),
      modules: {
        sdk: {
          fail: () => {
            throw new OAuthProviderError('Client authentication failed');
          },
        },
      },
      console,
    }).catch((caught: unknown) => caught);
    const view = describeError(error);
    expect(view).toMatchObject({
      name: 'OAuthProviderError',
      code: 'OAUTH_PROVIDER_ERROR',
      oauthError: 'invalid_client',
      message: 'Client authentication failed',
      line: 4,
    });
    expect(view.text).toContain('Uncaught OAuthProviderError: Client authentication failed');
  });
});
