/**
 * The mock OAuth server over HTTP on loopback: the same MSW handlers as the in-page runner
 * (`sandbox/mock-server`), served by `@mswjs/http-middleware`, for SDKs in other languages, their
 * snippet harnesses and readers' own code. One port serves everything, split by path prefix:
 *
 * - `/auth`: the authorization server (`/oauth2/authorize`, `/oauth2/token`); its RFC 8414
 *   metadata at `/.well-known/oauth-authorization-server/auth` and at
 *   `/auth/.well-known/oauth-authorization-server`
 * - `/api/v1`: the protected API (`/me`, `/items`)
 * - `/__control`: resets, the clock, scenarios and the request log, for test harnesses
 *
 * Browser apps on loopback origins may fetch the metadata, the token endpoint and the API (CORS);
 * pages on other sites are refused.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMiddleware } from '@mswjs/http-middleware';
import express from 'express';
import type { RequestHandler } from 'express';
import { createMockOAuthServer, type MockOAuthServer } from '../../sandbox/mock-server';
import { controlRoutes } from './controlRoutes';
import { cors, type CorsRoute } from './cors';
import { refuseForeignOrigins } from './refuseForeignOrigins';
import { RequestLog } from './RequestLog';
import { RunRecorder } from '../check-snippets/recording/RunRecorder';
import { requireOwnHost } from './requireOwnHost';

/** The issuer's path: the authorization server shares the port with the API, so it has one. */
const AUTH_PATH = '/auth';
const API_PATH = '/api/v1';
/**
 * RFC 8414 §3.1: the metadata of an issuer with a path is found by inserting the well-known
 * suffix between the host and the path. Strict clients (oauth4webapi) look only there.
 */
const METADATA_PATH = `/.well-known/oauth-authorization-server${AUTH_PATH}`;
/**
 * Where the handlers answer it: the suffix appended to the issuer, the way OpenID Connect
 * Discovery builds its URL (RFC 8414 §5 notes the difference) and this server long documented.
 */
const HANDLED_METADATA_PATH = `${AUTH_PATH}/.well-known/oauth-authorization-server`;

/**
 * What a browser app fetches: RFC 9700 §2.6 lets the metadata and token endpoints support CORS
 * (the browser-based OAuth client of the Browser-Based Apps BCP calls both, then the API), and
 * forbids it at the authorization endpoint, which the app navigates to. The controls are for
 * harnesses, not pages.
 */
const CORS_ROUTES: readonly CorsRoute[] = [
  { path: METADATA_PATH, methods: ['GET'] },
  { path: HANDLED_METADATA_PATH, methods: ['GET'] },
  { path: `${AUTH_PATH}/oauth2/token`, methods: ['POST'] },
  { path: `${API_PATH}/`, methods: ['GET', 'POST'] },
];

export interface HttpMockServerOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Loopback only by default: the demo server has fixed, public credentials. */
  host?: string;
}

export interface HttpMockServer {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  /** `${url}/auth`: the issuer (RFC 8414 §2). */
  authServerUrl: string;
  /** `${url}/.well-known/oauth-authorization-server/auth`: its metadata (RFC 8414 §3.1). */
  metadataUrl: string;
  /** `${url}/api/v1` */
  apiBaseUrl: string;
  /** `${url}/__control` */
  controlUrl: string;
  /** The mock server instance behind the port (its control, for in-process harnesses). */
  mock: MockOAuthServer;
  /** Every request but the controls', since the last reset. */
  requests: RequestLog;
  /** Records one run's traffic for check-snippets' recorded runs, between start() and stop(). */
  recorder: RunRecorder;
  close(): Promise<void>;
}

/**
 * Starts one HTTP mock server with its own state and clock (several can run in one process).
 *
 * @example
 * ```ts
 * const server = await startHttpMockServer({ port: 0 });
 * await fetch(server.metadataUrl);
 * await server.close();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8414#section-3
 */
export async function startHttpMockServer(
  options: HttpMockServerOptions = {},
): Promise<HttpMockServer> {
  const host = options.host ?? '127.0.0.1';
  const app = express();
  app.disable('x-powered-by');
  const requests = new RequestLog();
  const recorder = new RunRecorder();
  // The handlers need the server's own address (the metadata's issuer, the consent form's
  // action), known only after listen(): the routes are built in the turn listen() resolves in,
  // before any request is read.
  const ready: { routes?: RequestHandler } = {};

  app.use(recorder.middleware());
  app.use(requests.middleware());
  app.use(refuseForeignOrigins());
  app.use(cors(CORS_ROUTES));
  app.use((request, response, next) => {
    if (!ready.routes) return next();
    return ready.routes(request, response, next);
  });
  app.use((request, response) => {
    response.status(404).json({
      error: 'not_found',
      message: `The mock server has no endpoint ${request.method} ${request.path}: the authorization server is under ${AUTH_PATH} (metadata at ${METADATA_PATH}), the API under ${API_PATH}, the controls under /__control`,
    });
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port ?? 0, host, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const authServerUrl = `${url}${AUTH_PATH}`;
  const apiBaseUrl = `${url}${API_PATH}`;
  const mock = createMockOAuthServer({ authServerUrl, apiBaseUrl });
  const routes = express.Router();
  routes.use(requireOwnHost(authServerUrl));
  routes.use('/__control', express.json(), controlRoutes(mock, requests));
  // The handlers own the issuer's path only; the path-inserted URL is outside it, on the part of
  // the port this server splits, so the mapping lives here (and the issuer in the answer is the
  // one the client inserted the suffix into, as RFC 8414 §3.3 requires).
  routes.get(METADATA_PATH, (request, _response, next) => {
    request.url = HANDLED_METADATA_PATH;
    next();
  });
  routes.use(createMiddleware(...mock.handlers));
  ready.routes = routes;

  return {
    url,
    authServerUrl,
    metadataUrl: `${url}${METADATA_PATH}`,
    apiBaseUrl,
    controlUrl: `${url}/__control`,
    mock,
    requests,
    recorder,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
