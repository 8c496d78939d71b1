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
  headers: Headers;
  /** The request body (read from a clone, so it resolves later). */
  body: Promise<string>;
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
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: request.clone().text(),
    });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mock.control.reset();
    requests.length = 0;
  });
  afterAll(() => server.close());
  const tokenRequests = () =>
    requests.filter((request) => request.url.href === `${demo.authServerUrl}/oauth2/token`);
  /** The grant_type of every token request so far, in order. */
  const grantTypes = async () =>
    Promise.all(
      tokenRequests().map(async (request) =>
        new URLSearchParams(await request.body).get('grant_type'),
      ),
    );
  const apiRequests = () =>
    requests.filter((request) => request.url.href.startsWith(demo.apiBaseUrl));
  return { ...mock, server, requests, tokenRequests, apiRequests, grantTypes };
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

/** The authorization request parameters of the main demo client, plus `extra`. */
export function authorizationParams(extra: Record<string, string> = {}): Record<string, string> {
  return {
    response_type: 'code',
    client_id: demo.clientId,
    redirect_uri: demo.redirectUri,
    scope: 'read write',
    state: 'af0ifjsldkj',
    ...extra,
  };
}

/** Submits the consent form directly (as the consent page would) and returns the redirect. */
export async function submitConsent(
  params: Record<string, string>,
  decision: 'approve' | 'deny' | string = 'approve',
): Promise<{ status: number; location: URL | undefined; response: Response }> {
  const response = await fetch(`${demo.authServerUrl}/oauth2/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...params, decision }).toString(),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  return { status: response.status, location: location ? new URL(location) : undefined, response };
}

/** A PKCE verifier and its S256 challenge, computed with Web Crypto. */
export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const toBase64url = (bytes: Uint8Array) =>
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const verifier = toBase64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: toBase64url(new Uint8Array(digest)) };
}

/** Gets an authorization code for the demo client (approved consent). */
export async function obtainCode(extra: Record<string, string> = {}): Promise<string> {
  const { location } = await submitConsent(authorizationParams(extra));
  const code = location?.searchParams.get('code');
  if (!code) throw new Error(`No code in the redirect: ${location?.href}`);
  return code;
}

/** Calls the protected API with a bearer token. */
export async function callApi(
  path: string,
  token: string | undefined,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const headers = new Headers(init.headers);
  if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(`${demo.apiBaseUrl}${path}`, { ...init, headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}
