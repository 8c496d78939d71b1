import { http, HttpResponse } from 'msw';
import type { ServerContext } from '../context';
import { errors, resourceErrorResponse } from '../errors';
import type { AccessTokenRecord, Item } from '../state';

/** RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Validates the bearer token of an API request (RFC 6750 §2.1, §3.1) and that it carries
 * `scope`. Throws the RFC 6750 error to answer otherwise.
 */
function authorize(request: Request, context: ServerContext, scope: string): AccessTokenRecord {
  const { state } = context;
  if (new URL(request.url).searchParams.has('access_token')) {
    throw errors.bearerInvalidRequest(
      'Access tokens in the URL leak into logs and history; send them in the Authorization header',
    );
  }
  const header = request.headers.get('authorization');
  const match = header && /^Bearer +(.*)$/i.exec(header);
  if (!match) {
    throw errors.missingToken(
      'This endpoint needs an access token: send Authorization: Bearer <token>',
    );
  }
  const token = match[1]!.trim();
  if (!B64TOKEN.test(token)) throw errors.bearerInvalidRequest('The bearer token is malformed');
  if (state.scenarios.has('apiUnauthorizedOnce')) {
    state.setScenario('apiUnauthorizedOnce', false);
    throw errors.invalidToken('The access token was rejected (scenario apiUnauthorizedOnce)');
  }
  const record = state.accessTokens.get(token);
  if (!record) throw errors.invalidToken('The access token is unknown');
  if (record.revoked) throw errors.invalidToken('The access token was revoked');
  if (state.now() >= record.expiresAt) throw errors.invalidToken('The access token expired');
  if (!record.scope.includes(scope)) {
    throw errors.insufficientScope(scope, `This request needs the scope '${scope}'`);
  }
  return record;
}

type Resolver = (input: {
  request: Request;
  token: AccessTokenRecord;
  params: Record<string, string | readonly string[] | undefined>;
}) => Response | Promise<Response>;

/** Wraps a resource handler: bearer check first, errors serialised the RFC 6750 way. */
function protectedRoute(context: ServerContext, scope: string, resolve: Resolver) {
  return async ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => {
    try {
      return await resolve({ request, token: authorize(request, context, scope), params });
    } catch (error) {
      return resourceErrorResponse(error);
    }
  };
}

/** A 400/404/415 body of the demo API (not an OAuth error). */
function problem(status: number, error: string, message: string): Response {
  return HttpResponse.json({ error, message }, { status });
}

/** Validates a POST /items body; answers the item to create or an error message. */
function parseNewItem(body: unknown): { name: string; quantity: number } | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'The body must be a JSON object like {"name": "Pen", "quantity": 2}';
  }
  const { name, quantity = 1, ...rest } = body as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) return `Unknown field(s): ${unknown.join(', ')}`;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
    return 'name must be a non-empty string of at most 100 characters';
  }
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 0) {
    return 'quantity must be a non-negative integer';
  }
  return { name: name.trim(), quantity };
}

/** The protected API at `apiBaseUrl`: `/me`, `/items`, `/items/:id`. */
export function apiEndpoints(context: ServerContext) {
  const base = context.apiBaseUrl;
  const { state } = context;
  return [
    http.get(
      `${base}/me`,
      protectedRoute(context, 'read', ({ token }) => {
        if (token.subject === undefined) {
          const client = context.clients.get(token.clientId);
          return HttpResponse.json({
            id: token.clientId,
            kind: 'client',
            name: client?.name ?? token.clientId,
            scopes: token.scope,
          });
        }
        const { id, name, username, email } = context.user;
        return HttpResponse.json({ id, kind: 'user', name, username, email, scopes: token.scope });
      }),
    ),
    http.get(
      `${base}/items`,
      protectedRoute(context, 'read', () => HttpResponse.json({ items: state.items })),
    ),
    http.get(
      `${base}/items/:id`,
      protectedRoute(context, 'read', ({ params }) => {
        const item = state.items.find((candidate) => candidate.id === params.id);
        return item ? HttpResponse.json(item) : problem(404, 'not_found', 'No item with this id');
      }),
    ),
    http.post(
      `${base}/items`,
      protectedRoute(context, 'write', async ({ request }) => {
        const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim();
        if (type.toLowerCase() !== 'application/json') {
          return problem(415, 'unsupported_media_type', 'Send the item as application/json');
        }
        let body: unknown;
        try {
          body = await request.json();
        } catch {
          return problem(400, 'invalid_body', 'The body is not valid JSON');
        }
        const parsed = parseNewItem(body);
        if (typeof parsed === 'string') return problem(400, 'invalid_body', parsed);
        const item: Item = {
          id: `item_${state.nextItemNumber++}`,
          ...parsed,
          createdAt: new Date(state.now()).toISOString(),
        };
        state.items.push(item);
        return HttpResponse.json(item, {
          status: 201,
          headers: { location: `${base}/items/${item.id}` },
        });
      }),
    ),
    http.all(`${base}/*`, () => problem(404, 'not_found', 'This API has no such endpoint')),
  ];
}
