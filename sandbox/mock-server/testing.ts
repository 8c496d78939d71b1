/**
 * Test helpers (Node only: imports msw/node and vitest). Not part of the browser bundle: nothing
 * outside `*.test.ts` imports this file.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { MockOAuthServerOptions } from './index';
import { createMockOAuthServer, demo } from './index';

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  url: URL;
}

/**
 * Starts a fresh mock server under msw/node for the current test file; resets it after each
 * test. `requests` records every request (cleared after each test).
 */
export function useMockServer(options: MockOAuthServerOptions = {}) {
  const mock = createMockOAuthServer({ slowServerDelayMs: 50, ...options });
  const server = setupServer(...mock.handlers);
  const requests: RecordedRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push({ method: request.method, url: new URL(request.url) });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mock.control.reset();
    requests.length = 0;
  });
  afterAll(() => server.close());
  const tokenRequests = () =>
    requests.filter((request) => request.url.href === `${demo.authServerUrl}/oauth2/token`);
  return { ...mock, server, requests, tokenRequests };
}

/** `application/x-www-form-urlencoded` encoding of one value, as RFC 6749 §2.3.1 requires. */
export function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** An HTTP Basic header for a client, id and secret form-encoded first. */
export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${btoa(`${formEncode(clientId)}:${formEncode(clientSecret)}`)}`;
}

/** POSTs a form to the token endpoint and returns the status, headers and JSON body. */
export async function postToken(
  params: Record<string, string>,
  options: { authorization?: string | null; contentType?: string } = {},
) {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
  };
  const authorization =
    options.authorization === undefined
      ? basicAuth(demo.clientId, demo.clientSecret)
      : options.authorization;
  if (authorization !== null) headers.authorization = authorization;
  const response = await fetch(`${demo.authServerUrl}/oauth2/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(params).toString(),
  });
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, headers: response.headers, body };
}
