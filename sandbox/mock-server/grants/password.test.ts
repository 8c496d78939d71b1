import { describe, expect, it } from 'vitest';
import { demo } from '../index';
import { postToken, useMockServer } from '../testing';

useMockServer();

describe('resource owner password credentials grant (RFC 6749 §4.3)', () => {
  it('issues an access token and a refresh token for the demo user', async () => {
    const res = await postToken({
      grant_type: 'password',
      username: demo.username,
      password: demo.password,
      scope: 'read write',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', scope: 'read write' });
    expect(typeof res.body.refresh_token).toBe('string');
  });

  it('rejects a wrong password with invalid_grant', async () => {
    const res = await postToken({
      grant_type: 'password',
      username: demo.username,
      password: 'guess',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('rejects a request without username with invalid_request', async () => {
    const res = await postToken({ grant_type: 'password', password: demo.password });
    expect(res.body.error).toBe('invalid_request');
  });
});
