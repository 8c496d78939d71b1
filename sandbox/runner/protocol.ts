/**
 * The messages between the page (RunnerHost) and the runner's Web Worker. Everything crossing the
 * boundary is plain, structured-clonable data: the worker formats values and masks secrets before
 * it posts them, so the page never holds a live object of the reader's code.
 */

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
  | { kind: 'error'; durationMs: number; error: ErrorView };

export type ToWorker =
  | { type: 'run'; code: string; fileName: string; settings: ServerSettings }
  | { type: 'consent-decision'; id: number; decision: 'approve' | 'deny' }
  | { type: 'advance-clock'; seconds: number }
  | { type: 'expire-tokens' }
  | { type: 'set-scenario'; name: string; enabled: boolean };

export type FromWorker =
  | { type: 'ready'; scenarios: ScenarioView[]; tokenLifetimeSeconds?: number }
  | { type: 'events'; events: RunEvent[] }
  | { type: 'consent'; id: number; request: ConsentView }
  | { type: 'consent-settled'; id: number }
  | { type: 'done'; outcome: RunOutcome };
