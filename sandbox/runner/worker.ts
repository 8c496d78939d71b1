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
import './installMemoryStorage';
import * as sdk from 'sdk';
import * as environment from 'sandbox';
import {
  createMockOAuthServer,
  demo,
  SCOPE_DESCRIPTIONS,
  type MockOAuthServer,
} from '../mock-server';
import type { ScenarioName } from '../mock-server';
import { ConsentPendingError } from './ConsentPendingError';
import { createConsole } from './createConsole';
import { EventBuffer } from './EventBuffer';
import { describeError, executeSnippet } from './executeSnippet';
import { formatValue, registerClassNames } from './formatValue';
import { closeMembers, lockdown } from './lockdown';
import { OutputGate } from './OutputGate';
import { parseToWorker, type FromWorker, type ServerSettings, type ToWorker } from './protocol';
import { createSandboxFetch } from './sandboxFetch';
import { toConsentView } from './toConsentView';
import { transpile } from './transpile';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// Captured before lockdown hides them from the reader's code. Every message leaves through the
// gate: copied through the protocol's schemas and held to outputCaps after all formatting.
const gate = new OutputGate(scope.postMessage.bind(scope) as (message: FromWorker) => void);
const post = (message: FromWorker) => gate.send(message);
const now = () => performance.now();

registerClassNames(sdk);
registerClassNames(environment);
registerClassNames({ ConsentPendingError });

let server: MockOAuthServer = createMockOAuthServer();
let started = false;
let consentId = 0;
/** The consent screen waiting for the reader, if any (plain variables: no Map the code could patch). */
let pendingConsent: { id: number; resolve: (decision: 'approve' | 'deny') => void } | undefined;
let buffer: EventBuffer | undefined;

function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function applySettings(settings: ServerSettings) {
  server = createMockOAuthServer(
    settings.tokenLifetimeSeconds ? { tokenLifetimeSeconds: settings.tokenLifetimeSeconds } : {},
  );
  for (const info of server.control.scenarios) {
    if (settings.scenarios[info.name]) server.control.setScenario(info.name, true);
  }
}

async function run(code: string, fileName: string, settings: ServerSettings) {
  const output = new EventBuffer((events) => post({ type: 'events', events }));
  buffer = output;
  applySettings(settings);
  // Scenarios can switch themselves off (apiUnauthorizedOnce): tell the reader.
  let lastScenarios = JSON.stringify(server.control.scenarios);
  server.control.subscribe(() => {
    const current = JSON.stringify(server.control.scenarios);
    if (current === lastScenarios) return;
    lastScenarios = current;
    output.note(
      `Scenarios on: ${
        server.control.scenarios
          .filter((info) => info.enabled)
          .map((info) => info.label)
          .join(', ') || 'none'
      }`,
    );
  });

  const startedAt = now();
  const compiled = transpile(code, fileName);
  if (!compiled.ok) {
    post({
      type: 'done',
      outcome: {
        kind: 'syntax-error',
        message: compiled.message,
        line: compiled.line,
        column: compiled.column,
        frame: compiled.frame,
      },
    });
    return;
  }

  const sandboxConsole = createConsole(output);
  const sandboxFetch = createSandboxFetch({
    handlers: () => server.handlers,
    onExchange: (exchange) => output.http({ kind: 'http', exchange }),
    mockedOrigins: [demo.authServerUrl, new URL(demo.apiBaseUrl).origin],
  });

  // Time on the consent screen is the reader's, not the code's: left out of the duration.
  let consentMs = 0;
  environment.setConsentHandler(async (request) => {
    // One consent screen at a time: the page pauses the time limit only while it is open.
    if (pendingConsent) throw new ConsentPendingError();
    const id = ++consentId;
    output.flush();
    const asked = now();
    const decision = new Promise<'approve' | 'deny'>((resolve) => {
      pendingConsent = { id, resolve };
    });
    post({ type: 'consent', id, request: toConsentView(request, SCOPE_DESCRIPTIONS) });
    try {
      return await decision;
    } finally {
      consentMs += now() - asked;
    }
  });

  // Errors outside the awaited chain (a rejected promise nobody awaits, a throwing timer).
  scope.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    output.console(
      'error',
      `Unhandled promise rejection: ${describeError(event.reason).text.replace(/^Uncaught /, '')}`,
    );
  });
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    output.console('error', describeError(event.error ?? event.message).text);
  });

  lockdown(globalThis, sandboxFetch);
  // The reader's code gets no channel to the page except console and fetch (the gate holds its
  // own copy of postMessage, taken at load).
  closeMembers(scope, ['postMessage', 'close']);
  // The SDK and anything else that logs goes to the Output too.
  Object.defineProperty(globalThis, 'console', {
    value: sandboxConsole,
    configurable: true,
    writable: true,
  });

  try {
    const result = await executeSnippet({
      code: compiled.code,
      modules: { sdk, sandbox: environment },
      console: sandboxConsole,
    });
    output.flush();
    post({
      type: 'done',
      outcome: {
        kind: 'ok',
        durationMs: now() - startedAt - consentMs,
        ...(result !== undefined && { result: formatValue(result) }),
      },
    });
  } catch (error) {
    const view = describeError(error);
    output.console('error', view.text);
    output.flush();
    post({
      type: 'done',
      outcome: { kind: 'error', durationMs: now() - startedAt - consentMs, error: view },
    });
  }
}

