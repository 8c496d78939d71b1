import { afterEach, describe, expect, it, vi } from 'vitest';
import { demo } from '../../../sandbox/mock-server/index';
import { useMockServer } from '../../../sandbox/mock-server/testing';
import type { ConsentRequest } from './index';
import { browser, SandboxError, setConsentHandler } from './index';

const { requests } = useMockServer();
afterEach(() => setConsentHandler(undefined));

function authorizationUrl(extra: Record<string, string> = {}): string {
  const url = new URL(`${demo.authServerUrl}/oauth2/authorize`);
  const params = {
    response_type: 'code',
    client_id: demo.clientId,
    redirect_uri: demo.redirectUri,
    scope: 'read write',
    state: 'xyz 123',
    ...extra,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as SandboxError).code;
  }
  return undefined;
}

describe('browser.authorize', () => {
  it('shows the consent request to the handler and returns the redirect with code and state on approve', async () => {
    const handler = vi.fn((_request: ConsentRequest) => 'approve' as const);
    setConsentHandler(handler);
    const callback = await browser.authorize(authorizationUrl());
    expect(callback.origin + callback.pathname).toBe(demo.redirectUri);
    expect(callback.searchParams.get('code')).toMatch(/^[\w-]{43}$/);
    expect(callback.searchParams.get('state')).toBe('xyz 123');

    const request = handler.mock.calls[0]![0];
    expect(request).toMatchObject({
      clientId: demo.clientId,
      clientName: demo.clientName,
      scopes: ['read', 'write'],
      redirectUri: demo.redirectUri,
      state: 'xyz 123',
    });
    expect(request.scopeDescriptions.read).toBe('Read your profile and your items');
    expect(request.html).toContain('<form');
  });

  it('goes through fetch: a GET of the authorization URL, then a POST of the consent form', async () => {
    setConsentHandler(() => 'approve');
    await browser.authorize(authorizationUrl());
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /oauth2/authorize',
      'POST /oauth2/authorize',
    ]);
  });

  it('returns the redirect with error=access_denied and the state on deny', async () => {
    setConsentHandler(async () => 'deny' as const);
    const callback = await browser.authorize(new URL(authorizationUrl()));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe('xyz 123');
  });

  it('throws CONSENT_HANDLER_MISSING when consent is needed and no handler is set', async () => {
    expect(await codeOf(browser.authorize(authorizationUrl()))).toBe('CONSENT_HANDLER_MISSING');
  });

  it('returns an error redirect (invalid_scope) without asking for consent', async () => {
    const handler = vi.fn(() => 'approve' as const);
    setConsentHandler(handler);
    const callback = await browser.authorize(authorizationUrl({ scope: 'admin' }));
    expect(callback.searchParams.get('error')).toBe('invalid_scope');
    expect(handler).not.toHaveBeenCalled();
  });

  it('throws AUTHORIZATION_ERROR_PAGE with status and error when the server shows an error page', async () => {
    setConsentHandler(() => 'approve');
    const error = await browser
      .authorize(authorizationUrl({ redirect_uri: 'https://attacker.example/cb' }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SandboxError);
    expect(error).toMatchObject({
      code: 'AUTHORIZATION_ERROR_PAGE',
      status: 400,
      error: 'invalid_request',
    });
    expect((error as Error).message).toMatch(/redirect_uri does not exactly match/);
  });

  it('throws INVALID_ARGUMENT for a missing URL or a decision other than approve or deny', async () => {
    expect(await codeOf(browser.authorize(undefined))).toBe('INVALID_ARGUMENT');
    setConsentHandler(() => 'maybe' as 'approve');
    expect(await codeOf(browser.authorize(authorizationUrl()))).toBe('INVALID_ARGUMENT');
  });
});
