import type { RequestHandler } from 'express';
import { isLoopbackOrigin } from './isLoopbackOrigin';

/** A path a browser app calls with `fetch`, and the methods it may use there. */
export interface CorsRoute {
  /** An exact path, or a prefix ending in `/` that covers every path under it. */
  path: string;
  methods: readonly string[];
}

/** What a browser app sends: a bearer token (RFC 6750 §2.1), a JSON or form body. */
const ALLOWED_HEADERS = 'Authorization, Content-Type';
/**
 * What it reads beyond the CORS-safelisted response headers: the RFC 6750 §3 challenge of a 401
 * or 403, and where `POST /items` put the item it created (201 with `Location`).
 */
const EXPOSED_HEADERS = 'WWW-Authenticate, Location';
/** The policy never changes while the server runs: one preflight per URL every 10 minutes. */
const MAX_AGE_SECONDS = '600';

/**
 * CORS for browser apps served from loopback ({@link isLoopbackOrigin}) on `routes` only: the
 * answer reflects the page's origin, preflights get the methods of the route and the headers a
 * client sends, and answers expose the headers a client reads. Other paths (the authorization
 * endpoint, reached by navigation, and the controls) get no CORS headers at all.
 *
 * No `Access-Control-Allow-Credentials`: tokens travel in the `Authorization` header, never in
 * cookies, so a page has no reason to send credentials (and a wildcard is not needed either).
 *
 * @example
 * ```ts
 * app.use(cors([{ path: '/auth/oauth2/token', methods: ['POST'] }]));
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9700#section-2.6
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
export function cors(routes: readonly CorsRoute[]): RequestHandler {
  const routeOf = (path: string) =>
    routes.find((route) =>
      route.path.endsWith('/') ? path.startsWith(route.path) : path === route.path,
    );
  return (request, response, next) => {
    const route = routeOf(request.path);
    if (!route) return next();
    // The answer depends on the Origin: a cache must not hand one page's answer to another.
    response.vary('Origin');
    const origin = request.get('origin');
    // A same-origin page needs no CORS; refuseForeignOrigins has turned other sites away.
    if (origin === undefined || !isLoopbackOrigin(origin)) return next();
    response.set('Access-Control-Allow-Origin', origin);
    const preflight =
      request.method === 'OPTIONS' && request.get('access-control-request-method') !== undefined;
    if (!preflight) {
      response.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      return next();
    }
    response.set({
      'Access-Control-Allow-Methods': route.methods.join(', '),
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': MAX_AGE_SECONDS,
    });
    return response.status(204).end();
  };
}
