/// <reference lib="webworker" />
/**
 * The PHP runner's Web Worker: PHP 8.3 (php-wasm) with the PHP reference SDK, answering the SDK's
 * HTTP from the same mock OAuth server (MSW handlers) as the TypeScript runner, and speaking the
 * same protocol to the page (`sandbox/runner/protocol.ts`). One worker serves one run; the page
 * keeps a spare booted, warmed up and locked down, as for TypeScript.
 *
 * PHP is synchronous and fetch is not: php-wasm is built with Asyncify, so PHP's http(s)://
 * stream wrapper (the SDK's transport) and `vrzno_await` (the consent screen) suspend PHP while
 * the worker waits for a promise. That works in every browser with WebAssembly.
 */
// First: msw needs a localStorage at import time (see the module's comment).
import '../../../sandbox/runner/core/installMemoryStorage';
import * as environment from 'sandbox';
import { demo } from '../../../sandbox/mock-server';
import type { FromWorker } from '../../../sandbox/runner/core/protocol';
import { unwoundThroughWasm } from '../../../sandbox/runner/core/unwoundThroughWasm';
import { WorkerSession } from '../../../sandbox/runner/core/WorkerSession';
import { describePhpError, type PhpErrorData } from './describePhpError';
import {
  appDir,
  loadPhpFromAssets,
  sdkDir,
  type PhpAssets,
  type PhpModule,
} from './loadPhpFromAssets';
import { routeExits } from './routeExits';

const scope = self as unknown as DedicatedWorkerGlobalScope & Record<string, unknown>;
// Captured before lockdown hides them from the reader's code.
const session = new WorkerSession(scope.postMessage.bind(scope) as (message: FromWorker) => void);
const post = (message: FromWorker) => session.post(message);

/** Where the glue writes the description of an uncaught error (`RunnerHost\describe`). */
const errorFile = '/runner/error.json';
/** Where `RunnerHost\exitWith` records the status of an `exit` (runner_host.php). */
const exitFile = '/runner/exit.json';
/** Fatal error levels: the run ended without an exception to describe. */
const fatalLevels =
  'E_ERROR | E_PARSE | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR';

/**
 * PHP's HTTP as the SDK expects it from PHP's own stream wrapper: never following redirects (its
 * transport sets `follow_location => 0`, which php-wasm does not pass on; Browser::authorize reads
 * the Location itself), and a GET without a body (php-wasm hands over the context's empty
 * `content` as one, which fetch refuses for GET and HEAD).
 */
function phpFetch(base: typeof fetch): typeof fetch {
  return (input, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const { body, ...rest } = init;
    const keepBody = method !== 'GET' && method !== 'HEAD' && body !== undefined && body !== null;
    return base(input, { ...rest, ...(keepBody && { body }), redirect: 'manual' });
  };
}

let php: PhpModule | undefined;

async function runPhp(code: string): Promise<number> {
  return (await php!.ccall('pib_run', 'number', ['string'], [`?>${code}`], {
    async: true,
  })) as number;
}

/** What PHP printed before the run (the warm-up's errors), for the error a failed boot throws. */
const bootOutput: string[] = [];

/** The last line PHP (or Emscripten) printed on standard error: it says why a runtime ended. */
let lastErrorLine = '';

function printed(level: 'log' | 'error', line: string): void {
  if (level === 'error') lastErrorLine = line;
  if (session.output) session.output.console(level, line);
  else if (bootOutput.length < 20) bootOutput.push(line);
}

async function boot(): Promise<void> {
  php = await loadPhpFromAssets((scope as { runnerAssets?: PhpAssets }).runnerAssets, {
    stdout: (line) => printed('log', line),
    stderr: (line) => printed('error', line),
    fetch: phpFetch(session.warmUpFetch()),
  });
  // The glue reaches these through php-wasm's Vrzno bridge once, here, and keeps them in the
  // sandbox helper's hooks; the global goes before the reader's code runs.
  scope.phpRunnerHost = {
    consent: (view: string) => session.askConsent(JSON.parse(view)),
    advanceClock: (seconds: number) => environment.clock.advance(seconds),
  };
  php.FS.mkdirTree('/runner');
  const glue = await runPhp(
    [
      '<?php',
      `require_once '${appDir}/vendor/autoload.php';`,
      `require '${sdkDir}/runtime/runner_host.php';`,
      '\\RunnerHost\\install((new \\Vrzno())->phpRunnerHost);',
    ].join('\n'),
  );
  delete scope.phpRunnerHost;
  failUnlessZero(glue, 'start');
  // A spare warms up with one token request: the SDK's classes (autoloaded and compiled), the
  // transport's JavaScript side and the mock server's handlers, which the reader's run would
  // otherwise pay for. A run already waiting (a cold start) goes first instead: the warm-up
  // would only delay it.
  if (!runWaiting) {
    const warm = await runPhp(
      [
        '<?php (static function (): void {',
        '  \\Sdk\\SdkClientBuilder::init()->clientCredentialsAuthCredentials(',
        `    \\Sdk\\Authentication\\ClientCredentialsAuthCredentialsBuilder::init(${phpString(demo.clientId)}, ${phpString(demo.clientSecret)})`,
        '  )->build()->getClientCredentialsAuth()->fetchToken();',
        '})();',
      ].join('\n'),
    );
    failUnlessZero(warm, 'warm-up');
    session.warmedUp();
  }
  // Everything is loaded: close the doors now, so the run does not pay for it.
  session.lockdown(scope, phpFetch(session.fetch));
}

