import { frozenMs, longestInputDelay } from './containment/longestInputDelay';
import { watchTheNetwork } from './containment/watchTheNetwork';
import {
  containmentSnippet,
  forgeConsentHtml,
  recordWorkerMessages,
  workerMessages,
} from './containment/pageScripts';
import {
  runtimesUnderTest,
  secrets,
  typescriptAsksConsent,
  type RuntimeUnderTest,
} from './containment/hostilePrograms';
import { expect, test as runnerTest, type RunnerPage } from './runnerPage';

/**
 * The containment contract every language that runs in the page meets (issue 22), in real
 * Chromium against the built site: nothing reaches a host, nothing outlives the run, no secret
 * reaches the page, and every end of a run (a crash included) is reported at once, saying what
 * happened. Each runtime supplies its hostile programs (`containment/hostilePrograms.ts`); the
 * assertions below are the same for all.
 */

interface ContractFixtures {
  /** Console errors a runtime itself logs in a case; each carries its reason. */
  allowedConsoleErrors: { pattern: RegExp; reason: string }[];
  /** Every message the page received from a runner worker during the test, as JSON. */
  fromWorkers: () => Promise<string[]>;
}

const test = runnerTest.extend<ContractFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  // A request the runner's policy refused (`csp`) is the behaviour under test; every other console
  // error, page error, failed request or HTTP error still fails the test. (An override runs only if
  // it says `auto` again, which its types do not list for overrides: hence the cast.)
  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some(({ pattern }) => pattern.test(text))) return;
        problems.push(`console.error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText;
        if (reason !== 'csp') problems.push(`request failed: ${request.url()} (${reason})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use();
      expect(problems, 'the page logged errors or had failed requests').toEqual([]);
    },
    { auto: true, scope: 'test' } as { scope: 'test' },
  ],
  fromWorkers: async ({ page }, use) => {
    await page.addInitScript(`(${recordWorkerMessages})()`);
    await use(() => page.evaluate<string[]>(`(${workerMessages})()`));
  },
});

const where = containmentSnippet;

/** The first run of a runtime on a page may boot it (Pyodide downloads ~13.5 MB). */
const firstRunMs = 120_000;

async function open(
  site: { goto(path: string): Promise<void> },
  runnerFor: (id: string) => RunnerPage,
  runtime: RuntimeUnderTest,
): Promise<RunnerPage> {
  await site.goto(where.page);
  const runner = runnerFor(where.id);
  await runner.chooseLanguage(runtime.label);
  return runner;
}

/** Replaces the code, runs it and returns the status line once it ends. */
async function runToEnd(runner: RunnerPage, code: string, timeout = firstRunMs): Promise<string> {
  await runner.replaceCode(code);
  await runner.run();
  return runner.waitForEnd(timeout);
}

