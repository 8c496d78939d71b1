import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demo } from '../../sandbox/mock-server';
import { startHttpMockServer, type HttpMockServer } from './startHttpMockServer';

const WELL_KNOWN = '/.well-known/oauth-authorization-server';

/** RFC 8414 section 3.1: the well-known suffix goes between the host and the issuer's path. */
function insertedMetadataUrl(issuer: string): string {
  const { origin, pathname } = new URL(issuer);
  return `${origin}${WELL_KNOWN}${pathname === '/' ? '' : pathname}`;
}

const basic = `Basic ${Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64')}`;

async function clientCredentialsToken(server: HttpMockServer): Promise<string> {
  const response = await fetch(`${server.authServerUrl}/oauth2/token`, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&scope=read',
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

const control = (server: HttpMockServer, path: string, body?: unknown, method = 'POST') =>
  fetch(`${server.controlUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('the HTTP mock server', () => {
  let server: HttpMockServer;
  beforeAll(async () => {
    server = await startHttpMockServer();
  });
  afterAll(() => server.close());
  beforeEach(() => control(server, '/reset'));

  it('advertises its own loopback endpoints in the RFC 8414 metadata', async () => {
    const response = await fetch(server.metadataUrl);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(metadata.issuer).toBe(server.authServerUrl);
    expect(metadata.token_endpoint).toBe(`${server.authServerUrl}/oauth2/token`);
  });

  it.each([
    ['inserted before the issuer path (RFC 8414 section 3.1)', insertedMetadataUrl],
    ['appended to the issuer', (issuer: string) => `${issuer}${WELL_KNOWN}`],
  ])(
    'serves the metadata at the well-known URL %s, naming as issuer the URL the client used',
    async (_name, metadataUrlOf) => {
      const issuer = server.authServerUrl;
      const response = await fetch(metadataUrlOf(issuer));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      // RFC 8414 section 3.3: the issuer must be identical to the one the URL was built from.
      expect(((await response.json()) as { issuer: string }).issuer).toBe(issuer);
    },
  );

  it('names the path-inserted metadata URL as its metadataUrl', () => {
    expect(server.metadataUrl).toBe(insertedMetadataUrl(server.authServerUrl));
    expect(server.metadataUrl).toMatch(/\/\.well-known\/oauth-authorization-server\/auth$/);
  });

  it('does not pretend to be an OpenID provider', async () => {
    const response = await fetch(`${server.authServerUrl}/.well-known/openid-configuration`);
    expect(response.status).toBe(404);
  });

  it('issues a token that the API on the same port accepts', async () => {
    const token = await clientCredentialsToken(server);
    const response = await fetch(`${server.apiBaseUrl}/items`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('Notebook');
  });

  it('answers a bad token request with the RFC 6749 error, as in the browser', async () => {
    const response = await fetch(`${server.authServerUrl}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=password&username=${demo.username}&password=wrong`,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('runs the consent form over HTTP and redirects with a code and the state', async () => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: demo.clientId,
      redirect_uri: demo.redirectUri,
      scope: 'read',
      state: 'xyz',
    });
    const page = await fetch(`${server.authServerUrl}/oauth2/authorize?${query}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain(`action="${server.authServerUrl}/oauth2/authorize"`);
    query.set('decision', 'approve');
    const answer = await fetch(`${server.authServerUrl}/oauth2/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: query.toString(),
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    const callback = new URL(answer.headers.get('location')!);
    expect(`${callback.origin}${callback.pathname}`).toBe(demo.redirectUri);
    expect(callback.searchParams.get('state')).toBe('xyz');
    expect(callback.searchParams.get('code')).toMatch(/\S/);
    expect(server.requests.consentScreens()).toBe(1);
  });

  it('expires tokens when its clock is moved past their lifetime', async () => {
    const token = await clientCredentialsToken(server);
    const moved = await control(server, '/clock', { advanceSeconds: 3600 });
    expect(await moved.json()).toEqual({ offsetSeconds: 3600 });
    const response = await fetch(`${server.apiBaseUrl}/items`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('switches a scenario on through the controls', async () => {
    await control(server, '/scenarios/rejectClient', { enabled: true }, 'PUT');
    const response = await fetch(`${server.authServerUrl}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('rejects an unknown scenario and a bad clock move with a message saying what to send', async () => {
    const scenario = await control(server, '/scenarios/nope', { enabled: true }, 'PUT');
    expect(scenario.status).toBe(400);
    expect(((await scenario.json()) as { message: string }).message).toContain('rejectClient');
    const clock = await control(server, '/clock', { advanceSeconds: -5 });
    expect(clock.status).toBe(400);
    expect(((await clock.json()) as { message: string }).message).toContain('advanceSeconds');
  });

  it('logs the requests since the last reset, without its controls', async () => {
    await clientCredentialsToken(server);
    const log = (await (await fetch(`${server.controlUrl}/requests`)).json()) as unknown[];
    expect(log).toEqual([{ method: 'POST', url: '/auth/oauth2/token', status: 200 }]);
    await control(server, '/reset');
    expect(await (await fetch(`${server.controlUrl}/requests`)).json()).toEqual([]);
  });

  it('says where things are for a path it does not serve', async () => {
    const response = await fetch(`${server.url}/oauth2/token`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toContain('/auth');
  });

  it('keeps a separate state and clock per server in one process', async () => {
    const other = await startHttpMockServer();
    try {
      const token = await clientCredentialsToken(server);
      const otherToken = await clientCredentialsToken(other);
      await control(other, '/clock', { advanceSeconds: 7200 });
      const response = await fetch(`${server.apiBaseUrl}/items`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const expired = await fetch(`${other.apiBaseUrl}/items`, {
        headers: { authorization: `Bearer ${otherToken}` },
      });
      expect(expired.status).toBe(401);
      expect(expired.headers.get('www-authenticate')).toContain('expired');
    } finally {
      await other.close();
    }
  });
});
