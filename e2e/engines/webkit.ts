import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Builder, By, Capabilities, Key, type WebDriver } from 'selenium-webdriver';
import type { Engine, EnginePage } from './EnginePage';
import { viewport } from './firefox';
import { inPageHelpers } from './inPage';
import { freePort } from './serveBuild';

const driverPath = '/usr/bin/WebKitWebDriver';

/** Debian's MiniBrowser (package `webkit2gtk-driver` pulls it in), or `$MINIBROWSER`. */
function miniBrowserPath(): string | undefined {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!fs.existsSync(lib)) continue;
    for (const triplet of ['', ...fs.readdirSync(lib)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = path.join(lib, triplet, api, 'MiniBrowser');
        if (fs.existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

function xvfbPath(): string | undefined {
  return ['/usr/bin/Xvfb'].find((candidate) => fs.existsSync(candidate));
}

/**
 * Classic WebDriver has no console or error events (WebKitGTK's driver offers no WebDriver BiDi,
 * and MiniBrowser under automation ignores `enable-write-console-messages-to-stdout`). So the
 * suite puts this first in every HTML page it is served: it keeps each console error, uncaught
 * error, unhandled rejection and failed resource load in `window.__engineProblems`, from before
 * the site's own scripts run. The site is served unchanged otherwise.
 */
const captureProblems = `<script>(() => {
  const problems = [];
  Object.defineProperty(window, '__engineProblems', { value: problems });
  const text = (value) => {
    if (value instanceof Error) return value.message;
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch { return String(value); }
  };
  const error = console.error;
  console.error = function (...args) {
    problems.push('console.error: ' + args.map(text).join(' '));
    return error.apply(this, args);
  };
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) problems.push('uncaught: ' + event.message);
    else if (event.target && event.target !== window)
      problems.push('failed to load: ' + (event.target.src || event.target.href));
  }, true);
  addEventListener('unhandledrejection', (event) =>
    problems.push('unhandled rejection: ' + text(event.reason)));
})();</script>`;

/**
 * A loopback proxy in front of the served build: adds `captureProblems` to HTML pages and notes
 * every HTTP error response (what the Firefox suite learns from the protocol).
 */
function startCaptureProxy(target: string, port: number) {
  const httpProblems: string[] = [];
  const server = http.createServer((request, response) => {
    const headers = { ...request.headers };
    delete headers['accept-encoding'];
    const upstream = http.request(
      new URL(request.url ?? '/', target),
      { method: request.method, headers },
      (answer) => {
        const status = answer.statusCode ?? 502;
        if (status >= 400) httpProblems.push(`HTTP ${status}: ${request.url}`);
        if (!String(answer.headers['content-type']).startsWith('text/html')) {
          response.writeHead(status, answer.headers);
          answer.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const html = Buffer.concat(chunks)
            .toString('utf8')
            .replace(/<head>/i, (head) => head + captureProblems);
          const outgoing = { ...answer.headers, 'content-length': String(Buffer.byteLength(html)) };
          response.writeHead(status, outgoing);
          response.end(html);
        });
      },
    );
    upstream.on('error', (error) => {
      httpProblems.push(`proxy: ${request.url}: ${error.message}`);
      response.writeHead(502).end();
    });
    request.pipe(upstream);
  });
  return new Promise<{ baseURL: string; httpProblems: string[]; close(): Promise<void> }>(
    (resolve) =>
      server.listen(port, '127.0.0.1', () =>
        resolve({
          baseURL: `http://127.0.0.1:${port}`,
          httpProblems,
          close: () => new Promise((done) => server.close(() => done(undefined))),
        }),
      ),
  );
}

/** Xvfb on a display it picks itself (`-displayfd`), so suites on one machine never collide. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      xvfbPath()!,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    xvfb.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    xvfb.stdio[3]!.once('data', (chunk: Buffer) =>
      resolve({ display: `:${chunk.toString().trim()}`, process: xvfb }),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
}

async function waitForDriver(url: string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/**
 * WebKit as WebKitGTK ships it (Safari's engine): Debian's `WebKitWebDriver` driving `MiniBrowser`
 * in a virtual X display, over classic WebDriver (selenium-webdriver).
 */
export const webkit: Engine = {
  name: 'WebKit',
  // Measured here (2 loaded cores, MiniBrowser under Xvfb): most runs end within 25 s, but a
  // runtime's boot took more than 120 s four times in a full suite (a page's first PHP run twice,
  // a warm Ruby run twice; other Ruby boots took 107 to 119 s): WebKit compiles each worker's
  // 30-40 MB of WebAssembly afresh, on cores it shares with its software renderer.
  runStartMs: 300_000,
  // Every TypeScript and Python example; one each in Ruby, PHP and Go. All 29 of those three
  // took 25 of the 35 minutes a full WebKit run takes here (each page's first run boots a 13-40
  // MB runtime), too much for CI beside everything else; ENGINES_EVERY_EXAMPLE=1 runs them all.
  everyExampleOf: ['typescript', 'python'],
  // The containment cases: every one in TypeScript, those about reaching a host in Python (by
  // replay here). Each case starts a runtime once to three times: all of them took 9 min for
  // Python here, and a single Go case 260 s; Firefox runs every case of every language.
  containmentCases: { typescript: 'every', python: 'host' },
  missing() {
    if (!fs.existsSync(driverPath) || miniBrowserPath() === undefined) {
      return 'No WebKit for the engine tests: on Debian/Ubuntu `sudo apt-get install webkit2gtk-driver`.';
    }
    if (xvfbPath() === undefined) {
      return 'No virtual display for the WebKit tests: on Debian/Ubuntu `sudo apt-get install xvfb`.';
    }
    return undefined;
  },
  async launch(baseURL) {
    const stops: (() => Promise<unknown> | void)[] = [];
    const stop = async () => {
      for (const step of stops.reverse()) await step();
    };
    try {
      const xvfb = await startXvfb();
      stops.push(() => void xvfb.process.kill());
      const driverPort = await freePort();
      const driverProcess = spawn(driverPath, [`--port=${driverPort}`], {
        env: { ...process.env, DISPLAY: xvfb.display },
        stdio: 'ignore',
      });
      stops.push(() => void driverProcess.kill());
      const driverUrl = `http://127.0.0.1:${driverPort}`;
      await waitForDriver(driverUrl);
      const proxy = await startCaptureProxy(baseURL, await freePort());
      stops.push(() => proxy.close());
      const driver = await new Builder()
        .usingServer(driverUrl)
        .withCapabilities(
          new Capabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
          }),
        )
        .build();
      stops.push(() => driver.quit());
      await driver.manage().window().setRect(viewport);
      await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
      const capabilities = await driver.getCapabilities();
      return {
        version: `${capabilities.getBrowserName()}/${capabilities.getBrowserVersion()}`,
        page: webkitPage(driver, proxy.baseURL, proxy.httpProblems),
        close: stop,
      };
    } catch (error) {
      await stop();
      throw error;
    }
  },
};

