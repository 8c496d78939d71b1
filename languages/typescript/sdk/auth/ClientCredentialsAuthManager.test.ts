import { afterEach, describe, expect, it } from 'vitest';
import { clock } from 'sandbox';
import type { ClientCredentialsAuthManager, OAuthToken } from 'sdk';
import { Client, OAuthProviderError, OAuthScopeEnum } from 'sdk';
import { demo } from '../../../../sandbox/mock-server/index';
import { useMockServer } from '../../../../sandbox/mock-server/testing';

const { control, server, tokenRequests, apiRequests } = useMockServer();
afterEach(() => clock.reset());

const credentials = { oAuthClientId: demo.clientId, oAuthClientSecret: demo.clientSecret };
const newClient = (extra: object = {}) =>
  new Client({ clientCredentialsAuthCredentials: { ...credentials, ...extra } });

describe('ClientCredentialsAuthManager', () => {
  it('fetches a Bearer token whose expiry is receipt time + expires_in - 30 s', async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await newClient().clientCredentialsAuthManager!.fetchToken();
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600, scope: 'read' });
    expect(token.accessToken).toMatch(/^[\w-]{43}$/);
    expect(token.refreshToken).toBeUndefined();
    expect(token.expiry).toBeGreaterThanOrEqual(before + 3570);
    expect(token.expiry).toBeLessThanOrEqual(before + 3571);
  });

  it('requests the configured scopes', async () => {
    const client = newClient({
      oAuthScopes: [OAuthScopeEnum.WriteScope, OAuthScopeEnum.ReadScope],
    });
    expect((await client.clientCredentialsAuthManager!.fetchToken()).scope).toBe('read write');
  });

  it('gets a token on the first endpoint call and reuses it', async () => {
    const client = newClient();
    await client.itemsController.listItems();
    await client.userController.getProfile();
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(2);
  });

  it('shares one token request among 50 parallel calls', async () => {
    const client = newClient();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.itemsController.listItems()),
    );
    expect(results.every((result) => result.statusCode === 200)).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(50);
  });

  it('gets a new token once the clock passes the expiry (with its 30 s margin)', async () => {
    const client = newClient();
    await client.itemsController.listItems();
    clock.advance(3560);
    await client.itemsController.listItems();
    expect(tokenRequests()).toHaveLength(1);
    clock.advance(10);
    expect(client.clientCredentialsAuthManager!.isTokenExpired()).toBe(true);
    await client.itemsController.listItems();
    expect(tokenRequests()).toHaveLength(2);
  });

  it('asks the provider when the token is missing or expired, then fires the update callback', async () => {
    const events: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      events.push(request.url.endsWith('/oauth2/token') ? 'token request' : 'api request');
    };
    server.events.on('request:start', listener);
    const seen: (OAuthToken | undefined)[] = [];
    const client = newClient({
      oAuthTokenProvider: async (
        lastToken: OAuthToken | undefined,
        manager: ClientCredentialsAuthManager,
      ) => {
        events.push('provider');
        seen.push(lastToken);
        return manager.fetchToken();
      },
      oAuthOnTokenUpdate: () => events.push('update'),
    });
    await client.itemsController.listItems();
    clock.advance(3600);
    await client.itemsController.listItems();
    server.events.removeListener('request:start', listener);
    expect(events).toEqual([
      'provider',
      'token request',
      'update',
      'api request',
      'provider',
      'token request',
      'update',
      'api request',
    ]);
    expect(seen[0]).toBeUndefined();
    expect(seen[1]?.accessToken).toMatch(/^[\w-]{43}$/);
  });

  it("uses the provider's token without a token request, and reports it as an update", async () => {
    const stored = await newClient().clientCredentialsAuthManager!.fetchToken();
    const updates: OAuthToken[] = [];
    const client = newClient({
      oAuthTokenProvider: () => stored,
      oAuthOnTokenUpdate: (token: OAuthToken) => updates.push(token),
    });
    await client.itemsController.listItems();
    expect(tokenRequests()).toHaveLength(1);
    expect(updates).toEqual([stored]);
  });

  it('uses a configured oAuthToken until it expires', async () => {
    const token = await newClient().clientCredentialsAuthManager!.fetchToken();
    const client = newClient({ oAuthToken: token });
    await client.itemsController.listItems();
    expect(tokenRequests()).toHaveLength(1);
  });

  it('renews the token and retries once when the API answers 401 invalid_token', async () => {
    const client = newClient();
    await client.itemsController.listItems();
    control.setScenario('apiUnauthorizedOnce', true);
    const response = await client.itemsController.listItems();
    expect(response.statusCode).toBe(200);
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests()).toHaveLength(3);
  });

  it('throws OAuthProviderError invalid_client (HTTP 401) when the server rejects the client', async () => {
    control.setScenario('rejectClient', true);
    const error = await newClient()
      .clientCredentialsAuthManager!.fetchToken()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OAuthProviderError);
    expect(error).toMatchObject({
      code: 'OAUTH_PROVIDER_ERROR',
      error: 'invalid_client',
      statusCode: 401,
    });
    const providerError = error as OAuthProviderError;
    expect(providerError.error_description).toBe(providerError.errorDescription);
    expect(providerError.headers['www-authenticate']).toMatch(/^Basic/);
  });

  it('fetches a new token on refreshToken(), since this grant has no refresh token', async () => {
    const manager = newClient().clientCredentialsAuthManager!;
    const first = await manager.fetchToken();
    const second = await manager.refreshToken();
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('authenticates a client whose id and secret contain %&+: and spaces', async () => {
    const client = new Client({
      clientCredentialsAuthCredentials: {
        oAuthClientId: demo.specialClient.clientId,
        oAuthClientSecret: demo.specialClient.clientSecret,
      },
    });
    const { result } = await client.userController.getProfile();
    expect(result).toMatchObject({ kind: 'client', id: demo.specialClient.clientId });
  });

  it('reports expiry: no token, fresh token, expired token, token without expiry', async () => {
    const manager = newClient().clientCredentialsAuthManager!;
    expect(manager.isTokenExpired()).toBe(true);
    const token = await manager.fetchToken();
    expect(manager.isTokenExpired()).toBe(false);
    expect(manager.isTokenExpired(token)).toBe(false);
    clock.advance(3600);
    expect(manager.isTokenExpired(token)).toBe(true);
    expect(manager.isTokenExpired({ accessToken: 'x', tokenType: 'Bearer' })).toBe(false);
  });
});
