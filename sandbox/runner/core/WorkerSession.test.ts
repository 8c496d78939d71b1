import { describe, expect, it, vi } from 'vitest';
import { demo } from '../../mock-server';
import type { FromWorker } from './protocol';
import { WorkerSession } from './WorkerSession';

/** The demo client's token request (client credentials grant), through the given fetch. */
function requestToken(fetchWith: typeof fetch): Promise<Response> {
  return fetchWith(`${demo.authServerUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: demo.clientId,
      client_secret: demo.clientSecret,
    }),
  });
}

/** A token from the session's server, through the given fetch. */
async function fetchToken(fetchWith: typeof fetch): Promise<string> {
  const response = await requestToken(fetchWith);
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function meStatus(fetchWith: typeof fetch, token: string): Promise<number> {
  const response = await fetchWith(`${demo.apiBaseUrl}/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

function newSession() {
  const posted: FromWorker[] = [];
  return { session: new WorkerSession((message) => posted.push(message)), posted };
}

describe('WorkerSession: the spare warms the server its run will use', () => {
  it('starts the run on the warmed server with nothing the warm-up left on it', async () => {
    const { session, posted } = newSession();
    const warmUpFetch = session.warmUpFetch();
    const warmToken = await fetchToken(warmUpFetch);
    // Before the run, the warm-up's token is valid on the server the run is about to take.
    expect(await meStatus(warmUpFetch, warmToken)).toBe(200);
    session.warmedUp();

    expect(session.start({ scenarios: {} })).toBe(true);
    expect(await meStatus(session.fetch, warmToken)).toBe(401);
    // The run's own token works, and its exchanges are the first the reader sees.
    expect(await meStatus(session.fetch, await fetchToken(session.fetch))).toBe(200);
    session.finish({ kind: 'ok', durationMs: 1 });
    const exchangeIds = posted.flatMap((message) =>
      message.type === 'events'
        ? message.events.flatMap((event) => (event.kind === 'http' ? [event.exchange.id] : []))
        : [],
    );
    expect(Math.min(...exchangeIds)).toBe(1);
  });

  it('gives a run that came before the warm-up ended a server of its own', async () => {
    const { session } = newSession();
    const warmToken = await fetchToken(session.warmUpFetch());
    session.start({ scenarios: {} });
    expect(await meStatus(session.fetch, warmToken)).toBe(401);
  });

  it("applies the reader's token lifetime and scenarios to the run's server", async () => {
    const { session } = newSession();
    session.warmedUp();
    session.start({ scenarios: { rejectClient: true }, tokenLifetimeSeconds: 60 });
    expect(session.readyInfo().tokenLifetimeSeconds).toBe(60);
    // The reader's "Server rejects the client" scenario is on for this run.
    expect((await requestToken(session.fetch)).status).toBe(401);
  });
});

describe('WorkerSession: how a run ends', () => {
  const settings = { scenarios: {} };
  const outcomes = (posted: FromWorker[]) =>
    posted.flatMap((message) => (message.type === 'done' ? [message.outcome] : []));

  it('reports a crashed interpreter at once, and only the first end of a run', () => {
    const { session, posted } = newSession();
    session.start(settings);
    session.crashed('Maximum call stack size exceeded');
    session.finish({ kind: 'ok', durationMs: 1 });
    expect(outcomes(posted)).toEqual([
      { kind: 'crashed', message: 'the interpreter crashed: Maximum call stack size exceeded' },
    ]);
  });

  it('says the status a program exited with; status 0 is a success', () => {
    const failed = newSession();
    failed.session.start(settings);
    failed.session.exited(3, 12);
    expect(outcomes(failed.posted)).toEqual([
      {
        kind: 'error',
        durationMs: 12,
        error: expect.objectContaining({
          name: '',
          message: 'the program exited with status 3',
        }),
      },
    ]);
    const succeeded = newSession();
    succeeded.session.start(settings);
    succeeded.session.exited(0, 5);
    expect(outcomes(succeeded.posted)).toEqual([{ kind: 'ok', durationMs: 5 }]);
  });
});

describe('WorkerSession: the consent page HTML the page is sent', () => {
  const consentViews = (posted: FromWorker[]) =>
    posted.flatMap((message) => (message.type === 'consent' ? [message.request] : []));

  it("passes on only a page this run's mock server answered, never HTML the code wrote", async () => {
    const { session, posted } = newSession();
    session.start({ scenarios: {} });
    const url = new URL(`${demo.authServerUrl}/oauth2/authorize`);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: demo.clientId,
      redirect_uri: demo.redirectUri,
      scope: 'read',
    }).toString();
    const served = await (await session.fetch(url)).text();
    const ask = (html: string) =>
      void session.askConsent({ clientId: demo.clientId, scopes: [], redirectUri: '', html });
    ask('<img src="http://127.0.0.1:9/leak.png">');
    session.handleControl({ type: 'consent-decision', id: 1, decision: 'deny' });
    ask(served);
    expect(consentViews(posted).map((view) => view.html)).toEqual([undefined, served]);
  });
});

