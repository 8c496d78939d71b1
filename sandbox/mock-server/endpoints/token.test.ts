import { describe, expect, it } from 'vitest';
import { demo } from '../index';
import { basicAuth, formEncode, postToken, useMockServer } from '../testing';

const { control } = useMockServer();

describe('token endpoint: client authentication (RFC 6749 §2.3)', () => {
  it('accepts HTTP Basic credentials', async () => {
    const res = await postToken({ grant_type: 'client_credentials' });
    expect(res.status).toBe(200);
  });

  it('accepts client_id and client_secret in the body (client_secret_post)', async () => {
    const res = await postToken(
      {
        grant_type: 'client_credentials',
        client_id: demo.clientId,
        client_secret: demo.clientSecret,
      },
      { authorization: null },
    );
    expect(res.status).toBe(200);
  });

  it('rejects a request that uses Basic and client_secret_post at once with invalid_request', async () => {
    const res = await postToken({
      grant_type: 'client_credentials',
      client_id: demo.clientId,
      client_secret: demo.clientSecret,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
  });

  it('form-decodes Basic credentials with %&+: and spaces in id and secret', async () => {
    const { clientId, clientSecret } = demo.specialClient;
    const res = await postToken(
      { grant_type: 'client_credentials' },
      { authorization: basicAuth(clientId, clientSecret) },
    );
    expect(res.status).toBe(200);
  });

  it('accepts client_secret_post with %&+: and spaces in id and secret', async () => {
    const { clientId, clientSecret } = demo.specialClient;
    const res = await postToken(
      { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
      { authorization: null },
    );
    expect(res.status).toBe(200);
  });

  it('rejects Basic credentials that were not form-encoded first', async () => {
    const { clientId, clientSecret } = demo.specialClient;
    const raw = `Basic ${btoa(`${clientId}:${clientSecret}`)}`;
    const res = await postToken({ grant_type: 'client_credentials' }, { authorization: raw });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });

  it('answers a wrong Basic secret with 401 invalid_client and a Basic challenge', async () => {
    const res = await postToken(
      { grant_type: 'client_credentials' },
      { authorization: basicAuth(demo.clientId, 'wrong') },
    );
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="auth.example.com"');
  });

  it('answers an unknown client with invalid_client', async () => {
    const res = await postToken(
      { grant_type: 'client_credentials' },
      { authorization: basicAuth('nobody', 'nothing') },
    );
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });

  it('answers a request without client authentication with invalid_client', async () => {
    const res = await postToken({ grant_type: 'client_credentials' }, { authorization: null });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });

  it('rejects a confidential client that sends only its client_id', async () => {
    const res = await postToken(
      { grant_type: 'client_credentials', client_id: demo.clientId },
      { authorization: null },
    );
    expect(res.body.error).toBe('invalid_client');
  });

  it('rejects a Basic id that differs from the client_id in the body', async () => {
    const res = await postToken({ grant_type: 'client_credentials', client_id: 'other' });
    expect(res.body.error).toBe('invalid_request');
  });

  it('rejects every client while the rejectClient scenario is on', async () => {
    control.setScenario('rejectClient', true);
    const res = await postToken({ grant_type: 'client_credentials' });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });

  it('encodes the test fixture exactly as RFC 6749 Appendix B says', () => {
    expect(formEncode('a b%&+:')).toBe('a+b%25%26%2B%3A');
  });
});

describe('token endpoint: request format (RFC 6749 §3.2)', () => {
  it('answers success with Cache-Control: no-store and Pragma: no-cache', async () => {
    const res = await postToken({ grant_type: 'client_credentials' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('pragma')).toBe('no-cache');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers errors with no-store too', async () => {
    const res = await postToken({ grant_type: 'nope' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('rejects a JSON body with invalid_request', async () => {
    const res = await fetch(`${demo.authServerUrl}/oauth2/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: basicAuth(demo.clientId, demo.clientSecret),
      },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('rejects parameters in the URL with invalid_request', async () => {
    const res = await fetch(
      `${demo.authServerUrl}/oauth2/token?client_secret=${demo.clientSecret}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: basicAuth(demo.clientId, demo.clientSecret),
        },
        body: 'grant_type=client_credentials',
      },
    );
    expect(res.status).toBe(400);
  });

  it('rejects a repeated parameter with invalid_request', async () => {
    const res = await fetch(`${demo.authServerUrl}/oauth2/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basicAuth(demo.clientId, demo.clientSecret),
      },
      body: 'grant_type=client_credentials&scope=read&scope=write',
    });
    expect(((await res.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('answers a missing grant_type with invalid_request', async () => {
    const res = await postToken({});
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
  });

  it('answers an unknown grant_type with unsupported_grant_type', async () => {
    const res = await postToken({ grant_type: 'urn:example:magic' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('unsupported_grant_type');
  });

  it('answers a grant the client may not use with unauthorized_client', async () => {
    const { clientId, clientSecret } = demo.restrictedClient;
    const res = await postToken(
      { grant_type: 'password', username: demo.username, password: demo.password },
      { authorization: basicAuth(clientId, clientSecret) },
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('unauthorized_client');
  });

  it('answers an unknown scope with invalid_scope', async () => {
    const res = await postToken({ grant_type: 'client_credentials', scope: 'read admin' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_scope');
  });

  it('answers a scope the client may not request with invalid_scope', async () => {
    const { clientId, clientSecret } = demo.restrictedClient;
    const res = await postToken(
      { grant_type: 'client_credentials', scope: 'write' },
      { authorization: basicAuth(clientId, clientSecret) },
    );
    expect(res.body.error).toBe('invalid_scope');
  });

  it('answers a malformed scope (double space) with invalid_scope', async () => {
    const res = await postToken({ grant_type: 'client_credentials', scope: 'read  write' });
    expect(res.body.error).toBe('invalid_scope');
  });

  it('waits before answering while the slowServer scenario is on', async () => {
    control.setScenario('slowServer', true);
    const started = performance.now();
    await postToken({ grant_type: 'client_credentials' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('keeps every error_description within the RFC 6749 character set', async () => {
    const res = await postToken({ grant_type: 'client_credentials', scope: 'read admin' });
    expect(res.body.error_description).toMatch(/^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/);
  });
});
