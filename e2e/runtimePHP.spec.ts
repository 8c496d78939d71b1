import { expect, test, type RunnerPage } from './runnerPage';

/**
 * PHP in the page (php-wasm): what the reader sees when PHP code fails, reaches for the network,
 * never ends or prints without end. Every example's own run is in examples.spec.ts.
 */
const fetchToken = { page: '/docs/client-credentials', id: 'client-credentials/fetch-token' };

async function openPhp({
  site,
  runnerFor,
}: {
  site: { goto(path: string): Promise<void> };
  runnerFor: (id: string) => RunnerPage;
}): Promise<RunnerPage> {
  await site.goto(fetchToken.page);
  const runner = runnerFor(fetchToken.id);
  await runner.chooseLanguage('PHP');
  return runner;
}

test.describe('PHP in the page', () => {
  // The first run of a test boots PHP (and downloads it, unless the HTTP cache has it).
  test.describe.configure({ timeout: 90_000 });

  test('an uncaught exception fails the run at the reader line, without SDK frames', async ({
    site,
    runnerFor,
  }) => {
    const runner = await openPhp({ site, runnerFor });
    await runner.replaceCode(
      [
        '<?php',
        'require_once __DIR__ . "/vendor/autoload.php";',
        'echo "before\\n";',
        '$client = Sdk\\SdkClientBuilder::init()->clientCredentialsAuthCredentials(',
        "    Sdk\\Authentication\\ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'revoked-secret')",
        ')->build();',
        '$client->getClientCredentialsAuth()->fetchToken();',
      ].join('\n'),
    );
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(
      /^Failed after .*OAuthProviderException.* on line 7: .*invalid_client/,
    );
    const lines = await runner.consoleLines();
    expect(lines[0]).toBe('before');
    const error = lines.slice(1).join('\n');
    expect(error).toContain('Uncaught Sdk\\Exceptions\\OAuthProviderException');
    expect(error).toContain('in php.php:7');
    expect(error).not.toContain('/sdk/');
    await expect(runner.output).toContainText('HTTP traffic (1 exchange)');
  });

  test('a parse error shows its line, and nothing runs', async ({ site, runnerFor }) => {
    const runner = await openPhp({ site, runnerFor });
    await runner.replaceCode('<?php\necho "this must not print\\n";\n$broken = (;\n');
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Syntax error on line 3.*syntax error/);
    expect(await runner.consoleLines()).toEqual([]);
    // The next run works.
    await runner.replaceCode('<?php\necho "fixed\\n";');
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['fixed']);
  });

  test('a request to a real host is refused with the URL named, and never leaves the page', async ({
    site,
    runnerFor,
    page,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      // The worker's own blob: URL (php-wasm's loader) is no request to a host.
      if (/^https?:/.test(request.url()) && !request.url().startsWith('http://127.0.0.1')) {
        outside.push(request.url());
      }
    });
    const runner = await openPhp({ site, runnerFor });
    await runner.replaceCode(
      [
        '<?php',
        "$body = file_get_contents('https://www.example.org/steal?x=1');",
        'var_dump($body);',
      ].join('\n'),
    );
    await runner.run();
    await runner.waitForEnd();
    await expect(runner.output).toContainText(
      'GET https://www.example.org/steal?x=1 was blocked: the sandbox has no network access',
    );
    const lines = await runner.consoleLines();
    expect(lines).not.toContain('string(');
    expect(outside).toEqual([]);
  });

  test('Clock::advance moves the sandbox clock: the token expires and is renewed', async ({
    site,
    runnerFor,
  }) => {
    const runner = await openPhp({ site, runnerFor });
    await runner.replaceCode(
      [
        '<?php',
        'require_once __DIR__ . "/vendor/autoload.php";',
        '$client = Sdk\\SdkClientBuilder::init()->clientCredentialsAuthCredentials(',
        "    Sdk\\Authentication\\ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret')",
        ')->build();',
        '$client->getUserController()->getProfile();',
        'Sandbox\\Clock::advance(3600);',
        'var_dump($client->getClientCredentialsAuth()->isTokenExpired());',
        '$client->getUserController()->getProfile();',
        'var_dump($client->getClientCredentialsAuth()->isTokenExpired());',
      ].join('\n'),
    );
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['bool(true)', 'bool(false)']);
    // A token, the profile, a new token after the hour, the profile again.
    await expect(runner.output).toContainText('HTTP traffic (4 exchanges)');
  });
});
