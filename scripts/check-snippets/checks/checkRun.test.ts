import { afterAll, describe, expect, it } from 'vitest';
import type { RunExpectations } from '../../../src/plugins/snippet-registry/metaSchema';
import { harness } from '../../../languages/typescript/harness';
import { checkRun } from './checkRun';
import { snippetTemplates } from './snippetTemplates';
import { validSnippetFiles } from './fixtureSite';

const runner = harness.createRunner({ timeoutMs: 2_000 });
afterAll(() => runner.close());

const files = { snippet: 'snippets/g/op/typescript.ts', meta: 'snippets/g/op/meta.json' };

/** Runs a snippet and checks it against `expectations`: the problems, as "file: message". */
async function problemsOf(source: string, expectations: RunExpectations): Promise<string[]> {
  const run = await runner.run(source, expectations.consent);
  return checkRun(run, expectations, files, harness.advise).map(
    (problem) => `${problem.file}: ${problem.message}`,
  );
}

const authorizationCodeFlow = `import { Client, OAuthScopeEnum } from 'sdk';
import { browser } from 'sandbox';

const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: 'https://example.com/oauth/callback',
    oAuthScopes: [OAuthScopeEnum.ReadScope],
  },
});
const manager = client.authorizationCodeAuthManager!;
const callback = await browser.authorize(manager.buildAuthorizationUrl('state-123'));
const error = callback.searchParams.get('error');
if (error !== null) {
  console.log(\`Denied: \${error}\`);
} else {
  const token = await manager.fetchToken(callback.searchParams.get('code')!, 'state-123');
  console.log(\`Access token: \${token.accessToken.slice(0, 8)}…\`);
}
`;

