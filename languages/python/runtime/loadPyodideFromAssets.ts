/// <reference lib="webworker" />
import { importModuleText } from '../../../sandbox/runner/core/importModuleText';
import sources from '@generated/python-runtime/default/sources.json';

/** What the Python workers use of Pyodide's API. */
export interface Pyodide {
  runPythonAsync(
    code: string,
    options?: { filename?: string; globals?: PyProxy },
  ): Promise<unknown>;
  runPython(code: string, options?: { globals?: PyProxy }): unknown;
  registerJsModule(name: string, module: object): void;
  setStdout(options: { batched: (line: string) => void }): void;
  setStderr(options: { batched: (line: string) => void }): void;
  makeMemorySnapshot(): Uint8Array;
  FS: {
    mkdirTree(path: string): void;
    writeFile(path: string, data: string): void;
  };
  globals: { get(name: string): (...args: unknown[]) => PyProxy };
}

export interface PyProxy {
  toJs?: () => unknown;
  destroy?: () => void;
}

/** Pyodide's files by name (text for its scripts and lock file), as the page downloads them. */
export type PyodideAssets = Record<string, string | ArrayBuffer>;

/** The asset that holds the interpreter's memory snapshot, when the page has one. */
export const snapshotAsset = 'interpreter.snapshot';

/**
 * How to start: `makeSnapshot` keeps what a memory snapshot needs (only the snapshot worker);
 * `snapshot` restores the interpreter from one instead of initialising Python and importing the
 * SDK again (`pythonSnapshot.ts`).
 */
export interface StartOptions {
  makeSnapshot?: boolean;
  snapshot?: ArrayBuffer;
}

/** Where Pyodide believes its files are: answered from memory during boot, never fetched. */
const indexURL = 'https://pyodide.runner.invalid/';
const home = '/home/pyodide';

const contentTypes: Record<string, string> = {
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
};

/**
 * Starts Pyodide in this worker from files handed over by the page (no network needed): its two
 * ES modules are imported from their text (`importModuleText`), and its own fetches of the
 * WebAssembly binary, the standard library and the lock file are answered from memory.
 */
export async function loadPyodideFromAssets(
  assets: PyodideAssets | undefined,
  options: StartOptions = {},
): Promise<Pyodide> {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const asset = (name: string) => {
    const value = assets?.[name];
    if (value === undefined) throw new Error(`the page did not hand over Pyodide's ${name}`);
    return value;
  };
  // Pyodide refuses a classic worker, which it detects by importScripts working; these workers
  // are classic only because of how they are loaded (the sandbox's loader, or the bundler's
  // worker chunks), and every chunk they import has loaded by now.
  Object.defineProperty(scope, 'importScripts', {
    value: () => {
      throw new TypeError('importScripts is not available in this worker');
    },
    configurable: true,
    writable: true,
  });
  const importModule = (name: string) => importModuleText(asset(name) as string);
  const asm = (await importModule('pyodide.asm.mjs')) as {
    default: unknown;
  };
  const { loadPyodide } = (await importModule('pyodide.mjs')) as {
    loadPyodide(options: {
      indexURL: string;
      createPyodideModule: unknown;
      _makeSnapshot?: boolean;
      _loadSnapshot?: ArrayBuffer;
    }): Promise<Pyodide>;
  };
  const realFetch = scope.fetch;
  scope.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(indexURL)) return realFetch.call(scope, input, init);
    const name = url.slice(indexURL.length);
    const type = contentTypes[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    return new Response(asset(name), { headers: { 'content-type': type } });
  };
  try {
    return await loadPyodide({
      indexURL,
      createPyodideModule: asm.default,
      ...(options.makeSnapshot && { _makeSnapshot: true }),
      ...(options.snapshot && { _loadSnapshot: options.snapshot }),
    });
  } finally {
    scope.fetch = realFetch;
  }
}

/**
 * Writes the SDK, the sandbox helper and the glue into Pyodide's home folder. After a snapshot
 * too: the file system is not part of one, and tracebacks read their lines from these files.
 */
export function installSources(pyodide: Pyodide): void {
  for (const [file, source] of Object.entries(sources.files)) {
    // The runtime's own glue (runtime/pyodide_host.py) sits at the top level.
    const target = `${home}/${file.replace(/^runtime\//, '')}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    pyodide.FS.writeFile(target, source);
  }
}

/**
 * The modules of the SDK and the sandbox helper (`sdk.http.call_api`, `sandbox.browser`, …):
 * what a snapshot holds imported. Not the runtime's glue, which imports the worker's
 * JavaScript module and so must be imported after each start.
 */
export function sdkModules(): string[] {
  return Object.keys(sources.files)
    .filter((file) => /^(sdk|sandbox)\/.*\.py$/.test(file))
    .map((file) => file.replace(/(\/__init__)?\.py$/, '').replace(/\//g, '.'));
}
