/**
 * Closes every door from the worker to the network and to the page's storage before the reader's
 * code runs. `fetch` itself is replaced by the sandbox fetch (mock server only); everything else
 * that could reach a server, load code or read the site's data throws a clear error instead.
 *
 * Run it after the worker has loaded all of its own code: webpack/rspack load worker chunks with
 * `importScripts`, which this removes.
 */
import { intrinsics } from './intrinsics';
import { guardCallback } from './reportUncaught';

/**
 * Interfaces whose every method and accessor is closed, on the prototype (where `Object
 * .getPrototypeOf(navigator.storage)`-style code finds the original) and as a global
 * constructor. Each one reaches the network, outlives the run, or starts more code.
 */
const blockedInterfaces = [
  // Network.
  'XMLHttpRequest',
  'XMLHttpRequestUpload',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'RTCPeerConnection',
  'RTCDataChannel',
  'FontFace',
  'FontFaceSet',
  // More code, other threads.
  'Worker',
  'SharedWorker',
  'ServiceWorkerContainer',
  // Storage that could outlive the run or be shared with the site.
  'StorageManager',
  'StorageBucketManager',
  'LockManager',
  'FileSystemHandle',
  'FileSystemFileHandle',
  'FileSystemDirectoryHandle',
  'FileSystemSyncAccessHandle',
  'IDBFactory',
  'CacheStorage',
  'Cache',
  'CookieStore',
  'BroadcastChannel',
] as const;

/** Members of the worker's global (on it or its prototypes) that are closed. */
const blockedGlobals = ['importScripts', 'indexedDB', 'caches', 'cookieStore', 'fonts'] as const;

/** Members of `navigator` (on it or `WorkerNavigator.prototype`) that are closed. */
const blockedNavigator = [
  'storage',
  'storageBuckets',
  'locks',
  'serviceWorker',
  'sendBeacon',
] as const;

function unavailable(name: string): string {
  return `${name} is not available in the sandbox: runs have no network and no storage. Use fetch, which the mock OAuth server answers.`;
}

function thrower(name: string): () => never {
  const message = unavailable(name);
  return () => {
    throw new TypeError(message);
  };
}

function define(target: object, name: PropertyKey, descriptor: PropertyDescriptor): void {
  try {
    Object.defineProperty(target, name, { ...descriptor, configurable: false });
  } catch {
    // A non-configurable built-in we cannot replace: try plain assignment.
    try {
      (target as Record<PropertyKey, unknown>)[name] = descriptor.value ?? descriptor.get?.();
    } catch {
      // Leave it; the browser's policy (sandboxedWorker.ts) still holds.
    }
  }
}

/**
 * Replaces `name` on `target` and on every prototype of it that has its own `name`: replacing it
 * on the instance alone leaves the original one prototype away (`WorkerGlobalScope.prototype
 * .fetch` is the browser's own fetch whatever the global's says, issue 22).
 */
function replaceEverywhere(
  target: object,
  name: string,
  replacement: (own: PropertyDescriptor | undefined) => PropertyDescriptor,
): void {
  for (let current: object | null = target; current; current = Object.getPrototypeOf(current)) {
    const own = Object.getOwnPropertyDescriptor(current, name);
    if (!own && current !== target) continue;
    define(current, name, replacement(own));
  }
}

function closeEverywhere(target: object, name: string, label: string): void {
  const closed = thrower(label);
  replaceEverywhere(target, name, (own) =>
    own && typeof own.value === 'function' ? { value: closed } : { get: closed, set: undefined },
  );
}

/**
 * Closes members of the worker's global wherever they live (on it or its prototypes), with an
 * error naming them: the worker hides its own channel to the page (`postMessage`, `close`).
 */
export function closeMembers(scope: object, names: readonly string[]): void {
  for (const name of names) {
    if (name in scope) closeEverywhere(scope, name, name);
  }
}

/** Closes every method and accessor of an interface's prototype, and its constructor. */
function closeInterface(scope: Record<string, unknown>, name: string): void {
  const constructor = scope[name];
  if (typeof constructor !== 'function') return;
  const closed = thrower(name);
  const prototype = (constructor as { prototype?: object }).prototype;
  if (prototype) {
    for (const key of Reflect.ownKeys(prototype)) {
      if (key === Symbol.toStringTag) continue;
      const own = Object.getOwnPropertyDescriptor(prototype, key)!;
      define(
        prototype,
        key,
        'value' in own
          ? { value: key === 'constructor' ? blockedClass(name) : closed }
          : { get: closed },
      );
    }
  }
  define(scope, name, { value: blockedClass(name) });
}

function blockedClass(name: string): unknown {
  const message = unavailable(name);
  return class Blocked {
    constructor() {
      throw new TypeError(message);
    }
  };
}

/**
 * Closes, in the worker's own realm, what could reach the network, outlive the run or load code.
 * A second layer: the worker already runs under a policy with no network sources, in an opaque
 * origin with no storage (sandboxedWorker.ts); this gives the reader a clear error instead of a
 * browser refusal, and holds in Node's tests too.
 */
export function lockdown(scope: typeof globalThis, sandboxFetch: typeof fetch): void {
  replaceEverywhere(scope, 'fetch', () => ({ value: sandboxFetch }));
  const globals = scope as unknown as Record<string, unknown>;
  for (const name of blockedInterfaces) closeInterface(globals, name);
  closeMembers(scope, blockedGlobals);
  const navigatorObject = (scope as { navigator?: object }).navigator;
  if (navigatorObject) {
    for (const name of blockedNavigator) {
      if (name in navigatorObject) closeEverywhere(navigatorObject, name, `navigator.${name}`);
    }
  }
  // `setTimeout('code')` evaluates a string, a way around the transpiler: accept functions only.
  // Each callback runs guarded, so what it throws is reported as itself (reportUncaught.ts).
  const { apply } = intrinsics;
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const original = scope[name] as (handler: unknown, ...rest: unknown[]) => number;
    define(scope, name, {
      value: function timer(handler: unknown, ...rest: unknown[]) {
        if (typeof handler !== 'function') {
          throw new TypeError(`${name} needs a function in the sandbox, not a string of code.`);
        }
        return apply(original, scope, [guardCallback(handler as () => unknown), ...rest]);
      },
    });
  }
  const queueMicrotask = scope.queueMicrotask as (callback: () => void) => void;
  if (typeof queueMicrotask === 'function') {
    define(scope, 'queueMicrotask', {
      value: (callback: unknown) =>
        apply(queueMicrotask, scope, [
          typeof callback === 'function' ? guardCallback(callback as () => unknown) : callback,
        ]),
    });
  }
}