function webkitPage(driver: WebDriver, baseURL: string, httpProblems: string[]): EnginePage {
  let earlier: string[] = [];
  const pageProblems = async (): Promise<string[]> => {
    try {
      return await driver.executeScript<string[]>(
        'return window.__engineProblems ? window.__engineProblems.splice(0) : []',
      );
    } catch (error) {
      return [`could not read the page's problems: ${(error as Error).message}`];
    }
  };
  /**
   * The element, scrolled to the middle of the viewport first: WebDriver's own scrolling brings it
   * only just into view, where the site's fixed navbar or a neighbour may cover its centre
   * (WebKitWebDriver then refuses the click as intercepted).
   */
  const element = async (selector: string) => {
    await driver.executeScript(
      'document.querySelector(arguments[0])?.scrollIntoView({ block: "center", inline: "nearest" })',
      selector,
    );
    return driver.findElement(By.css(selector));
  };
  return {
    async goto(path) {
      earlier.push(...(await pageProblems()));
      await driver.get(new URL(path, baseURL).href);
      await driver.wait(
        () =>
          driver.executeScript<boolean>('return !!document.querySelector("html[data-hydrated]")'),
        60_000,
        `${path} did not hydrate`,
      );
    },
    url: () => driver.getCurrentUrl(),
    evaluate: <T>(body: string, ...args: unknown[]) =>
      driver.executeScript<T>(`${inPageHelpers}\nreturn (${body})(...${JSON.stringify(args)});`),
    async click(selector) {
      await (await element(selector)).click();
    },
    async hover(selector) {
      await driver
        .actions()
        .move({ origin: await element(selector) })
        .perform();
    },
    async pressWithControl(key) {
      await driver.actions().keyDown(Key.CONTROL).sendKeys(key).keyUp(Key.CONTROL).perform();
    },
    async type(text) {
      await driver.actions().sendKeys(text).perform();
    },
    async takeProblems() {
      const taken = [...earlier, ...httpProblems.splice(0), ...(await pageProblems())];
      earlier = [];
      return taken;
    },
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
  };
}
