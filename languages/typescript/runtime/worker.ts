/// <reference lib="webworker" />
/**
 * The runner's Web Worker: one worker serves one run, in its own realm and thread. The page keeps
 * a spare worker booted (SDK, mock server, transpiler loaded) so a run starts at once, and
 * terminates a worker to stop a run.
 *
 * Order matters: every module is loaded (static imports) before `lockdown` removes
 * `importScripts`, and the reader's code runs only after lockdown.
 */
// First: msw needs a localStorage at import time (see the module's comment).
import '../../../sandbox/runner/core/installMemoryStorage';
import * as sdk from 'sdk';
import * as environment from 'sandbox';
import { demo } from '../../../sandbox/mock-server';
import { ConsentPendingError } from '../../../sandbox/runner/core/ConsentPendingError';
import { createConsole } from './createConsole';
import { describeError, executeSnippet } from './executeSnippet';
import { formatValue, registerClassNames } from '../../../sandbox/runner/core/formatValue';
import type { FromWorker } from '../../../sandbox/runner/core/protocol';
import { transpile } from './transpile';
import { WorkerSession } from '../../../sandbox/runner/core/WorkerSession';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Captured before lockdown hides it from the reader's code; every message leaves through the
// session's gate (the protocol's schemas, outputCaps after all formatting).
const session = new WorkerSession(scope.postMessage.bind(scope) as (message: FromWorker) => void);
const now = () => performance.now();

registerClassNames(sdk);
registerClassNames(environment);
registerClassNames({ ConsentPendingError });

async function run(code: string, fileName: string) {
  const output = session.output!;
  const startedAt = now();
  const compiled = transpile(code, fileName);
  if (!compiled.ok) {
    session.finish({
      kind: 'syntax-error',
      message: compiled.message,
      line: compiled.line,
      column: compiled.column,
      frame: compiled.frame,
    });
    return;
  }

  const sandboxConsole = createConsole(output);
  environment.setConsentHandler((request) => session.askConsent(request));

  // Errors outside the awaited chain (a rejected promise nobody awaits, a throwing timer).
  session.catchUncaught(scope, (error) => describeError(error).text);

  session.lockdown(scope);
  // The SDK and anything else that logs goes to the Output too.
  Object.defineProperty(globalThis, 'console', {
    value: sandboxConsole,
    configurable: true,
    writable: true,
  });

  // Time on the consent screen is the reader's, not the code's: left out of the duration.
  try {
    const result = await executeSnippet({
      code: compiled.code,
      modules: { sdk, sandbox: environment },
      console: sandboxConsole,
    });
    session.finish({
      kind: 'ok',
      durationMs: now() - startedAt - session.consentMs,
      ...(result !== undefined && { result: formatValue(result) }),
    });
  } catch (error) {
    const view = describeError(error);
    output.console('error', view.text);
    session.finish({
      kind: 'error',
      durationMs: now() - startedAt - session.consentMs,
      error: view,
    });
  }
}

// Everything is loaded at import: a run starts at once, even on a worker still warming up.
session.listen(scope, Promise.resolve(), (message) => run(message.code, message.fileName));

/** What a reader's first run looks like to the transpiler: an import, types, top-level await. */
const warmUpSource = `import { Client, type OAuthToken } from 'sdk';

const client = new Client({
  clientCredentialsAuthCredentials: { oAuthClientId: 'id', oAuthClientSecret: 'secret' },
});
const token: OAuthToken = await client.clientCredentialsAuthManager!.fetchToken();
console.log(\`Access token: \${token.accessToken.slice(0, 8)}…\`);
`;

/**
 * While the worker is a spare: runs the transpiler a few times and the SDK's token request once
 * against the very mock server instance the run will use (through the session's fetch, so the
 * handlers, the sandbox fetch and the SDK have all done their first, unoptimised pass), then locks
 * the worker down. The run then starts with the transpile of the reader's code.
 */
async function warmUp() {
  for (let pass = 0; pass < 3; pass++) transpile(warmUpSource, 'warm-up.ts');
  try {
    const client = new sdk.Client({
      clientCredentialsAuthCredentials: {
        oAuthClientId: demo.clientId,
        oAuthClientSecret: demo.clientSecret,
      },
      fetch: session.warmUpFetch(),
    });
    await client.clientCredentialsAuthManager?.fetchToken();
  } catch {
    // Only a warm-up.
  }
}

void warmUp().finally(() => {
  session.warmedUp();
  session.lockdown(scope);
  session.post({ type: 'ready', ...session.readyInfo() });
});
