import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser, setConsentHandler } from 'sandbox';
import type { FetchLike } from 'sdk';
import {
  ApiError,
  Client,
  ConfigurationError,
  InvalidResponseError,
  OAuthProviderError,
  OAuthScopeEnum,
  SdkError,
} from 'sdk';
import { demo } from '../../../sandbox/mock-server/index';
import { useMockServer } from '../../../sandbox/mock-server/testing';

const { control, requests } = useMockServer();
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  setConsentHandler(undefined);
});

const cc = { oAuthClientId: demo.clientId, oAuthClientSecret: demo.clientSecret };
const ro = { ...cc, oAuthUsername: demo.username, oAuthPassword: demo.password };
const ac = { ...cc, oAuthRedirectUri: demo.redirectUri };

/** A fetch that answers every request with `response` (a fresh clone each time). */
const answering = (response: () => Response): FetchLike => vi.fn(async () => response());

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('Client configuration', () => {
  it('exposes a manager only for each configured credentials group', () => {
    const client = new Client({ clientCredentialsAuthCredentials: cc });
    expect(client.clientCredentialsAuthManager).toBeDefined();
    expect(client.resourceOwnerAuthManager).toBeUndefined();
    expect(client.authorizationCodeAuthManager).toBeUndefined();
  });

  it('rejects a group with a missing value with ConfigurationError naming the option', () => {
    const make = () => new Client({ resourceOwnerAuthCredentials: { ...ro, oAuthPassword: '' } });
    expect(make).toThrow(ConfigurationError);
    expect(make).toThrow(/resourceOwnerAuthCredentials\.oAuthPassword/);
  });

  it('rejects an endpoint call without any credentials with ConfigurationError', async () => {
    const error = await caught(new Client().itemsController.listItems());
    expect(error).toMatchObject({ code: 'CONFIGURATION_ERROR' });
  });

  it('returns a new client from withConfiguration, merging each credentials group', async () => {
    const client = new Client({ resourceOwnerAuthCredentials: ro });
    const token = await client.resourceOwnerAuthManager!.fetchToken();
    const next = client.withConfiguration({
      resourceOwnerAuthCredentials: { oAuthToken: token },
      apiBaseUrl: demo.apiBaseUrl,
    });
    expect(next).not.toBe(client);
    expect(next.resourceOwnerAuthManager!.isTokenExpired()).toBe(false);
    expect(JSON.parse(JSON.stringify(next)).resourceOwnerAuthCredentials).toMatchObject({
      oAuthClientId: demo.clientId,
      oAuthUsername: demo.username,
    });
    await next.userController.getProfile();
    expect(requests.filter((r) => r.url.pathname === '/oauth2/token')).toHaveLength(1);
  });

  it('takes its default base URLs from SDK_AUTH_SERVER_URL and SDK_API_BASE_URL, as every SDK does', async () => {
    vi.stubEnv('SDK_AUTH_SERVER_URL', 'http://127.0.0.1:4010/auth');
    vi.stubEnv('SDK_API_BASE_URL', 'http://127.0.0.1:4010/api/v1');
    const fetch = answering(
      () =>
        new Response('{"error":"invalid_client"}', {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const client = new Client({ clientCredentialsAuthCredentials: cc, fetch });
    await caught(client.clientCredentialsAuthManager!.fetchToken());
    expect(String(vi.mocked(fetch).mock.calls[0]![0])).toBe(
      'http://127.0.0.1:4010/auth/oauth2/token',
    );
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({
      authServerUrl: 'http://127.0.0.1:4010/auth',
      apiBaseUrl: 'http://127.0.0.1:4010/api/v1',
    });
  });

  it('prefers the configured base URLs to the environment, and the demo servers to an empty variable', () => {
    vi.stubEnv('SDK_AUTH_SERVER_URL', 'http://127.0.0.1:4010/auth');
    vi.stubEnv('SDK_API_BASE_URL', '');
    const client = new Client({ authServerUrl: demo.authServerUrl });
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({
      authServerUrl: demo.authServerUrl,
      apiBaseUrl: demo.apiBaseUrl,
    });
  });

  it('authenticates endpoint calls with authorization code, then resource owner, then client credentials', async () => {
    const client = new Client({
      clientCredentialsAuthCredentials: cc,
      authorizationCodeAuthCredentials: ac,
    });
    expect(await caught(client.userController.getProfile())).toMatchObject({
      code: 'AUTHORIZATION_REQUIRED',
    });
    const both = new Client({
      clientCredentialsAuthCredentials: cc,
      resourceOwnerAuthCredentials: ro,
    });
    expect((await both.userController.getProfile()).result.kind).toBe('user');
  });
});

describe('Client secrets', () => {
  it('keeps the secret, password and tokens out of JSON.stringify(client)', async () => {
    const client = new Client({
      resourceOwnerAuthCredentials: ro,
      clientCredentialsAuthCredentials: cc,
    });
    const token = await client.resourceOwnerAuthManager!.fetchToken();
    const withToken = client.withConfiguration({
      resourceOwnerAuthCredentials: { oAuthToken: token },
    });
    for (const json of [JSON.stringify(client), JSON.stringify(withToken)]) {
      expect(json).not.toContain(demo.clientSecret);
      expect(json).not.toContain(demo.password);
      expect(json).not.toContain(token.accessToken);
      expect(json).not.toContain(token.refreshToken);
      expect(json).toContain(demo.clientId);
    }
    expect(JSON.stringify(client.resourceOwnerAuthManager)).toBe('{}');
  });

  it('keeps the secret out of error messages', async () => {
    control.setScenario('rejectClient', true);
    const errors = [
      await caught(
        new Client({ clientCredentialsAuthCredentials: cc }).itemsController.listItems(),
      ),
      await caught(
        new Client({
          resourceOwnerAuthCredentials: { ...ro, oAuthPassword: 'wrong' },
        }).resourceOwnerAuthManager!.fetchToken(),
      ),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(SdkError);
      expect(String((error as Error).message)).not.toContain(demo.clientSecret);
      expect(String((error as Error).stack)).not.toContain(demo.clientSecret);
    }
  });

  it('never puts a secret, password or token in a URL', async () => {
    setConsentHandler(() => 'approve');
    const cclient = new Client({ clientCredentialsAuthCredentials: cc });
    const rclient = new Client({ resourceOwnerAuthCredentials: ro });
    const aclient = new Client({
      authorizationCodeAuthCredentials: { ...ac, oAuthScopes: [OAuthScopeEnum.WriteScope] },
    });
    const secrets: string[] = [demo.clientSecret, demo.password];
    await cclient.itemsController.listItems();
    await rclient.itemsController.listItems();
    secrets.push((await rclient.resourceOwnerAuthManager!.refreshToken()).refreshToken!);
    const manager = aclient.authorizationCodeAuthManager!;
    const callback = await browser.authorize(manager.buildAuthorizationUrl('s'));
    const token = await manager.fetchToken(callback.searchParams.get('code')!, 's');
    secrets.push(token.accessToken, token.refreshToken!);
    await aclient
      .withConfiguration({ authorizationCodeAuthCredentials: { oAuthToken: token } })
      .itemsController.createItem({ name: 'Pen' });
    expect(requests.length).toBeGreaterThan(6);
    for (const request of requests) {
      for (const secret of secrets) {
        expect(request.url.href).not.toContain(secret);
        expect(request.url.href).not.toContain(encodeURIComponent(secret));
      }
    }
  });
});

describe('Client fetch', () => {
  it('uses a custom fetch for every request', async () => {
    const custom = vi.fn<FetchLike>((input, init) => globalThis.fetch(input, init));
    const client = new Client({ clientCredentialsAuthCredentials: cc, fetch: custom });
    await client.itemsController.listItems();
    expect(custom.mock.calls.map(([input]) => String(input))).toEqual([
      `${demo.authServerUrl}/oauth2/token`,
      `${demo.apiBaseUrl}/items`,
    ]);
  });

  it('looks the global fetch up at call time, not when the SDK is imported', async () => {
    const client = new Client({ clientCredentialsAuthCredentials: cc });
    const replacement = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ access_token: 'abc', token_type: 'Bearer', expires_in: 60 }),
          {
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    vi.stubGlobal('fetch', replacement);
    const token = await client.clientCredentialsAuthManager!.fetchToken();
    expect(token.accessToken).toBe('abc');
    expect(replacement).toHaveBeenCalledTimes(1);
  });
});

describe('Client errors', () => {
  it('turns a non-JSON token endpoint error into ApiError with the raw body', async () => {
    const client = new Client({
      clientCredentialsAuthCredentials: cc,
      fetch: answering(() => new Response('<h1>Bad gateway</h1>', { status: 502 })),
    });
    const error = await caught(client.clientCredentialsAuthManager!.fetchToken());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'API_ERROR',
      statusCode: 502,
      body: '<h1>Bad gateway</h1>',
    });
  });

  it('turns a JSON OAuth error into OAuthProviderError with the raw fields readable', async () => {
    const body = { error: 'invalid_scope', error_description: 'No.', error_uri: 'https://x/e' };
    const client = new Client({
      clientCredentialsAuthCredentials: cc,
      fetch: answering(() => new Response(JSON.stringify(body), { status: 400 })),
    });
    const error = (await caught(
      client.clientCredentialsAuthManager!.fetchToken(),
    )) as OAuthProviderError;
    expect(error).toBeInstanceOf(OAuthProviderError);
    expect(error).toMatchObject({
      code: 'OAUTH_PROVIDER_ERROR',
      error: 'invalid_scope',
      errorDescription: 'No.',
      errorUri: 'https://x/e',
      error_description: 'No.',
      error_uri: 'https://x/e',
      statusCode: 400,
    });
  });

  it('rejects a 200 token response without access_token, or of another type, with InvalidResponseError', async () => {
    for (const body of [
      'not json',
      '{"token_type":"Bearer"}',
      '{"access_token":"a","token_type":"mac"}',
    ]) {
      const client = new Client({
        clientCredentialsAuthCredentials: cc,
        fetch: answering(() => new Response(body, { status: 200 })),
      });
      const error = await caught(client.clientCredentialsAuthManager!.fetchToken());
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).code).toBe('INVALID_RESPONSE');
    }
  });

  it('turns a 403 insufficient_scope into ApiError with the error and the scope needed', async () => {
    const client = new Client({ clientCredentialsAuthCredentials: cc });
    const error = (await caught(client.itemsController.createItem({ name: 'Pen' }))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'API_ERROR',
      statusCode: 403,
      error: 'insufficient_scope',
      scope: 'write',
    });
    expect(error.message).toMatch(
      /POST https:\/\/api\.example\.com\/v1\/items failed with HTTP 403/,
    );
  });

  it('turns a validation error into ApiError with the parsed body', async () => {
    const client = new Client({
      clientCredentialsAuthCredentials: { ...cc, oAuthScopes: [OAuthScopeEnum.WriteScope] },
    });
    const error = (await caught(client.itemsController.createItem({ name: '' }))) as ApiError;
    expect(error).toMatchObject({ statusCode: 400, error: 'invalid_body' });
    expect(error.result).toMatchObject({ error: 'invalid_body' });
  });

  it('turns a non-JSON API error into ApiError with the raw body', async () => {
    const tokenBody = JSON.stringify({ access_token: 'abc', token_type: 'Bearer', expires_in: 60 });
    const fetch = vi.fn<FetchLike>(async (input) =>
      String(input).includes('/oauth2/token')
        ? new Response(tokenBody)
        : new Response('Service Unavailable', { status: 503 }),
    );
    const client = new Client({ clientCredentialsAuthCredentials: cc, fetch });
    const error = await caught(client.itemsController.listItems());
    expect(error).toMatchObject({
      code: 'API_ERROR',
      statusCode: 503,
      body: 'Service Unavailable',
    });
  });

  it('retries a 401 once and then throws ApiError invalid_token', async () => {
    let tokens = 0;
    const fetch = vi.fn<FetchLike>(async (input) =>
      String(input).includes('/oauth2/token')
        ? new Response(
            JSON.stringify({ access_token: `t${++tokens}`, token_type: 'Bearer', expires_in: 60 }),
          )
        : new Response('{}', {
            status: 401,
            headers: { 'www-authenticate': 'Bearer realm="x", error="invalid_token"' },
          }),
    );
    const client = new Client({ clientCredentialsAuthCredentials: cc, fetch });
    const error = await caught(client.itemsController.listItems());
    expect(error).toMatchObject({ code: 'API_ERROR', statusCode: 401, error: 'invalid_token' });
    expect(fetch.mock.calls.map(([input]) => new URL(String(input)).pathname)).toEqual([
      '/oauth2/token',
      '/v1/items',
      '/oauth2/token',
      '/v1/items',
    ]);
  });
});
