import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../../sandbox/mock-server';
import { startHttpMockServer, type HttpMockServer } from './startHttpMockServer';

describe('the HTTP mock server and pages of other sites', () => {
  let server: HttpMockServer;
  beforeAll(async () => {
    server = await startHttpMockServer();
  });
  afterAll(() => server.close());

  it('refuses a preflight from a site on the internet with 403 and no CORS headers', async () => {
    const response = await fetch(`${server.authServerUrl}/oauth2/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await response.json()) as { message: string }).message).toContain('loopback');
  });

  it.each(['https://evil.example', 'http://192.168.1.10:5173', 'null'])(
    'refuses a request from the origin %s, which is not on this machine',
    async (origin) => {
      const response = await fetch(`${server.apiBaseUrl}/me`, { headers: { origin } });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(await response.json()).toMatchObject({ error: 'forbidden_origin' });
    },
  );

  it('does not let a page of another site reset the mock with a form post', async () => {
    await fetch(`${server.controlUrl}/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: 60 }),
    });
    const reset = await fetch(`${server.controlUrl}/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
    });
    expect(reset.status).toBe(403);
    const state = (await (await fetch(server.controlUrl)).json()) as { clockOffsetSeconds: number };
    expect(state.clockOffsetSeconds).toBe(60);
    await fetch(`${server.controlUrl}/reset`, { method: 'POST' });
  });

  it('lets the consent form post from its own page', async () => {
    const response = await fetch(`${server.authServerUrl}/oauth2/authorize`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        response_type: 'code',
        client_id: demo.clientId,
        redirect_uri: demo.redirectUri,
        decision: 'approve',
      }),
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toContain('code=');
  });
});
