/// <reference lib="webworker" />
/**
 * The Go runner's Web Worker: the Yaegi interpreter with the Go reference SDK, answering the
 * SDK's HTTP from the same mock OAuth server (MSW handlers) as the TypeScript runner, and speaking
 * the same protocol to the page (`sandbox/runner/protocol.ts`). One worker serves one run; the
 * page keeps a spare booted, which has imported the SDK and made one token request, so the
 * reader's run starts at once.
 *
 * Go's net/http calls the global `fetch`: the worker's sandboxed fetch, with redirects left to Go
 * (its client follows them itself, and the sandbox helper wants the 302 to the redirect URI).
 */
// First: msw needs a localStorage at import time (see the module's comment).
import '../../../sandbox/runner/core/installMemoryStorage';
import * as environment from 'sandbox';
import sources from '@generated/go-runtime/default/sources.json';
import { demo } from '../../../sandbox/mock-server';
import type { FromWorker } from '../../../sandbox/runner/core/protocol';
import { unwoundThroughWasm } from '../../../sandbox/runner/core/unwoundThroughWasm';
import { WorkerSession } from '../../../sandbox/runner/core/WorkerSession';
import {
  describeCompileError,
  describeExit,
  describePanic,
  exitCodeOf,
  parsePanicFrame,
  type PanicFrame,
} from './describeGoError';
import { renameMain, startSource } from './goEntry';
import { createGoFileSystem } from './goFileSystem';
import { startYaegi, type GoAssets, type Yaegi } from './startYaegi';
import { interpretedErrorsPath, useInterpretedErrors } from './useInterpretedErrors';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Captured before lockdown hides them from the reader's code.
const session = new WorkerSession(scope.postMessage.bind(scope) as (message: FromWorker) => void);
const post = (message: FromWorker) => session.post(message);

/** Go's own redirect handling needs fetch to hand back the 3xx (`js.fetch:redirect` may ask). */
function goFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return (input, init) => fetch(input, { ...init, redirect: init?.redirect ?? 'manual' });
}

/** How the program ended, as the glue or the Go runtime reports it. */
type Ending =
  | { kind: 'return' }
  | { kind: 'panic'; value: string; type: string }
  | { kind: 'exit'; code: number };

let ended: ((ending: Ending) => void) | undefined;
/** The secret a report of the end must carry (goEntry.ts): a new one for each program started. */
let endKey = '';
// Taken at load: the reader's code could replace crypto's method before the run's key is made.
const getRandomValues = crypto.getRandomValues.bind(crypto);
function newKey(): string {
  return Array.from(getRandomValues(new Uint32Array(4)), (word) => word.toString(36)).join('-');
}
let frames: PanicFrame[] = [];
let framesStale = false;
let lastStderrLine: string | undefined;

const fileSystem = createGoFileSystem({
  files: Object.fromEntries(
    Object.entries(sources.files).map(([path, source]) => [
      path,
      path.startsWith(`src/${interpretedErrorsPath}/`) ? source : useInterpretedErrors(source),
    ]),
  ),
  onLine(stream, line) {
    const frame = stream === 2 ? parsePanicFrame(line) : undefined;
    if (frame) {
      // A new panic's frames replace those of one the code recovered from earlier.
      if (framesStale) frames = [];
      framesStale = false;
      frames.push(frame);
      return;
    }
    framesStale = true;
    if (stream === 2) lastStderrLine = line;
    session.output?.console(stream === 1 ? 'log' : 'error', line);
  },
  async onRequest(text) {
    const request = JSON.parse(text) as Record<string, unknown>;
    switch (request.op) {
      case 'consent':
        return session.askConsent({
          clientId: request.clientId,
          clientName: request.clientName,
          redirectUri: request.redirectUri,
          scopes: request.scope,
          state: request.state,
        });
      case 'advance':
        environment.clock.advance(Number(request.seconds));
        return 'ok';
      case 'return':
      case 'panic':
        // The reader's code can open /dev/runner too: only the glue knows the run's key.
        if (request.key !== endKey) throw new Error('the run ends when its main does');
        ended?.(
          request.op === 'return'
            ? { kind: 'return' }
            : { kind: 'panic', value: String(request.value), type: String(request.type) },
        );
        return 'ok';
      default:
        throw new Error(`unknown request ${String(request.op)}`);
    }
  },
});

let yaegi: Yaegi | undefined;
/** Go's program has ended: its runtime's timers then fail with "Go program has already exited". */
let goHasExited = false;

