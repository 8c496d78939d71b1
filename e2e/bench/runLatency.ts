import type { Browser, Locator } from '@playwright/test';
import type { LargeRuntime } from './largeRuntimes';

/** A language whose tab has Run, by its tab label, and what counts as the reader's intent. */
export interface RunLanguage {
  label: string;
  /**
   * Choosing the TypeScript tab already preloads its runner; choosing a tab whose runtime is a
   * large download does not (Pyodide is ~13 MB): its intent is hovering Run, so the tab click is
   * still before intent.
   */
  intentIsTab: boolean;
  /** How long the reader reads between the two runs (the spare worker boots meanwhile). */
  readMs: number;
  /** The language's large runtime (its files are measured); none for TypeScript. */
  runtime?: LargeRuntime;
}

export const typeScriptRun: RunLanguage = { label: 'TypeScript', intentIsTab: true, readMs: 1000 };

/**
 * A language whose runtime downloads on intent. Pyodide's spare boots in ~1–2 s after a run: three
 * seconds of reading, not one, for every such runtime.
 */
export function largeRuntimeRun(runtime: LargeRuntime): RunLanguage {
  return { label: runtime.label, intentIsTab: false, readMs: 3000, runtime };
}

export interface RunSample {
  /** Run click → first console line in Output, first run after page load (nothing preloaded). */
  coldMs: number;
  /** The same for the second run, after the reader read the first one's output. */
  warmMs: number;
  firstLine: string;
  /** Site paths of the JavaScript fetched after the reader's intent (page and workers). */
  jsAfterIntent: string[];
  /** Site paths of the JavaScript fetched before that, while the page loaded. */
  jsBeforeIntent: string[];
  /**
   * Site paths of any large runtime's files (`earlyPath`: Pyodide, ruby.wasm, …, their worker
   * chunks) requested before intent: must be none.
   */
  runtimeBeforeIntent: string[];
  /**
   * Run click (cold) → the last of the runtime's files fully downloaded: the download's part of
   * `coldMs`, the rest is booting the runtime and the run. Undefined when nothing was downloaded.
   */
  downloadedMs?: number;
  /**
   * Files under the language's runtime folder (`/pyodide/`, `/ruby-wasm/`, …) the page downloaded,
   * with bytes transferred (Resource Timing); none for TypeScript.
   */
  runtimeFiles: { path: string; transferred: number; bytes: number; decoded: number }[];
  /** Service workers registered by the end (the runner may use MSW's handlers in a Worker instead). */
  serviceWorkers: number;
}

interface Probe {
  clicks: { at: number; firstLineAt?: number; text?: string }[];
}

/**
 * Runs in the page: times each Run click (its event timestamp) to the moment the first console
 * line of that run is in the DOM (a MutationObserver callback, before the next paint). The
 * Output panel is re-created per run, so "a line element not seen before the click" is the new
 * run's first line.
 */
function installRunProbe(snippetId: string) {
  const figure = document.querySelector(`figure[data-snippet-id="${snippetId}"]`);
  if (!figure) throw new Error(`no <figure data-snippet-id="${snippetId}"> on this page`);
  const probe: Probe = { clicks: [] };
  (window as unknown as { __runProbe: Probe }).__runProbe = probe;
  const seen = new WeakSet<Element>();
  // No named inner functions here: tsx would wrap them in a `__name` helper the page lacks.
  const lineSelector = '[aria-label="Output"] [role="log"] [data-level]';
  figure.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest('button');
      if (button?.textContent?.trim() !== 'Run') return;
      for (const line of figure.querySelectorAll(lineSelector)) seen.add(line);
      probe.clicks.push({ at: event.timeStamp });
    },
    true,
  );
  new MutationObserver(() => {
    const click = probe.clicks.at(-1);
    if (!click || click.firstLineAt !== undefined) return;
    for (const line of figure.querySelectorAll(lineSelector)) {
      if (seen.has(line)) continue;
      click.firstLineAt = performance.now();
      click.text = line.textContent ?? '';
      return;
    }
  }).observe(figure, { childList: true, subtree: true, characterData: true });
}

async function waitForFirstLine(
  figure: Locator,
  click: number,
): Promise<{ ms: number; text: string }> {
  const page = figure.page();
  try {
    const handle = await page.waitForFunction(
      (index) => {
        const entry = (window as unknown as { __runProbe: Probe }).__runProbe.clicks[index];
        return entry?.firstLineAt !== undefined
          ? { ms: entry.firstLineAt - entry.at, text: entry.text ?? '' }
          : undefined;
      },
      click,
      { timeout: 30_000, polling: 50 },
    );
    return (await handle.jsonValue()) as { ms: number; text: string };
  } catch (error) {
    const output = figure.getByRole('region', { name: 'Output' });
    const text = (await output.count()) ? await output.innerText() : '(no Output region)';
    throw new Error(`no console line within 30 s of pressing Run; the Output shows:\n${text}`, {
      cause: error,
    });
  }
}