for (const runtime of runtimesUnderTest) {
  const { programs } = runtime;

  test.describe(`containment: ${runtime.label}`, () => {
    test.describe.configure({ timeout: 240_000 });
    test.use({ allowedConsoleErrors: runtime.allowedConsoleErrors ?? [] });

    test('no request reaches a host, through the language’s HTTP or its JavaScript bridge', async ({
      site,
      runnerFor,
      context,
    }) => {
      const network = await watchTheNetwork(context);
      try {
        const runner = await open(site, runnerFor, runtime);
        const status = await runToEnd(runner, programs.network.program(network.target));
        expect(status).toMatch(/^Finished/);
        expect(await runner.consoleLines()).toEqual(programs.network.lines);
        // Give a late request time to show up before declaring there was none.
        await runner.page.waitForTimeout(500);
        expect(network.hits, 'requests that reached the loopback target').toEqual([]);
        expect(network.leaked(), 'requests that left for another host').toEqual([]);
      } finally {
        await network.close();
      }
    });

    test('fetch is the mock server’s wherever the code finds it, the prototype’s included', async ({
      site,
      runnerFor,
    }) => {
      const runner = await open(site, runnerFor, runtime);
      expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
      expect(await runner.consoleLines()).toEqual(programs.mockedFetch.lines);
      await expect(runner.http.getByRole('listitem')).toHaveCount(
        programs.mockedFetch.lines.length,
      );
    });

    test('storage is closed or the worker’s own, and nothing survives into the next run or the site', async ({
      site,
      runnerFor,
      page,
    }) => {
      const runner = await open(site, runnerFor, runtime);
      for (let run = 1; run <= 2; run++) {
        expect(await runToEnd(runner, programs.storage.program), `run ${run}`).toMatch(/^Finished/);
        expect(await runner.consoleLines(), `run ${run}`).toEqual(programs.storage.lines);
      }
      const site_ = await page.evaluate(async () => ({
        localStorage: localStorage.getItem('left-behind'),
        databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
        held: ((await navigator.locks.query()).held ?? []).map((lock) => lock.name),
      }));
      expect(site_).toEqual({ localStorage: null, databases: [], held: [] });
    });

    test('messages forged to the page or the worker are refused, and the run ends as it really does', async ({
      site,
      runnerFor,
      fromWorkers,
    }) => {
      const runner = await open(site, runnerFor, runtime);
      expect(await runToEnd(runner, programs.forgedMessages.program)).toMatch(/^Finished/);
      expect(await runner.consoleLines()).toEqual(programs.forgedMessages.lines);
      expect((await fromWorkers()).join('\n')).not.toContain('FORGED');
    });

    test('a consent page written by the code loads nothing from any host', async ({
      site,
      runnerFor,
      context,
    }) => {
      const network = await watchTheNetwork(context);
      try {
        const runner = await open(site, runnerFor, runtime);
        await runner.replaceCode(programs.consentHtml(network.target));
        await runner.run();
        const consent = runner.output.getByRole('group', { name: /^Authorize / });
        await expect(consent).toBeVisible({ timeout: firstRunMs });
        // What a reader would open: the page "as the server sent it", when there is one.
        const disclosure = consent.getByText('The consent page as the server sent it');
        if ((await disclosure.count()) > 0) {
          await disclosure.click();
          await expect(consent.locator('iframe')).toBeAttached();
        }
        await runner.page.waitForTimeout(1_000);
        await runner.button('Deny').click();
        expect(await runner.waitForEnd()).toMatch(/^Finished/);
        expect(await runner.consoleLines()).toContain('decision: deny');
        expect(network.hits, 'requests that reached the loopback target').toEqual([]);
        expect(network.leaked(), 'requests that left for another host').toEqual([]);
      } finally {
        await network.close();
      }
    });

    for (const [name, program] of [
      ['sent in every encoding', programs.secretsSent],
      [
        'sent after the code replaced the built-ins masking uses',
        programs.secretsSentAfterTampering,
      ],
    ] as const) {
      test(`no secret reaches the page: ${name}`, async ({ site, runnerFor, fromWorkers }) => {
        const runner = await open(site, runnerFor, runtime);
        await runToEnd(runner, program);
        await expect(runner.http.getByRole('listitem').first()).toBeVisible();
        const received = (await fromWorkers()).join('\n');
        expect(received).toContain('••••••');
        for (const [which, secret] of Object.entries(secrets)) {
          expect(received, `the page received the ${which}`).not.toContain(secret);
        }
      });
    }

    test('an error thrown by a timer is reported in the console and the run goes on', async ({
      site,
      runnerFor,
    }) => {
      const timer = programs.uncaughtTimerError;
      test.skip('notApplicable' in timer, 'notApplicable' in timer ? timer.notApplicable : '');
      if ('notApplicable' in timer) return;
      const runner = await open(site, runnerFor, runtime);
      expect(await runToEnd(runner, timer.program)).toMatch(/^Finished/);
      const lines = await runner.consoleLines();
      expect(lines).toContain('still running');
      expect(lines.some((line) => timer.errorLine.test(line))).toBe(true);
    });

    test('code left running after the run ended is gone with its worker', async ({
      site,
      runnerFor,
    }) => {
      const runner = await open(site, runnerFor, runtime);
      expect(await runToEnd(runner, programs.outlivesRun)).toMatch(/^Finished/);
      // The worker lingers 5 s for output still on its way, then is terminated.
      await runner.page.waitForTimeout(9_000);
      const lines = await runner.consoleLines();
      expect(lines).toContain('started the timers');
      expect(lines).not.toContain('late');
      const exchanges = await runner.http.getByRole('listitem').count();
      await runner.page.waitForTimeout(2_000);
      expect(
        await runner.http.getByRole('listitem').count(),
        'requests after the worker ended',
      ).toBe(exchanges);
    });

    test('an endless loop is stopped at the time limit and the page stays responsive', async ({
      site,
      runnerFor,
    }) => {
      const runner = await open(site, runnerFor, runtime);
      // Booted first, so the stall measured is the loop's, not the runtime's download.
      expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
      await runner.replaceCode(programs.endlessLoop);
      await runner.run();
      let status = '';
      const delay = await longestInputDelay(runner.page, async () => {
        status = await runner.waitForEnd(40_000);
      });
      expect(status).toMatch(/^Stopped after 15 s: the run took too long/);
      expect(delay.answered, 'keys the page answered during the run').toBeGreaterThan(0);
      expect(delay.longestMs, 'the longest a key waited for the page (ms)').toBeLessThan(frozenMs);
    });

    test('Stop ends an endless loop at once, and the next run works', async ({
      site,
      runnerFor,
    }) => {
      const runner = await open(site, runnerFor, runtime);
      expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
      await runner.replaceCode(programs.endlessLoop);
      await runner.run();
      await expect(runner.button('Stop')).toBeEnabled();
      await runner.page.waitForTimeout(1_000);
      await runner.button('Stop').click();
      expect(await runner.waitForEnd(5_000)).toBe('Stopped.');
      expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
      expect(await runner.consoleLines()).toEqual(programs.mockedFetch.lines);
    });

    for (const [name, program] of [
      ['a memory bomb', programs.memoryBomb],
      ['a recursion bomb', programs.recursionBomb],
    ] as const) {
      test(`${name} fails with an error at once, and the next run works`, async ({
        site,
        runnerFor,
      }) => {
        const runner = await open(site, runnerFor, runtime);
        expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
        const started = Date.now();
        const status = await runToEnd(runner, program, 14_000);
        expect(status).toMatch(/^(Failed after|The runner stopped unexpectedly: the interpreter)/);
        expect(Date.now() - started, 'well before the time limit').toBeLessThan(14_000);
        expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
      });
    }

    test('millions of characters of output and of error do not freeze the page; the Output shows them cut', async ({
      site,
      runnerFor,
    }) => {
      const runner = await open(site, runnerFor, runtime);
      expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
      await runner.replaceCode(programs.hugeOutput);
      await runner.run();
      let status = '';
      const delay = await longestInputDelay(runner.page, async () => {
        status = await runner.waitForEnd(60_000);
        // What arrived is drawn after the status line: keys still wait on it.
        await runner.page.waitForTimeout(500);
      });
      expect(delay.answered, 'keys the page answered during the run').toBeGreaterThan(0);
      expect(delay.longestMs, 'the longest a key waited for the page (ms)').toBeLessThan(frozenMs);
      expect(status).toMatch(/^Failed after /);
      expect(status.length).toBeLessThanOrEqual(500);
      const lines = runner.console.locator('[data-level]');
      expect(await lines.count()).toBeLessThanOrEqual(1_001);
      const texts = await lines.allInnerTexts();
      for (const text of texts) expect(text.length).toBeLessThanOrEqual(20_000);
      expect(texts.some((text) => text.includes('more characters)'))).toBe(true);
      await expect(runner.output).toContainText(/[\d,]+ more lines not shown/);
    });

    for (const fatal of programs.fatal) {
      test(`the runtime dying is reported at once: ${fatal.name}`, async ({ site, runnerFor }) => {
        const runner = await open(site, runnerFor, runtime);
        expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
        // Reported as what happened, not at the 15 s limit (which says "a loop that never ends").
        // No wall-clock bound: a next run may wait for its runtime to start (Go's takes over 10 s,
        // far more on a loaded machine), and the status already tells the two apart.
        const status = await runToEnd(runner, fatal.program);
        expect(status).toMatch(fatal.status);
        expect(status).not.toMatch(/never ends|time limit/i);
        expect(await runToEnd(runner, programs.mockedFetch.program)).toMatch(/^Finished/);
      });
    }
  });
}

