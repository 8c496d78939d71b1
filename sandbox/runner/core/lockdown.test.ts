import { describe, expect, it } from 'vitest';
import { closeMembers, lockdown } from './lockdown';

/** A small stand-in for a worker's global: members on prototypes, as browsers define them. */
function fakeWorkerScope() {
  class StorageManager {
    getDirectory() {
      return 'the origin private file system';
    }
  }
  class LockManager {
    request() {
      return 'a lock';
    }
  }
  class FontFace {
    load() {
      return 'a font from the network';
    }
  }
  class WorkerNavigator {
    get storage() {
      return new StorageManager();
    }
    get locks() {
      return new LockManager();
    }
    get userAgent() {
      return 'test';
    }
  }
  class WorkerGlobalScope {
    fetch() {
      return 'the network';
    }
    importScripts() {
      return 'loaded';
    }
    postMessage() {
      return 'posted';
    }
    get indexedDB() {
      return { open: () => 'a database' };
    }
  }
  const scope = new WorkerGlobalScope() as unknown as Record<string, unknown>;
  Object.assign(scope, {
    navigator: new WorkerNavigator(),
    StorageManager,
    LockManager,
    FontFace,
    setTimeout,
    setInterval,
  });
  return { scope, StorageManager, WorkerNavigator, WorkerGlobalScope, FontFace };
}

const closed = /is not available in the sandbox/;

describe('lockdown', () => {
  it('closes navigator.storage and navigator.locks on the prototype too, not only the instance', () => {
    const { scope, WorkerNavigator, StorageManager } = fakeWorkerScope();
    lockdown(scope as unknown as typeof globalThis, fetch);
    const navigator = scope.navigator as object;
    expect(() => (navigator as { storage: unknown }).storage).toThrow(closed);
    const viaPrototype = Object.getOwnPropertyDescriptor(WorkerNavigator.prototype, 'storage')!;
    expect(() => viaPrototype.get!.call(navigator)).toThrow(closed);
    expect(() =>
      Object.getOwnPropertyDescriptor(WorkerNavigator.prototype, 'locks')!.get!.call(navigator),
    ).toThrow(closed);
    // An instance obtained some other way is no use either.
    expect(() => StorageManager.prototype.getDirectory.call({})).toThrow(closed);
    expect(() => new (scope.StorageManager as new () => unknown)()).toThrow(closed);
    expect((navigator as { userAgent: string }).userAgent).toBe('test');
  });

  it('closes importScripts and indexedDB wherever they live, and FontFace loads', () => {
    const { scope, WorkerGlobalScope, FontFace } = fakeWorkerScope();
    lockdown(scope as unknown as typeof globalThis, fetch);
    expect(() => (scope.importScripts as () => unknown)()).toThrow(closed);
    expect(() => WorkerGlobalScope.prototype.importScripts.call(scope)).toThrow(closed);
    expect(() => scope.indexedDB).toThrow(closed);
    expect(() => new (scope.FontFace as new () => unknown)()).toThrow(closed);
    expect(() => FontFace.prototype.load.call({})).toThrow(closed);
  });

  it("answers fetch from the sandbox on the global's prototype too", () => {
    const { scope, WorkerGlobalScope } = fakeWorkerScope();
    const sandboxFetch = (() => 'the mock server') as unknown as typeof fetch;
    lockdown(scope as unknown as typeof globalThis, sandboxFetch);
    expect((scope.fetch as () => unknown)()).toBe('the mock server');
    expect(WorkerGlobalScope.prototype.fetch.call(scope)).toBe('the mock server');
  });

  it('cannot be undone: the closed members are not configurable', () => {
    const { scope, WorkerNavigator } = fakeWorkerScope();
    lockdown(scope as unknown as typeof globalThis, fetch);
    expect(() =>
      Object.defineProperty(WorkerNavigator.prototype, 'storage', { get: () => 'open again' }),
    ).toThrow(TypeError);
    expect(() => Object.defineProperty(scope, 'fetch', { value: () => 'real' })).toThrow(TypeError);
  });

  it('closeMembers hides the channel to the page on the global and its prototype', () => {
    const { scope, WorkerGlobalScope } = fakeWorkerScope();
    closeMembers(scope, ['postMessage']);
    expect(() => (scope.postMessage as () => unknown)()).toThrow(/postMessage is not available/);
    expect(() => WorkerGlobalScope.prototype.postMessage.call(scope)).toThrow(/postMessage/);
  });

  it('accepts functions only in setTimeout: a string of code is refused', () => {
    const { scope } = fakeWorkerScope();
    lockdown(scope as unknown as typeof globalThis, fetch);
    expect(() => (scope.setTimeout as (code: string) => unknown)('alert(1)')).toThrow(
      /needs a function/,
    );
  });
});
