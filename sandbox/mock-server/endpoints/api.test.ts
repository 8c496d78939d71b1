import { afterEach, describe, expect, it } from 'vitest';
import { clock } from 'sandbox';
import { demo } from '../index';
import { basicAuth, callApi, postToken, useMockServer } from '../testing';

const { control } = useMockServer();
afterEach(() => clock.reset());

async function token(scope = 'read write', grant: 'password' | 'client_credentials' = 'password') {
  const params: Record<string, string> =
    grant === 'password'
      ? { grant_type: 'password', username: demo.username, password: demo.password, scope }
      : { grant_type: 'client_credentials', scope };
  return (await postToken(params)).body.access_token as string;
}

const postItem = (accessToken: string, body: unknown, contentType = 'application/json') =>
  callApi('/items', accessToken, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('protected API: bearer token errors (RFC 6750 §3)', () => {
  it('answers a request without a token with 401 and a bare Bearer challenge', async () => {
    const res = await callApi('/me', undefined);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api.example.com"');
  });

  it('treats a non-Bearer Authorization header as no token', async () => {
    const res = await callApi('/me', undefined, {
      headers: { authorization: basicAuth('a', 'b') },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api.example.com"');
  });

  it('answers an unknown token with 401 invalid_token', async () => {
    const res = await callApi('/me', 'not-a-real-token');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="api.example.com", error="invalid_token", error_description="[^"]+"$/,
    );
    expect(res.body.error).toBe('invalid_token');
  });

  it('answers an expired token with 401 invalid_token', async () => {
    const accessToken = await token();
    clock.advance(3600);
    const res = await callApi('/me', accessToken);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('accepts a token one second before it expires', async () => {
    const accessToken = await token();
    clock.advance(3599);
    expect((await callApi('/me', accessToken)).status).toBe(200);
  });

  it('expires every current token on control.expireTokens()', async () => {
    const accessToken = await token();
    control.expireTokens();
    expect((await callApi('/me', accessToken)).status).toBe(401);
    expect((await callApi('/me', await token())).status).toBe(200);
  });

  it('issues tokens with the configured lifetime', async () => {
    control.tokenLifetimeSeconds = 60;
    const res = await postToken({ grant_type: 'client_credentials' });
    expect(res.body.expires_in).toBe(60);
    clock.advance(60);
    expect((await callApi('/items', res.body.access_token as string)).status).toBe(401);
  });

  it('answers too little scope with 403 insufficient_scope naming the scope needed', async () => {
    const res = await postItem(await token('read'), { name: 'Pen' });
    expect(res.status).toBe(403);
    const challenge = res.headers.get('www-authenticate')!;
    expect(challenge).toContain('error="insufficient_scope"');
    expect(challenge).toContain('scope="write"');
  });

  it('rejects an access token in the query string with 400 invalid_request', async () => {
    const accessToken = await token();
    const res = await callApi(`/me?access_token=${accessToken}`, undefined);
    expect(res.status).toBe(400);
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_request"');
  });

  it('answers 401 invalid_token once under apiUnauthorizedOnce, then switches it off', async () => {
    const accessToken = await token();
    control.setScenario('apiUnauthorizedOnce', true);
    expect((await callApi('/me', accessToken)).status).toBe(401);
    expect(control.isScenarioEnabled('apiUnauthorizedOnce')).toBe(false);
    expect((await callApi('/me', accessToken)).status).toBe(200);
  });
});

describe('protected API: resources', () => {
  it('answers GET /me with the demo user for a user token', async () => {
    const res = await callApi('/me', await token());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: demo.user.id,
      kind: 'user',
      username: demo.username,
      name: demo.user.name,
      scopes: ['read', 'write'],
    });
  });

  it('answers GET /me with the client itself for a client credentials token', async () => {
    const res = await callApi('/me', await token('read', 'client_credentials'));
    expect(res.body).toMatchObject({ id: demo.clientId, kind: 'client', name: demo.clientName });
  });

  it('lists the seeded items', async () => {
    const res = await callApi('/items', await token('read'));
    expect(res.status).toBe(200);
    expect((res.body.items as unknown[]).length).toBe(2);
  });

  it('creates an item with 201, a Location header and defaults', async () => {
    const accessToken = await token();
    const res = await postItem(accessToken, { name: '  Stapler ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: 'item_3', name: 'Stapler', quantity: 1 });
    expect(res.headers.get('location')).toBe(`${demo.apiBaseUrl}/items/item_3`);
    expect((await callApi('/items/item_3', accessToken)).body.name).toBe('Stapler');
    expect(((await callApi('/items', accessToken)).body.items as unknown[]).length).toBe(3);
  });

  it('rejects an invalid item body with 400', async () => {
    const accessToken = await token();
    for (const body of [
      {},
      { name: '' },
      { name: 'x', quantity: -1 },
      { name: 'x', extra: 1 },
      '[1]',
      '{',
    ]) {
      const res = await postItem(accessToken, body);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid_body');
    }
  });

  it('rejects a non-JSON content type with 415', async () => {
    const res = await postItem(await token(), 'name=x', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
  });

  it('answers an unknown path with 404', async () => {
    expect((await callApi('/nothing-here', await token())).status).toBe(404);
  });

  it('forgets created items on reset', async () => {
    await postItem(await token(), { name: 'Temporary' });
    control.reset();
    expect(((await callApi('/items', await token())).body.items as unknown[]).length).toBe(2);
  });
});
