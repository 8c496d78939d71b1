import { loadRuntime, runnableLanguage, type PageRunnableLanguage } from '../../../languages';
import type { RuntimeKind } from '../core/RuntimeKind';

export { runnerContentSecurityPolicy } from '../core/runnerContentSecurityPolicy';

/**
 * Starts the runner's Web Worker where the reader's code can reach neither the network nor the
 * site's storage, by what the browser enforces rather than by what the worker's own code hides:
 *
 * - **No network: a Content-Security-Policy.** A worker created from a local URL (`data:`,
 *   `blob:`) inherits the policy of the document that creates it (CSP 3 §4.2.2 / HTML "policy
 *   container"; a same-origin script URL would instead get the policy of its own response headers,
 *   which a static host may not let us set). So the worker is created by a hidden `srcdoc` iframe
 *   whose only content is a `<meta>` policy: `default-src 'none'` (no connect, font, img, media,
 *   script sources at all), `script-src 'unsafe-eval'` (the runner evaluates its code, the
 *   reader's code is an `AsyncFunction`), `worker-src data:`. The page itself keeps no policy, so
 *   the site's own scripts (Docusaurus inline scripts, search) are untouched.
 * - **No storage: an opaque origin.** The worker's URL is `data:`, so its origin is opaque:
 *   IndexedDB, the Cache API, OPFS (`navigator.storage`), Web Locks and cookies are denied or
 *   empty per worker, and nothing outlives it or reaches the site's origin.
 *
 * Since the worker may load nothing over the network, the page fetches the runner's own scripts
 * (the bundler's worker entry and the chunks it imports) and hands their text to a small loader
 * that evaluates them in place of `importScripts`. The chunks an entry needs are learnt from the
 * entry itself on the first boots (the loader reports the one it was not given, a boot each) and
 * remembered.
 *
 * If a host can set response headers, it can add the same policy for every page as a header, see
 * README.md "Hosting: Content-Security-Policy".
 */

/** What RunnerHost needs of a worker (a subset of `Worker`). */
export interface RunnerWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

/** Messages between the page and the loader, before the worker's own code runs. */
type LoaderMessage = { loader: 'need'; urls: string[] } | { loader: 'failed'; message: string };

/**
 * The worker's first script. It waits for the page's `boot` message with the scripts' text,
 * evaluates the entry, and stands in for `importScripts` with the texts it was given.
 */
const loaderSource = `"use strict";
self.onmessage = function boot(event) {
  var data = event.data;
  if (!data || data.loader !== "boot") return;
  self.onmessage = null;
  var scripts = data.scripts, missing = [], evaluate = eval;
  // Files a runtime needs besides its scripts (Pyodide's WebAssembly and standard library).
  self.runnerAssets = data.assets || {};
  function run(url) {
    evaluate(scripts[url] + "\\n//# sourceURL=" + url);
  }
  // A script it was not given fails as a real importScripts fails, by throwing at once: the
  // bundle's startup stops there, synchronously, inside run() below. Carrying on without it made
  // the startup's promise reject later, and Firefox reports a worker's unhandled rejection as a
  // page error even when the worker's "unhandledrejection" listener prevents it
  // ("s[e] is not a function", "o[e] is undefined": the chunk's modules missing; issue 21).
  self.importScripts = function importScripts() {
    for (var i = 0; i < arguments.length; i++) {
      var url = new URL(String(arguments[i]), data.base).href;
      if (!Object.prototype.hasOwnProperty.call(scripts, url)) {
        missing.push(url);
        throw new Error("the loader was not given " + url);
      }
      run(url);
    }
  };
  try {
    run(data.entry);
  } catch (error) {
    if (missing.length === 0) {
      postMessage({ loader: "failed", message: String(error && error.message || error) });
      return;
    }
  }
  if (missing.length === 0) return;
  // Asked for a script without stopping (a bundle that catches the throw): this worker is
  // discarded, so keep whatever fails next in it quiet rather than report it to the page.
  self.addEventListener("unhandledrejection", function (event) { event.preventDefault(); });
  self.addEventListener("error", function (event) { event.preventDefault(); });
  postMessage({ loader: "need", urls: missing });
};
`;

const loaderUrl = `data:text/javascript;charset=utf-8,${encodeURIComponent(loaderSource)}`;

/**
 * The URL of a runtime's bundled worker entry. Bundlers (webpack, rspack) compile a worker only
 * from the literal `new Worker(new URL('./worker.ts', import.meta.url))` (see each language's runtime/index.ts): the
 * expression runs with the global `Worker` swapped for a moment to read the URL it is given
 * instead of starting anything.
 */
function workerEntryUrl(kind: RuntimeKind): string {
  let captured: string | undefined;
  const RealWorker = globalThis.Worker;
  globalThis.Worker = function CaptureUrl(url: string | URL) {
    captured = String(url);
  } as unknown as typeof Worker;
  try {
    kind.start();
  } finally {
    globalThis.Worker = RealWorker;
  }
  if (!captured) throw new Error(`the ${kind.name} worker has no URL in this build`);
  return new URL(captured, document.baseURI).href;
}

const scriptTexts = new Map<string, Promise<string>>();

function scriptText(url: string): Promise<string> {
  let text = scriptTexts.get(url);
  if (!text) {
    text = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
      return response.text();
    });
    // A failed fetch is retried by the next boot.
    text.catch(() => scriptTexts.delete(url));
    scriptTexts.set(url, text);
  }
  return text;
}

