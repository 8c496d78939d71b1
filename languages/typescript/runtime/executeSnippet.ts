import { errorName, formatValue } from '../../../sandbox/runner/core/formatValue';
import type { ErrorView } from '../../../sandbox/runner/core/protocol';

/** The name stack traces give the reader's code (`//# sourceURL`). */
export const snippetUrl = 'snippet.ts';

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

/**
 * Lines the engine puts before a function body built from strings
 * ("function anonymous(a\n) {\n" in V8: 2). Measured once with a plain Function, whose header has
 * the same shape as the async one's, rather than assumed.
 */
const bodyLineOffset = (() => {
  try {
    const probe = new Function(`return new Error('probe').stack;\n//# sourceURL=${snippetUrl}`);
    const found = parseSnippetLine(String(probe()));
    return found ? found.line - 1 : 2;
  } catch {
    return 2;
  }
})();

export type ModuleMap = Record<string, unknown>;

export interface ExecuteOptions {
  /** Transpiled code (CommonJS-style requires, top-level await allowed). */
  code: string;
  modules: ModuleMap;
  console: Console;
}

/**
 * Runs transpiled snippet code as the body of an async function, with `require` resolving only
 * the sandbox's modules. Resolves with the snippet's top-level `return` value, or its
 * `export default`, if any.
 */
export async function executeSnippet({ code, modules, console }: ExecuteOptions): Promise<unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(modules, name)) return modules[name];
    const known = Object.keys(modules)
      .map((key) => `'${key}'`)
      .join(' and ');
    throw new Error(
      `Cannot find module '${name}': snippets in the sandbox can import ${known} only.`,
    );
  };
  const run = new AsyncFunction(
    'require',
    'module',
    'exports',
    'console',
    `${code}\n//# sourceURL=${snippetUrl}`,
  );
  const returned = await run(require, module, module.exports, console);
  if (returned !== undefined) return returned;
  return module.exports.default;
}

function parseSnippetLine(stack: string): { line: number; column: number } | undefined {
  const escaped = snippetUrl.replace(/\./g, '\\.');
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** Where in the reader's code an error was thrown, from its stack. */
export function locateError(error: unknown): { line: number; column: number } | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (!stack) return undefined;
  const found = parseSnippetLine(stack);
  if (!found) return undefined;
  return { line: Math.max(1, found.line - bodyLineOffset), column: found.column };
}

function stringProperty(value: unknown, key: string): string | undefined {
  const item = (value as Record<string, unknown> | null)?.[key];
  return typeof item === 'string' && item !== '' ? item : undefined;
}

/** Describes a thrown value for the page: class, message, OAuth error code, line. */
export function describeError(error: unknown): ErrorView {
  if (!(error instanceof Error)) {
    const text = `Uncaught ${formatValue(error)}`;
    return { name: typeof error, message: formatValue(error), text };
  }
  const name = errorName(error);
  const view: ErrorView = { name, message: error.message, text: '' };
  const code = stringProperty(error, 'code');
  if (code) view.code = code;
  const oauthError = stringProperty(error, 'error');
  if (oauthError) view.oauthError = oauthError;
  const status =
    (error as { statusCode?: unknown; status?: unknown }).statusCode ??
    (error as { status?: unknown }).status;
  if (typeof status === 'number') view.status = status;
  const where = locateError(error);
  if (where) {
    view.line = where.line;
    view.column = where.column;
  }
  const details = formatValue(error);
  const location = where ? ` (line ${where.line})` : '';
  view.text = `Uncaught ${details}${location}`;
  return view;
}
