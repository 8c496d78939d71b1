import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser, clock, setConsentHandler } from 'sandbox';
import type { OAuthToken } from 'sdk';
import {
  AuthorizationRequiredError,
  Client,
  ConfigurationError,
  OAuthProviderError,
  OAuthScopeEnum,
  StateMismatchError,
} from 'sdk';
import { demo } from '../../../../sandbox/mock-server/index';
import { useMockServer } from '../../../../sandbox/mock-server/testing';

const { control, requests, grantTypes } = useMockServer();
beforeEach(() => setConsentHandler(() => 'approve'));
afterEach(() => {
  setConsentHandler(undefined);
  clock.reset();
});

const credentials = {
  oAuthClientId: demo.clientId,
  oAuthClientSecret: demo.clientSecret,
  oAuthRedirectUri: demo.redirectUri,
  oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
};
const newClient = (extra: object = {}) =>
  new Client({ authorizationCodeAuthCredentials: { ...credentials, ...extra } });

/** Runs the whole authorization: URL, consent, code exchange. */
async function authorize(client: Client, state = 'state-1'): Promise<OAuthToken> {
  const manager = client.authorizationCodeAuthManager!;
  const callback = await browser.authorize(manager.buildAuthorizationUrl(state));
  expect(callback.searchParams.get('state')).toBe(state);
  return manager.fetchToken(callback.searchParams.get('code')!, state);
}

