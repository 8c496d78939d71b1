import type { RequestHandler } from 'express';
import { isLoopbackOrigin } from './isLoopbackOrigin';

/**
 * Answers 403 to any request a page on another machine's origin makes: one whose `Origin` is
 * neither a loopback origin ({@link isLoopbackOrigin}) nor the server's own (the consent form
 * posts from the server's own page).
 *
 * CORS only stops a page from reading answers; a page on any site can still send "simple"
 * requests (a form post) to a server on loopback, and `POST /__control/reset` needs no body. The
 * mock's credentials are public and its tokens fake, so nothing leaks, but a site the developer
 * happens to visit should not be able to reset or reconfigure the mock in the middle of their run.
 * Clients outside a browser send no `Origin` and are not affected.
 *
 * @example
 * ```ts
 * app.use(refuseForeignOrigins());
 * ```
 * @see https://fetch.spec.whatwg.org/#origin-header
 */
export function refuseForeignOrigins(): RequestHandler {
  return (request, response, next) => {
    const origin = request.get('origin');
    if (origin === undefined || isLoopbackOrigin(origin)) return next();
    if (origin === `${request.protocol}://${request.get('host')}`) return next();
    return response.status(403).json({
      error: 'forbidden_origin',
      message: `The mock server answers pages on loopback origins only (http://localhost:<port>, http://127.0.0.1:<port>, http://[::1]:<port>), and this request came from '${origin}': serve your app from loopback, or proxy the mock server through your dev server so the requests are same-origin.`,
    });
  };
}
