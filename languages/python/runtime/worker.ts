/// <reference lib="webworker" />
/**
 * The Python runner's Web Worker: Pyodide with the Python reference SDK, answering the SDK's HTTP
 * from the same mock OAuth server (MSW handlers) as the TypeScript runner, and speaking the same
 * protocol to the page (`sandbox/runner/protocol.ts`). One worker serves one run; the page keeps a
 * spare booted, as for TypeScript, restored from a memory snapshot of an interpreter that has
 * imported the SDK (`pythonSnapshot.ts`): a fresh interpreter per run, started in a fraction of
 * the time.
 *
 * Python is synchronous and fetch is not: the SDK's transport waits with Pyodide's `run_sync`,
 * which needs JavaScript Promise Integration (JSPI). Without it (WebKit) the worker runs each
 * program by replay (`ReplayRecord`, pyodide_host.py): stopped where it waits for an answer, run
 * again from the start once the answer is in, every earlier answer given from the record.
 */
// First: msw needs a localStorage at import time (see the module's comment).
import '../../../sandbox/runner/core/installMemoryStorage';
import * as environment from 'sandbox';
import { demo } from '../../../sandbox/mock-server';
import type { FromWorker } from '../../../sandbox/runner/core/protocol';
import { WorkerSession } from '../../../sandbox/runner/core/WorkerSession';
import { describePythonError } from './describePythonError';
import { giveErrorsAStack } from './giveErrorsAStack';
import {
  installSources,
  loadPyodideFromAssets,
  snapshotAsset,
  type Pyodide,
  type PyodideAssets,
} from './loadPyodideFromAssets';
import { hasJspi, pythonSupport } from './pythonSupport';
import { ReplayRecord, type Waits } from './ReplayRecord';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// So that every JavaScript error Python awaits or calls raises (see the module).
giveErrorsAStack();
// Captured before lockdown hides them from the reader's code.
const session = new WorkerSession(scope.postMessage.bind(scope) as (message: FromWorker) => void);
const post = (message: FromWorker) => session.post(message);

/**
 * Starts Pyodide from the files the page handed over (`runnerAssets`, set by the sandbox's
 * loader): restored from the page's snapshot, with the SDK already imported, when there is one.
 */
async function loadRuntime(): Promise<Pyodide> {
  const assets = (scope as unknown as { runnerAssets?: PyodideAssets }).runnerAssets;
  const snapshot = assets?.[snapshotAsset];
  let pyodide: Pyodide | undefined;
  if (snapshot instanceof ArrayBuffer) {
    // A snapshot that does not restore (say, a stored one gone bad) costs time, not the run.
    pyodide = await loadPyodideFromAssets(assets, { snapshot }).catch(() => undefined);
  }
  pyodide ??= await loadPyodideFromAssets(assets);
  installSources(pyodide);
  return pyodide;
}

let pyodide: Pyodide | undefined;
/** When the reader's run started; undefined before it. */
let runStartedAt: number | undefined;

const runDuration = () =>
  runStartedAt === undefined ? 0 : performance.now() - runStartedAt - session.consentMs;

/**
 * Pyodide's hook for a fatal error: a C stack overflow, a WebAssembly trap, `os._exit(n)` (an
 * `ExitStatus` with its `status`). After one the interpreter is unusable and the run's promise
 * may never settle, so the run is ended here, at once, saying what happened (issue 22). Fixed on
 * Pyodide's API object, which `pyodide_js._api` hands the reader's code: it cannot be unhooked.
 */
function reportFatalErrors(runtime: Pyodide): void {
  const api = (runtime as unknown as { _api?: Record<string, unknown> })._api;
  if (!api) return;
  Object.defineProperty(api, 'on_fatal', {
    value: (error: unknown) => {
      const status = (error as { status?: unknown } | null)?.status;
      if (typeof status === 'number') {
        session.exited(status, runDuration());
        return;
      }
      const message = (error as { message?: unknown } | null)?.message;
      session.crashed(typeof message === 'string' && message !== '' ? message : String(error));
    },
    writable: false,
    configurable: false,
  });
  for (const name of ['fatal_error', 'maybe_fatal_error']) {
    Object.defineProperty(api, name, { writable: false, configurable: false });
  }
}

