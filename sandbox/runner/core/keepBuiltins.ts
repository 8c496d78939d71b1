/**
 * Fixes built-in members a runtime's own JavaScript glue calls on every exchange with its
 * interpreter, so the reader's code cannot replace them (issue 22). ruby.wasm's glue, for one,
 * copies each string into WebAssembly memory with `while (s.length > 0) { …; s = s.slice(read) }`:
 * with `String.prototype.slice` replaced by a function that returns its receiver, every string
 * Ruby receives from JavaScript loops forever, and the run hangs until the time limit.
 *
 * Only what the glue calls is fixed, each member keeping its value (the browser's own): the
 * reader's code may still replace everything else, and an assignment to a fixed member fails as
 * it does for any read-only property (silently, or a TypeError in strict code).
 */
export function keepBuiltins(members: readonly (readonly [object, PropertyKey])[]): void {
  for (const [owner, name] of members) {
    const own = Object.getOwnPropertyDescriptor(owner, name);
    if (!own || !('value' in own)) {
      throw new Error(`keepBuiltins: ${String(name)} is not a data property of its owner`);
    }
    Object.defineProperty(owner, name, { value: own.value, writable: false, configurable: false });
  }
}
