/**
 * The mock OAuth server over HTTP on loopback: the same MSW handlers as the in-page runner
 * (`sandbox/mock-server`), served by `@mswjs/http-middleware`, for SDKs in other languages, their
 * snippet harnesses and readers' own code. One port serves everything, split by path prefix:
 *
 * - `/auth`: the authorization server (RFC 8414 metadata, `/oauth2/authorize`, `/oauth2/token`)
 * - `/api/v1`: the protected API (`/me`, `/items`)
 * - `/__control`: resets, the clock, scenarios and the request log, for test harnesses
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMiddleware } from '@mswjs/http-middleware';
import express from 'express';
import type { RequestHandler } from 'express';
import { createMockOAuthServer, type MockOAuthServer } from '../../sandbox/mock-server';
import { controlRoutes } from './controlRoutes';
import { RequestLog } from './RequestLog';

export interface HttpMockServerOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Loopback only by default: the demo server has fixed, public credentials. */
  host?: string;
}

export interface HttpMockServer {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  /** `${url}/auth` */
  authServerUrl: string;
  /** `${url}/api/v1` */
  apiBaseUrl: string;
  /** `${url}/__control` */
  controlUrl: string;
  /** The mock server instance behind the port (its control, for in-process harnesses). */
  mock: MockOAuthServer;
  /** Every request but the controls', since the last reset. */
  requests: RequestLog;
  close(): Promise<void>;
}

/**
 * Starts one HTTP mock server with its own state and clock (several can run in one process).
 *
 * @example
 * ```ts
 * const server = await startHttpMockServer({ port: 0 });
 * await fetch(`${server.authServerUrl}/.well-known/oauth-authorization-server`);
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
  // The handlers need the server's own address (the metadata's issuer, the consent form's
  // action), which is known only after listen(): requests wait behind this until it is set.
  const ready: { controls?: RequestHandler; middleware?: RequestHandler } = {};

  app.use(requests.middleware());
  app.use('/__control', express.json(), (request, response, next) => {
    if (!ready.controls) return next();
    return ready.controls(request, response, next);
  });
  app.use((request, response, next) => {
    if (!ready.middleware) return next();
    return ready.middleware(request, response, next);
  });
  app.use((request, response) => {
    response.status(404).json({
      error: 'not_found',
      message: `The mock server has no endpoint ${request.method} ${request.path}: the authorization server is under /auth, the API under /api/v1, the controls under /__control`,
    });
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port ?? 0, host, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const mock = createMockOAuthServer({ authServerUrl: `${url}/auth`, apiBaseUrl: `${url}/api/v1` });
  ready.controls = controlRoutes(mock, requests);
  ready.middleware = createMiddleware(...mock.handlers);

  return {
    url,
    authServerUrl: `${url}/auth`,
    apiBaseUrl: `${url}/api/v1`,
    controlUrl: `${url}/__control`,
    mock,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
