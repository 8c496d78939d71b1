import { intrinsics } from '../../../sandbox/runner/core/intrinsics';

/**
 * Makes every JavaScript error's `stack` a string: an error without one reads `Name: message`.
 *
 * Pyodide turns a JavaScript error Python awaits or calls into a `JsException` only if its
 * `stack` is a string. One without (WebKit's refusal of a dynamic `import()` has none; code can
 * `delete error.stack` anywhere) fails that conversion ("TypeError: invalid exception object",
 * unhandled), the awaiting coroutine never resumes, and the run waits for the time limit instead
 * of raising (issue 22). Errors that have a stack keep it: V8's and JavaScriptCore's own property
 * comes first, and SpiderMonkey's accessor on `Error.prototype` is called as before.
 */
export function giveErrorsAStack(prototype: object = Error.prototype): void {
  const own = intrinsics.getOwnPropertyDescriptor(prototype, 'stack');
  const read = (error: object): unknown => {
    if (own === undefined) return undefined;
    return own.get ? intrinsics.apply(own.get, error, []) : own.value;
  };
  intrinsics.defineProperty(prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get(this: object) {
      const stack = read(this);
      return typeof stack === 'string' ? stack : firstLine(this);
    },
    set(this: object, value: unknown) {
      if (own?.set) {
        intrinsics.apply(own.set, this, [value]);
        return;
      }
      intrinsics.defineProperty(this, 'stack', {
        value,
        writable: true,
        configurable: true,
        enumerable: false,
      });
    },
  });
}

/** `Name: message`, as a stack's first line; what the error's own members allow. */
function firstLine(error: object): string {
  try {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const title = typeof name === 'string' && name !== '' ? name : 'Error';
    return typeof message === 'string' && message !== '' ? `${title}: ${message}` : title;
  } catch {
    return 'Error';
  }
}