test.describe('containment: the page', () => {
  test.describe.configure({ timeout: 120_000 });

  test('consent page HTML from a worker taken over loads nothing: policy first, allowlist after', async ({
    site,
    runnerFor,
    context,
    page,
  }) => {
    const network = await watchTheNetwork(context);
    // Stands in for a worker whose every layer the code got past: the consent message the page
    // receives carries hostile HTML.
    await page.addInitScript(`(${forgeConsentHtml})(${JSON.stringify(network.target)})`);
    try {
      const runner = await open(site, runnerFor, runtimesUnderTest[0]!);
      await runner.replaceCode(typescriptAsksConsent);
      await runner.run();
      const consent = runner.output.getByRole('group', { name: /^Authorize / });
      await expect(consent).toBeVisible();
      await consent.getByText('The consent page as the server sent it').click();
      const frame = consent.frameLocator('iframe');
      await expect(frame.locator('#kept')).toHaveText('kept');
      const srcdoc = await consent
        .locator('iframe')
        .evaluate((element) => (element as HTMLIFrameElement).srcdoc);
      // The policy comes first; what names a resource is gone before the policy is needed.
      expect(srcdoc).toMatch(
        /^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';/,
      );
      expect(srcdoc).not.toMatch(/<img|<link|<iframe|http:/);
      await runner.page.waitForTimeout(1_000);
      await runner.button('Deny').click();
      await runner.waitForEnd();
      expect(network.hits, 'requests that reached the loopback target').toEqual([]);
      expect(network.leaked(), 'requests that left for another host').toEqual([]);
    } finally {
      await network.close();
    }
  });
});
