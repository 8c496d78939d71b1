import { describe, expect, it } from 'vitest';
import { postToken, useMockServer } from '../testing';

useMockServer();

describe('client credentials grant (RFC 6749 §4.4)', () => {
  it('issues a Bearer token with expires_in and the default scope read', async () => {
    const res = await postToken({ grant_type: 'client_credentials' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'read' });
    expect(res.body.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('issues no refresh token', async () => {
    const res = await postToken({ grant_type: 'client_credentials' });
    expect(res.body).not.toHaveProperty('refresh_token');
  });

  it('treats scope as an unordered set', async () => {
    const res = await postToken({ grant_type: 'client_credentials', scope: 'write read' });
    expect(res.body.scope).toBe('read write');
  });

  it('issues a different unguessable token each time', async () => {
    const a = await postToken({ grant_type: 'client_credentials' });
    const b = await postToken({ grant_type: 'client_credentials' });
    expect(a.body.access_token).not.toBe(b.body.access_token);
  });
});
