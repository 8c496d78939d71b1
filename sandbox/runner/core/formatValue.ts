/**
 * A small `util.inspect`: turns any value the reader's code logs or returns into text, in the
 * worker, so only strings cross to the page. Objects are pretty-printed (class name, nested
 * indentation past 72 columns), with depth, width and cycle limits so a huge or cyclic value
 * cannot blow up the output.
 */

export interface FormatOptions {
  /** Nesting levels shown before `[Object]`. */
  depth?: number;
  /** Entries shown per array/object/map before "… n more". */
  maxEntries?: number;
  /** Characters of a string shown before it is cut. */
  maxString?: number;
}

/**
 * Export names of the sandbox's classes. The production build minifies class names (the SDK's
 * `OAuthProviderError` may run as `u`), so names come from the module's exports instead.
 */
const knownClassNames = new Map<unknown, string>();

/**
 * Registers every class a module exports under its export name, and gives the class that name
 * back (`Function.name` is configurable): the SDK's `this.name = new.target.name`, and so
 * `String(error)` in the reader's code, then say `OAuthProviderError`, not `u`.
 */
export function registerClassNames(namespace: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(namespace)) {
    if (typeof value !== 'function' || !value.prototype) continue;
    knownClassNames.set(value, name);
    if (value.name !== name) {
      try {
        Object.defineProperty(value, 'name', { value: name, configurable: true });
      } catch {
        // A frozen function keeps its name; the lookup above still finds the export name.
      }
    }
  }
}

/** The name of an object's own class: the export name for sandbox classes, else its `name`. */
export function classNameOf(value: object): string | undefined {
  const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  if (prototype === null) return '[Object: null prototype]';
  const known = knownClassNames.get(prototype.constructor);
  if (known) return known;
  const name = prototype.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

const defaults: Required<FormatOptions> = { depth: 4, maxEntries: 100, maxString: 10_000 };
const lineWidth = 72;

/** Like console.log's handling of one argument: strings as they are, other values inspected. */
export function formatArg(value: unknown, options?: FormatOptions): string {
  return typeof value === 'string' ? value : formatValue(value, options);
}

/**
 * Formats console arguments like browsers and Node do: `%s %d %i %f %o %O %j %c` substitutions in
 * a leading string, then the remaining arguments separated by spaces.
 */
export function formatConsoleArgs(args: unknown[], options?: FormatOptions): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  let head: string;
  if (typeof first === 'string' && /%[sdifoOjc%]/.test(first)) {
    head = first.replace(/%([sdifoOjc%])/g, (match, spec: string) => {
      if (spec === '%') return '%';
      if (rest.length === 0) return match;
      const arg = rest.shift();
      switch (spec) {
        case 's':
          return typeof arg === 'string' ? arg : formatValue(arg, { ...options, depth: 1 });
        case 'd':
        case 'i': {
          if (typeof arg === 'bigint') return `${arg}n`;
          const number = Number(arg);
          return String(spec === 'i' ? Math.trunc(number) : number);
        }
        case 'f':
          return String(Number(arg));
        case 'j':
          try {
            return JSON.stringify(arg);
          } catch {
            return '[Circular]';
          }
        case 'c':
          return '';
        default:
          return formatValue(arg, options);
      }
    });
  } else {
    head = formatArg(first, options);
  }
  return [head, ...rest.map((arg) => formatArg(arg, options))].join(' ');
}

/** Inspects one value: strings quoted, objects expanded. */
export function formatValue(value: unknown, options?: FormatOptions): string {
  const settings = { ...defaults, ...options };
  return new Formatter(settings).format(value, 0);
}

