/**
 * The mock OAuth 2.0 authorization server and protected API, as MSW request handlers. One
 * `handlers` array serves the browser runner (a Web Worker routing fetch through MSW) and
 * `msw/node` in tests.
 *
 * Authorization server (`https://auth.example.com`): RFC 8414 metadata, `GET`/`POST
 * /oauth2/authorize` (consent page and decision), `POST /oauth2/token`.
 * Protected API (`https://api.example.com/v1`): `GET /me`, `GET /items`, `GET /items/:id`,
 * `POST /items`, RFC 6750 bearer tokens with scopes `read` and `write`.
 */
import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import type { ServerContext } from './context';
import { apiEndpoints } from './endpoints/api';
import { authorizeDecision, authorizePage } from './endpoints/authorize';
import { metadataEndpoint } from './endpoints/metadata';
import { tokenEndpoint } from './endpoints/token';
import { demo, registeredClients } from './fixtures';
import type { ScenarioInfo, ScenarioName } from './scenarios';
import { isScenarioName } from './scenarios';
import { ServerState } from './state';

export { demo, SCOPE_DESCRIPTIONS } from './fixtures';
export type { DemoUser, RegisteredClient } from './fixtures';
export { SCENARIOS } from './scenarios';
export type { ScenarioInfo, ScenarioName } from './scenarios';

/**
 * Options of {@link createMockOAuthServer}.
 *
 * @example
 * ```ts
 * const options: MockOAuthServerOptions = { tokenLifetimeSeconds: 60, slowServerDelayMs: 50 };
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
export interface MockOAuthServerOptions {
  /** Access token lifetime (`expires_in`) in seconds. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** Delay of the token endpoint under the `slowServer` scenario, in ms. Default 1500. */
  slowServerDelayMs?: number;
  /** Authorization code lifetime in seconds. Default 600 (10 minutes). */
  codeLifetimeSeconds?: number;
  /**
   * Where the authorization server answers. Default `https://auth.example.com` (the in-page
   * runner and msw/node); the HTTP server (`npm run mock-server`) passes its loopback address.
   */
  authServerUrl?: string;
  /** Where the protected API answers. Default `https://api.example.com/v1`. */
  apiBaseUrl?: string;
}

/**
 * Switches and resets of one mock server instance (for the runner UI and tests).
 *
 * @example
 * ```ts
 * mockServer.control.setScenario('apiUnauthorizedOnce', true);
 * mockServer.control.tokenLifetimeSeconds = 120;
 * mockServer.control.reset({ keepScenarios: true });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
 */
export interface MockServerControl {
  /**
   * Forgets every token, code and created item and restores the token lifetime; also switches
   * every scenario off unless `keepScenarios` is true.
   */
  reset(options?: { keepScenarios?: boolean }): void;
  /** Makes every access token issued so far expire now (refresh tokens stay valid). */
  expireTokens(): void;
  /**
   * Moves this instance's clock forward by `seconds` (tokens and codes expire by it); `reset`
   * brings it back. The in-page sandbox clock moves `Date` instead, which every instance follows.
   */
  advanceClock(seconds: number): void;
  /** How far `advanceClock` has moved this instance's clock, in seconds. */
  readonly clockOffsetSeconds: number;
  /** Lifetime of access tokens issued from now on, in seconds. */
  tokenLifetimeSeconds: number;
  /** The failure scenarios, with labels for a UI and whether each is on. */
  readonly scenarios: readonly ScenarioInfo[];
  /** Switches a scenario on or off. Unknown names throw. */
  setScenario(name: ScenarioName, enabled: boolean): void;
  isScenarioEnabled(name: ScenarioName): boolean;
  /** Calls `listener` whenever a scenario switches (including `apiUnauthorizedOnce` firing). */
  subscribe(listener: () => void): () => void;
}

/**
 * A mock server instance: its MSW handlers and its control.
 *
 * @example
 * ```ts
 * const server: MockOAuthServer = createMockOAuthServer();
 * const response = await getResponse(server.handlers, new Request(url));
 * ```
 * @see https://mswjs.io/docs/api/get-response
 */
export interface MockOAuthServer {
  handlers: HttpHandler[];
  control: MockServerControl;
}

/**
 * Creates an independent mock server (its own tokens, codes, items and scenarios).
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * const { handlers, control } = createMockOAuthServer({ tokenLifetimeSeconds: 60 });
 * const server = setupServer(...handlers);
 * control.setScenario('slowServer', true);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3
 */
export function createMockOAuthServer(options: MockOAuthServerOptions = {}): MockOAuthServer {
  const state = new ServerState(options.tokenLifetimeSeconds ?? demo.tokenLifetimeSeconds);
  const context: ServerContext = {
    state,
    clients: registeredClients,
    user: demo.user,
    authServerUrl: options.authServerUrl ?? demo.authServerUrl,
    apiBaseUrl: options.apiBaseUrl ?? demo.apiBaseUrl,
    slowServerDelayMs: options.slowServerDelayMs ?? 1500,
    codeLifetimeSeconds: options.codeLifetimeSeconds ?? demo.codeLifetimeSeconds,
  };
  const handlers: HttpHandler[] = [
    metadataEndpoint(context),
    authorizePage(context),
    authorizeDecision(context),
    tokenEndpoint(context),
    http.all(`${context.authServerUrl}/*`, () =>
      HttpResponse.json(
        { error: 'not_found', message: 'The authorization server has no such endpoint' },
        { status: 404 },
      ),
    ),
    ...apiEndpoints(context),
  ];
  const control: MockServerControl = {
    reset: (resetOptions) => state.reset(resetOptions?.keepScenarios ?? false),
    expireTokens: () => state.expireTokens(),
    advanceClock(seconds: number) {
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new RangeError(`advanceClock(seconds) needs a non-negative number, got ${seconds}`);
      }
      state.clockOffsetMs += seconds * 1000;
    },
    get clockOffsetSeconds() {
      return state.clockOffsetMs / 1000;
    },
    get tokenLifetimeSeconds() {
      return state.tokenLifetimeSeconds;
    },
    set tokenLifetimeSeconds(seconds: number) {
      if (!Number.isInteger(seconds) || seconds <= 0) {
        throw new RangeError(`tokenLifetimeSeconds must be a positive integer, got ${seconds}`);
      }
      state.tokenLifetimeSeconds = seconds;
    },
    get scenarios() {
      return state.scenarioList();
    },
    setScenario(name, enabled) {
      if (!isScenarioName(name)) {
        throw new RangeError(
          `Unknown scenario '${String(name)}'; known: ${state
            .scenarioList()
            .map((s) => s.name)
            .join(', ')}`,
        );
      }
      state.setScenario(name, enabled);
    },
    isScenarioEnabled: (name) => state.scenarios.has(name),
    subscribe: (listener) => state.subscribe(listener),
  };
  return { handlers, control };
}

/**
 * The default instance, shared by everything that imports `handlers`.
 *
 * @example
 * ```ts
 * mockServer.control.expireTokens();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-1.1
 */
export const mockServer: MockOAuthServer = createMockOAuthServer();

/**
 * The default instance's MSW handlers: one array for the browser runner and for msw/node.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * const server = setupServer(...handlers);
 * ```
 * @see https://mswjs.io/docs/api/setup-server
 */
export const handlers: HttpHandler[] = mockServer.handlers;
