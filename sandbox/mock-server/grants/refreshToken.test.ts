import { describe, expect, it } from 'vitest';
import { demo } from '../index';
import { callApi, postToken, useMockServer } from '../testing';

const { control } = useMockServer();

async function passwordTokens(scope = 'read write') {
  const res = await postToken({
    grant_type: 'password',
    username: demo.username,
    password: demo.password,
    scope,
  });
  return res.body as { access_token: string; refresh_token: string };
}

const refresh = (refreshToken: string, extra: Record<string, string> = {}) =>
  postToken({ grant_type: 'refresh_token', refresh_token: refreshToken, ...extra });

describe('refresh token grant (RFC 6749 §6)', () => {
  it('issues a new access token and a new (rotated) refresh token', async () => {
    const tokens = await passwordTokens();
    const res = await refresh(tokens.refresh_token);
    expect(res.status).toBe(200);
    expect(res.body.access_token).not.toBe(tokens.access_token);
    expect(res.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(res.body.scope).toBe('read write');
  });

  it('rejects a replayed (rotated) refresh token with invalid_grant and revokes the grant', async () => {
    const tokens = await passwordTokens();
    const rotated = await refresh(tokens.refresh_token);
    const replay = await refresh(tokens.refresh_token);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    // The successor is revoked too (RFC 9700 §4.14.2).
    const successor = await refresh(rotated.body.refresh_token as string);
    expect(successor.body.error).toBe('invalid_grant');
    expect((await callApi('/me', rotated.body.access_token as string)).status).toBe(401);
  });

  it('may narrow the scope', async () => {
    const tokens = await passwordTokens();
    const res = await refresh(tokens.refresh_token, { scope: 'read' });
    expect(res.body.scope).toBe('read');
    // ...without narrowing the grant: the next refresh may ask for write again.
    const again = await refresh(res.body.refresh_token as string, { scope: 'write read' });
    expect(again.body.scope).toBe('read write');
  });

  it('may not widen the scope (invalid_scope)', async () => {
    const tokens = await passwordTokens('read');
    const res = await refresh(tokens.refresh_token, { scope: 'read write' });
    expect(res.body.error).toBe('invalid_scope');
  });

  it('rejects an unknown refresh token with invalid_grant', async () => {
    expect((await refresh('nope')).body.error).toBe('invalid_grant');
  });

  it('rejects a refresh token of another client with invalid_grant', async () => {
    const tokens = await passwordTokens();
    const { clientId, clientSecret } = demo.specialClient;
    const res = await postToken(
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      {
        authorization: `Basic ${btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`)}`,
      },
    );
    expect(res.body.error).toBe('invalid_grant');
  });

  it('answers invalid_grant while the revokeRefreshToken scenario is on', async () => {
    const tokens = await passwordTokens();
    control.setScenario('revokeRefreshToken', true);
    expect((await refresh(tokens.refresh_token)).body.error).toBe('invalid_grant');
  });
});
