import fs from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import type { Engine, EnginePage } from './EnginePage';
import { inPageHelpers } from './inPage';

const firefoxPaths = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** `$FIREFOX`, else Debian's `firefox-esr` (or `firefox`). */
function firefoxPath(): string | undefined {
  const candidates = process.env.FIREFOX ? [process.env.FIREFOX] : firefoxPaths;
  return candidates.find((candidate) => fs.existsSync(candidate));
}

export const viewport = { width: 1280, height: 900 };

/**
 * Firefox (Debian's `firefox-esr`), headless, driven over WebDriver BiDi by puppeteer-core (no
 * browser download: Playwright cannot drive a stock Firefox).
 */
export const firefox: Engine = {
  name: 'Firefox',
  // Measured here: a first run of a language on a page (its runtime downloaded and booted) took
  // up to 11 s, a warm one 1 to 5 s.
  runStartMs: 120_000,
  containmentAllowances: {
    refusedByPolicy: [/^Content-Security-Policy: The page’s settings blocked/],
    // The hostile code's crashes as Firefox reports them over WebDriver BiDi, where the worker
    // handles them: a worker's unhandled rejection reaches the page even when the worker's
    // listener prevents it (the event is untrusted there, measured in Firefox 153 ESR), and
    // Pyodide logs its fatal error to the console itself.
    workerErrors: [
      // Python's os._exit(3).
      /^Exit: Program terminated with exit\(/,
      // Python's C stack overflowing.
      /^InternalError: too much recursion/,
      // What Pyodide logs of its fatal error (an error object, as BiDi renders it).
      /^JSHandle@error$/,
      /^Error: Go program has already exited$/,
      // Pyodide's own glue, once the code replaced RegExp.prototype.exec (not in every run).
      /^TypeError: can't access property \d+, path\.match\(\.\.\.\) is null$/,
      // A runtime's allocation or stack failing (seen in some full runs, not in every one).
      /^RangeError: /,
    ],
    // Python's worker terminated mid-run.
    workerEnded: [/^uncaught exception: undefined$/],
  },
  missing: () =>
    firefoxPath() === undefined
      ? 'No Firefox for the engine tests: on Debian/Ubuntu `sudo apt-get install firefox-esr` (or set FIREFOX).'
      : undefined,
  async launch(baseURL) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath()!,
      headless: true,
      // The default is 30 s; a loaded 2-core CI machine has taken 12 s to start Firefox.
      timeout: 120_000,
      extraPrefsFirefox: {
        // No calls home on a closed network (updates, telemetry, remote settings).
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
    const page = await browser.newPage();
    await page.setViewport(viewport);
    page.setDefaultTimeout(60_000);
    return {
      version: await browser.version(),
      page: firefoxPage(page, baseURL),
      close: () => browser.close(),
    };
  },
};

function firefoxPage(page: Page, baseURL: string): EnginePage {
  let problems: string[] = [];
  // Requests cut short by leaving the page are the browser's doing, not the site's.
  let navigating = false;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) =>
    problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`),
  );
  page.on('requestfailed', (request) => {
    // NS_BINDING_ABORTED: the browser cancelled it (the page it belonged to was left), as
    // Chromium's net::ERR_ABORTED; its report can arrive after the next page has loaded.
    if (navigating || request.failure()?.errorText === 'NS_BINDING_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    async goto(path) {
      navigating = true;
      try {
        await page.goto(new URL(path, baseURL).href, { waitUntil: 'load' });
      } finally {
        navigating = false;
      }
      await page.waitForSelector('html[data-hydrated]');
    },
    url: async () => page.url(),
    evaluate: <T>(body: string, ...args: unknown[]) =>
      page.evaluate(
        `(() => { ${inPageHelpers}\nreturn (${body})(...${JSON.stringify(args)}); })()`,
      ) as Promise<T>,
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    async pressWithControl(key) {
      await page.keyboard.down('Control');
      await page.keyboard.press(key as 'k');
      await page.keyboard.up('Control');
    },
    type: (text) => page.keyboard.type(text),
    async takeProblems() {
      const taken = problems;
      problems = [];
      return taken;
    },
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
  };
}
