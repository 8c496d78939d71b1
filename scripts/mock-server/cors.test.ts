import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demo } from '../../sandbox/mock-server';
import { startHttpMockServer, type HttpMockServer } from './startHttpMockServer';

/** A single-page app's dev server on another loopback port (Vite's default). */
const APP = 'http://localhost:5173';
const basic = `Basic ${Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64')}`;

function preflight(url: string, method: string, origin = APP): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization,content-type',
    },
  });
}

async function tokenFromPage(server: HttpMockServer, scope: string): Promise<Response> {
  return fetch(`${server.authServerUrl}/oauth2/token`, {
    method: 'POST',
    headers: {
      origin: APP,
      authorization: basic,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope }),
  });
}

describe('CORS on the HTTP mock server', () => {
  let server: HttpMockServer;
  beforeAll(async () => {
    server = await startHttpMockServer();
  });
  afterAll(() => server.close());
  beforeEach(() => fetch(`${server.controlUrl}/reset`, { method: 'POST' }));

  it.each([
    {
      name: 'the token endpoint',
      url: (s: HttpMockServer) => `${s.authServerUrl}/oauth2/token`,
      method: 'POST',
    },
    { name: 'the RFC 8414 metadata', url: (s: HttpMockServer) => s.metadataUrl, method: 'GET' },
    {
      name: 'the metadata under the issuer path',
      url: (s: HttpMockServer) => `${s.authServerUrl}/.well-known/oauth-authorization-server`,
      method: 'GET',
    },
    { name: 'GET /me', url: (s: HttpMockServer) => `${s.apiBaseUrl}/me`, method: 'GET' },
    { name: 'POST /items', url: (s: HttpMockServer) => `${s.apiBaseUrl}/items`, method: 'POST' },
  ])(
    'answers a preflight to $name from a page on another loopback port',
    async ({ url, method }) => {
      const response = await preflight(url(server), method);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP);
      expect(response.headers.get('access-control-allow-methods')).toContain(method);
      const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
      expect(allowed).toContain('authorization');
      expect(allowed).toContain('content-type');
      expect(response.headers.get('vary')).toContain('Origin');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    },
  );

  it('reflects each loopback origin, not a wildcard', async () => {
    for (const origin of ['http://127.0.0.1:8080', 'http://[::1]:3000']) {
      const response = await fetch(server.metadataUrl, { headers: { origin } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('lets a page on another loopback origin read a token, then /me with it', async () => {
    const tokenResponse = await tokenFromPage(server, 'read');
    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get('access-control-allow-origin')).toBe(APP);
    const { access_token } = (await tokenResponse.json()) as { access_token: string };
    const me = await fetch(`${server.apiBaseUrl}/me`, {
      headers: { origin: APP, authorization: `Bearer ${access_token}` },
    });
    expect(me.status).toBe(200);
    expect(me.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await me.json()).toMatchObject({ id: demo.clientId, kind: 'client' });
  });

  it('lets a page read the token endpoint error of a rejected grant', async () => {
    const response = await fetch(`${server.authServerUrl}/oauth2/token`, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('exposes WWW-Authenticate on a 401 from the API, for the RFC 6750 error', async () => {
    const response = await fetch(`${server.apiBaseUrl}/me`, {
      headers: { origin: APP, authorization: 'Bearer unknown-token' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('exposes Location on the 201 of a created item', async () => {
    const { access_token } = (await (await tokenFromPage(server, 'read write')).json()) as {
      access_token: string;
    };
    const response = await fetch(`${server.apiBaseUrl}/items`, {
      method: 'POST',
      headers: {
        origin: APP,
        authorization: `Bearer ${access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'Pen', quantity: 2 }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-expose-headers')).toContain('Location');
    expect(response.headers.get('location')).toMatch(`${server.apiBaseUrl}/items/`);
  });

  it('gives the authorization endpoint no CORS: the app navigates to it (RFC 9700 section 2.6)', async () => {
    const authorize = `${server.authServerUrl}/oauth2/authorize`;
    const answer = await preflight(authorize, 'GET');
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: demo.clientId,
      redirect_uri: demo.redirectUri,
      state: 'xyz',
    });
    const page = await fetch(`${authorize}?${query}`, { headers: { origin: APP } });
    expect(page.status).toBe(200);
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives the controls no CORS: they are for harnesses, not pages', async () => {
    const response = await fetch(server.controlUrl, { headers: { origin: APP } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
