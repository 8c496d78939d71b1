import { afterEach, describe, expect, it } from 'vitest';
import { clock } from 'sandbox';
import { demo } from '../index';
import { basicAuth, callApi, obtainCode, pkcePair, postToken, useMockServer } from '../testing';

useMockServer();
afterEach(() => clock.reset());

const exchange = (code: string, extra: Record<string, string> = {}) =>
  postToken({
    grant_type: 'authorization_code',
    code,
    redirect_uri: demo.redirectUri,
    ...extra,
  });

describe('authorization code grant (RFC 6749 §4.1.3)', () => {
  it('exchanges a code for an access token and a refresh token with the consented scope', async () => {
    const res = await exchange(await obtainCode());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', scope: 'read write' });
    expect(typeof res.body.refresh_token).toBe('string');
  });

  it('issues codes with at least 128 bits of randomness', async () => {
    const code = await obtainCode();
    expect(code).toMatch(/^[A-Za-z0-9_-]{43,}$/);
  });

  it('rejects a reused code with invalid_grant and revokes the tokens issued from it', async () => {
    const code = await obtainCode();
    const first = await exchange(code);
    const accessToken = first.body.access_token as string;
    expect((await callApi('/me', accessToken)).status).toBe(200);

    const second = await exchange(code);
    expect(second.status).toBe(400);
    expect(second.body.error).toBe('invalid_grant');

    const api = await callApi('/me', accessToken);
    expect(api.status).toBe(401);
    expect(api.headers.get('www-authenticate')).toContain('error="invalid_token"');
    const refresh = await postToken({
      grant_type: 'refresh_token',
      refresh_token: first.body.refresh_token as string,
    });
    expect(refresh.body.error).toBe('invalid_grant');
  });

  it('rejects a code older than 10 minutes with invalid_grant', async () => {
    const code = await obtainCode();
    clock.advance(601);
    const res = await exchange(code);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('accepts a code just under 10 minutes old', async () => {
    const code = await obtainCode();
    clock.advance(590);
    expect((await exchange(code)).status).toBe(200);
  });

  it('rejects a redirect_uri different from the authorization request with invalid_grant', async () => {
    const res = await exchange(await obtainCode(), {
      redirect_uri: 'https://example.com/oauth/other',
    });
    expect(res.body.error).toBe('invalid_grant');
  });

  it('requires redirect_uri when the authorization request carried one', async () => {
    const res = await postToken({ grant_type: 'authorization_code', code: await obtainCode() });
    expect(res.body.error).toBe('invalid_request');
  });

  it('rejects a code issued to another client with invalid_grant', async () => {
    const code = await obtainCode();
    const { clientId, clientSecret } = demo.specialClient;
    const res = await postToken(
      { grant_type: 'authorization_code', code, redirect_uri: demo.redirectUri },
      { authorization: basicAuth(clientId, clientSecret) },
    );
    expect(res.body.error).toBe('invalid_grant');
  });

  it('rejects an unknown code with invalid_grant', async () => {
    expect((await exchange('made-up')).body.error).toBe('invalid_grant');
  });

  it('rejects a request without code with invalid_request', async () => {
    const res = await postToken({ grant_type: 'authorization_code' });
    expect(res.body.error).toBe('invalid_request');
  });
});

describe('authorization code grant with PKCE (RFC 7636)', () => {
  it('accepts the matching S256 verifier', async () => {
    const { verifier, challenge } = await pkcePair();
    const code = await obtainCode({ code_challenge: challenge, code_challenge_method: 'S256' });
    expect((await exchange(code, { code_verifier: verifier })).status).toBe(200);
  });

  it('accepts the matching plain verifier', async () => {
    const { verifier } = await pkcePair();
    const code = await obtainCode({ code_challenge: verifier, code_challenge_method: 'plain' });
    expect((await exchange(code, { code_verifier: verifier })).status).toBe(200);
  });

  it('rejects a wrong verifier with invalid_grant', async () => {
    const { challenge } = await pkcePair();
    const other = await pkcePair();
    const code = await obtainCode({ code_challenge: challenge, code_challenge_method: 'S256' });
    const res = await exchange(code, { code_verifier: other.verifier });
    expect(res.body.error).toBe('invalid_grant');
  });

  it('rejects a missing verifier when a challenge was sent (downgrade) with invalid_grant', async () => {
    const { challenge } = await pkcePair();
    const code = await obtainCode({ code_challenge: challenge, code_challenge_method: 'S256' });
    const res = await exchange(code);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('rejects the challenge itself as a plain verifier when S256 was used', async () => {
    const { challenge } = await pkcePair();
    const code = await obtainCode({ code_challenge: challenge, code_challenge_method: 'S256' });
    const res = await exchange(code, { code_verifier: challenge });
    expect(res.body.error).toBe('invalid_grant');
  });

  it('rejects a verifier when the authorization request had no challenge', async () => {
    const { verifier } = await pkcePair();
    const res = await exchange(await obtainCode(), { code_verifier: verifier });
    expect(res.body.error).toBe('invalid_grant');
  });

  it('lets a public client redeem a code with PKCE and no secret', async () => {
    const { verifier, challenge } = await pkcePair();
    const code = await obtainCode({
      client_id: demo.publicClient.clientId,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    const res = await postToken(
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: demo.redirectUri,
        client_id: demo.publicClient.clientId,
        code_verifier: verifier,
      },
      { authorization: null },
    );
    expect(res.status).toBe(200);
  });
});