describe('AuthorizationCodeAuthManager.buildAuthorizationUrl', () => {
  it('builds a code request with client id, redirect URI, scopes, state and an S256 challenge', () => {
    const url = new URL(newClient().authorizationCodeAuthManager!.buildAuthorizationUrl('abc'));
    expect(url.origin + url.pathname).toBe(`${demo.authServerUrl}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: demo.clientId,
      redirect_uri: demo.redirectUri,
      scope: 'read write',
      state: 'abc',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
  });

  it('never carries the client secret', () => {
    const url = newClient().authorizationCodeAuthManager!.buildAuthorizationUrl('s', {
      prompt: 'consent',
    });
    expect(url).not.toContain(demo.clientSecret);
    expect(url).not.toContain('client_secret');
  });

  it('adds additional parameters such as prompt', () => {
    const url = new URL(
      newClient().authorizationCodeAuthManager!.buildAuthorizationUrl(undefined, {
        prompt: 'consent',
      }),
    );
    expect(url.searchParams.get('prompt')).toBe('consent');
    expect(url.searchParams.has('state')).toBe(false);
  });

  it('refuses additional parameters that would override reserved ones', () => {
    const manager = newClient().authorizationCodeAuthManager!;
    for (const name of [
      'response_type',
      'client_id',
      'redirect_uri',
      'scope',
      'state',
      'code_challenge',
      'code_challenge_method',
      'client_secret',
    ]) {
      const error = (() => {
        try {
          manager.buildAuthorizationUrl('s', { [name]: 'x' });
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error, name).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).code).toBe('CONFIGURATION_ERROR');
    }
  });

  it('refuses the client secret as the value of any additional parameter', () => {
    expect(() =>
      newClient().authorizationCodeAuthManager!.buildAuthorizationUrl('s', {
        hint: demo.clientSecret,
      }),
    ).toThrow(ConfigurationError);
  });

  it('makes a fresh challenge for every URL', () => {
    const manager = newClient().authorizationCodeAuthManager!;
    const challenge = (url: string) => new URL(url).searchParams.get('code_challenge');
    expect(challenge(manager.buildAuthorizationUrl('a'))).not.toBe(
      challenge(manager.buildAuthorizationUrl('a')),
    );
  });
});

describe('AuthorizationCodeAuthManager.fetchToken', () => {
  it('exchanges the code with the verifier of the matching state and calls the API with the token', async () => {
    const client = newClient();
    const token = await authorize(client);
    expect(token).toMatchObject({ tokenType: 'Bearer', scope: 'read write' });
    expect(token.refreshToken).toBeDefined();

    const authorized = client.withConfiguration({
      authorizationCodeAuthCredentials: { oAuthToken: token },
    });
    const { result } = await authorized.userController.getProfile();
    expect(result).toMatchObject({ kind: 'user', username: demo.username });
    const created = await authorized.itemsController.createItem({ name: 'Pen', quantity: 2 });
    expect(created.statusCode).toBe(201);
    expect(created.result).toMatchObject({ name: 'Pen', quantity: 2 });
  });

  it('sends the PKCE verifier, redirect URI and Basic auth, and no secret in the body', async () => {
    await authorize(newClient());
    const tokenRequest = requests.find((r) => r.url.pathname === '/oauth2/token')!;
    const body = new URLSearchParams(await tokenRequest.body);
    expect(body.get('code_verifier')).toMatch(/^[\w-]{43}$/);
    expect(body.get('redirect_uri')).toBe(demo.redirectUri);
    expect(body.has('client_secret')).toBe(false);
    expect(tokenRequest.headers.get('authorization')).toMatch(/^Basic /);
  });

  it('uses the most recent verifier when fetchToken gets no state', async () => {
    const manager = newClient().authorizationCodeAuthManager!;
    const callback = await browser.authorize(manager.buildAuthorizationUrl());
    const token = await manager.fetchToken(callback.searchParams.get('code')!);
    expect(token.accessToken).toBeDefined();
  });

  it('keeps one verifier per state, so interleaved authorizations both work', async () => {
    const manager = newClient().authorizationCodeAuthManager!;
    const urlA = manager.buildAuthorizationUrl('a');
    const urlB = manager.buildAuthorizationUrl('b');
    const callbackA = await browser.authorize(urlA);
    const callbackB = await browser.authorize(urlB);
    await manager.fetchToken(callbackA.searchParams.get('code')!, 'a');
    await manager.fetchToken(callbackB.searchParams.get('code')!, 'b');
    expect(await grantTypes()).toEqual(['authorization_code', 'authorization_code']);
  });

  it('throws StateMismatchError for a state it never issued, without sending anything', async () => {
    const manager = newClient().authorizationCodeAuthManager!;
    manager.buildAuthorizationUrl('mine');
    const error = await manager.fetchToken('some-code', 'forged').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateMismatchError);
    expect((error as StateMismatchError).code).toBe('STATE_MISMATCH');
    expect(requests).toHaveLength(0);
  });

  it('rejects a second exchange of the same code with OAuthProviderError invalid_grant', async () => {
    const manager = newClient().authorizationCodeAuthManager!;
    const callback = await browser.authorize(manager.buildAuthorizationUrl('s'));
    const code = callback.searchParams.get('code')!;
    await manager.fetchToken(code, 's');
    const error = await manager.fetchToken(code).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthProviderError);
    expect((error as OAuthProviderError).error).toBe('invalid_grant');
  });

  it('rejects an empty code with ConfigurationError', async () => {
    const error = await newClient()
      .authorizationCodeAuthManager!.fetchToken('')
      .catch((e: unknown) => e);
    expect((error as ConfigurationError).code).toBe('CONFIGURATION_ERROR');
  });
});

describe('authorization code endpoint calls', () => {
  it('throws AuthorizationRequiredError before any request when there is no token', async () => {
    const error = await newClient()
      .userController.getProfile()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationRequiredError);
    expect((error as AuthorizationRequiredError).code).toBe('AUTHORIZATION_REQUIRED');
    expect((error as Error).message).toMatch(/buildAuthorizationUrl/);
    expect(requests).toHaveLength(0);
  });

  it('refreshes an expired token with its refresh token', async () => {
    const token = await authorize(newClient());
    const client = newClient({ oAuthToken: token });
    clock.advance(3600);
    expect((await client.itemsController.listItems()).statusCode).toBe(200);
    expect(await grantTypes()).toEqual(['authorization_code', 'refresh_token']);
  });

  it('throws AuthorizationRequiredError (caused by invalid_grant) when the refresh token is revoked', async () => {
    const token = await authorize(newClient());
    const client = newClient({ oAuthToken: token });
    clock.advance(3600);
    control.setScenario('revokeRefreshToken', true);
    const error = await client.itemsController.listItems().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationRequiredError);
    expect((error as Error).cause).toBeInstanceOf(OAuthProviderError);
  });
});
