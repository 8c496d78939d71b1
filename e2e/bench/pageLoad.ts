import type { Browser } from '@playwright/test';

export interface JsFile {
  /** Path on the site, e.g. "/assets/js/main.b84f47d1.js". */
  path: string;
  /** The gzip-encoded body (Resource Timing `encodedBodySize`). */
  bytes: number;
  /** Body plus response headers (Resource Timing `transferSize`): what DevTools shows as transferred. */
  transferred: number;
}

export interface PageLoadSample {
  /** JavaScript files whose response ended before the `load` event. */
  js: JsFile[];
  jsBytes: number;
  jsTransferred: number;
  fcpMs: number;
  lcpMs: number;
  /** Sum of (duration − 50 ms) over long tasks that started after FCP (Lighthouse's definition). */
  tbtMs: number;
  loadMs: number;
  /**
   * Site paths of the large in-page runtimes (Pyodide's, ruby.wasm's, php-wasm's, Yaegi's files,
   * their worker chunks) requested while the page loaded and sat idle, with no input: must be
   * none (they load on intent only).
   */
  runtimes: string[];
}

/**
 * Installed before any page script: records paint, LCP and long-task entries from the start.
 * (A `buffered` observer registered late misses long tasks, which are not buffered.)
 */
function installObservers() {
  const store = { lcp: 0, fcp: 0, longTasks: [] as { start: number; duration: number }[] };
  (window as unknown as { __bench: typeof store }).__bench = store;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') store.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      store.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Loads `url` in a fresh browser context (empty HTTP cache, as a first visit) and reads what the
 * page cost: JavaScript transferred until `load`, FCP, LCP and TBT. LCP and TBT are read once the
 * network has been idle for 500 ms plus one more second, with no input (input would end LCP).
 * `runtimePath` matches the large runtimes' files (see largeRuntimes.ts), none of which may load.
 */
export async function measurePageLoad(
  browser: Browser,
  url: string,
  runtimePath: RegExp,
): Promise<PageLoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript(installObservers);
    const page = await context.newPage();
    const runtimes = new Set<string>();
    const origin = new URL(url).origin;
    // Every request, workers' too (Chromium reports them to the page), not only `.js` until load.
    page.on('request', (request) => {
      const requestUrl = new URL(request.url());
      if (requestUrl.origin === origin && runtimePath.test(requestUrl.pathname)) {
        runtimes.add(requestUrl.pathname);
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const timings = await page.evaluate(() => {
      const store = (
        window as unknown as {
          __bench: { lcp: number; fcp: number; longTasks: { start: number; duration: number }[] };
        }
      ).__bench;
      const navigation = performance.getEntriesByType(
        'navigation',
      )[0] as PerformanceNavigationTiming;
      const loadAt = navigation.loadEventStart;
      const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => /\.m?js(\?|$)/.test(new URL(entry.name).pathname))
        .filter((entry) => entry.responseEnd <= loadAt)
        .map((entry) => ({
          path: new URL(entry.name).pathname,
          bytes: entry.encodedBodySize,
          transferred: entry.transferSize,
        }));
      const tbt = store.longTasks
        .filter((task) => task.start >= store.fcp)
        .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
      return {
        js,
        jsBytes: js.reduce((sum, file) => sum + file.bytes, 0),
        jsTransferred: js.reduce((sum, file) => sum + file.transferred, 0),
        fcpMs: store.fcp,
        lcpMs: store.lcp,
        tbtMs: tbt,
        loadMs: loadAt,
      };
    });
    return { ...timings, runtimes: [...runtimes] };
  } finally {
    await context.close();
  }
}
