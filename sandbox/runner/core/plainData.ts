/**
 * A small schema language for the plain data crossing the runner's worker boundary. A schema reads
 * a value and returns a fresh copy made only of what the schema names (own data properties, never
 * getters or prototypes), so what comes out is plain, of the page's own realm, and bounded.
 *
 * Two modes: `strict` (the page) rejects anything too long with a `ProtocolError` naming the path;
 * `cut` (the worker's posting layer) shortens long strings and lists instead, so a run's output
 * always fits what the page accepts.
 *
 * Built-ins are captured when the module loads: the worker evaluates this before the reader's
 * code, which may replace `Array.isArray`, `Object.prototype` accessors or `Array.prototype.push`.
 */
import { capText } from './outputCaps';

const isArray = Array.isArray;
const getOwnProperty = Object.getOwnPropertyDescriptor;
const defineProperty = Object.defineProperty;
const numberIsFinite = Number.isFinite;
const numberIsInteger = Number.isInteger;
const ErrorClass = Error;

/** A value that does not follow the protocol; `path` says where (`events[3].text`). */
export class ProtocolError extends ErrorClass {
  override readonly name = 'ProtocolError';

  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || 'the message'} ${problem}`);
  }
}

export type Mode = 'strict' | 'cut';

export type Schema<T> = (value: unknown, path: string, mode: Mode) => T;

/** The type a schema produces. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Appends without `Array.prototype.push` or an inherited index setter. */
function append<T>(list: T[], item: T): void {
  defineProperty(list, list.length, {
    value: item,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

export function string(max: number): Schema<string> {
  return (value, path, mode) => {
    if (typeof value !== 'string') throw new ProtocolError(path, `is ${describe(value)}, not text`);
    if (value.length <= max) return value;
    if (mode === 'cut') return capText(value, max);
    throw new ProtocolError(path, `is ${value.length} characters long, more than ${max}`);
  };
}

export function number(options: { integer?: boolean; min?: number } = {}): Schema<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !numberIsFinite(value))
      throw new ProtocolError(path, `is ${describe(value)}, not a finite number`);
    if (options.integer && !numberIsInteger(value))
      throw new ProtocolError(path, 'is not a whole number');
    if (options.min !== undefined && value < options.min)
      throw new ProtocolError(path, `is less than ${options.min}`);
    return value;
  };
}

export const boolean: Schema<boolean> = (value, path) => {
  if (typeof value !== 'boolean')
    throw new ProtocolError(path, `is ${describe(value)}, not true or false`);
  return value;
};

export function literal<const T extends string>(...values: T[]): Schema<T> {
  return (value, path) => {
    for (let index = 0; index < values.length; index++) {
      if (value === values[index]) return value as T;
    }
    throw new ProtocolError(path, `is not one of ${values.join(', ')}`);
  };
}

export function array<T>(item: Schema<T>, max: number): Schema<T[]> {
  return (value, path, mode) => {
    if (!isArray(value)) throw new ProtocolError(path, `is ${describe(value)}, not a list`);
    if (value.length > max && mode === 'strict')
      throw new ProtocolError(path, `has ${value.length} items, more than ${max}`);
    const out: T[] = [];
    const length = value.length > max ? max : value.length;
    for (let index = 0; index < length; index++) {
      const own = getOwnProperty(value, index);
      if (!own || !('value' in own)) throw new ProtocolError(`${path}[${index}]`, 'is missing');
      append(out, item(own.value, `${path}[${index}]`, mode));
    }
    return out;
  };
}

export function tuple<A, B>(first: Schema<A>, second: Schema<B>): Schema<[A, B]> {
  return (value, path, mode) => {
    if (!isArray(value) || value.length !== 2)
      throw new ProtocolError(path, 'is not a pair of values');
    return [
      first(own(value, 0, path), `${path}[0]`, mode),
      second(own(value, 1, path), `${path}[1]`, mode),
    ];
  };
}

function own(value: object, key: string | number, path: string): unknown {
  const descriptor = getOwnProperty(value, key);
  if (descriptor && !('value' in descriptor))
    throw new ProtocolError(`${path}.${key}`, 'is an accessor, not plain data');
  return descriptor?.value;
}

/** Marks a property that may be absent (or `undefined`). */
export interface Optional<T> {
  optional: Schema<T>;
}

export function optional<T>(schema: Schema<T>): Optional<T> {
  return { optional: schema };
}

type Shape = Record<string, Schema<unknown> | Optional<unknown>>;

type ObjectOf<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Schema<infer T>
    ? T
    : never;
} & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T>
    ? T
    : never;
};

/** A plain object with these properties; others are left out of the copy. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  const keys = Object.keys(shape);
  return (value, path, mode) => {
    if (value === null || typeof value !== 'object' || isArray(value))
      throw new ProtocolError(path, `is ${describe(value)}, not an object`);
    const out: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const rule = shape[key]!;
      const item = own(value, key, path);
      const where = path ? `${path}.${key}` : key;
      if (typeof rule === 'function') {
        defineProperty(out, key, {
          value: rule(item, where, mode),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else if (item !== undefined) {
        defineProperty(out, key, {
          value: rule.optional(item, where, mode),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    }
    return out as ObjectOf<S>;
  };
}

/** One of several object shapes, chosen by the string in `key` (`type`, `kind`). */
export function variant<K extends string, M extends Record<string, Schema<unknown>>>(
  key: K,
  members: M,
): Schema<Infer<M[keyof M]>> {
  const names = Object.keys(members);
  return (value, path, mode) => {
    if (value === null || typeof value !== 'object' || isArray(value))
      throw new ProtocolError(path, `is ${describe(value)}, not an object`);
    const tag = own(value, key, path);
    for (let index = 0; index < names.length; index++) {
      // Each member's shape names `key` itself (as a literal), so the copy keeps it.
      if (tag === names[index])
        return members[names[index]!]!(value, path, mode) as Infer<M[keyof M]>;
    }
    throw new ProtocolError(
      path ? `${path}.${key}` : key,
      `is ${typeof tag === 'string' ? `"${capText(tag, 40)}"` : describe(tag)}, not one of ${names.join(', ')}`,
    );
  };
}

/** A record of booleans, e.g. scenario name → on. */
export function flags(maxKeys: number, maxKeyChars: number): Schema<Record<string, boolean>> {
  return (value, path, mode) => {
    if (value === null || typeof value !== 'object' || isArray(value))
      throw new ProtocolError(path, `is ${describe(value)}, not an object`);
    const keys = Object.keys(value);
    if (keys.length > maxKeys) throw new ProtocolError(path, `has more than ${maxKeys} keys`);
    const out: Record<string, boolean> = {};
    for (let index = 0; index < keys.length; index++) {
      const key = string(maxKeyChars)(keys[index], `${path} key`, mode);
      defineProperty(out, key, {
        value: boolean(own(value, keys[index]!, path), `${path}.${key}`, mode),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return out;
  };
}