function handle(message: ToWorker) {
  switch (message.type) {
    case 'run':
      if (started) return;
      started = true;
      void run(message.code, message.fileName, message.settings);
      return;
    case 'consent-decision': {
      if (pendingConsent?.id !== message.id) return;
      const { resolve } = pendingConsent;
      pendingConsent = undefined;
      buffer?.note(
        message.decision === 'approve'
          ? 'You approved the consent request.'
          : 'You denied the consent request.',
      );
      resolve(message.decision);
      return;
    }
    case 'advance-clock':
      environment.clock.advance(message.seconds);
      buffer?.note(
        `Clock advanced by ${formatDuration(message.seconds)}: it is now ${new Date().toISOString()} in the sandbox.`,
      );
      return;
    case 'expire-tokens':
      server.control.expireTokens();
      buffer?.note('The mock server expired every access token issued so far.');
      return;
    case 'set-scenario': {
      const info = server.control.scenarios.find((item) => item.name === message.name);
      if (!info) return;
      server.control.setScenario(message.name as ScenarioName, message.enabled);
      return;
    }
  }
}

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  // Only the page's messages: the reader's code can dispatch a synthetic MessageEvent on its own
  // global (to answer its consent screen itself, say); those are not trusted.
  if (!event.isTrusted) return;
  const parsed = parseToWorker(event.data);
  if (parsed.ok) handle(parsed.message);
});

/**
 * Runs the transpiler, the SDK and the mock server's token endpoint once while the worker is still a
 * spare, so the reader's run does not pay for their first, unoptimised pass.
 */
async function warmUp() {
  transpile(
    "import { Client } from 'sdk';\nconst x: number = await Promise.resolve(1);\n",
    'warm-up.ts',
  );
  const spareServer = createMockOAuthServer();
  const warmFetch = createSandboxFetch({ handlers: () => spareServer.handlers });
  try {
    const client = new sdk.Client({
      clientCredentialsAuthCredentials: {
        oAuthClientId: demo.clientId,
        oAuthClientSecret: demo.clientSecret,
      },
      fetch: warmFetch,
    });
    await client.clientCredentialsAuthManager?.fetchToken();
  } catch {
    // Only a warm-up.
  }
}

void warmUp().finally(() =>
  post({
    type: 'ready',
    scenarios: server.control.scenarios.map(({ name, label, description }) => ({
      name,
      label,
      description,
    })),
    tokenLifetimeSeconds: server.control.tokenLifetimeSeconds,
  }),
);
