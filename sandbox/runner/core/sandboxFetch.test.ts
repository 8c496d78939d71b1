import { afterEach, describe, expect, it } from 'vitest';
import { browser, setConsentHandler } from '../../../languages/typescript/sandbox';
import { createMockOAuthServer, demo } from '../../mock-server';
import { MASK } from './maskSecrets';
import type { ExchangeView } from './protocol';
import { createSandboxFetch, SandboxNetworkError } from './sandboxFetch';

function setup() {
  const server = createMockOAuthServer();
  const exchanges: ExchangeView[] = [];
  const sandboxFetch = createSandboxFetch({
    handlers: () => server.handlers,
    onExchange: (exchange) => exchanges.push(exchange),
    mockedOrigins: [demo.authServerUrl, 'https://api.example.com'],
  });
  /** The final state of each exchange, in order. */
  const finished = () => [
    ...new Map(exchanges.map((exchange) => [exchange.id, exchange])).values(),
  ];
  return { server, sandboxFetch, finished, exchanges };
}

const basic = `Basic ${btoa(`${demo.clientId}:${demo.clientSecret}`)}`;

describe('createSandboxFetch', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
    setConsentHandler(undefined);
  });

  it('answers from the mock server and reports the exchange with secrets and tokens masked', async () => {
    const { sandboxFetch, finished, exchanges } = setup();
    const response = await sandboxFetch(`${demo.authServerUrl}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string };
    expect(body.access_token.length).toBeGreaterThan(8);

    // Reported once when sent (no status yet), once when answered.
    expect(exchanges[0]?.status).toBeUndefined();
    const [exchange] = finished();
    expect(exchange).toMatchObject({
      method: 'POST',
      url: `${demo.authServerUrl}/oauth2/token`,
      status: 200,
    });
    expect(exchange?.requestBody).toEqual({
      kind: 'form',
      fields: [['grant_type', 'client_credentials']],
    });
    expect(exchange?.durationMs).toBeGreaterThanOrEqual(0);
    const shown = JSON.stringify(exchange);
    expect(shown).not.toContain(demo.clientSecret);
    expect(shown).not.toContain(btoa(`${demo.clientId}:${demo.clientSecret}`));
    expect(shown).not.toContain(body.access_token);
    expect(shown).toContain(`${body.access_token.slice(0, 4)}${MASK}`);
  });

  it('rejects a request no mock answers, naming the URL, and reports it as blocked', async () => {
    const { sandboxFetch, finished } = setup();
    const attempt = sandboxFetch('https://www.google.com/search?q=oauth');
    await expect(attempt).rejects.toBeInstanceOf(SandboxNetworkError);
    await expect(attempt).rejects.toThrow('GET https://www.google.com/search?q=oauth was blocked');
    expect(finished()[0]?.error).toContain('no mock answers this URL');
  });

  it('returns a redirect as is for redirect: manual, so browser.authorize reads its Location', async () => {
    const { sandboxFetch, finished } = setup();
    globalThis.fetch = sandboxFetch;
    setConsentHandler(() => 'approve');
    const url = new URL(`${demo.authServerUrl}/oauth2/authorize`);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: demo.clientId,
      redirect_uri: demo.redirectUri,
      scope: 'read',
      state: 'abc',
    }).toString();
    const callback = await browser.authorize(url);
    expect(callback.searchParams.get('state')).toBe('abc');
    const code = callback.searchParams.get('code')!;
    const [page, decision] = finished();
    expect(page).toMatchObject({ method: 'GET', status: 200 });
    expect(decision).toMatchObject({ method: 'POST', status: 302 });
    const location = decision?.responseHeaders?.find(([name]) => name === 'location')?.[1];
    expect(location).toContain(`code=${code.slice(0, 4)}${MASK}`);
    expect(location).not.toContain(code);
  });

  it('follows redirects through the mocks for redirect: follow, and fails on the unmocked target', async () => {
    const { sandboxFetch } = setup();
    const form = new URLSearchParams({
      response_type: 'code',
      client_id: demo.clientId,
      redirect_uri: demo.redirectUri,
      scope: 'read',
      decision: 'deny',
    });
    await expect(
      sandboxFetch(`${demo.authServerUrl}/oauth2/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      }),
    ).rejects.toThrow(`GET ${demo.redirectUri}?error=access_denied`);
  });

  it('masks secrets in FormData bodies, camelCase JSON keys and custom secret headers', async () => {
    const { sandboxFetch, finished } = setup();
    const form = new FormData();
    form.set('client_id', demo.clientId);
    form.set('client_secret', demo.clientSecret);
    form.set('clientSecret', demo.clientSecret);
    form.set('password', demo.user.password);
    await sandboxFetch(`${demo.authServerUrl}/oauth2/token`, { method: 'POST', body: form }).catch(
      () => undefined,
    );
    await sandboxFetch('https://api.example.com/v1/items', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-client-secret': demo.clientSecret },
      body: JSON.stringify({
        clientSecret: demo.clientSecret,
        accessToken: 'a1234567890',
        name: 'x',
      }),
    }).catch(() => undefined);
    const shown = JSON.stringify(finished());
    expect(shown).toContain(demo.clientId);
    for (const secret of [demo.clientSecret, demo.user.password, 'a1234567890'])
      expect(shown, `the inspector shows ${secret}`).not.toContain(secret);
    expect(finished()[0]!.requestBody).toMatchObject({
      kind: 'form',
      fields: expect.arrayContaining([
        ['client_secret', MASK],
        ['clientSecret', MASK],
      ]),
    });
  });

  it('masks a FormData body encoded twice with a new boundary under the first Content-Type (pyfetch)', async () => {
    const { sandboxFetch, finished } = setup();
    const form = new FormData();
    form.set('grant_type', 'password');
    form.set('client_secret', demo.clientSecret);
    form.set('password', demo.user.password);
    const url = `${demo.authServerUrl}/oauth2/token`;
    // The Request keeps the first encoding's Content-Type; the body is encoded again.
    await sandboxFetch(new Request(url, { method: 'POST', body: form }), {
      method: 'POST',
      body: form,
    }).catch(() => undefined);
    const [exchange] = finished();
    const shown = JSON.stringify(exchange);
    for (const secret of [demo.clientSecret, demo.user.password])
      expect(shown, `the inspector shows ${secret}`).not.toContain(secret);
    expect(exchange!.requestBody).toEqual({
      kind: 'form',
      fields: [
        ['grant_type', 'password'],
        ['client_secret', MASK],
        ['password', MASK],
      ],
    });
  });

  it('masks a body by what it is, not by the Content-Type it was sent under', async () => {
    const { sandboxFetch, finished } = setup();
    const url = `${demo.authServerUrl}/oauth2/token`;
    const form = new FormData();
    form.set('client_secret', demo.clientSecret);
    const multipart = await new Response(form).text();
    for (const [type, body] of [
      ['text/plain', multipart],
      ['application/x-www-form-urlencoded', JSON.stringify({ client_secret: demo.clientSecret })],
      ['application/json', `password=${demo.user.password}`],
    ] as const) {
      await sandboxFetch(url, { method: 'POST', headers: { 'content-type': type }, body }).catch(
        () => undefined,
      );
    }
    const shown = JSON.stringify(finished());
    for (const secret of [demo.clientSecret, demo.user.password])
      expect(shown, `the inspector shows ${secret}`).not.toContain(secret);
  });
});

