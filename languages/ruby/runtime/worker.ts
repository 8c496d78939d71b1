/// <reference lib="webworker" />
/**
 * The Ruby runner's Web Worker: ruby.wasm with the Ruby reference SDK, answering the SDK's HTTP
 * from the same mock OAuth server (MSW handlers) as the TypeScript runner, and speaking the same
 * protocol to the page (`sandbox/runner/protocol.ts`). One worker serves one run; the page keeps
 * a spare booted (Ruby started, the SDK loaded, one token request made), as for TypeScript and
 * Python, so a run does not wait for Ruby's start.
 *
 * Ruby is synchronous and fetch is not: the SDK's Net::HTTP calls wait with ruby.wasm's
 * `JS::Object#await`, which suspends the VM (Asyncify) until the promise settles; the run is
 * entered with `callAsync`, which allows that.
 */
// First: msw needs a localStorage at import time (see the module's comment).
import '../../../sandbox/runner/core/installMemoryStorage';
import * as environment from 'sandbox';
import type { RbValue, RubyVM } from '@ruby/wasm-wasi/dist/vm';
import { demo } from '../../../sandbox/mock-server';
import type { FromWorker } from '../../../sandbox/runner/core/protocol';
import { WorkerSession } from '../../../sandbox/runner/core/WorkerSession';
import { keepBuiltins } from '../../../sandbox/runner/core/keepBuiltins';
import { describeRubyOutcome, type RubyRunAnswer } from './describeRubyOutcome';
import { loadRubyFromAssets, type RubyRuntime } from './loadRubyFromAssets';
import type { RubyAssets } from './rubyRuntimeAssets';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Captured before lockdown hides them from the reader's code.
const session = new WorkerSession(scope.postMessage.bind(scope) as (message: FromWorker) => void);

/** The request `RunnerHost.fetch` sends (runner_host.rb). */
interface RubyRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body?: string;
}

/** While the spare warms up, its token request goes unreported to the server the run will take. */
let hostFetch: typeof fetch = session.warmUpFetch();

/** What runner_host.rb calls: every answer is JSON text, so no Ruby↔JavaScript object mapping. */
const host = {
  fetch: async (json: string): Promise<string> => {
    const request = JSON.parse(json) as RubyRequest;
    try {
      const response = await hostFetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined && { body: request.body }),
        redirect: 'manual',
      });
      return JSON.stringify({
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body: await response.text(),
      });
    } catch (error) {
      // An unmocked URL (SandboxNetworkError, already shown in the inspector as blocked).
      return JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
    }
  },
  consent: (view: string) => session.askConsent(JSON.parse(view)),
  advanceClock: (seconds: string) => environment.clock.advance(Number(seconds)),
  /** Kernel#sleep; a negative time is forever (`sleep` with no argument). */
  sleep: (milliseconds: string) =>
    new Promise<void>((resolve) => {
      if (Number(milliseconds) >= 0) setTimeout(resolve, Number(milliseconds));
    }),
};

let runtime: (RubyRuntime & { runnerHost: RbValue }) | undefined;

async function boot(): Promise<void> {
  const assets = (scope as unknown as { runnerAssets?: RubyAssets }).runnerAssets;
  const started = await loadRubyFromAssets(assets, {
    stdout: (line) => session.output?.console('log', line),
    stderr: (line) => session.output?.console('error', line),
  });
  const { vm } = started;
  const runnerHost = vm.eval('require "runner_host"; RunnerHost');
  runnerHost.call('install', vm.wrap(host));
  runtime = { ...started, runnerHost };
  // One token request warms what loading cannot: the transport, the SDK's JSON and the mock
  // server's handlers (the very server the run will take, reset), so the reader's run starts at once.
  await warmUp(vm);
  hostFetch = session.fetch;
  session.warmedUp();
  session.lockdown(scope);
  // What ruby.wasm's glue calls for every string that crosses into Ruby: replaced by the reader's
  // code, each one would hang the run or garble what Ruby reads (issue 22).
  keepBuiltins([
    [String.prototype, 'slice'],
    [TextEncoder.prototype, 'encodeInto'],
    [TextDecoder.prototype, 'decode'],
  ]);
}

async function warmUp(vm: RubyVM): Promise<void> {
  await vm.evalAsync(
    [
      'Sdk::Client.new(client_credentials_auth_credentials: Sdk::ClientCredentialsAuthCredentials.new(',
      `  o_auth_client_id: ${JSON.stringify(demo.clientId)}, o_auth_client_secret: ${JSON.stringify(demo.clientSecret)}`,
      ')).http_ccg.fetch_token',
      'nil',
    ].join('\n'),
  );
}

async function run(code: string, fileName: string): Promise<void> {
  if (!runtime) return;
  const { vm, runnerHost, stdout, stderr } = runtime;
  const started = performance.now();
  // A Ruby block called by a JavaScript timer that raises: ruby.wasm throws Ruby's own report
  // (`ruby.rb:1:in 'block in <main>': … (RuntimeError)`) as a JavaScript error (issue 22).
  session.catchUncaught(scope, (error) =>
    error instanceof Error ? `Uncaught ${error.message.trim()}` : `Uncaught ${String(error)}`,
  );
  session.lockdown(scope);
  let answer: RubyRunAnswer;
  try {
    const text = await runnerHost.callAsync('run', vm.wrap(code), vm.wrap(fileName));
    answer = JSON.parse(text.toString()) as RubyRunAnswer;
  } catch (error) {
    // `exit!(3)`: WASI's proc_exit, which ends the interpreter (browser_wasi_shim's WASIProcExit).
    const exitCode = (error as { code?: unknown } | null)?.code;
    if (
      error instanceof Error &&
      /^exit with exit code/.test(error.message) &&
      typeof exitCode === 'number'
    ) {
      stdout.flush();
      stderr.flush();
      session.exited(exitCode, performance.now() - started - session.consentMs);
      return;
    }
    // The interpreter itself failed (out of memory, a fatal VM error): not the reader's exception.
    const message = error instanceof Error ? error.message : String(error);
    answer = {
      kind: 'error',
      error: { name: 'RubyVMError', message, text: `The Ruby runtime failed: ${message}` },
    };
  }
  stdout.flush();
  stderr.flush();
  const durationMs = performance.now() - started - session.consentMs;
  if (answer.kind === 'exit') {
    session.exited(answer.status, durationMs);
    return;
  }
  const outcome = describeRubyOutcome(answer, code, fileName, durationMs);
  if (outcome.kind === 'error') session.output?.console('error', outcome.error.text);
  session.finish(outcome);
}

// The page may send `run` before Ruby is up (a cold start): it waits for the boot.
const booted = boot();
session.listen(scope, booted, (message) => run(message.code, message.fileName));
booted.then(
  () => session.post({ type: 'ready', ...session.readyInfo() }),
  (error: unknown) => {
    throw error instanceof Error ? error : new Error(String(error));
  },
);
