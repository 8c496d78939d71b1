/**
 * A language's `unsupportedHere` trait for a runtime that needs only WebAssembly (Pyodide,
 * ruby.wasm, php-wasm, Yaegi): the one line its tab shows instead of Run in a browser without
 * WebAssembly, or undefined. A property check, so it loads nothing.
 */
export function needsWebAssembly(label: string): () => string | undefined {
  return () =>
    globalThis.WebAssembly === undefined
      ? `${label} runs in the page with WebAssembly, which this browser does not offer; the code stays here to read and copy.`
      : undefined;
}