/** `SystemExit`'s status, from the last line of its traceback (`SystemExit: 3`). */
function exitStatus(error: unknown): number | undefined {
  if ((error as { type?: unknown } | null)?.type !== 'SystemExit') return undefined;
  const text = String((error as { message?: unknown }).message ?? '').trimEnd();
  const argument = text.slice(text.lastIndexOf('\n') + 1).replace(/^SystemExit:?\s*/, '');
  if (argument === '' || argument === 'None') return 0;
  // `sys.exit("message")`: Python prints the message and exits with status 1.
  return /^-?\d+$/.test(argument) ? Number(argument) : 1;
}

/** What Python waits for: each answer is a promise, awaited by `run_sync` or by the replay. */
const waits: Waits = {
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
};

/** Runs Python code to its end: with JSPI in one go, else by replay (see the module comment). */
let runToEnd = (code: string, options: { filename?: string }) =>
  pyodide!.runPythonAsync(code, { ...options, globals: pyodide!.globals.get('dict')() });

async function boot(): Promise<void> {
  pyodide = await loadRuntime();
  reportFatalErrors(pyodide);
  const replay = hasJspi() ? undefined : new ReplayRecord(waits);
  const print = (level: 'log' | 'error') => (line: string) => {
    if (!replay || replay.shows()) session.output?.console(level, line);
  };
  pyodide.setStdout({ batched: print('log') });
  pyodide.setStderr({ batched: print('error') });
  pyodide.registerJsModule('runner_host', {
    ...waits,
    advance_clock: (seconds: number) => {
      environment.clock.advance(seconds);
      replay?.advanced(seconds);
    },
    replay_take: (kind: keyof Waits, args: string) => replay?.take(kind, args),
  });
  pyodide.runPython('import pyodide_host\npyodide_host.install()');
  if (replay) runToEnd = (code, options) => replay.runToEnd(pyodide!, code, options);
  // One token request warms what the snapshot cannot hold (the transport's JavaScript side, the
  // mock server's handlers; the SDK's modules too when starting without a snapshot), so the
  // reader's run starts at once.
  await runToEnd(
    [
      'from sdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials',
      'from sdk.sdk_client import SdkClient',
      `SdkClient(client_credentials_auth_credentials=ClientCredentialsAuthCredentials(o_auth_client_id=${JSON.stringify(demo.clientId)}, o_auth_client_secret=${JSON.stringify(demo.clientSecret)})).http_ccg.fetch_token()`,
    ].join('\n'),
    {},
  );
}

/** A JavaScript error, or a Python exception raised in a callback JavaScript called. */
function describeUncaught(error: unknown, fileName: string): string {
  if (typeof (error as { type?: unknown } | null)?.type === 'string') {
    const view = describePythonError(error, fileName);
    return view.kind === 'error' ? view.error.text : view.message;
  }
  if (error instanceof Error) return `Uncaught ${error.name}: ${error.message}`;
  return `Uncaught ${String(error)}`;
}

async function run(code: string, fileName: string): Promise<void> {
  if (!pyodide) return;
  runStartedAt = performance.now();
  session.catchUncaught(scope, (error) => describeUncaught(error, fileName));
  session.lockdown(scope);
  try {
    await runToEnd(code, { filename: fileName });
    session.finish({ kind: 'ok', durationMs: runDuration() });
  } catch (error) {
    const status = exitStatus(error);
    if (status !== undefined) {
      session.exited(status, runDuration());
      return;
    }
    const view = describePythonError(error, fileName);
    if (view.kind === 'syntax-error') {
      session.finish(view);
    } else {
      session.output?.console('error', view.error.text);
      session.finish({ ...view, durationMs: runDuration() });
    }
  }
}

const support = pythonSupport();
// The page may send `run` before the runtime is up (a cold start): it waits for the boot, never
// interleaves with the warm-up's Python.
const booted: Promise<void> = support === undefined ? boot() : Promise.resolve();
session.listen(scope, booted, (message) => run(message.code, message.fileName));
if (support !== undefined) {
  post({ type: 'ready', scenarios: session.scenarioViews(), unsupported: support });
} else {
  booted.then(
    () => post({ type: 'ready', ...session.readyInfo() }),
    (error: unknown) => {
      // Thrown from a task, not the promise: an uncaught error reaches the page as the worker's
      // "error" event and ends the run saying why; a rejection reached nobody, and the page
      // showed "Starting Python…" for ever (WebKit, issue 21).
      setTimeout(() => {
        throw error instanceof Error ? error : new Error(String(error));
      });
    },
  );
}
