/**
 * Closes every door from the worker to the network and to the page's storage before the reader's
 * code runs. `fetch` itself is replaced by the sandbox fetch (mock server only); everything else
 * that could reach a server, load code or read the site's data throws a clear error instead.
 *
 * Run it after the worker has loaded all of its own code: webpack/rspack load worker chunks with
 * `importScripts`, which this removes.
 */

const blockedConstructors = [
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
] as const;

const blockedFunctions = ['importScripts'] as const;

/** Storage the worker could otherwise share with the page's origin. */
const blockedObjects = ['indexedDB', 'caches', 'cookieStore'] as const;

function unavailable(name: string): string {
  return `${name} is not available in the sandbox: runs have no network and no storage. Use fetch, which the mock OAuth server answers.`;
}

function define(scope: object, name: string, value: unknown): void {
  try {
    Object.defineProperty(scope, name, { value, configurable: false, writable: false });
  } catch {
    // A non-configurable built-in we cannot replace: try plain assignment.
    try {
      (scope as Record<string, unknown>)[name] = value;
    } catch {
      // Leave it; the remaining doors are still closed.
    }
  }
}

export function lockdown(scope: typeof globalThis, sandboxFetch: typeof fetch): void {
  define(scope, 'fetch', sandboxFetch);
  for (const name of blockedConstructors) {
    if (!(name in scope)) continue;
    const message = unavailable(name);
    define(
      scope,
      name,
      class Blocked {
        constructor() {
          throw new TypeError(message);
        }
      },
    );
  }
  for (const name of blockedFunctions) {
    const message = unavailable(name);
    define(scope, name, () => {
      throw new TypeError(message);
    });
  }
  for (const name of blockedObjects) {
    if (!(name in scope)) continue;
    const message = unavailable(name);
    define(
      scope,
      name,
      new Proxy(
        {},
        {
          get() {
            throw new TypeError(message);
          },
        },
      ),
    );
  }
  const navigatorObject = (scope as { navigator?: object }).navigator;
  if (navigatorObject) {
    for (const name of ['storage', 'serviceWorker', 'locks', 'sendBeacon']) {
      if (name in navigatorObject) define(navigatorObject, name, undefined);
    }
  }
  // `setTimeout('code')` evaluates a string, a way around the transpiler: accept functions only.
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const original = scope[name] as (handler: unknown, ...rest: unknown[]) => number;
    define(scope, name, function timer(handler: unknown, ...rest: unknown[]) {
      if (typeof handler !== 'function') {
        throw new TypeError(`${name} needs a function in the sandbox, not a string of code.`);
      }
      return original.call(scope, handler, ...rest);
    });
  }
}