function quote(text: string, maxString: number): string {
  const cut = text.length > maxString;
  const shown = cut ? text.slice(0, maxString) : text;
  const escaped = shown
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  const body =
    escaped.includes("'") && !escaped.includes('"')
      ? `"${escaped}"`
      : `'${escaped.replace(/'/g, "\\'")}'`;
  return cut ? `${body}… (${text.length - maxString} more characters)` : body;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

function formatKey(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return identifier.test(key) ? key : `'${key.replace(/'/g, "\\'")}'`;
}

const className = classNameOf;

class Formatter {
  readonly #seen: object[] = [];

  constructor(private readonly settings: Required<FormatOptions>) {}

  format(value: unknown, level: number): string {
    switch (typeof value) {
      case 'string':
        return quote(value, this.settings.maxString);
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint':
        return `${value}n`;
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'undefined';
      case 'symbol':
        return value.toString();
      case 'function': {
        const source = Function.prototype.toString.call(value);
        const name = value.name || '(anonymous)';
        return source.startsWith('class') ? `[class ${name}]` : `[Function: ${name}]`;
      }
      default:
        break;
    }
    if (value === null) return 'null';
    const object = value as object;
    if (this.#seen.includes(object)) return '[Circular]';
    this.#seen.push(object);
    try {
      return this.#formatObject(object, level);
    } finally {
      this.#seen.pop();
    }
  }

  #formatObject(value: object, level: number): string {
    if (value instanceof Error) return this.#formatError(value, level);
    if (value instanceof Date) {
      return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    }
    if (value instanceof RegExp) return String(value);
    if (typeof URL !== 'undefined' && value instanceof URL) return `URL '${value.href}'`;
    if (typeof URLSearchParams !== 'undefined' && value instanceof URLSearchParams) {
      return `URLSearchParams '${value.toString()}'`;
    }
    if (value instanceof Promise) return 'Promise { … }';
    if (value instanceof WeakMap || value instanceof WeakSet) return `${className(value)} { … }`;
    if (typeof Headers !== 'undefined' && value instanceof Headers) {
      return this.#wrap(
        'Headers',
        [...value.entries()].map(([k, v]) => `${quote(k, 200)} => ${quote(v, 200)}`),
        level,
      );
    }
    if (typeof Response !== 'undefined' && value instanceof Response) {
      return `Response { status: ${value.status}, statusText: ${quote(value.statusText, 200)}, url: ${quote(value.url, 500)} }`;
    }
    if (typeof Request !== 'undefined' && value instanceof Request) {
      return `Request { method: '${value.method}', url: ${quote(value.url, 500)} }`;
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const array = value as unknown as ArrayLike<number | bigint>;
      const name = className(value) ?? 'TypedArray';
      if (level > this.settings.depth) return `[${name}]`;
      const items = Array.from(
        { length: Math.min(array.length, this.settings.maxEntries) },
        (_, i) => this.format(array[i], level + 1),
      );
      if (array.length > this.settings.maxEntries)
        items.push(`… ${array.length - this.settings.maxEntries} more items`);
      return this.#wrap(`${name}(${array.length})`, items, level, '[', ']');
    }
    if (value instanceof Map) {
      if (level > this.settings.depth) return '[Map]';
      const items: string[] = [];
      for (const [key, item] of value) {
        if (items.length >= this.settings.maxEntries) {
          items.push(`… ${value.size - this.settings.maxEntries} more items`);
          break;
        }
        items.push(`${this.format(key, level + 1)} => ${this.format(item, level + 1)}`);
      }
      return this.#wrap(`Map(${value.size})`, items, level);
    }
    if (value instanceof Set) {
      if (level > this.settings.depth) return '[Set]';
      const items: string[] = [];
      for (const item of value) {
        if (items.length >= this.settings.maxEntries) {
          items.push(`… ${value.size - this.settings.maxEntries} more items`);
          break;
        }
        items.push(this.format(item, level + 1));
      }
      return this.#wrap(`Set(${value.size})`, items, level);
    }
    if (Array.isArray(value)) {
      if (level > this.settings.depth) return '[Array]';
      const shown = Math.min(value.length, this.settings.maxEntries);
      const items: string[] = [];
      for (let index = 0; index < shown; index++) {
        items.push(index in value ? this.format(value[index], level + 1) : '<empty>');
      }
      if (value.length > shown) items.push(`… ${value.length - shown} more items`);
      const name = className(value);
      return this.#wrap(name === 'Array' ? '' : `${name}(${value.length})`, items, level, '[', ']');
    }
    const name = className(value);
    const prefix = name === 'Object' ? '' : (name ?? '');
    if (level > this.settings.depth) return `[${prefix || 'Object'}]`;
    return this.#wrap(prefix, this.#entries(value, level), level);
  }

  #entries(value: object, level: number, skip: ReadonlySet<string> = new Set()): string[] {
    const keys = Reflect.ownKeys(value).filter((key) => {
      if (typeof key === 'string' && skip.has(key)) return false;
      return Object.getOwnPropertyDescriptor(value, key)?.enumerable ?? false;
    });
    const items: string[] = [];
    for (const key of keys.slice(0, this.settings.maxEntries)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
      const shown =
        'value' in descriptor
          ? this.format(descriptor.value, level + 1)
          : descriptor.get && descriptor.set
            ? '[Getter/Setter]'
            : descriptor.get
              ? '[Getter]'
              : '[Setter]';
      items.push(`${formatKey(key)}: ${shown}`);
    }
    if (keys.length > this.settings.maxEntries)
      items.push(`… ${keys.length - this.settings.maxEntries} more properties`);
    return items;
  }

  #formatError(error: Error, level: number): string {
    const head = errorHeadline(error);
    const extra =
      level > this.settings.depth
        ? []
        : this.#entries(error, level, new Set(['stack', 'message', 'name']));
    return extra.length === 0 ? head : `${head} ${this.#wrap('', extra, level)}`;
  }

  #wrap(prefix: string, items: string[], level: number, open = '{', close = '}'): string {
    const lead = prefix ? `${prefix} ` : '';
    if (items.length === 0) return `${lead}${open}${close}`;
    const oneLine = `${lead}${open} ${items.join(', ')} ${close}`;
    if (oneLine.length + level * 2 <= lineWidth && !oneLine.includes('\n')) return oneLine;
    const indent = '  '.repeat(level + 1);
    // Nested values were formatted at their own level, so their inner lines are already indented.
    const inner = items.map((item) => `${indent}${item}`);
    return `${lead}${open}\n${inner.join(',\n')}\n${'  '.repeat(level)}${close}`;
  }
}

/** `OAuthProviderError: Client authentication failed` (name from the class if not set). */
export function errorHeadline(error: Error): string {
  const name = errorName(error);
  return error.message ? `${name}: ${error.message}` : name;
}

/** `OAuthProviderError`, `TypeError`, …: the export name of a sandbox class, else `name`. */
export function errorName(error: Error): string {
  const known = knownClassNames.get(Object.getPrototypeOf(error)?.constructor);
  if (known) return known;
  if (error.name && error.name !== 'Error') return error.name;
  return classNameOf(error) ?? 'Error';
}