/**
 * Runs a program's goroutine to its end (the glue's report, or the Go program's exit); `start`
 * gets the key the glue's report must carry.
 */
function untilEnd(start: (key: string) => void): Promise<Ending> {
  const ending = new Promise<Ending>((resolve) => {
    ended = resolve;
  });
  endKey = newKey();
  start(endKey);
  return Promise.race([ending, yaegi!.exited.then((code): Ending => ({ kind: 'exit', code }))]);
}

async function boot(): Promise<void> {
  yaegi = await startYaegi(
    (scope as unknown as { runnerAssets?: GoAssets }).runnerAssets,
    fileSystem.fs,
  );
  void yaegi.exited.then(() => {
    goHasExited = true;
  });
  // Imports the SDK (Yaegi compiles a package once per interpreter) and makes one token request
  // through the server the run will use, so the run pays for neither.
  const scopeRecord = scope as unknown as Record<string, unknown>;
  const realFetch = scopeRecord.fetch;
  scopeRecord.fetch = goFetch(session.warmUpFetch());
  try {
    await untilEnd((key) => {
      const warm = yaegi!.eval(`package warmup

import (
	"context"

	"runnerhost"
	"sandbox"
	"sdk"
)

var _ = sandbox.Clock

func init() {
	go runnerhost.Run(${JSON.stringify(key)}, func() {
		client := sdk.NewClient(sdk.CreateConfiguration(sdk.WithClientCredentialsAuthCredentials(
			sdk.NewClientCredentialsAuthCredentials(${JSON.stringify(demo.clientId)}, ${JSON.stringify(demo.clientSecret)}))))
		if _, err := client.ClientCredentialsAuthManager().FetchToken(context.Background()); err != nil {
			panic(err)
		}
	})
}
`);
      if (!warm?.success)
        throw new Error(`the Go SDK did not compile: ${warm?.error ?? 'the runtime ended'}`);
    });
  } finally {
    scopeRecord.fetch = realFetch;
  }
  session.warmedUp();
}

async function run(code: string, fileName: string): Promise<void> {
  if (!yaegi) return;
  const started = performance.now();
  // A panic in a goroutine ends Go's program (exit status 2, as natively); an error that unwinds
  // through Go's WebAssembly (a stack overflow of the interpreter) leaves it dead mid-call: either
  // way the run ends at once, not at the time limit (issue 22).
  session.catchUncaught(scope, undefined, (error) => unwoundThroughWasm(error) || goHasExited);
  session.lockdown(scope, goFetch(session.fetch));
  const renamed = renameMain(useInterpretedErrors(code));
  if (renamed === undefined) {
    session.finish({
      kind: 'syntax-error',
      message: 'function main is undeclared in the main package',
      line: 1,
      column: 1,
      frame: '',
    });
    return;
  }
  const compiled = yaegi.eval(renamed);
  if (!compiled?.success) {
    fileSystem.flush();
    session.finish(
      compiled
        ? describeCompileError(compiled.error ?? 'the program did not compile', code, fileName)
        : { kind: 'error', durationMs: 0, error: describeExit(await yaegi.exited) },
    );
    return;
  }
  frames = [];
  lastStderrLine = undefined;
  const ending = await untilEnd((key) => {
    const start = yaegi!.eval(startSource(key));
    if (start && !start.success) {
      ended?.({ kind: 'panic', value: start.error ?? 'the program did not start', type: 'string' });
    }
  });
  fileSystem.flush();
  const durationMs = performance.now() - started - session.consentMs;
  if (ending.kind === 'return') {
    session.finish({ kind: 'ok', durationMs });
    return;
  }
  // `os.Exit(n)` (a panic in Yaegi's restricted mode) or Go's own exit: said as for every runtime.
  const exitCode = ending.kind === 'exit' ? ending.code : exitCodeOf(ending.value);
  if (exitCode !== undefined) {
    session.exited(exitCode, durationMs);
    return;
  }
  const error = describePanic(
    { ...(ending as Extract<Ending, { kind: 'panic' }>), frames, lastStderrLine },
    fileName,
    code,
  );
  session.output?.console('error', error.text);
  session.finish({ kind: 'error', durationMs, error });
}

// The page may send `run` before the runtime is up (a cold start): it waits for the boot.
const booted = boot();
session.listen(scope, booted, (message) => run(message.code, message.fileName));
booted.then(
  () => post({ type: 'ready', ...session.readyInfo() }),
  (error: unknown) => {
    throw error instanceof Error ? error : new Error(String(error));
  },
);
