import { getResponse, type RequestHandler } from 'msw';
import { append, intrinsics, splitText } from './intrinsics';
import {
  decodeFormText,
  maskHeader,
  maskJson,
  maskNamedValue,
  maskText,
  maskUrl,
} from './maskSecrets';
import type { BodyView, ExchangeView } from './protocol';
import { readMultipart } from './readMultipart';

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
  /** Called with each HTML page the mock server answers (whole, unmasked: it stays in the worker). */
  onHtmlPage?: (html: string) => void;
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
    view.requestBody = await describeBody(
      { kind: 'request', body: request },
      request.headers.get('content-type'),
    );
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
    const responseType = response.headers.get('content-type') ?? '';
    if (options.onHtmlPage && intrinsics.indexOf(responseType, 'text/html') !== -1) {
      options.onHtmlPage(await bodyText({ kind: 'response', body: response }));
    }
    options.onExchange?.({
      ...view,
      status: response.status,
      statusText: response.statusText || reasonPhrases[response.status] || '',
      responseHeaders: headerList(response.headers),
      responseBody: await describeBody(
        { kind: 'response', body: response },
        response.headers.get('content-type'),
      ),
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
export const reasonPhrases: Record<number, string> = {
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

/** The headers, masked (also how CI's recorded runs show them); read with the built-ins as they were before the reader's code ran. */
export function headerList(headers: Headers): [string, string][] {
  const list: [string, string][] = [];
  intrinsics.headersForEach!(headers, (value, name) => {
    append(list, [name, maskHeader(name, value)]);
  });
  return list;
}

/** The text of a body, read from a copy (the code or the mock server reads the original). */
async function bodyText(message: Message): Promise<string> {
  if (message.kind === 'response') {
    const { clone, text } = intrinsics.response!;
    return text(clone(message.body));
  }
  const { clone, text } = intrinsics.request!;
  return text(clone(message.body));
}

/**
 * A body as the inspector shows it, masked by what its bytes are rather than by what its
 * `Content-Type` says: a multipart body is read with the boundary it carries, a form or JSON body
 * sent under another type still goes through the free-text masking (issue 22).
 */
export type Message = { kind: 'request'; body: Request } | { kind: 'response'; body: Response };

export async function describeBody(
  message: Message,
  contentType: string | null,
): Promise<BodyView | undefined> {
  const type = intrinsics.toLowerCase(contentType ?? '');
  let text: string;
  try {
    text = await bodyText(message);
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
  const multipart = readMultipart(text);
  if (multipart) {
    const fields: [string, string][] = [];
    for (let index = 0; index < multipart.length; index++) {
      const { name, value, file } = multipart[index]!;
      append(fields, [
        maskText(name),
        file
          ? `[file ${file.name || 'blob'}, ${file.size} bytes]`
          : maskNamedValue(name, maskText(value)),
      ]);
    }
    return { kind: 'form', fields };
  }
  if (intrinsics.indexOf(type, 'application/x-www-form-urlencoded') !== -1) {
    return { kind: 'form', fields: formFields(text) };
  }
  if (intrinsics.indexOf(type, 'json') !== -1) {
    try {
      const masked = maskJson(intrinsics.jsonParse(text));
      return { kind: 'json', text: cut(intrinsics.jsonStringify(masked, null, 2)).text };
    } catch {
      // Not JSON after all: show it as text.
    }
  }
  return { kind: 'text', ...cut(maskText(text)) };
}

/**
 * The fields of a URL-encoded form, each masked by its name; a name that is really something
 * else (a JSON body sent as a form) goes through the free-text masking too.
 */
function formFields(text: string): [string, string][] {
  const fields: [string, string][] = [];
  const pairs = splitText(text, '&');
  for (let index = 0; index < pairs.length; index++) {
    const pair = pairs[index]!;
    if (pair === '') continue;
    const equals = intrinsics.indexOf(pair, '=');
    const name = decodeFormText(equals === -1 ? pair : intrinsics.slice(pair, 0, equals));
    const value = equals === -1 ? '' : decodeFormText(intrinsics.slice(pair, equals + 1));
    append(fields, [maskText(name), maskNamedValue(name, maskText(value))]);
  }
  return fields;
}

function cut(text: string): { text: string; truncated?: boolean } {
  return text.length > maxBodyChars
    ? { text: intrinsics.slice(text, 0, maxBodyChars), truncated: true }
    : { text };
}
