/**
 * Gives the worker an in-memory `localStorage` before anything else loads. Workers have none, and
 * msw's cookie store requires one in any non-Node environment: without it, importing msw throws
 * ("Failed to create a CookieStore"). The store is the worker's own memory, gone with the worker,
 * and never the page's storage.
 *
 * Import this module first in worker.ts: module evaluation follows import order.
 */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }

  clear(): void {
    this.#items.clear();
  }

  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.#items.delete(String(key));
  }

  setItem(key: string, value: string): void {
    this.#items.set(String(key), String(value));
  }
}

if (typeof globalThis.localStorage === 'undefined') {
  Object.defineProperty(globalThis, 'localStorage', {
    value: new MemoryStorage(),
    configurable: true,
    writable: true,
  });
}

export {};
