/**
 * The messages between the page (RunnerHost) and the runner's Web Worker. Everything crossing the
 * boundary is plain, structured-clonable data: the worker formats values and masks secrets before
 * it posts them, so the page never holds a live object of the reader's code.
 */
import { outputCaps } from './outputCaps';
import {
  array,
  boolean,
  flags,
  literal,
  number,
  object,
  optional,
  ProtocolError,
  string,
  tuple,
  variant,
  type Mode,
  type Schema,
} from './plainData';

/** A failure scenario of the mock server, as `control.scenarios` lists it. */
export interface ScenarioView {
  name: string;
  label: string;
  description?: string;
}

/** Mock server settings the reader chose in the UI; applied to the fresh server of every run. */
export interface ServerSettings {
  /** Scenario name → on. Names the server does not know are ignored. */
  scenarios: Record<string, boolean>;
  /** Access token lifetime; `undefined` keeps the server's default. */
  tokenLifetimeSeconds?: number;
}

/** A request or response body, decoded for display (secrets already masked). */
export type BodyView =
  | { kind: 'form'; fields: [string, string][] }
  | { kind: 'json'; text: string }
  | { kind: 'text'; text: string; truncated?: boolean };

/** One HTTP exchange the run's code made, as the inspector shows it. */
export interface ExchangeView {
  id: number;
  method: string;
  url: string;
  requestHeaders: [string, string][];
  requestBody?: BodyView;
  /** Absent while the request is pending or when it failed before an answer. */
  status?: number;
  statusText?: string;
  responseHeaders?: [string, string][];
  responseBody?: BodyView;
  durationMs?: number;
  /** Why no response came back, e.g. an unmocked URL. */
  error?: string;
}

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** Things a run produces, in order. */
export type RunEvent =
  | { kind: 'console'; level: ConsoleLevel; text: string }
  /** Console lines dropped after the limit so far (a running total). */
  | { kind: 'dropped'; total: number }
  /** An exchange started (no status yet) or finished; the page replaces by id. */
  | { kind: 'http'; exchange: ExchangeView }
  /** Something the reader did to the mock server or clock during the run. */
  | { kind: 'note'; text: string };

/** A thrown value, described for the page. */
export interface ErrorView {
  /** Class name: `OAuthProviderError`, `TypeError`, … */
  name: string;
  message: string;
  /** The SDK's stable code (`OAUTH_PROVIDER_ERROR`, …), if any. */
  code?: string;
  /** RFC 6749 §5.2 `error` (invalid_client, invalid_grant, …), if any. */
  oauthError?: string;
  /** HTTP status, for API errors. */
  status?: number;
  /** 1-based line in the reader's code where it was thrown, when the stack says so. */
  line?: number;
  column?: number;
  /** The full description shown in the Output (formatted like a console would). */
  text: string;
}

/** The consent screen the mock authorization server asked for, as the page renders it. */
export interface ConsentView {
  clientId: string;
  clientName?: string;
  scopes: { name: string; description?: string }[];
  redirectUri: string;
  state?: string;
  /** The server's consent page; rendered only in a sandboxed iframe without scripts. */
  html?: string;
}

export type RunOutcome =
  | { kind: 'ok'; durationMs: number; result?: string }
  | { kind: 'syntax-error'; message: string; line: number; column: number; frame: string }
  | { kind: 'error'; durationMs: number; error: ErrorView }
  /** The runtime itself died (an interpreter's fatal error): said at once, not at the time limit. */
  | { kind: 'crashed'; message: string };

export type ToWorker =
  | { type: 'run'; code: string; fileName: string; settings: ServerSettings }
  | { type: 'consent-decision'; id: number; decision: 'approve' | 'deny' }
  | { type: 'advance-clock'; seconds: number }
  | { type: 'expire-tokens' }
  | { type: 'set-scenario'; name: string; enabled: boolean };

export type FromWorker =
  | {
      type: 'ready';
      scenarios: ScenarioView[];
      tokenLifetimeSeconds?: number;
      /** Set when this browser cannot run the language (e.g. Python without JSPI): one line why. */
      unsupported?: string;
    }
  | { type: 'events'; events: RunEvent[] }
  | { type: 'consent'; id: number; request: ConsentView }
  | { type: 'consent-settled'; id: number }
  | { type: 'done'; outcome: RunOutcome };

// ---------------------------------------------------------------------------------------------
// Validation. The page trusts nothing that comes out of the worker: the reader's code runs there
// and may have replaced built-ins the worker's own code uses. Every message is checked against
// these schemas and copied before anything in the page reads it (`parseFromWorker`); the worker's
// posting layer runs the same schemas in `cut` mode, so a well-behaved worker never trips them.
// Nothing here is TypeScript-specific: another worker kind speaks the same protocol.

const text = string(outputCaps.lineChars);
const name = string(outputCaps.nameChars);
const url = string(outputCaps.urlChars);
const count = number({ integer: true, min: 0 });
const duration = number({ min: 0 });
const pairs = array(tuple(name, url), outputCaps.listItems);

const scenarioView: Schema<ScenarioView> = object({
  name,
  label: name,
  description: optional(string(outputCaps.urlChars)),
});