describe('WorkerSession: what escapes the run', () => {
  /** A stand-in for the worker's global: it dispatches what the browser would. */
  function uncaught(scope: EventTarget, error: unknown): void {
    const event = new Event('error', { cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    Object.defineProperty(event, 'error', { value: error });
    scope.dispatchEvent(event);
  }

  it('reports an error the runtime survives in the console, and the run goes on', () => {
    const { session, posted } = newSession();
    const scope = new EventTarget();
    session.start({ scenarios: {} });
    session.catchUncaught(scope as unknown as DedicatedWorkerGlobalScope, undefined, () => false);
    uncaught(scope, new TypeError('thrown by a timer'));
    session.output?.flush();
    expect(JSON.stringify(posted)).toContain('Uncaught TypeError: thrown by a timer');
    expect(posted.some((message) => message.type === 'done')).toBe(false);
  });

  it('ends the run at once as a crash when the error is one the runtime cannot survive', () => {
    const { session, posted } = newSession();
    const scope = new EventTarget();
    session.start({ scenarios: {} });
    session.catchUncaught(scope as unknown as DedicatedWorkerGlobalScope, undefined, () => true);
    uncaught(scope, new RangeError('Maximum call stack size exceeded'));
    expect(posted.at(-1)).toEqual({
      type: 'done',
      outcome: {
        kind: 'crashed',
        message: 'the interpreter crashed: RangeError: Maximum call stack size exceeded',
      },
    });
    // A second failure of the dead runtime says nothing new.
    uncaught(scope, new Error('Go program has already exited'));
    session.output?.flush();
    expect(posted.filter((message) => message.type === 'done')).toHaveLength(1);
    expect(JSON.stringify(posted)).not.toContain('already exited');
  });

  it('ends the run at once as a crash when the language’s run rejects: its runtime died mid-call', async () => {
    const { session, posted } = newSession();
    const scope = new EventTarget();
    session.catchUncaught(
      scope as unknown as DedicatedWorkerGlobalScope,
      (error) => `Uncaught ${String(error)}`,
    );
    session.listen(scope as unknown as DedicatedWorkerGlobalScope, Promise.resolve(), () =>
      Promise.reject(new Error('thrown through the bridge')),
    );
    const run = new MessageEvent('message', {
      data: { type: 'run', code: '<?php', fileName: 'php.php', settings: { scenarios: {} } },
    });
    Object.defineProperty(run, 'isTrusted', { value: true });
    scope.dispatchEvent(run);
    await vi.waitFor(() =>
      expect(posted.at(-1)).toEqual({
        type: 'done',
        outcome: {
          kind: 'crashed',
          message: 'the interpreter crashed: Error: thrown through the bridge',
        },
      }),
    );
  });
  it('ends the run as a crash even when its code replaced the promise methods', async () => {
    const { session, posted } = newSession();
    const scope = new EventTarget();
    session.listen(scope as unknown as DedicatedWorkerGlobalScope, Promise.resolve(), () => {
      // What the reader's code could do before the run's first await.
      const { then, catch: catchRejection } = Promise.prototype;
      Promise.prototype.then = function (this: Promise<unknown>) {
        return this;
      } as typeof then;
      Promise.prototype.catch = function (this: Promise<unknown>) {
        return this;
      } as typeof catchRejection;
      queueMicrotask(() => {
        Promise.prototype.then = then;
        Promise.prototype.catch = catchRejection;
      });
      return Promise.reject(new Error('the runtime died'));
    });
    const run = new MessageEvent('message', {
      data: { type: 'run', code: '', fileName: 'snippet.ts', settings: { scenarios: {} } },
    });
    Object.defineProperty(run, 'isTrusted', { value: true });
    scope.dispatchEvent(run);
    await vi.waitFor(() =>
      expect(posted.at(-1)).toEqual({
        type: 'done',
        outcome: { kind: 'crashed', message: 'the interpreter crashed: Error: the runtime died' },
      }),
    );
  });
});
