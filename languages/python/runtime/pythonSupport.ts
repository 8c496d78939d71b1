/**
 * Whether Pyodide's `run_sync` can wait for a promise here: it needs WebAssembly JavaScript
 * Promise Integration (`WebAssembly.Suspending`), in Chromium since 137 and Firefox since 153 (MDN, bug 2044809).
 * Without it Python still runs, by replay (`ReplayRecord.ts`).
 */
export function hasJspi(): boolean {
  const webAssembly = globalThis.WebAssembly as { Suspending?: unknown } | undefined;
  return typeof webAssembly?.Suspending === 'function';
}

/** Why this browser cannot run the Python examples, or undefined when it can. */
export function pythonSupport(): string | undefined {
  if (globalThis.WebAssembly === undefined) {
    return 'Python runs in the page with WebAssembly, which this browser does not offer; the code stays here to read and copy.';
  }
  return undefined;
}