function failUnlessZero(status: number, step: string): void {
  php?.flushOutput?.();
  if (status === 0) return;
  throw new Error(
    `the PHP runner's ${step} failed (status ${status}): ${bootOutput.join('\n').trim() || 'PHP printed nothing'}`,
  );
}

function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

async function run(code: string, fileName: string): Promise<void> {
  if (!php) return;
  // The file name the reader sees (`php.php`): a plain name, so it is safe inside PHP quotes.
  const name = /^[\w.-]+$/.test(fileName) ? fileName : 'php.php';
  const path = `${appDir}/${name}`;
  php.FS.writeFile(path, routeExits(code, '\\RunnerHost\\exitWith'));
  const started = performance.now();
  // A JavaScript error thrown through PHP's WebAssembly (a bridge call PHP does not catch), or
  // Emscripten's runtime ending (`ExitStatus`: out of memory) leaves `pib_run` suspended for good:
  // the run ends at once as a crash (issue 22). Other errors (a JavaScript timer's) go to the
  // Output, and the run goes on.
  session.catchUncaught(
    scope,
    describeUncaught,
    (error) => unwoundThroughWasm(error) || isExitStatus(error),
  );
  session.lockdown(scope, phpFetch(session.fetch));
  // At the top level, so the file's variables are globals, as in `php file.php`.
  const status = await runPhp(
    `<?php \\RunnerHost\\showWarnings('${path}', '${name}'); try { require '${path}'; } catch (\\Throwable $runnerError) { file_put_contents('${errorFile}', json_encode(\\RunnerHost\\describe($runnerError), JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR)); }`,
  );
  if (status !== 0 && !php.FS.analyzePath(errorFile).exists) {
    // A fatal error that is no exception (PHP printed it already, on standard error).
    await runPhp(
      `<?php $runnerError = error_get_last(); if ($runnerError !== null && ($runnerError['type'] & (${fatalLevels}))) { file_put_contents('${errorFile}', json_encode(['class' => 'FatalError', 'message' => $runnerError['message'], 'file' => $runnerError['file'], 'line' => $runnerError['line'], 'fatal' => true], JSON_INVALID_UTF8_SUBSTITUTE)); }`,
    );
  }
  php.flushOutput?.();
  const durationMs = performance.now() - started - session.consentMs;
  if (php.FS.analyzePath(exitFile).exists) {
    session.exited(Number(php.FS.readFile(exitFile, { encoding: 'utf8' })), durationMs);
    return;
  }
  if (!php.FS.analyzePath(errorFile).exists) {
    session.finish({ kind: 'ok', durationMs });
    return;
  }
  const data = JSON.parse(php.FS.readFile(errorFile, { encoding: 'utf8' })) as PhpErrorData & {
    fatal?: boolean;
  };
  const view = describePhpError(data, { path, fileName: name, code });
  if (view.kind === 'syntax-error') {
    session.finish(view);
    return;
  }
  if (!data.fatal) session.output?.console('error', view.error.text);
  session.finish({ ...view, durationMs });
}

/** Emscripten's `ExitStatus`: its runtime ended (an abort, out of memory): PHP is gone. */
function isExitStatus(error: unknown): error is { name: string; message?: unknown } {
  return (error as { name?: unknown } | null)?.name === 'ExitStatus';
}

function describeUncaught(error: unknown): string {
  if (isExitStatus(error)) {
    const memory = lastErrorLine === 'Out of memory' ? 'PHP ran out of memory, ' : '';
    return `Uncaught ${memory}its runtime ended (${String(error.message ?? 'ExitStatus')})`;
  }
  return error instanceof Error
    ? `Uncaught ${error.name}: ${error.message}`
    : `Uncaught ${String(error)}`;
}

/** Whether the page has sent `run` (the boot then skips the warm-up). */
let runWaiting = false;
scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.isTrusted && (event.data as { type?: unknown } | null)?.type === 'run')
    runWaiting = true;
});
// The page may send `run` before the runtime is up (a cold start): it waits for the boot.
const booted = boot();
session.listen(scope, booted, (message) => run(message.code, message.fileName));
booted.then(
  () => post({ type: 'ready', ...session.readyInfo() }),
  (error: unknown) => {
    throw error instanceof Error ? error : new Error(String(error));
  },
);