/** Waits for the run to end and checks it ended well: a failed run times nothing. */
async function waitForFinish(figure: Locator): Promise<void> {
  const output = figure.getByRole('region', { name: 'Output' });
  const status = output.getByRole('status').first();
  await figure.getByRole('button', { name: 'Run', exact: true }).waitFor({ timeout: 30_000 });
  const text = (await status.textContent()) ?? '';
  if (!/Finished/i.test(text)) {
    throw new Error(
      `the run did not finish cleanly: status "${text}"; Output:\n${await output.innerText()}`,
    );
  }
}

/**
 * The reader's path on a fresh visit (a new browser context: empty HTTP cache): open the page,
 * choose the language's tab, press Run (cold), wait for the run to finish, read, press Run again
 * (warm). `earlyPath` matches every large runtime's files: none may be requested before intent.
 */
export async function measureRun(
  browser: Browser,
  url: string,
  snippetId: string,
  language: RunLanguage = typeScriptRun,
  earlyPath: RegExp = language.runtime?.path ?? /(?!)/,
): Promise<RunSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    let intent = false;
    const before: string[] = [];
    const after: string[] = [];
    const runtimeBefore: string[] = [];
    // Requests of dedicated workers are reported to their page too (Chromium).
    page.on('request', (request) => {
      const requestUrl = new URL(request.url());
      if (requestUrl.origin !== origin) return;
      if (!intent && earlyPath.test(requestUrl.pathname)) {
        runtimeBefore.push(requestUrl.pathname);
      }
      if (!/\.m?js$/.test(requestUrl.pathname)) return;
      (intent ? after : before).push(requestUrl.pathname);
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.evaluate(installRunProbe, snippetId);
    const figure = page.locator(`figure[data-snippet-id="${snippetId}"]`);

    const tab = figure.getByRole('tab', { name: language.label, exact: true });
    const run = figure.getByRole('button', { name: 'Run', exact: true });
    if (language.intentIsTab) intent = true;
    await tab.click();
    if (!language.intentIsTab) {
      // Whatever the tab click fetches counts as before intent (and must be no large runtime).
      await page.waitForTimeout(500);
      intent = true;
    }
    // click() hovers first: the pointerenter that preloads is part of the cold run, as for a
    // reader whose pointer goes straight to Run.
    await run.click();
    const cold = await waitForFirstLine(figure, 0);
    await waitForFinish(figure);

    await page.waitForTimeout(language.readMs);
    await run.click();
    const warm = await waitForFirstLine(figure, 1);
    await waitForFinish(figure);

    const serviceWorkers = await page.evaluate(
      async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    );
    const folder = language.runtime ? `/${language.runtime.folder}/` : undefined;
    const { runtimeFiles, downloadedMs } = await page.evaluate((prefix) => {
      const entries = (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).filter((entry) => prefix !== undefined && new URL(entry.name).pathname.startsWith(prefix));
      const clickAt = (window as unknown as { __runProbe: Probe }).__runProbe.clicks[0]?.at;
      return {
        runtimeFiles: entries.map((entry) => ({
          path: new URL(entry.name).pathname,
          transferred: entry.transferSize,
          bytes: entry.encodedBodySize,
          decoded: entry.decodedBodySize,
        })),
        downloadedMs:
          entries.length && clickAt !== undefined
            ? Math.max(...entries.map((entry) => entry.responseEnd)) - clickAt
            : undefined,
      };
    }, folder);
    return {
      serviceWorkers,
      runtimeBeforeIntent: [...new Set(runtimeBefore)],
      runtimeFiles,
      ...(downloadedMs !== undefined && { downloadedMs }),
      coldMs: cold.ms,
      warmMs: warm.ms,
      firstLine: cold.text,
      jsAfterIntent: [...new Set(after)],
      jsBeforeIntent: [...new Set(before)],
    };
  } finally {
    await context.close();
  }
}

/**
 * The reader's ways to a TypeScript Run (issue 13, target 1), on a fresh visit each (a new browser
 * context: empty HTTP cache). `tab-on-page` is {@link measureRun}'s path; the others arrive with
 * the TypeScript tab already selected, scroll the snippet into view and press Run with no hover:
 * the click is dispatched on the button (`dispatchEvent('click')`: no pointer event, no
 * `pointerenter`, no focus before it), so only what the page prepared by itself (on load, on idle,
 * when the snippet came into view) can shorten the cold run.
 */
