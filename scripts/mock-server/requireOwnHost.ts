import type { RequestHandler } from 'express';

/**
 * Answers 421 Misdirected Request (RFC 9110 §15.5.20) to a request sent to this server under
 * another name than its `issuer`'s (e.g. `localhost` for a server on `127.0.0.1`), with a
 * message naming the address to use.
 *
 * One server cannot answer under two names: the issuer in its metadata has to equal the URL the
 * client discovered it from (RFC 8414 §3.3), and its handlers only match their own origin, so
 * such a request used to get a 404 that blamed the path. Refusing foreign names also keeps a DNS
 * rebinding page (a site whose name now points at 127.0.0.1) away from the server.
 *
 * @example
 * ```ts
 * app.use(requireOwnHost('http://127.0.0.1:4010/auth'));
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8414#section-3.3
 */
export function requireOwnHost(issuer: string): RequestHandler {
  const own = new URL(issuer);
  return (request, response, next) => {
    const sent = request.get('host') ?? '';
    let host: string;
    try {
      host = new URL(`${own.protocol}//${sent}`).host;
    } catch {
      host = sent;
    }
    if (host === own.host) return next();
    return response.status(421).json({
      error: 'misdirected_request',
      message: `This mock server answers as ${own.origin} only (its issuer is ${issuer}), and this request was sent to '${sent}': use ${own.origin}. RFC 8414 section 3.3: the issuer a client discovers must equal the URL it used, so one server cannot answer under two names.`,
    });
  };
}