const bodyView: Schema<BodyView> = variant('kind', {
  form: object({ kind: literal('form'), fields: array(tuple(name, text), outputCaps.listItems) }),
  json: object({ kind: literal('json'), text }),
  text: object({ kind: literal('text'), text, truncated: optional(boolean) }),
});

const exchangeView: Schema<ExchangeView> = object({
  id: count,
  method: name,
  url,
  requestHeaders: pairs,
  requestBody: optional(bodyView),
  status: optional(number({ integer: true, min: 0 })),
  statusText: optional(name),
  responseHeaders: optional(pairs),
  responseBody: optional(bodyView),
  durationMs: optional(duration),
  error: optional(text),
});

const consoleLevel = literal('log', 'info', 'warn', 'error', 'debug');

export const runEvent: Schema<RunEvent> = variant('kind', {
  console: object({ kind: literal('console'), level: consoleLevel, text }),
  dropped: object({ kind: literal('dropped'), total: count }),
  http: object({ kind: literal('http'), exchange: exchangeView }),
  note: object({ kind: literal('note'), text }),
});

const errorView: Schema<ErrorView> = object({
  name,
  message: text,
  code: optional(name),
  oauthError: optional(name),
  status: optional(number({ integer: true })),
  line: optional(count),
  column: optional(count),
  text,
});

const consentView: Schema<ConsentView> = object({
  clientId: url,
  clientName: optional(url),
  scopes: array(object({ name, description: optional(url) }), outputCaps.listItems),
  redirectUri: url,
  state: optional(url),
  html: optional(string(outputCaps.consentHtmlChars)),
});

const runOutcome: Schema<RunOutcome> = variant('kind', {
  ok: object({ kind: literal('ok'), durationMs: duration, result: optional(text) }),
  'syntax-error': object({
    kind: literal('syntax-error'),
    message: text,
    line: count,
    column: count,
    frame: text,
  }),
  error: object({ kind: literal('error'), durationMs: duration, error: errorView }),
  crashed: object({ kind: literal('crashed'), message: text }),
});

type Message<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

const fromWorkerSchemas = {
  ready: object({
    type: literal('ready'),
    scenarios: array(scenarioView, outputCaps.listItems),
    tokenLifetimeSeconds: optional(count),
    unsupported: optional(text),
  }) satisfies Schema<Message<'ready'>>,
  events: object({
    type: literal('events'),
    events: array(runEvent, outputCaps.eventsPerMessage),
  }) satisfies Schema<Message<'events'>>,
  consent: object({
    type: literal('consent'),
    id: count,
    request: consentView,
  }) satisfies Schema<Message<'consent'>>,
  'consent-settled': object({
    type: literal('consent-settled'),
    id: count,
  }) satisfies Schema<Message<'consent-settled'>>,
  done: object({ type: literal('done'), outcome: runOutcome }) satisfies Schema<Message<'done'>>,
};

const fromWorker = variant('type', fromWorkerSchemas) as Schema<FromWorker>;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; problem: string };

/**
 * Checks a message from the worker against the protocol and returns a plain copy of it. In
 * `strict` mode (the page) anything out of shape or over `outputCaps` is a problem; in `cut` mode
 * (the worker, before posting) long texts and lists are shortened instead.
 */
export function parseFromWorker(data: unknown, mode: Mode = 'strict'): ParseResult<FromWorker> {
  try {
    return { ok: true, message: fromWorker(data, '', mode) };
  } catch (error) {
    if (error instanceof ProtocolError) return { ok: false, problem: error.message };
    throw error;
  }
}

function guard<T extends FromWorker['type']>(type: T) {
  const schema = fromWorkerSchemas[type] as unknown as Schema<Message<T>>;
  return (data: unknown): data is Message<T> => {
    try {
      schema(data, '', 'strict');
      return true;
    } catch (error) {
      if (error instanceof ProtocolError) return false;
      throw error;
    }
  };
}

/** One type guard per message type (strict mode). */
export const isReadyMessage = guard('ready');
export const isEventsMessage = guard('events');
export const isConsentMessage = guard('consent');
export const isConsentSettledMessage = guard('consent-settled');
export const isDoneMessage = guard('done');

const toWorker = variant('type', {
  run: object({
    type: literal('run'),
    code: string(1_000_000),
    fileName: name,
    settings: object({
      scenarios: flags(outputCaps.listItems, outputCaps.nameChars),
      tokenLifetimeSeconds: optional(number({ integer: true, min: 1 })),
    }),
  }),
  'consent-decision': object({
    type: literal('consent-decision'),
    id: count,
    decision: literal('approve', 'deny'),
  }),
  'advance-clock': object({ type: literal('advance-clock'), seconds: number() }),
  'expire-tokens': object({ type: literal('expire-tokens') }),
  'set-scenario': object({ type: literal('set-scenario'), name, enabled: boolean }),
}) as Schema<ToWorker>;

/** The worker's check of what the page sends (strict). */
export function parseToWorker(data: unknown): ParseResult<ToWorker> {
  try {
    return { ok: true, message: toWorker(data, '', 'strict') };
  } catch (error) {
    if (error instanceof ProtocolError) return { ok: false, problem: error.message };
    throw error;
  }
}
