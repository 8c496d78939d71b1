import { getResponse, type RequestHandler } from 'msw';
import { maskHeader, maskJson, maskNamedValue, maskText, maskUrl } from './maskSecrets';
import type { BodyView, ExchangeView } from './protocol';

/** Bodies longer than this are cut in the inspector (the code still gets all of it). */
const maxBodyChars = 20_000;
const maxRedirects = 20;

export interface SandboxFetchOptions {
  /** The mock server's MSW handlers; read at each request, so a new server takes effect at once. */
  handlers: () => readonly RequestHandler[];
  /** Called when an exchange starts (no status yet) and again when it ends. */
  onExchange?: (exchange: ExchangeView) => void;
  /** Hosts the handlers serve, named in the error for an unmocked request. */
  mockedOrigins?: readonly string[];
}

/** The error an unmocked request rejects with; `fetch` rejects with a TypeError in browsers too. */
export class SandboxNetworkError extends TypeError {
  override readonly name = 'SandboxNetworkError';
  readonly url: string;

  constructor(method: string, url: string, mockedOrigins: readonly string[]) {
    const known =
      mockedOrigins.length > 0 ? ` The sandbox serves ${mockedOrigins.join(' and ')}.` : '';
    super(
      `${method} ${url} was blocked: the sandbox has no network access and no mock answers this URL.${known}`,
    );
    this.url = url;
  }
}

/**
 * A `fetch` that answers every request from the mock server's MSW handlers
 * (`getResponse(handlers, request)`, msw 2.x) and never touches the network. Each exchange is
 * reported, secrets masked, for the HTTP inspector. Redirects follow fetch's rules
 * (`redirect: 'follow'` follows through the mocks, `'manual'` returns the 3xx with its Location,
 * as Node's fetch does, `'error'` rejects).
 */
export function createSandboxFetch(options: SandboxFetchOptions): typeof fetch {
  let nextId = 1;
  const origins = options.mockedOrigins ?? [];

  async function exchange(request: Request): Promise<Response> {
    const id = nextId++;
    const started = performance.now();
    const view: ExchangeView = {
      id,
      method: request.method,
      url: maskUrl(request.url),
      requestHeaders: headerList(request.headers),
    };
    view.requestBody = await describeBody(request.clone(), request.headers.get('content-type'));
    options.onExchange?.({ ...view });

    let response: Response | undefined;
    try {
      response = await getResponse([...options.handlers()] as RequestHandler[], request);
    } catch (error) {
      const message = `the mock server failed: ${error instanceof Error ? error.message : String(error)}`;
      options.onExchange?.({ ...view, error: message, durationMs: elapsed(started) });
      throw new TypeError(`${request.method} ${request.url}: ${message}`);
    }
    if (response === undefined) {
      const error = new SandboxNetworkError(request.method, request.url, origins);
      options.onExchange?.({ ...view, error: error.message, durationMs: elapsed(started) });
      throw error;
    }
    if (response.type === 'error') {
      options.onExchange?.({
        ...view,
        error: 'network error (mocked)',
        durationMs: elapsed(started),
      });
      throw new TypeError('Failed to fetch');
    }
    options.onExchange?.({
      ...view,
      status: response.status,
      statusText: response.statusText || reasonPhrases[response.status] || '',
      responseHeaders: headerList(response.headers),
      responseBody: await describeBody(response.clone(), response.headers.get('content-type')),
      durationMs: elapsed(started),
    });
    // Mocked responses have no URL; real ones do, and code may read it.
    if (!response.url) {
      try {
        Object.defineProperty(response, 'url', { value: request.url });
      } catch {
        // Leave it empty.
      }
    }
    return response;
  }

  return async function sandboxFetch(input: RequestInfo | URL, init?: RequestInit) {
    let request = new Request(input, init);
    const signal = request.signal;
    signal.throwIfAborted();
    for (let hop = 0; ; hop++) {
      const response = await exchange(request.clone());
      const location = response.headers.get('location');
      const isRedirect = [301, 302, 303, 307, 308].includes(response.status) && location !== null;
      if (!isRedirect || request.redirect === 'manual') return response;
      if (request.redirect === 'error') {
        throw new TypeError(`Failed to fetch: ${request.url} redirected and redirect is 'error'`);
      }
      if (hop >= maxRedirects)
        throw new TypeError(`Failed to fetch: too many redirects from ${request.url}`);
      const target = new URL(location, request.url).toString();
      const keepBody = response.status === 307 || response.status === 308;
      request = new Request(target, {
        method: keepBody ? request.method : request.method === 'HEAD' ? 'HEAD' : 'GET',
        headers: keepBody ? request.headers : withoutBodyHeaders(request.headers),
        body: keepBody && request.body ? await request.arrayBuffer() : undefined,
        redirect: request.redirect,
        signal,
      });
    }
  } as typeof fetch;
}

/** Reason phrases for statuses mocks answer without one (RFC 9110 §15). */
const reasonPhrases: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function withoutBodyHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete('content-type');
  copy.delete('content-length');
  return copy;
}

function headerList(headers: Headers): [string, string][] {
  return [...headers.entries()].map(([name, value]) => [name, maskHeader(name, value)]);
}

async function describeBody(
  message: Request | Response,
  contentType: string | null,
): Promise<BodyView | undefined> {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('multipart/form-data')) {
    const fields = await describeMultipart(message.clone());
    if (fields) return { kind: 'form', fields };
  }
  let text: string;
  try {
    text = await message.text();
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
  if (type.includes('application/x-www-form-urlencoded')) {
    const fields = [...new URLSearchParams(text)].map(
      ([name, value]) => [name, maskNamedValue(name, value)] as [string, string],
    );
    return { kind: 'form', fields };
  }
  if (type.includes('json')) {
    try {
      return { kind: 'json', text: cut(JSON.stringify(maskJson(JSON.parse(text)), null, 2)).text };
    } catch {
      // Not JSON after all: show it as text.
    }
  }
  return { kind: 'text', ...cut(maskLooseSecrets(text)) };
}

function cut(text: string): { text: string; truncated?: boolean } {
  return text.length > maxBodyChars
    ? { text: text.slice(0, maxBodyChars), truncated: true }
    : { text };
}

/**
 * A FormData body (`multipart/form-data`): each field masked by its name like a URL-encoded form,
 * files shown by name and size. Undefined when the body does not parse, so it is shown as
 * (masked) text instead.
 */
async function describeMultipart(
  message: Request | Response,
): Promise<[string, string][] | undefined> {
  let form: FormData;
  try {
    form = await message.formData();
  } catch {
    return undefined;
  }
  const fields: [string, string][] = [];
  form.forEach((value, name) => {
    fields.push([
      name,
      typeof value === 'string'
        ? maskNamedValue(name, maskText(value))
        : `[file ${value.name || 'blob'}, ${value.size} bytes]`,
    ]);
  });
  return fields;
}

/** Plain-text bodies (e.g. an HTML form, a multipart body) may echo a token or secret. */
function maskLooseSecrets(text: string): string {
  return maskText(text);
}