export const readerPaths = [
  {
    key: 'tab-on-page',
    label: 'tab chosen on the page',
    how: 'hydration, click the TypeScript tab, click Run at once (Playwright click: hover first)',
  },
  {
    key: 'earlier-visit',
    label: 'tab chosen on an earlier visit',
    how: 'the Tabs group choice (`docusaurus.tab.sdk…` in localStorage) set to TypeScript before the page loads; hydration, scroll the snippet into view, Run dispatched with no hover',
  },
  {
    key: 'query-link',
    label: '`?sdk=typescript` link',
    how: 'open the page with `?sdk=typescript` (no stored choice); hydration, scroll the snippet into view, Run dispatched with no hover',
  },
  {
    key: 'client-navigation',
    label: 'client-side navigation',
    how: 'stored choice TypeScript; land on /docs, hydration, click the sidebar link to the page (no reload), scroll the snippet into view, Run dispatched with no hover',
  },
] as const;

export type ReaderPathKey = (typeof readerPaths)[number]['key'];

export interface PathRunSample {
  coldMs: number;
  warmMs: number;
  firstLine: string;
}

/**
 * The localStorage key under which Docusaurus keeps the `sdk` Tabs group's choice: it carries the
 * site's storage namespace (`future.v4`), so it is read from a page once rather than guessed. A
 * context of its own, so no other measurement starts with a warm HTTP cache.
 */
export async function findTabStorageKey(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: 'TypeScript', exact: true }).first().click();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const key = keys.find((candidate) => candidate.startsWith('docusaurus.tab.sdk'));
    if (!key) {
      throw new Error(
        `choosing the TypeScript tab on ${url} stored no docusaurus.tab.sdk… key (localStorage has: ${keys.join(', ') || 'nothing'})`,
      );
    }
    return key;
  } finally {
    await context.close();
  }
}

/** Scrolls the snippet into view and presses Run without moving the pointer over it. */
async function scrollAndRunWithoutHover(figure: Locator): Promise<void> {
  await figure.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  // Two frames: the scroll has landed and IntersectionObserver callbacks have run, as after a
  // reader's scroll; the click follows at once (the hardest case for a cold run).
  await figure.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
  const run = figure.getByRole('button', { name: 'Run', exact: true });
  await run.waitFor({ state: 'visible' });
  await run.dispatchEvent('click');
}

/**
 * One reader path from a fresh context: cold Run, wait for it to finish, read for
 * {@link typeScriptRun}'s `readMs`, warm Run (dispatched the same way, or clicked on
 * `tab-on-page`). `pageUrl` is the run page's full URL; `tabStorageKey` from
 * {@link findTabStorageKey}.
 */
export async function measureReaderPath(
  browser: Browser,
  pathKey: Exclude<ReaderPathKey, 'tab-on-page'>,
  pageUrl: string,
  snippetId: string,
  tabStorageKey: string,
): Promise<PathRunSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    if (pathKey !== 'query-link') {
      await context.addInitScript(
        ([key]) => {
          try {
            localStorage.setItem(key!, 'typescript');
          } catch {
            // An opaque-origin frame has no localStorage: nothing to choose there.
          }
        },
        [tabStorageKey],
      );
    }
    const page = await context.newPage();
    const url = new URL(pageUrl);
    const figure = page.locator(`figure[data-snippet-id="${snippetId}"]`);
    if (pathKey === 'client-navigation') {
      await page.goto(`${url.origin}/docs`, { waitUntil: 'load' });
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      await page.evaluate(() => {
        (window as unknown as { __landed: boolean }).__landed = true;
      });
      await page
        .getByRole('navigation', { name: 'Docs sidebar' })
        .locator(`a[href="${url.pathname}"]`)
        .click();
      await page.waitForURL((current) => current.pathname === url.pathname);
      await figure.waitFor({ state: 'attached' });
      const sameDocument = await page.evaluate(
        () => (window as unknown as { __landed?: boolean }).__landed === true,
      );
      if (!sameDocument)
        throw new Error('the sidebar link reloaded the page: not a client-side navigation');
    } else {
      const target = new URL(url);
      if (pathKey === 'query-link') target.searchParams.set('sdk', 'typescript');
      await page.goto(target.href, { waitUntil: 'load' });
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    }
    // The path's promise: the page opened on TypeScript, no tab was clicked.
    await figure
      .getByRole('tab', { name: 'TypeScript', exact: true, selected: true })
      .waitFor({ state: 'attached', timeout: 10_000 });
    await page.evaluate(installRunProbe, snippetId);

    await scrollAndRunWithoutHover(figure);
    const cold = await waitForFirstLine(figure, 0);
    await waitForFinish(figure);
    await page.waitForTimeout(typeScriptRun.readMs);
    await scrollAndRunWithoutHover(figure);
    const warm = await waitForFirstLine(figure, 1);
    await waitForFinish(figure);
    return { coldMs: cold.ms, warmMs: warm.ms, firstLine: cold.text };
  } finally {
    await context.close();
  }
}
