import AxeBuilder from '@axe-core/playwright';
import { demo } from '../sandbox/mock-server';
import { expect, test, type RunnerPage } from './runnerPage';

/** A short client credentials snippet, and the page it is on. */
const fetchToken = { page: '/docs/client-credentials', id: 'client-credentials/fetch-token' };
const ropc = { page: '/docs/resource-owner-password', id: 'resource-owner-password/fetch-token' };
const authorizationCode = {
  page: '/docs/authorization-code',
  id: 'authorization-code/exchange-code',
};

async function open(
  {
    site,
    runnerFor,
  }: { site: { goto(path: string): Promise<void> }; runnerFor: (id: string) => RunnerPage },
  where: { page: string; id: string },
): Promise<RunnerPage> {
  await site.goto(where.page);
  const runner = runnerFor(where.id);
  await runner.chooseTypeScript();
  return runner;
}

const ropcClient = `import { Client } from 'sdk';

const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: '${demo.clientId}',
    oAuthClientSecret: '${demo.clientSecret}',
    oAuthUsername: '${demo.username}',
    oAuthPassword: '${demo.password}',
  },
});`;

test.describe('the live runner', () => {
  // Runs start workers and wait for the page; the machine may be shared and busy.
  test.describe.configure({ timeout: 90_000 });
  test('runs the snippet: console output, and each HTTP exchange in the inspector', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished in/);
    expect(await runner.consoleLines()).toContain('Expires in: 3600 s');
    await expect(runner.http.getByRole('listitem')).toHaveCount(1);
    await expect(runner.http).toContainText('POST https://auth.example.com/oauth2/token');
    await expect(runner.http).toContainText('200 OK');
  });

  test('masks the client secret, the password, Basic credentials and tokens in the inspector', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open({ site, runnerFor }, ropc);
    await runner.replaceCode(
      `${ropcClient}\nconst token = await client.resourceOwnerAuthManager!.fetchToken();\nconsole.log(token.accessToken, token.refreshToken);`,
    );
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    const [accessToken, refreshToken] = (await runner.consoleLines())[0]!.split(' ');
    expect(accessToken?.length).toBeGreaterThan(8);

    const exchange = runner.http.getByRole('listitem').first();
    await exchange.locator('summary').click();
    const shown = await exchange.innerText();
    expect(shown).toContain('grant_type');
    expect(shown).toContain(demo.username);
    expect(shown).toContain('••••••');
    for (const secret of [
      demo.password,
      demo.clientSecret,
      Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64'),
      accessToken!,
      refreshToken!,
    ]) {
      expect(shown, `the inspector shows ${secret}`).not.toContain(secret);
    }
  });

  test('edit and run: the edited code runs', async ({ site, runnerFor }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode("console.log('edited', 6 * 7);");
    // Keyboard: Tab indents inside the editor; Escape then Tab leaves it (no keyboard trap).
    await runner.editor.press('Home');
    await runner.editor.press('Tab');
    await expect(runner.editor).toBeFocused();
    await expect.poll(() => runner.editorText()).toBe("  console.log('edited', 6 * 7);");
    await runner.editor.press('Escape');
    await runner.page.keyboard.press('Tab');
    await expect(runner.editor).not.toBeFocused();
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['edited 42']);
  });

  test('an edit survives a failed run, a language switch and a reload; Reset restores the original', async ({
    site,
    runnerFor,
    page,
  }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    const original = await runner.figure
      .getByRole('tabpanel')
      .filter({ visible: true })
      .locator('pre')
      .first()
      .innerText();
    const edited = "console.log('before');\nthrow new RangeError('on purpose');";
    await runner.replaceCode(edited);
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Failed after .*: RangeError on line 2: on purpose/);
    expect(await runner.editorText()).toBe(edited);

    await runner.figure.getByRole('tab', { name: 'Python', exact: true }).click();
    await runner.chooseTypeScript();
    expect(await runner.editorText()).toBe(edited);

    await page.reload();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(runner.editor).toBeVisible();
    expect(await runner.editorText()).toBe(edited);

    await runner.button('Reset').click();
    await expect(runner.editor).toBeHidden();
    await expect(runner.button('Edit')).toBeFocused();
    await runner.button('Edit').click();
    expect((await runner.editorText()).trim()).toBe(original.trim());
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
  });

  test('a syntax error shows its line and column, and nothing runs', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode("console.log('this must not print');\nconst broken = (;\n");
    await runner.run();
    expect(await runner.waitForEnd()).toBe(
      'Syntax error on line 2, column 17: Unexpected token. Nothing ran.',
    );
    await expect(runner.output.getByLabel('Where the syntax error is')).toContainText(
      '> 2 | const broken = (;',
    );
    expect(await runner.consoleLines()).toEqual([]);
    await expect(runner.output).toContainText('HTTP traffic (0 exchanges)');
    // The next run works.
    await runner.replaceCode("console.log('fixed');");
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['fixed']);
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
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode("const response = await fetch('https://www.example.org/steal?x=1');");
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(
      /^Failed after .*: SandboxNetworkError on line 1: GET https:\/\/www\.example\.org\/steal\?x=1 was blocked: the sandbox has no network access/,
    );
    await expect(runner.http).toContainText('GET https://www.example.org/steal?x=1 blocked');
    expect(outside).toEqual([]);
  });

  test('network and storage APIs other than fetch are closed to the code', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode(
      [
        "for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker']) {",
        '  try {',
        '    new (globalThis as any)[name]("https://www.example.org/");',
        '    console.log(`${name}: open`);',
        '  } catch (error) {',
        '    console.log(`${name}: closed`);',
        '  }',
        '}',
        "try { (globalThis as any).importScripts('https://www.example.org/x.js'); console.log('importScripts: open'); } catch { console.log('importScripts: closed'); }",
        "try { (globalThis as any).indexedDB.open('x'); console.log('indexedDB: open'); } catch { console.log('indexedDB: closed'); }",
        'console.log(`page storage: ${typeof (globalThis as any).sessionStorage}`);',
      ].join('\n'),
    );
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual([
      'XMLHttpRequest: closed',
      'WebSocket: closed',
      'EventSource: closed',
      'Worker: closed',
      'importScripts: closed',
      'indexedDB: closed',
      'page storage: undefined',
    ]);
  });

  test('Stop ends an endless loop at once, the page stays responsive, and the next run works', async ({
    site,
    runnerFor,
    page,
  }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode("console.log('looping');\nwhile (true) {}");
    await runner.run();
    await expect(runner.console).toContainText('looping');
    // The page is not frozen: its event loop still turns, measured in the page. (Kept short:
    // the 15 s limit is running.)
    const timerDelay = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          setTimeout(() => resolve(performance.now() - started), 0);
        }),
    );
    expect(timerDelay).toBeLessThan(1000);
    await runner.button('Stop').click();
    expect(await runner.waitForEnd()).toBe('Stopped.');
    await runner.replaceCode("console.log('after stop');");
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['after stop']);
  });

  test('a run past the time limit is stopped with a message', async ({ site, runnerFor }) => {
    test.setTimeout(60_000);
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode('await new Promise(() => {});');
    await runner.run();
    expect(await runner.waitForEnd(30_000)).toMatch(/^Stopped after 15 s: the run took too long/);
  });

  test('a million console lines: the first thousand are shown, the rest counted', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode("for (let i = 0; i < 1_000_000; i++) console.log('line', i);");
    await runner.run();
    expect(await runner.waitForEnd(30_000)).toMatch(/^Finished/);
    const lines = await runner.consoleLines();
    expect(lines).toHaveLength(1000);
    expect(lines.at(-1)).toBe('line 999');
    await expect(runner.output).toContainText('999,000 more lines not shown');
  });

  test('an unhandled rejection is reported and the next run works', async ({ site, runnerFor }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode(
      "Promise.reject(new TypeError('nobody awaits me'));\nawait new Promise((resolve) => setTimeout(resolve, 50));\nconsole.log('done');",
    );
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual([
      'Unhandled promise rejection: TypeError: nobody awaits me (line 1)',
      'done',
    ]);
  });

  test('a wrong client secret fails with the OAuth error code', async ({ site, runnerFor }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    await runner.replaceCode(
      `import { Client } from 'sdk';\nconst client = new Client({ clientCredentialsAuthCredentials: { oAuthClientId: '${demo.clientId}', oAuthClientSecret: 'wrong' } });\nawait client.clientCredentialsAuthManager!.fetchToken();`,
    );
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(
      /^Failed after .*: OAuthProviderError \(invalid_client\) on line 3/,
    );
    await expect(runner.http).toContainText('401 Unauthorized');
  });

  test('advancing the clock during a run expires the token, and the refresh shows in the inspector', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open({ site, runnerFor }, ropc);
    await runner.replaceCode(
      `${ropcClient}
await client.itemsController.listItems();
console.log('Waiting for the clock');
while (!client.resourceOwnerAuthManager!.isTokenExpired()) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const { statusCode } = await client.itemsController.listItems();
console.log(\`Called again: \${statusCode}\`);`,
    );
    await runner.run();
    await expect(runner.console).toContainText('Waiting for the clock');
    await runner.button('+1 h').click();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toContain('Called again: 200');
    const items = runner.http.getByRole('listitem');
    await expect(items.filter({ hasText: /^Clock advanced by 1 h/ })).toHaveCount(1);
    // Token (password grant), API, clock note, token (refresh grant), API.
    await expect(items).toHaveCount(5);
    const refresh = items.nth(3);
    await refresh.locator('summary').click();
    await expect(refresh).toContainText('POST https://auth.example.com/oauth2/token');
    await expect(refresh).toContainText(/grant_type\s*:?\s*refresh_token/);
  });

  test('the consent screen: Deny sends the reader back with access_denied', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open({ site, runnerFor }, authorizationCode);
    await runner.replaceCode(
      `import { Client, OAuthScopeEnum } from 'sdk';
import { browser } from 'sandbox';

const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: '${demo.clientId}',
    oAuthClientSecret: '${demo.clientSecret}',
    oAuthRedirectUri: '${demo.redirectUri}',
    oAuthScopes: [OAuthScopeEnum.ReadScope],
  },
});
const callback = await browser.authorize(client.authorizationCodeAuthManager!.buildAuthorizationUrl('s1'));
console.log(\`error=\${callback.searchParams.get('error')} state=\${callback.searchParams.get('state')}\`);`,
    );
    await runner.run();
    const consent = runner.output.getByRole('group', { name: /^Authorize / });
    await expect(consent).toBeVisible();
    await expect(consent).toContainText('read');
    await expect(consent).toContainText(demo.redirectUri);
    await expect(runner.status).toHaveText('Waiting for your answer on the consent screen…');
    // Keyboard: focus is on the consent screen; Tab reaches the buttons.
    await runner.button('Deny').focus();
    await runner.page.keyboard.press('Enter');
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['error=access_denied state=s1']);
    await expect(runner.http).toContainText('You denied the consent request.');
    await expect(runner.http).toContainText(
      'POST https://auth.example.com/oauth2/authorize 302 Found',
    );
  });

  test('a failure scenario from the settings: revoked refresh tokens fail the refresh with invalid_grant', async ({
    site,
    runnerFor,
    page,
  }) => {
    const runner = await open(
      { site, runnerFor },
      { page: ropc.page, id: 'resource-owner-password/refresh-token' },
    );
    await runner.button('Edit').click();
    await runner.output.getByText('Mock server settings').click();
    const revoked = runner.output.getByRole('checkbox', { name: /Refresh tokens revoked/ });
    await revoked.check();
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(
      /^Failed after .*: OAuthProviderError \(invalid_grant\)/,
    );
    const refresh = runner.http.getByRole('listitem').filter({ hasText: '400 Bad Request' });
    await refresh.locator('summary').click();
    await expect(refresh).toContainText('refresh_token');
    await expect(refresh).toContainText('invalid_grant');

    // The setting is kept for the session, and switching it off makes the snippet work again.
    await page.reload();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Failed/);
    await runner.output.getByText(/^Mock server settings/).click();
    await runner.output.getByRole('checkbox', { name: /Refresh tokens revoked/ }).uncheck();
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Output, consent screen and inspector have no serious accessibility violations in ${colorScheme} mode`, async ({
      site,
      runnerFor,
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const runner = await open({ site, runnerFor }, authorizationCode);
      await runner.run();
      await expect(runner.output.getByRole('group', { name: /^Authorize / })).toBeVisible();
      // The run waits for the reader: focus moves to the consent screen's title.
      await expect(
        runner.output.getByRole('group', { name: /^Authorize / }).getByText(/^Authorize /),
      ).toBeFocused();
      const scan = async () => {
        // The runner's own UI; the highlighted code above it is the snippet panel's (site.spec).
        const results = await new AxeBuilder({ page })
          .include(`figure[data-snippet-id="${authorizationCode.id}"] section[aria-label="Output"]`)
          .include(
            `figure[data-snippet-id="${authorizationCode.id}"] [role="tabpanel"]:not([hidden]) button`,
          )
          .analyze();
        return results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => ({
            rule: violation.id,
            targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
          }));
      };
      expect(await scan()).toEqual([]);
      await runner.button('Approve').click();
      expect(await runner.waitForEnd()).toMatch(/^Finished/);
      // Every exchange and the settings expanded (clicking each summary is covered elsewhere).
      await runner.output.evaluate((output) =>
        output.querySelectorAll('details').forEach((details) => (details.open = true)),
      );
      expect(await scan()).toEqual([]);
    });
  }

  test('reloading the page during a run causes no errors and keeps the edit', async ({
    site,
    runnerFor,
    page,
  }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    const code =
      "console.log('long run');\nawait new Promise((resolve) => setTimeout(resolve, 10_000));";
    await runner.replaceCode(code);
    await runner.run();
    await expect(runner.console).toContainText('long run');
    await page.reload();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(runner.editor).toBeVisible();
    expect(await runner.editorText()).toBe(code);
  });

  test('mock server settings opened before a run stay open through runs', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open({ site, runnerFor }, fetchToken);
    // Edit brings up the runner, and with it the Output and its settings, before any run.
    await runner.button('Edit').click();
    await runner.output.getByText('Mock server settings').click();
    const lifetime = runner.output.getByRole('combobox', { name: /Access token lifetime/ });
    await expect(lifetime).toBeVisible();
    for (let run = 0; run < 2; run++) {
      await runner.run();
      expect(await runner.waitForEnd()).toMatch(/^Finished/);
      await expect(lifetime).toBeVisible();
    }
  });

  test('a reader whose language is TypeScript gets a runner readied without pointing at anything', async ({
    site,
    page,
  }) => {
    // The choice made on an earlier visit (another page), then a fresh load of a page with a
    // snippet further down: scrolling to it is all the reader does before Run.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await site.goto(ropc.page);
    await page.getByRole('tab', { name: 'TypeScript', exact: true }).first().click();
    // Choosing the tab readies a runner on that page; the reader reads, then goes on.
    await expect.poll(() => workers.length).toBeGreaterThan(0);
    workers.length = 0;
    await site.goto(authorizationCode.page);
    const figure = page.locator(`figure[data-snippet-id="${authorizationCode.id}"]`);
    await expect(figure.getByRole('tab', { name: 'TypeScript', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await figure.evaluate((element) => element.scrollIntoView());
    await expect.poll(() => workers.length).toBeGreaterThan(0);
  });

  test('the first load of a page carries none of the runner; intent loads it', async ({ page }) => {
    const scripts: string[] = [];
    const bodies: Promise<string>[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text());
    });
    await page.goto(fetchToken.page);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => /live-runner/.test(path))).toEqual([]);
    // Nor the mock server (MSW), by way of a chunk the runners share (Docusaurus's `common`,
    // which every page loads: src/plugins/runner-chunks).
    const loaded = await Promise.all(bodies);
    expect(loaded.filter((body) => body.includes('mswjs.io')).length).toBe(0);
    const figure = page.locator(`figure[data-snippet-id="${fetchToken.id}"]`);
    await figure.getByRole('tab', { name: 'TypeScript', exact: true }).click();
    await expect.poll(() => scripts.some((path) => /live-runner\./.test(path))).toBe(true);
  });

  test('a run starts in a worker booted before Run was pressed (warm)', async ({
    site,
    runnerFor,
    page,
  }) => {
    // Each worker the page starts (the runner's scripts are fetched once and kept, so count
    // workers, not requests).
    const workerLoads: number[] = [];
    page.on('worker', () => workerLoads.push(Date.now()));
    const runner = await open({ site, runnerFor }, fetchToken);
    // The run outlasts the measurement: the spare booted after a run ends must not count.
    await runner.replaceCode(
      "console.log('first');\nawait new Promise((resolve) => setTimeout(resolve, 5000));",
    );
    const timeToFirstLine = () =>
      page.evaluate(
        (id) =>
          new Promise<number>((resolve) => {
            const figure = document.querySelector(`figure[data-snippet-id="${id}"]`)!;
            // The shown tab's Run: every in-page language's panel has one, the others hidden.
            const button = [...figure.querySelectorAll('button')].find(
              (candidate) => candidate.textContent === 'Run' && !candidate.closest('[hidden]'),
            )!;
            const panel = button.closest('[role="tabpanel"]') ?? figure;
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (panel.querySelector('[role="log"]')?.textContent?.includes('first')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            });
            observer.observe(panel, { childList: true, subtree: true, characterData: true });
            button.click();
          }),
        fetchToken.id,
      );
    await runner.run();
    await runner.waitForEnd();
    // After a run the next spare boots; wait for it, then time a run.
    await expect.poll(() => workerLoads.length).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(1000);
    // The click below is a script's: on a disabled Run (the page still settling after the run,
    // on a loaded machine) it would do nothing and the timing would wait for ever.
    await expect(
      page
        .locator(`figure[data-snippet-id="${fetchToken.id}"]`)
        .getByRole('button', { name: 'Run', exact: true }),
    ).toBeEnabled();
    const loadsBefore = workerLoads.length;
    const warm = await timeToFirstLine();
    const loadsDuringRun = workerLoads.length - loadsBefore;
    test.info().annotations.push({
      type: 'warm run → first console line',
      description: `${warm.toFixed(1)} ms (budget 50 ms, measured by npm run bench)`,
    });
    // No worker was loaded between pressing Run and the first line: the run used the spare.
    expect(loadsDuringRun).toBe(0);
    await runner.waitForEnd();
  });
});
