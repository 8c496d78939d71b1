import { describe, expect, it } from 'vitest';
import { demo } from '../index';
import { authorizationParams, pkcePair, submitConsent, useMockServer } from '../testing';

useMockServer();

const authorizeUrl = (params: Record<string, string>) =>
  `${demo.authServerUrl}/oauth2/authorize?${new URLSearchParams(params)}`;

function without(params: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([key]) => key !== name));
}

const open = (params: Record<string, string>) =>
  fetch(authorizeUrl(params), { redirect: 'manual' });

describe('GET /oauth2/authorize: the consent page', () => {
  it('answers an accessible HTML consent form naming the client and describing each scope', async () => {
    const res = await open(authorizationParams());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Authorize Demo App</title>');
    expect(html).toContain('<h1 id="consent-title">Authorize Demo App</h1>');
    expect(html).toContain('aria-labelledby="consent-title"');
    expect(html).toContain('Read your profile and your items');
    expect(html).toContain('Create items in your account');
    expect(html).toContain(
      '<button type="submit" name="decision" value="approve">Approve</button>',
    );
    expect(html).toContain('<button type="submit" name="decision" value="deny">Deny</button>');
  });

  it('carries every request parameter in hidden inputs, HTML-escaped', async () => {
    const html = await (await open(authorizationParams({ state: 'a"b<c>&d' }))).text();
    for (const name of ['response_type', 'client_id', 'redirect_uri', 'scope']) {
      expect(html).toContain(`<input type="hidden" name="${name}"`);
    }
    expect(html).toContain('value="a&#34;b&#60;c&#62;&#38;d"');
  });

  it('forbids framing the consent page (clickjacking)', async () => {
    const res = await open(authorizationParams());
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers an unknown client_id with a 400 error page and never redirects', async () => {
    const res = await open(authorizationParams({ client_id: 'evil' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('data-error="invalid_client"');
  });

  it('answers a redirect_uri that is not registered exactly with a 400 page and no redirect', async () => {
    for (const redirectUri of [
      'https://attacker.example/callback',
      `${demo.redirectUri}/`,
      `${demo.redirectUri}?next=x`,
    ]) {
      const res = await open(authorizationParams({ redirect_uri: redirectUri }));
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    }
  });

  it('answers a missing client_id with a 400 page', async () => {
    const rest = without(authorizationParams(), 'client_id');
    expect((await open(rest)).status).toBe(400);
  });

  it('uses the single registered redirect URI when the request omits it', async () => {
    const rest = without(authorizationParams(), 'redirect_uri');
    expect((await open(rest)).status).toBe(200);
  });

  it('redirects an unsupported response_type with unsupported_response_type and the state', async () => {
    const res = await open(authorizationParams({ response_type: 'token' }));
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(demo.redirectUri);
    expect(location.searchParams.get('error')).toBe('unsupported_response_type');
    expect(location.searchParams.get('state')).toBe('af0ifjsldkj');
  });

  it('redirects a missing response_type with invalid_request', async () => {
    const rest = without(authorizationParams(), 'response_type');
    const location = new URL((await open(rest)).headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('redirects an unknown scope with invalid_scope', async () => {
    const res = await open(authorizationParams({ scope: 'read admin' }));
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_scope');
  });

  it('redirects an unsupported code_challenge_method with invalid_request', async () => {
    const { challenge } = await pkcePair();
    const res = await open(
      authorizationParams({ code_challenge: challenge, code_challenge_method: 'S512' }),
    );
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
  });

  it('redirects a malformed code_challenge with invalid_request', async () => {
    const res = await open(
      authorizationParams({ code_challenge: 'short', code_challenge_method: 'S256' }),
    );
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
  });

  it('requires PKCE from a public client', async () => {
    const res = await open(authorizationParams({ client_id: demo.publicClient.clientId }));
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
  });

  it('shows the default scope read when the request omits scope', async () => {
    const rest = without(authorizationParams(), 'scope');
    const html = await (await open(rest)).text();
    expect(html).toContain('data-scope="read"');
    expect(html).not.toContain('data-scope="write"');
  });
});

describe('POST /oauth2/authorize: the decision', () => {
  it('redirects an approval to the registered redirect URI with a code and the state', async () => {
    const { status, location } = await submitConsent(authorizationParams(), 'approve');
    expect(status).toBe(302);
    expect(location!.origin + location!.pathname).toBe(demo.redirectUri);
    expect(location!.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location!.searchParams.get('state')).toBe('af0ifjsldkj');
  });

  it('redirects a denial with error=access_denied and the state', async () => {
    const { status, location } = await submitConsent(authorizationParams(), 'deny');
    expect(status).toBe(302);
    expect(location!.searchParams.get('error')).toBe('access_denied');
    expect(location!.searchParams.get('state')).toBe('af0ifjsldkj');
    expect(location!.searchParams.has('code')).toBe(false);
  });

  it('redirects a missing decision with invalid_request', async () => {
    const { location } = await submitConsent(authorizationParams(), '');
    expect(location!.searchParams.get('error')).toBe('invalid_request');
  });

  it('re-validates the redirect URI of the posted form and never redirects to a foreign one', async () => {
    const { status, location } = await submitConsent(
      authorizationParams({ redirect_uri: 'https://attacker.example/cb' }),
    );
    expect(status).toBe(400);
    expect(location).toBeUndefined();
  });

  it('omits state from the redirect when the request had none', async () => {
    const rest = without(authorizationParams(), 'state');
    const { location } = await submitConsent(rest);
    expect(location!.searchParams.has('state')).toBe(false);
    expect(location!.searchParams.has('code')).toBe(true);
  });
});
