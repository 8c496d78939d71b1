/**
 * Why this browser cannot run the Python examples, or undefined when it can. Python's SDK calls
 * are synchronous and the mock server answers through fetch (a promise): Pyodide bridges the two
 * with JavaScript Promise Integration (`WebAssembly.Suspending`), in Chromium since version 137.
 */
export function pythonSupport(): string | undefined {
  const webAssembly = globalThis.WebAssembly as { Suspending?: unknown } | undefined;
  if (webAssembly === undefined)
    return 'This browser has no WebAssembly, which Python in the page needs.';
  if (typeof webAssembly.Suspending !== 'function') {
    return 'This browser lacks WebAssembly JavaScript Promise Integration, which Python in the page needs (Chromium 137 or later has it); the code stays here to read and copy.';
  }
  return undefined;
}
