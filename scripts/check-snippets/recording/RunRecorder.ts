/**
 * Records what one program run does to the HTTP mock server, in the live runner's vocabulary: each
 * request becomes an `ExchangeView` built and masked by the same functions as the page's sandboxed
 * fetch (`headerList`, `describeBody`, `maskUrl`), with its timing; the controls a program's
 * sandbox helper calls become the notes a live run shows (a clock move, expired tokens); a consent
 * page served becomes a note saying how the helper answered it. Express middleware, first in the
 * chain, so it sees every request; it records only between `start()` and `stop()`.
 */
import type { RequestHandler } from 'express';
import { maskUrl } from '../../../sandbox/runner/core/maskSecrets';
import type { ExchangeView, RunEvent } from '../../../sandbox/runner/core/protocol';
import { describeBody, headerList, reasonPhrases } from '../../../sandbox/runner/core/sandboxFetch';
import { formatDuration } from '../../../sandbox/runner/core/formatDuration';

/** Turns the loopback server's URLs into the demo hosts a reader's run shows. */
export type UrlRewrite = (text: string) => string;

interface Session {
  origin: string;
  rewrite: UrlRewrite;
  consent: 'approve' | 'deny' | undefined;
  /** One slot per request, in the order requests arrived; each filled when it is answered. */
  slots: Promise<RunEvent[]>[];
  nextId: number;
}

/** Status codes whose response has no body (a `Response` with one would throw). */
const nullBodyStatus = new Set([101, 204, 205, 304]);

function headerPairs(headers: Record<string, unknown>, rewrite: UrlRewrite): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const item of values) pairs.push([name, rewrite(String(item))]);
  }
  return pairs;
}

export class RunRecorder {
  #session: Session | undefined;

  /**
   * Starts recording a run. `origin` is the server's own URL (`http://127.0.0.1:41234`);
   * `consent` is how the program's sandbox helper answers a consent page.
   */
  start(origin: string, rewrite: UrlRewrite, consent?: 'approve' | 'deny'): void {
    this.#session = { origin, rewrite, consent, slots: [], nextId: 1 };
  }

  /** Stops recording; resolves with the run's exchanges and notes, in the order they began. */
  async stop(): Promise<RunEvent[]> {
    const session = this.#session;
    this.#session = undefined;
    if (!session) return [];
    return (await Promise.all(session.slots)).flat();
  }

  middleware(): RequestHandler {
    return (request, response, next) => {
      const session = this.#session;
      if (!session) return next();
      const started = performance.now();
      // Read alongside whoever reads the body next (the MSW middleware, express.json): both
      // listeners are attached in this turn, before the first chunk can arrive.
      const requestChunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => requestChunks.push(chunk));
      const responseChunks: Buffer[] = [];
      const keep = (chunk: unknown) => {
        if (typeof chunk === 'string') responseChunks.push(Buffer.from(chunk));
        else if (chunk instanceof Uint8Array) responseChunks.push(Buffer.from(chunk));
      };
      const write = response.write.bind(response);
      const end = response.end.bind(response);
      response.write = ((chunk: unknown, ...rest: unknown[]) => {
        keep(chunk);
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof response.write;
      response.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (typeof chunk !== 'function') keep(chunk);
        return (end as (...args: unknown[]) => typeof response)(chunk, ...rest);
      }) as typeof response.end;

      const control = request.originalUrl.startsWith('/__control');
      const id = control ? 0 : session.nextId++;
      session.slots.push(
        new Promise<RunEvent[]>((resolve) => {
          response.once('finish', () => {
            const durationMs = Math.round((performance.now() - started) * 10) / 10;
            const requestText = Buffer.concat(requestChunks).toString('utf8');
            const responseText = Buffer.concat(responseChunks).toString('utf8');
            if (control) {
              const controlPath = new URL(request.originalUrl, session.origin).pathname.slice(
                '/__control'.length,
              );
              resolve(controlNotes(request.method, controlPath, response.statusCode, requestText));
              return;
            }
            describeExchange(session, {
              id,
              method: request.method,
              url: `${session.origin}${request.originalUrl}`,
              requestHeaders: headerPairs(request.headers, session.rewrite),
              requestText,
              status: response.statusCode,
              statusText: response.statusMessage,
              responseHeaders: headerPairs(response.getHeaders(), session.rewrite),
              responseText,
              durationMs,
            }).then(resolve, (error: unknown) =>
              resolve([
                {
                  kind: 'note',
                  text: `Exchange #${id} could not be recorded: ${error instanceof Error ? error.message : String(error)}`,
                },
              ]),
            );
          });
        }),
      );
      next();
    };
  }
}

