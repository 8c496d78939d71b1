/// <reference lib="webworker" />
/**
 * The Python runner's Web Worker: Pyodide with the Python reference SDK, answering the SDK's HTTP
 * from the same mock OAuth server (MSW handlers) as the TypeScript runner, and speaking the same
 * protocol to the page (`sandbox/runner/protocol.ts`). One worker serves one run; the page keeps a
 * spare booted, as for TypeScript.
 *
 * Python is synchronous and fetch is not: the SDK's transport waits with Pyodide's `run_sync`,
 * which needs JavaScript Promise Integration (JSPI). Without it the worker says so in `ready`.
 */
// First: msw needs a localStorage at import time (see the module's comment).
import '../../../runner/installMemoryStorage';
import * as environment from 'sandbox';
import sources from '@generated/python-runtime/default/sources.json';
import { demo } from '../../../mock-server';
import type { FromWorker } from '../../../runner/protocol';
import { WorkerSession } from '../../../runner/WorkerSession';
import { describePythonError } from './describePythonError';
import { pythonSupport } from './pythonSupport';

interface PyProxy {
  toJs?: () => unknown;
  destroy?: () => void;
}

interface Pyodide {
  runPythonAsync(
    code: string,
    options?: { filename?: string; globals?: PyProxy },
  ): Promise<unknown>;
  runPython(code: string, options?: { globals?: PyProxy }): unknown;
  registerJsModule(name: string, module: object): void;
  setStdout(options: { batched: (line: string) => void }): void;
  setStderr(options: { batched: (line: string) => void }): void;
  FS: {
    mkdirTree(path: string): void;
    writeFile(path: string, data: string): void;
  };
  globals: { get(name: string): (...args: unknown[]) => PyProxy };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Captured before lockdown hides them from the reader's code.
const session = new WorkerSession(scope.postMessage.bind(scope) as (message: FromWorker) => void);
const post = (message: FromWorker) => session.post(message);
const home = '/home/pyodide';

/** Where Pyodide believes its files are: answered from memory during boot, never fetched. */
const indexURL = 'https://pyodide.runner.invalid/';

const contentTypes: Record<string, string> = {
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
};

/**
 * Starts Pyodide from the files the page handed over (`runnerAssets`, set by the sandbox's
 * loader): the worker has no network. Its two ES modules are imported from blob: URLs made here,
 * and its own fetches of the WebAssembly binary, the standard library and the lock file are
 * answered from memory.
 */
async function loadRuntime(): Promise<Pyodide> {
  const assets = (scope as unknown as { runnerAssets?: Record<string, string | ArrayBuffer> })
    .runnerAssets;
  const asset = (name: string) => {
    const value = assets?.[name];
    if (value === undefined) throw new Error(`the page did not hand over Pyodide's ${name}`);
    return value;
  };
  // Pyodide refuses a classic worker, which it detects by importScripts working; this worker is
  // classic only because the sandbox's loader evaluates the bundle, whose chunks have all loaded
  // by now (and lockdown takes importScripts away before the reader's code runs anyway).
  Object.defineProperty(scope, 'importScripts', {
    value: () => {
      throw new TypeError('importScripts is not available in this worker');
    },
    configurable: true,
    writable: true,
  });
  const moduleUrl = (name: string) =>
    URL.createObjectURL(new Blob([asset(name)], { type: 'text/javascript' }));
  const asm = (await import(/* webpackIgnore: true */ moduleUrl('pyodide.asm.mjs'))) as {
    default: unknown;
  };
  const { loadPyodide } = (await import(/* webpackIgnore: true */ moduleUrl('pyodide.mjs'))) as {
    loadPyodide(options: { indexURL: string; createPyodideModule: unknown }): Promise<Pyodide>;
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
    return await loadPyodide({ indexURL, createPyodideModule: asm.default });
  } finally {
    scope.fetch = realFetch;
  }
}

/** Writes the SDK, the sandbox helper and the glue into Pyodide's home folder. */
function installSources(pyodide: Pyodide): void {
  for (const [file, source] of Object.entries(sources.files)) {
    // The runtime's own glue (runtime/pyodide_host.py) sits at the top level.
    const target = `${home}/${file.replace(/^runtime\//, '')}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    pyodide.FS.writeFile(target, source);
  }
}

let pyodide: Pyodide | undefined;

async function boot(): Promise<void> {
  pyodide = await loadRuntime();
  installSources(pyodide);
  pyodide.setStdout({ batched: (line) => session.output?.console('log', line) });
  pyodide.setStderr({ batched: (line) => session.output?.console('error', line) });
  pyodide.registerJsModule('runner_host', {
    fetch: async (method: string, url: string, headers: string, body: string | undefined) => {
      const response = await session.fetch(url, {
        method,
        headers: JSON.parse(headers) as Record<string, string>,
        ...(body !== undefined && body !== null && { body }),
        redirect: 'manual',
      });
      return {
        status: response.status,
        headers: [...response.headers],
        body: await response.text(),
      };
    },
    consent: (view: string) => session.askConsent(JSON.parse(view)),
    advance_clock: (seconds: number) => environment.clock.advance(seconds),
  });
  pyodide.runPython('import pyodide_host\npyodide_host.install()');
  // Warm the SDK's modules and one token request, so the reader's run starts at once.
  await pyodide.runPythonAsync(
    [
      'from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials',
      'from sdk.sdk_client import SdkClient',
      `SdkClient(client_credentials_auth_credentials=ClientCredentialsAuthCredentials(o_auth_client_id=${JSON.stringify(demo.clientId)}, o_auth_client_secret=${JSON.stringify(demo.clientSecret)})).http_ccg.fetch_token()`,
    ].join('\n'),
    { globals: pyodide.globals.get('dict')() },
  );
}

async function run(code: string, fileName: string): Promise<void> {
  if (!pyodide) return;
  const started = performance.now();
  session.lockdown(scope);
  try {
    await pyodide.runPythonAsync(code, {
      filename: fileName,
      globals: pyodide.globals.get('dict')(),
    });
    session.finish({ kind: 'ok', durationMs: performance.now() - started - session.consentMs });
  } catch (error) {
    const view = describePythonError(error, fileName);
    if (view.kind === 'syntax-error') {
      session.finish(view);
    } else {
      session.output?.console('error', view.error.text);
      session.finish({ ...view, durationMs: performance.now() - started - session.consentMs });
    }
  }
}

const support = pythonSupport();
// The page may send `run` before the runtime is up (a cold start): it waits for the boot, never
// interleaves with the warm-up's Python.
const booted: Promise<void> = support === undefined ? boot() : Promise.resolve();
session.listen(scope, booted, (message) => void run(message.code, message.fileName));
if (support !== undefined) {
  post({ type: 'ready', scenarios: session.scenarioViews(), unsupported: support });
} else {
  booted.then(
    () => post({ type: 'ready', ...session.readyInfo() }),
    (error: unknown) => {
      throw error instanceof Error ? error : new Error(String(error));
    },
  );
}
