import { describe, expect, it } from 'vitest';
import { unwoundThroughWasm } from './unwoundThroughWasm';

describe('unwoundThroughWasm', () => {
  it('is true for a WebAssembly trap', () => {
    expect(unwoundThroughWasm(new WebAssembly.RuntimeError('unreachable'))).toBe(true);
  });

  it('is true for a JavaScript error thrown through an interpreter’s WebAssembly frames', () => {
    const overflow = new RangeError('Maximum call stack size exceeded');
    overflow.stack = `RangeError: Maximum call stack size exceeded
    at runtime.mallocgc (wasm://wasm/097f14d6:wasm-function[1684]:0x1522de)`;
    expect(unwoundThroughWasm(overflow)).toBe(true);
  });

  it('reads a WebAssembly frame as Firefox and WebKit write it too', () => {
    const firefox = new Error('thrown through the bridge');
    firefox.stack = `vrzno_eval@http://127.0.0.1:3000/php-wasm/0.1.0-1a2b/php-web.mjs:812:11
zif_vrzno_eval@http://127.0.0.1:3000/php-wasm/0.1.0-1a2b/php-web.mjs line 1 > WebAssembly.instantiate:wasm-function[9087]:0x5bb0a1`;
    const webkit = new RangeError('Maximum call stack size exceeded.');
    webkit.stack = `<?>.wasm-function[1684]@[wasm code]
wasm-stub@[wasm code]`;
    expect(unwoundThroughWasm(firefox)).toBe(true);
    expect(unwoundThroughWasm(webkit)).toBe(true);
  });

  it('is false for an error of the reader’s own JavaScript, and for values that are no errors', () => {
    expect(unwoundThroughWasm(new Error('thrown by a timer'))).toBe(false);
    expect(unwoundThroughWasm('wasm://')).toBe(false);
    expect(unwoundThroughWasm(undefined)).toBe(false);
  });

  it('is not fooled by a replaced String.prototype.indexOf', () => {
    const indexOf = String.prototype.indexOf;
    String.prototype.indexOf = () => -1;
    try {
      expect(unwoundThroughWasm({ stack: 'at f (wasm://wasm/1:wasm-function[2]:0x3)' })).toBe(true);
    } finally {
      String.prototype.indexOf = indexOf;
    }
  });
});