describe('createSandboxFetch after the code replaced built-ins', () => {
  const saved: [object, PropertyKey, PropertyDescriptor][] = [];
  /** Replaces a built-in the way the reader's code could; undone after each test. */
  function tamper(target: object, name: PropertyKey, value: unknown) {
    saved.push([target, name, Object.getOwnPropertyDescriptor(target, name)!]);
    Object.defineProperty(target, name, { value, configurable: true, writable: true });
  }
  afterEach(() => {
    for (const [target, name, descriptor] of saved.splice(0).reverse())
      Object.defineProperty(target, name, descriptor);
  });

  it('still masks the client secret, the password and Basic credentials', async () => {
    const { sandboxFetch, finished } = setup();
    const basicCredentials = btoa(`${demo.clientId}:${demo.clientSecret}`);
    // Created before the tampering, as the code would have them.
    const init = {
      method: 'POST',
      headers: {
        authorization: `Basic ${basicCredentials}`,
        'content-type': 'application/x-www-form-urlencoded',
        'x-client-secret': demo.clientSecret,
      },
      body: `grant_type=password&username=OAuthUsername&password=${demo.user.password}&client_secret=${demo.clientSecret}`,
    };
    const identity = function (this: unknown) {
      return this;
    };
    tamper(String.prototype, 'toLowerCase', identity);
    tamper(String.prototype, 'replace', identity);
    tamper(String.prototype, 'split', () => ['x']);
    tamper(String.prototype, 'slice', identity);
    tamper(String.prototype, 'indexOf', () => -1);
    tamper(String.prototype, 'includes', () => false);
    tamper(RegExp.prototype, 'exec', () => null);
    tamper(RegExp.prototype, 'test', () => false);
    tamper(Array.prototype, 'map', identity);
    tamper(Array.prototype, 'join', () => '');
    tamper(Set.prototype, 'has', () => false);
    tamper(Object, 'entries', () => []);
    tamper(Headers.prototype, 'entries', function (this: Headers) {
      return [['authorization', `Basic ${basicCredentials}`]][Symbol.iterator]();
    });
    tamper(Request.prototype, 'clone', identity);
    tamper(Response.prototype, 'clone', identity);
    tamper(globalThis, 'atob', () => '');
    tamper(globalThis, 'decodeURIComponent', identity);
    tamper(JSON, 'stringify', () => '{}');
    try {
      await sandboxFetch(`${demo.authServerUrl}/oauth2/token`, init);
    } catch {
      // Whatever the mock server makes of it: the inspector is what is checked.
    }
    for (const [target, name, descriptor] of saved.splice(0).reverse())
      Object.defineProperty(target, name, descriptor);
    const shown = JSON.stringify(finished());
    for (const secret of [demo.clientSecret, demo.user.password, basicCredentials])
      expect(shown, `the inspector shows ${secret}`).not.toContain(secret);
    expect(shown).toContain(MASK);
  });
});
