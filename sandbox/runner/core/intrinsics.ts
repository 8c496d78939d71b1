/**
 * Built-ins as they were when the worker's own modules were evaluated, before any reader code ran
 * (issue 22). The reader's code shares the worker's realm and may replace
 * `String.prototype.toLowerCase`, `RegExp.prototype.exec`, `Array.prototype.map` or
 * `Headers.prototype.entries`; code that must not be fooled by that (masking secrets, what the
 * page is sent) calls these copies instead of the prototypes' current members.
 *
 * Methods are taken as plain functions of their receiver (`call.bind(method)`): calling one never
 * looks anything up on a prototype again. Regular expressions are only ever run through `exec`
 * here: `String.prototype.replace` and `split` with a pattern look `exec` and the flags up on the
 * pattern at each call, while the built-in `exec` reads the pattern's own `lastIndex` and its
 * internal flags only.
 */

const call = Function.prototype.call;

type Method<This, Args extends unknown[], Result> = (self: This, ...args: Args) => Result;

function uncurry<This, Args extends unknown[], Result>(
  method: (this: This, ...args: Args) => Result,
): Method<This, Args, Result> {
  return call.bind(method) as unknown as Method<This, Args, Result>;
}

const string = String.prototype;
const bodyOf = <T extends Request | Response>(prototype: T) => ({
  clone: uncurry(prototype.clone as (this: T) => T),
  text: uncurry(prototype.text as (this: T) => Promise<string>),
});

export const intrinsics = {
  toLowerCase: uncurry(string.toLowerCase as (this: string) => string),
  slice: uncurry(string.slice as (this: string, start?: number, end?: number) => string),
  indexOf: uncurry(string.indexOf as (this: string, search: string, from?: number) => number),
  exec: uncurry(RegExp.prototype.exec as (this: RegExp, text: string) => RegExpExecArray | null),
  join: uncurry(Array.prototype.join as (this: readonly unknown[], separator?: string) => string),
  apply: Reflect.apply,
  weakSetAdd: uncurry(
    WeakSet.prototype.add as (this: WeakSet<object>, value: object) => WeakSet<object>,
  ),
  weakSetHas: uncurry(WeakSet.prototype.has as (this: WeakSet<object>, value: object) => boolean),
  then: uncurry(
    Promise.prototype.then as (
      this: Promise<unknown>,
      onFulfilled: undefined,
      onRejected: (reason: unknown) => void,
    ) => Promise<unknown>,
  ),
  keys: Object.keys,
  isArray: Array.isArray,
  create: Object.create as (prototype: null) => Record<string, unknown>,
  defineProperty: Object.defineProperty,
  getOwnPropertyDescriptor: Object.getOwnPropertyDescriptor,
  setPrototypeOf: Object.setPrototypeOf,
  jsonParse: JSON.parse as (text: string) => unknown,
  jsonStringify: JSON.stringify as (value: unknown, replacer: null, space: number) => string,
  decodeURIComponent: globalThis.decodeURIComponent,
  atob: globalThis.atob.bind(globalThis),
  // Absent in a realm without fetch (none of ours); masking then has no bodies to read anyway.
  headersForEach:
    typeof Headers === 'function'
      ? uncurry(
          Headers.prototype.forEach as (
            this: Headers,
            callback: (value: string, name: string) => void,
          ) => void,
        )
      : undefined,
  request: typeof Request === 'function' ? bodyOf(Request.prototype) : undefined,
  response: typeof Response === 'function' ? bodyOf(Response.prototype) : undefined,
};

/** Appends to a list by defining the index: a setter on `Array.prototype` cannot catch it. */
export function append<T>(list: T[], item: T): void {
  intrinsics.defineProperty(list, list.length, {
    value: item,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * `text.replace(pattern, replacer)` for a global `pattern`, run through the captured `exec`: the
 * replacer gets each match (own properties of the array `exec` made).
 */
export function replaceMatches(
  text: string,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string,
): string {
  pattern.lastIndex = 0;
  let out = '';
  let last = 0;
  for (;;) {
    const match = intrinsics.exec(pattern, text);
    if (match === null) break;
    const whole = match[0];
    out += intrinsics.slice(text, last, match.index) + replacer(match);
    last = match.index + whole.length;
    if (whole.length === 0) pattern.lastIndex = last + 1;
  }
  return out + intrinsics.slice(text, last);
}

/** Whether `pattern` (not global) matches `text`, through the captured `exec`. */
export function matches(pattern: RegExp, text: string): boolean {
  return intrinsics.exec(pattern, text) !== null;
}

/** `text.split(separator)` for a plain string separator. */
export function splitText(text: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const at = intrinsics.indexOf(text, separator, from);
    if (at === -1) break;
    append(parts, intrinsics.slice(text, from, at));
    from = at + separator.length;
  }
  append(parts, intrinsics.slice(text, from));
  return parts;
}