describe("TypeScript's in-process harness and checkRun", () => {
  it.each([
    'client-credentials/fetch-token',
    'resource-owner-password/fetch-token',
    'authorization-code/build-url',
  ])('runs the %s template against the mock server and meets its expectations', async (id) => {
    const meta = JSON.parse(validSnippetFiles(id)['meta.json'] ?? '') as { run: RunExpectations };
    const [grant, operation] = id.split('/') as ['client-credentials', string];
    expect(await problemsOf(snippetTemplates(grant, operation).typescript, meta.run)).toEqual([]);
  });

  it('reports an expect pattern that no printed line matches, with what the run printed', async () => {
    const problems = await problemsOf("console.log('Access token: abc');\nconsole.log('done');\n", {
      expect: ['^Access token: \\S+', '^Expires in: 3600 s$'],
    });
    expect(problems).toEqual([
      'snippets/g/op/meta.json: "run.expect[1]" /^Expires in: 3600 s$/ matches no line the run printed: fix snippets/g/op/typescript.ts or the pattern.\n    It printed:\n      | Access token: abc\n      | done',
    ]);
  });

  it('points an unmatched expect pattern at its line in meta.json', async () => {
    const run = await runner.run("console.log('Access token: abc');\n", undefined);
    const metaText =
      '{\n  "run": {\n    "expect": [\n      "^Access token: ",\n      "^Expires in: "\n    ]\n  }\n}\n';
    expect(
      checkRun(run, { expect: ['^Access token: ', '^Expires in: '] }, { ...files, metaText }),
    ).toEqual([
      {
        file: 'snippets/g/op/meta.json:5:7',
        message: expect.stringMatching(/^"run\.expect\[1\]" \/\^Expires in: \/ matches no line/),
      },
    ]);
  });

  it('reports only the uncaught error, not every pattern it kept from printing', async () => {
    const problems = await problemsOf("throw new Error('boom');\n", {
      expect: ['^Access token: ', '^Expires in: '],
    });
    expect(problems).toEqual([
      'snippets/g/op/typescript.ts:1:1: Error: boom — fix the snippet here; only if the page shows this error on purpose, expect it: add a pattern matching "Uncaught Error: …" to "run.expect" in snippets/g/op/meta.json.',
    ]);
  });

  it('captures console output as the Output panel formats it, one entry per line', async () => {
    const run = await runner.run(
      "console.log('Status %d', 200, { ok: true });\nconsole.error('two\\nlines');\n",
      undefined,
    );
    expect(run.lines).toEqual(['Status 200 { ok: true }', 'two', 'lines']);
  });

  it('reports an uncaught error with the snippet line it was thrown from', async () => {
    const source = `import { Client } from 'sdk';

const client = new Client({
  clientCredentialsAuthCredentials: { oAuthClientId: 'OAuthClientId', oAuthClientSecret: 'wrong' },
});
const token = await client.clientCredentialsAuthManager!.fetchToken();
console.log(token.accessToken);
`;
    const problems = await problemsOf(source, { expect: ['^Access token'] });
    expect(problems).toEqual([
      'snippets/g/op/typescript.ts:6:15: OAuthProviderError: Fetching a token with the client credentials grant failed with invalid_client (HTTP 401): Client authentication failed: the client secret is wrong — the server answered "invalid_client" (RFC 6749 §5.2), which usually means client authentication failed: the client id or secret is wrong (the demo client is "OAuthClientId" with the secret "OAuthClientSecret"). Fix the request; only if the page shows this error on purpose, catch it and print it.',
    ]);
  });

  it('reports a snippet that throws at a known line with that line', async () => {
    const problems = await problemsOf("console.log('one');\n\nthrow new TypeError('boom');\n", {
      expect: ['^one$'],
    });
    expect(problems).toEqual([
      'snippets/g/op/typescript.ts:3:7: TypeError: boom — fix the snippet here; only if the page shows this error on purpose, expect it: add a pattern matching "Uncaught TypeError: …" to "run.expect" in snippets/g/op/meta.json.\n    It printed:\n      | one',
    ]);
  });

  it('accepts an uncaught error that an expect pattern names on purpose', async () => {
    expect(
      await problemsOf("throw new RangeError('shown on purpose');\n", {
        expect: ['^Uncaught RangeError: shown on purpose$'],
      }),
    ).toEqual([]);
  });

  it('answers the consent screen with run.consent "approve", so the code is exchanged', async () => {
    expect(
      await problemsOf(authorizationCodeFlow, {
        expect: ['^Access token: \\S{8}…$'],
        consent: 'approve',
      }),
    ).toEqual([]);
  });

  it('answers the consent screen with run.consent "deny", so the redirect carries access_denied', async () => {
    expect(
      await problemsOf(authorizationCodeFlow, {
        expect: ['^Denied: access_denied$'],
        consent: 'deny',
      }),
    ).toEqual([]);
  });

  it('reports a consent screen that meta.json does not answer', async () => {
    expect(await problemsOf(authorizationCodeFlow, { expect: ['^Access token: '] })).toEqual([
      'snippets/g/op/meta.json: the run shows a consent screen: say how the reader answers it with "consent": "approve" or "deny" in "run"',
    ]);
  });

  it('reports run.consent on a snippet that shows no consent screen', async () => {
    expect(
      await problemsOf("console.log('no browser here');\n", {
        expect: ['browser'],
        consent: 'approve',
      }),
    ).toEqual([
      'snippets/g/op/meta.json: "run.consent" is "approve", but the run showed no consent screen: remove "run.consent"',
    ]);
  });

  it('gives each snippet a fresh mock server: a token from an earlier run is unknown', async () => {
    const first = await runner.run(
      `import { Client } from 'sdk';
const client = new Client({
  clientCredentialsAuthCredentials: { oAuthClientId: 'OAuthClientId', oAuthClientSecret: 'OAuthClientSecret' },
});
const token = await client.clientCredentialsAuthManager!.fetchToken();
console.log(token.accessToken);
`,
      undefined,
    );
    const [token] = first.lines;
    expect(token).toMatch(/\S{8}/);
    const second = await runner.run(
      `const response = await fetch('https://api.example.com/v1/me', {
  headers: { authorization: 'Bearer ${token}' },
});
console.log(response.status);
`,
      undefined,
    );
    expect(second.lines).toEqual(['401']);
  });

  it('starts each snippet with the sandbox clock at real time, and leaves it there', async () => {
    const realNow = () => Math.round(performance.timeOrigin + performance.now());
    const advanced = await runner.run(
      "import { clock } from 'sandbox';\nclock.advance(86400);\nconsole.log(Date.now());\n",
      undefined,
    );
    expect(Number(advanced.lines[0]) - realNow()).toBeGreaterThan(86_000_000);
    expect(Math.abs(Date.now() - realNow())).toBeLessThan(60_000);
    const next = await runner.run('console.log(Date.now());\n', undefined);
    expect(Math.abs(Number(next.lines[0]) - realNow())).toBeLessThan(60_000);
  });

  it('reports an import of a module other than sdk and sandbox', async () => {
    const problems = await problemsOf("import fs from 'node:fs';\nconsole.log(fs);\n", {
      expect: ['^never printed$'],
    });
    expect(problems).toEqual([
      `snippets/g/op/typescript.ts:1:1: Error: Cannot find module 'node:fs': snippets in the sandbox can import 'sdk' and 'sandbox' only. — fix the snippet here; only if the page shows this error on purpose, expect it: add a pattern matching "Uncaught Error: …" to "run.expect" in snippets/g/op/meta.json.`,
    ]);
  });

  it('stops a synchronous endless loop at the time limit and runs the next snippet afterwards', async () => {
    const quick = harness.createRunner({ timeoutMs: 1_000 });
    try {
      const started = Date.now();
      const run = await quick.run("console.log('looping');\nwhile (true) {}\n", undefined);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(
        checkRun(run, { expect: ['^looping$'] }, files, harness.advise, {
          label: 'TypeScript',
          timeLimitMs: 1_000,
        }),
      ).toEqual([
        {
          file: files.snippet,
          message:
            'the run did not finish within its 1 s time limit (TypeScript cannot tell the line it was running): is it waiting for something that never happens (a consent answer, an endless loop)?\n    It printed:\n      | looping',
        },
      ]);
      expect((await quick.run("console.log('next');\n", undefined)).lines).toEqual(['next']);
    } finally {
      await quick.close();
    }
  });

  it('tells a write without the write scope to request the scope, not to catch the error', async () => {
    const source = `import { Client } from 'sdk';

const client = new Client({
  clientCredentialsAuthCredentials: { oAuthClientId: 'OAuthClientId', oAuthClientSecret: 'OAuthClientSecret' },
});
const item = await client.itemsController.createItem({ name: 'Notebook' });
console.log(item);
`;
    const problems = await problemsOf(source, { expect: ['Notebook'] });
    expect(problems).toEqual([
      "snippets/g/op/typescript.ts:6:14: ApiError: POST https://api.example.com/v1/items failed with HTTP 403 (insufficient_scope: This request needs the scope 'write') — the token lacks the \"write\" scope this API call needs. Request it: in snippets/g/op/typescript.ts, add `oAuthScopes: [OAuthScopeEnum.WriteScope]` to the grant's credentials (e.g. clientCredentialsAuthCredentials, with `import { OAuthScopeEnum } from 'sdk'`), and request the same scope in the other six languages.",
    ]);
  });

  it('reports a syntax error at its line without running anything', async () => {
    const problems = await problemsOf("console.log('one');\nconst x = ;\n", { expect: ['^one$'] });
    expect(problems).toEqual([
      'snippets/g/op/typescript.ts:2:11: SyntaxError: Unexpected token — fix the snippet here; only if the page shows this error on purpose, expect it: add a pattern matching "Uncaught SyntaxError: …" to "run.expect" in snippets/g/op/meta.json.',
    ]);
  });

  it('stops a run that never finishes and says so', async () => {
    const quick = harness.createRunner({ timeoutMs: 100 });
    try {
      const run = await quick.run(
        "console.log('waiting');\nawait new Promise(() => {});\n",
        undefined,
      );
      expect(checkRun(run, { expect: ['^waiting$'] }, files)).toEqual([
        {
          file: files.snippet,
          message: expect.stringMatching(/^the run did not finish within its time limit/),
        },
      ]);
    } finally {
      await quick.close();
    }
  });
});
