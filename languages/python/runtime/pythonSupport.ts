import { needsWebAssembly } from '../../needsWebAssembly';

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
export const pythonSupport = needsWebAssembly('Python');
