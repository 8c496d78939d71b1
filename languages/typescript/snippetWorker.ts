/**
 * The worker thread one snippet run happens in (see `createSnippetRunner` in harness.ts). A
 * thread of its own is what makes a run stoppable: `while (true) {}` blocks this thread, not the
 * check's timer, which then terminates the worker.
 *
 * What runs the snippet is the page runner's own code (`sandbox/runner/transpile.ts`,
 * `executeSnippet.ts`, the Output panel's formatter); only what differs in Node is here: `msw/node`
 * answers `fetch` with the mock server's handlers, and the consent screen is answered from
 * meta.json's `run.consent`.
 */
import { parentPort } from 'node:worker_threads';
import { setupServer } from 'msw/node';
import * as sandbox from 'sandbox';
import * as sdk from 'sdk';
import { createMockOAuthServer } from '../../sandbox/mock-server';
import { executeSnippet, locateError } from './runtime/executeSnippet';
import {
  errorHeadline,
  formatConsoleArgs,
  formatValue,
  registerClassNames,
} from '../../sandbox/runner/core/formatValue';
import { transpile } from './runtime/transpile';
import type { UncaughtError } from '../LanguageHarness';
import type { FromSnippetWorker, ToSnippetWorker } from './snippetWorkerProtocol';

if (parentPort === null) throw new Error('snippetWorker.ts runs as a worker thread only');
const port = parentPort;
const post = (message: FromSnippetWorker) => port.postMessage(message);

// Error names as the page shows them: the export names of SDK and sandbox classes.
registerClassNames(sdk);
registerClassNames(sandbox);

const server = setupServer();
server.listen({ onUnhandledRequest: 'error' });

/** The console methods snippets use, each posting its lines at once (an endless loop follows). */
function captureConsole(): Console {
  const write = (...args: unknown[]): void => {
    for (const line of formatConsoleArgs(args).split('\n')) post({ type: 'line', line });
  };
  return { ...console, log: write, info: write, warn: write, error: write, debug: write };
}

function describe(error: unknown): UncaughtError {
  const text = error instanceof Error ? errorHeadline(error) : formatValue(error);
  const where = locateError(error);
  const details = error as { error?: unknown; scope?: unknown };
  return {
    text,
    ...(where !== undefined && { line: where.line }),
    // The transpiler puts "use strict" and its import helpers before line 1's code: a column
    // there is not the snippet's (check-snippets then points at the statement's start).
    ...(where !== undefined && where.line > 1 && { column: where.column }),
    ...(typeof details.error === 'string' && { oauthError: details.error }),
    ...(typeof details.scope === 'string' && { scope: details.scope }),
  };
}

async function run({ source, consent }: Extract<ToSnippetWorker, { type: 'run' }>) {
  // A fresh server per run: no token or code from an earlier snippet is known.
  server.resetHandlers(...createMockOAuthServer().handlers);
  sandbox.clock.reset();
  let consentScreens = 0;
  let consentUnanswered = false;
  sandbox.setConsentHandler(() => {
    consentScreens += 1;
    if (consent === undefined) {
      consentUnanswered = true;
      throw new Error('consent screen without "run.consent" in meta.json');
    }
    return consent;
  });
  let uncaught: UncaughtError | undefined;
  try {
    const compiled = transpile(source, 'snippet.ts');
    if (!compiled.ok) {
      uncaught = {
        text: `SyntaxError: ${compiled.message}`,
        line: compiled.line,
        column: compiled.column,
      };
    } else {
      await executeSnippet({
        code: compiled.code,
        modules: { sdk, sandbox },
        console: captureConsole(),
      });
    }
  } catch (error) {
    uncaught = describe(error);
  } finally {
    sandbox.setConsentHandler(undefined);
    // The clock patches the global Date: leave real time behind for whatever runs next.
    sandbox.clock.reset();
  }
  post({
    type: 'done',
    consentScreens,
    ...(consentUnanswered ? { consentUnanswered: true } : {}),
    ...(uncaught !== undefined && { uncaught }),
  });
}

port.on('message', (message: ToSnippetWorker) => {
  if (message.type === 'run') void run(message);
});
post({ type: 'ready' });
