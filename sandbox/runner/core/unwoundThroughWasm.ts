import { intrinsics } from './intrinsics';

/**
 * Whether an uncaught error came out of a WebAssembly interpreter mid-call: a trap, or a
 * JavaScript error (a stack overflow, an exception from a bridge call the interpreter does not
 * catch) thrown through its frames. Such an interpreter is left halfway through a call, and what
 * it was running never returns: PHP's `pib_run`, a Go program's goroutines. The stack is read with
 * the worker's own copies of the built-ins, which the reader's code cannot replace, in the formats
 * of Chromium, Firefox and WebKit.
 */
export function unwoundThroughWasm(error: unknown): boolean {
  if (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError) return true;
  let stack: unknown;
  try {
    stack = (error as { stack?: unknown } | null)?.stack;
  } catch {
    return false;
  }
  if (typeof stack !== 'string') return false;
  // A WebAssembly frame as each engine writes it: Chromium `at f (wasm://wasm/1a2b:wasm-function[7]:0x3)`,
  // Firefox `f@https://…/php.mjs line 1 > WebAssembly.instantiate:wasm-function[7]:0x3`, WebKit
  // `<?>.wasm-function[7]@[wasm code]`.
  return (
    intrinsics.indexOf(stack, 'wasm://') !== -1 ||
    intrinsics.indexOf(stack, ':wasm-function[') !== -1 ||
    intrinsics.indexOf(stack, '@[wasm code]') !== -1
  );
}
