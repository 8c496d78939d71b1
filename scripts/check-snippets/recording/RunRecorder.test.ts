import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demo } from '../../../sandbox/mock-server';
import { MASK } from '../../../sandbox/runner/core/maskSecrets';
import type { ExchangeView, RunEvent } from '../../../sandbox/runner/core/protocol';
import { startHttpMockServer, type HttpMockServer } from '../../mock-server/startHttpMockServer';
import { demoUrls } from './demoUrls';

const basic = `Basic ${Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64')}`;

const exchanges = (events: RunEvent[]): ExchangeView[] =>
  events.flatMap((event) => (event.kind === 'http' ? [event.exchange] : []));
const notes = (events: RunEvent[]) =>
  events.flatMap((event) => (event.kind === 'note' ? [event.text] : []));

describe('recording a program run on the HTTP mock server', () => {
  let server: HttpMockServer;
  beforeAll(async () => {
    server = await startHttpMockServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.mock.control.reset());

  /** What a program does: a token, an API call with it, a clock move. */
  async function programRun(consent?: 'approve' | 'deny') {
    server.recorder.start(server.url, demoUrls(server), consent);
    const token = await fetch(`${server.authServerUrl}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&scope=read',
    }).then((response) => response.json() as Promise<{ access_token: string }>);
    await fetch(`${server.apiBaseUrl}/me`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    await fetch(`${server.controlUrl}/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: 3600 }),
    });
    return { token: token.access_token, events: await server.recorder.stop() };
  }

  it('records each exchange at the demo hosts a page run shows, with method, status and timing', async () => {
    const { events } = await programRun();
    const [tokenRequest, apiCall] = exchanges(events);
    expect(tokenRequest).toMatchObject({
      id: 1,
      method: 'POST',
      url: `${demo.authServerUrl}/oauth2/token`,
      status: 200,
      statusText: 'OK',
      requestBody: {
        kind: 'form',
        fields: [
          ['grant_type', 'client_credentials'],
          ['scope', 'read'],
        ],
      },
    });
    expect(tokenRequest!.durationMs).toBeGreaterThanOrEqual(0);
    expect(tokenRequest!.requestHeaders).toContainEqual(['host', 'auth.example.com']);
    expect(apiCall).toMatchObject({ id: 2, method: 'GET', url: `${demo.apiBaseUrl}/me` });
    expect(JSON.stringify(events)).not.toContain(server.url);
  });

  it('masks credentials exactly as the page inspector does', async () => {
    const { events, token } = await programRun();
    const [tokenRequest, apiCall] = exchanges(events);
    expect(tokenRequest!.requestHeaders).toContainEqual([
      'authorization',
      `Basic ${MASK} (Base64 of "${demo.clientId}:${MASK}")`,
    ]);
    const body = tokenRequest!.responseBody;
    expect(body?.kind).toBe('json');
    expect(JSON.parse(body?.kind === 'json' ? body.text : '{}').access_token).toBe(
      `${token.slice(0, 4)}${MASK}`,
    );
    expect(apiCall!.requestHeaders).toContainEqual([
      'authorization',
      `Bearer ${token.slice(0, 4)}${MASK}`,
    ]);
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(events)).not.toContain(demo.clientSecret);
  });

  it('turns a clock move through the controls into the note a reader sees', async () => {
    const { events } = await programRun();
    expect(notes(events)).toEqual(['The code advanced the clock by 1 h.']);
    expect(exchanges(events)).toHaveLength(2);
  });

  it('notes the consent screen and how the sandbox helper answered it', async () => {
    server.recorder.start(server.url, demoUrls(server), 'approve');
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: demo.clientId,
      redirect_uri: demo.redirectUri,
      scope: 'read',
    });
    await fetch(`${server.authServerUrl}/oauth2/authorize?${query}`).then((response) =>
      response.text(),
    );
    const events = await server.recorder.stop();
    expect(events.map((event) => event.kind)).toEqual(['http', 'note']);
    expect(notes(events)).toEqual([
      'The server showed its consent screen; the sandbox helper answered for the user: approve.',
    ]);
    const page = exchanges(events)[0]!;
    expect(page.responseBody?.kind).toBe('text');
    expect(page.responseBody?.kind === 'text' && page.responseBody.text).toContain(
      `action="${demo.authServerUrl}/oauth2/authorize"`,
    );
  });

  it('records nothing outside a run', async () => {
    await fetch(`${server.apiBaseUrl}/me`);
    server.recorder.start(server.url, demoUrls(server));
    expect(await server.recorder.stop()).toEqual([]);
  });
});