interface RawExchange {
  id: number;
  method: string;
  url: string;
  requestHeaders: [string, string][];
  requestText: string;
  status: number;
  statusText: string | undefined;
  responseHeaders: [string, string][];
  responseText: string;
  durationMs: number;
}

async function describeExchange(session: Session, raw: RawExchange): Promise<RunEvent[]> {
  const { rewrite } = session;
  const url = rewrite(raw.url);
  const requestHeaders = new Headers(
    raw.requestHeaders.map(([name, value]): [string, string] => [
      name,
      // The Host a reader's run names: the demo host of the URL, not the loopback port.
      name.toLowerCase() === 'host' ? new URL(url).host : value,
    ]),
  );
  const responseHeaders = new Headers(raw.responseHeaders);
  const requestType = requestHeaders.get('content-type');
  const responseType = responseHeaders.get('content-type');
  const requestText = rewrite(raw.requestText);
  const responseText = rewrite(raw.responseText);
  const exchange: ExchangeView = {
    id: raw.id,
    method: raw.method,
    url: maskUrl(url),
    requestHeaders: headerList(requestHeaders),
    requestBody:
      raw.method === 'GET' || raw.method === 'HEAD' || requestText === ''
        ? undefined
        : await describeBody(
            {
              kind: 'request',
              body: new Request(url, {
                method: raw.method,
                body: requestText,
                headers: requestType ? { 'content-type': requestType } : {},
              }),
            },
            requestType,
          ),
    status: raw.status,
    statusText: raw.statusText || reasonPhrases[raw.status] || '',
    responseHeaders: headerList(responseHeaders),
    responseBody: nullBodyStatus.has(raw.status)
      ? undefined
      : await describeBody(
          {
            kind: 'response',
            body: new Response(responseText, {
              status: raw.status,
              headers: responseType ? { 'content-type': responseType } : {},
            }),
          },
          responseType,
        ),
    durationMs: raw.durationMs,
  };
  if (exchange.requestBody === undefined) delete exchange.requestBody;
  if (exchange.responseBody === undefined) delete exchange.responseBody;
  const events: RunEvent[] = [{ kind: 'http', exchange }];
  const consentPage =
    raw.method === 'GET' &&
    raw.status === 200 &&
    new URL(url).pathname.endsWith('/oauth2/authorize');
  if (consentPage) {
    events.push({
      kind: 'note',
      text:
        session.consent === undefined
          ? 'The server showed its consent screen; nothing answered it.'
          : `The server showed its consent screen; the sandbox helper answered for the user: ${session.consent}.`,
    });
  }
  return events;
}

/** What a program's sandbox helper did through the controls, as the live runner words it. */
function controlNotes(method: string, path: string, status: number, body: string): RunEvent[] {
  if (status >= 400) return [];
  if (method === 'POST' && path === '/clock') {
    const seconds = (JSON.parse(body || '{}') as { advanceSeconds?: unknown }).advanceSeconds;
    if (typeof seconds !== 'number') return [];
    return [{ kind: 'note', text: `The code advanced the clock by ${formatDuration(seconds)}.` }];
  }
  if (method === 'POST' && path === '/expire-tokens') {
    return [{ kind: 'note', text: 'The mock server expired every access token issued so far.' }];
  }
  if (method === 'PUT' && path.startsWith('/scenarios/')) {
    const enabled = (JSON.parse(body || '{}') as { enabled?: unknown }).enabled;
    return [
      {
        kind: 'note',
        text: `Scenario ${decodeURIComponent(path.slice('/scenarios/'.length))} ${enabled ? 'on' : 'off'}.`,
      },
    ];
  }
  return [];
}
