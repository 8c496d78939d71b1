import { afterEach, describe, expect, it } from 'vitest';
import { clock } from 'sandbox';
import type { OAuthToken } from 'sdk';
import { Client, OAuthProviderError } from 'sdk';
import { demo } from '../../../../sandbox/mock-server/index';
import { useMockServer } from '../../../../sandbox/mock-server/testing';

const { control, grantTypes } = useMockServer();
afterEach(() => clock.reset());

const credentials = {
  oAuthClientId: demo.clientId,
  oAuthClientSecret: demo.clientSecret,
  oAuthUsername: demo.username,
  oAuthPassword: demo.password,
};
const newClient = (extra: object = {}) =>
  new Client({ resourceOwnerAuthCredentials: { ...credentials, ...extra } });

describe('ResourceOwnerAuthManager', () => {
  it('exchanges the username and password for an access token and a refresh token', async () => {
    const token = await newClient().resourceOwnerAuthManager!.fetchToken();
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600, scope: 'read' });
    expect(token.refreshToken).toMatch(/^[\w-]{43}$/);
  });

  it('rejects a wrong password with OAuthProviderError invalid_grant', async () => {
    const error = await newClient({ oAuthPassword: 'wrong' })
      .resourceOwnerAuthManager!.fetchToken()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'OAUTH_PROVIDER_ERROR', error: 'invalid_grant' });
  });

  it('refreshes with the refresh token, which rotates', async () => {
    const client = newClient();
    const first = await client.resourceOwnerAuthManager!.fetchToken();
    const next = client.withConfiguration({ resourceOwnerAuthCredentials: { oAuthToken: first } });
    const second = await next.resourceOwnerAuthManager!.refreshToken();
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await grantTypes()).toEqual(['password', 'refresh_token']);
  });

  it('refreshes automatically when the token expired, then calls the API with the new token', async () => {
    const updates: OAuthToken[] = [];
    const client = newClient({ oAuthOnTokenUpdate: (token: OAuthToken) => updates.push(token) });
    await client.userController.getProfile();
    clock.advance(3600);
    const { result } = await client.userController.getProfile();
    expect(result.username).toBe(demo.username);
    expect(await grantTypes()).toEqual(['password', 'refresh_token']);
    expect(updates).toHaveLength(2);
    expect(updates[1]!.refreshToken).not.toBe(updates[0]!.refreshToken);
  });

  it('falls back to a new password grant when the refresh token is rejected', async () => {
    const client = newClient();
    await client.userController.getProfile();
    clock.advance(3600);
    control.setScenario('revokeRefreshToken', true);
    expect((await client.userController.getProfile()).statusCode).toBe(200);
    expect(await grantTypes()).toEqual(['password', 'refresh_token', 'password']);
  });

  it('does not fall back when refreshToken() is called explicitly', async () => {
    const manager = newClient().resourceOwnerAuthManager!;
    await manager.fetchToken();
    control.setScenario('revokeRefreshToken', true);
    const error = await manager.refreshToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OAuthProviderError);
    expect((error as OAuthProviderError).error).toBe('invalid_grant');
  });

  it('retries once with a refreshed token after a 401 invalid_token', async () => {
    const client = newClient();
    await client.itemsController.listItems();
    control.setScenario('apiUnauthorizedOnce', true);
    expect((await client.itemsController.listItems()).statusCode).toBe(200);
    expect(await grantTypes()).toEqual(['password', 'refresh_token']);
  });

  it('refreshes with a token whose expiry is already past (server-side expiry)', async () => {
    const client = newClient();
    await client.itemsController.listItems();
    control.expireTokens();
    expect((await client.itemsController.listItems()).statusCode).toBe(200);
    expect(await grantTypes()).toEqual(['password', 'refresh_token']);
  });
});