const frames = new Map<string, Promise<Window>>();

/** The hidden document that creates runner workers under `policy`, so they inherit it. */
function sandboxFrame(policy: string): Promise<Window> {
  let frame = frames.get(policy);
  if (frame) return frame;
  frame = new Promise<Window>((resolve, reject) => {
    const element = document.createElement('iframe');
    element.hidden = true;
    element.tabIndex = -1;
    element.title = 'Runner sandbox';
    element.setAttribute('aria-hidden', 'true');
    element.dataset.runnerSandbox = '';
    const quoted = policy.replace(/"/g, '&quot;');
    element.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${quoted}"><title>Runner sandbox</title>`;
    element.addEventListener('load', () => {
      if (element.contentWindow) resolve(element.contentWindow);
      else reject(new Error('the runner sandbox frame did not load'));
    });
    document.body.append(element);
  });
  frames.set(policy, frame);
  frame.catch(() => frames.delete(policy));
  return frame;
}

const maxBootAttempts = 5;

/**
 * A Worker running the runner's bundle under the sandbox's policy, in an opaque origin. Messages
 * posted before it is up are queued. It dispatches `message`, `messageerror` and `error` like a
 * Worker; a boot failure is an `error` event whose `message` says why.
 */
class SandboxedWorker extends EventTarget implements RunnerWorker {
  #worker: Worker | undefined;
  /** Everything posted until the bundle answers, to send again if a boot has to be retried. */
  #unconfirmed: unknown[] = [];
  #confirmed = false;
  #terminated = false;

  readonly #kind: Promise<RuntimeKind>;

  /** `kind`: the language's runtime, in a chunk of its own (loaded once, with the first boot). */
  constructor(kind: Promise<RuntimeKind>) {
    super();
    this.#kind = kind;
    this.#boot(0).catch((error: unknown) => this.#fail(error));
  }

  postMessage(message: unknown): void {
    if (this.#terminated) return;
    if (!this.#confirmed) this.#unconfirmed.push(message);
    this.#worker?.postMessage(message);
  }

  terminate(): void {
    this.#terminated = true;
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#unconfirmed = [];
  }

  async #boot(attempt: number): Promise<void> {
    const kind = await this.#kind;
    const view = await sandboxFrame(kind.policy);
    const entry = workerEntryUrl(kind);
    const known = [entry, ...[...scriptTexts.keys()].filter((url) => url !== entry)];
    const [texts, assets] = await Promise.all([
      Promise.all(known.map(scriptText)),
      kind.assets?.() ?? {},
    ]);
    if (this.#terminated) return;
    const scripts: Record<string, string> = {};
    known.forEach((url, index) => {
      scripts[url] = texts[index]!;
    });
    const WorkerInFrame = (view as unknown as { Worker: typeof Worker }).Worker;
    const worker = new WorkerInFrame(loaderUrl, { name: kind.name });
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (this.#worker !== worker) return;
      const data = event.data as Partial<LoaderMessage> | null;
      if (!this.#confirmed && data && typeof data === 'object' && 'loader' in data) {
        void this.#onLoader(data as LoaderMessage, attempt).catch((error: unknown) =>
          this.#fail(error),
        );
        return;
      }
      // The bundle runs: from here on a loader-shaped message is just an ill-shaped message.
      this.#confirmed = true;
      this.#unconfirmed = [];
      this.dispatchEvent(new MessageEvent('message', { data: event.data }));
    });
    worker.addEventListener('messageerror', () => {
      if (this.#worker === worker) this.dispatchEvent(new Event('messageerror'));
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      if (this.#worker === worker)
        this.dispatchEvent(new ErrorEvent('error', { message: event.message }));
    });
    worker.postMessage({ loader: 'boot', base: document.baseURI, entry, scripts, assets });
    for (const message of this.#unconfirmed) worker.postMessage(message);
  }

  async #onLoader(message: LoaderMessage, attempt: number): Promise<void> {
    if (this.#terminated) return;
    // The worker that asked is of no further use: its bundle started without its chunks.
    this.#worker?.terminate();
    this.#worker = undefined;
    if (message.loader === 'failed' || attempt + 1 >= maxBootAttempts) {
      this.#fail(
        new Error(message.loader === 'failed' ? message.message : 'its scripts never loaded'),
      );
      return;
    }
    const urls = Array.isArray(message.urls) ? message.urls.map(String) : [];
    const origin = new URL(document.baseURI).origin;
    // Only the site's own scripts: the loader asked by URL, and it is the page that fetches.
    if (urls.some((url) => new URL(url).origin !== origin)) {
      this.#fail(new Error('it asked for a script from another origin'));
      return;
    }
    await Promise.all(urls.map(scriptText));
    // The messages already posted went to the discarded worker: #boot sends them again.
    await this.#boot(attempt + 1);
  }

  #fail(error: unknown): void {
    if (this.#terminated) return;
    const message = error instanceof Error ? error.message : String(error);
    this.dispatchEvent(
      new ErrorEvent('error', { message: `the runner failed to start: ${message}` }),
    );
  }
}

/** Starts a runner worker for `runtime` (see the module comment). Browser only. */
export function createRunnerWorker(runtime: PageRunnableLanguage = runnableLanguage): RunnerWorker {
  return new SandboxedWorker(loadRuntime(runtime));
}
