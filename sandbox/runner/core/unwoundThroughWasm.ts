import { intrinsics } from './intrinsics';

/**
 * Whether an uncaught error came out of a WebAssembly interpreter mid-call: a trap, or a
 * JavaScript error (a stack overflow, an exception from a bridge call the interpreter does not
 * catch) thrown through its frames. Such an interpreter is left halfway through a call, and what
 * it was running never returns: PHP's `pib_run`, a Go program's goroutines. The stack is read with
 * the worker's own copies of the built-ins, which the reader's code cannot replace.
 */
export function unwoundThroughWasm(error: unknown): boolean {
  if (typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError) return true;
  let stack: unknown;
  try {
    stack = (error as { stack?: unknown } | null)?.stack;
  } catch {
    return false;
  }
  return typeof stack === 'string' && intrinsics.indexOf(stack, 'wasm://') !== -1;
}
