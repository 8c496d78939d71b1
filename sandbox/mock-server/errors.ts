/**
 * Every error the mock server answers, in one place: a factory of RFC 6749 §4.1.2.1 / §5.2 and
 * RFC 6750 §3.1 errors that carry their HTTP status and challenge. Handlers just `throw`; the
 * functions at the bottom turn an error into a token endpoint response, a protected resource
 * response or an authorization redirect.
 */

export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'access_denied'
  | 'unsupported_response_type'
  | 'server_error'
  | 'invalid_token'
  | 'insufficient_scope';

export const AUTH_REALM = 'auth.example.com';
export const API_REALM = 'api.example.com';

/** An error the server answers. `error` undefined = a bare RFC 6750 challenge (no token sent). */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode | undefined,
    readonly description: string,
    readonly status: number,
    /** `Basic` for invalid_client, `Bearer` for protected resource errors. */
    readonly challenge?: 'Basic' | 'Bearer',
    /** RFC 6750 `scope` attribute: the scope the resource needs. */
    readonly scope?: string,
  ) {
    super(`${error ?? 'unauthorized'}: ${description}`);
    this.name = 'OAuthError';
  }
}

/** The factory: one function per error, so handlers read as `throw errors.invalidGrant('...')`. */
export const errors = {
  invalidRequest: (description: string) => new OAuthError('invalid_request', description, 400),
  /** RFC 6749 §5.2: 401 with a challenge for the scheme the client may use. */
  invalidClient: (description: string) =>
    new OAuthError('invalid_client', description, 401, 'Basic'),
  invalidGrant: (description: string) => new OAuthError('invalid_grant', description, 400),
  unauthorizedClient: (description: string) =>
    new OAuthError('unauthorized_client', description, 400),
  unsupportedGrantType: (description: string) =>
    new OAuthError('unsupported_grant_type', description, 400),
  invalidScope: (description: string) => new OAuthError('invalid_scope', description, 400),
  accessDenied: (description: string) => new OAuthError('access_denied', description, 400),
  unsupportedResponseType: (description: string) =>
    new OAuthError('unsupported_response_type', description, 400),
  serverError: (description: string) => new OAuthError('server_error', description, 500),
  /** RFC 6750 §3.1: no token at all: 401 and a challenge without an error code. */
  missingToken: (description: string) => new OAuthError(undefined, description, 401, 'Bearer'),
  bearerInvalidRequest: (description: string) =>
    new OAuthError('invalid_request', description, 400, 'Bearer'),
  invalidToken: (description: string) =>
    new OAuthError('invalid_token', description, 401, 'Bearer'),
  insufficientScope: (scope: string, description: string) =>
    new OAuthError('insufficient_scope', description, 403, 'Bearer', scope),
};

/** RFC 6749 §5.2: error_description is limited to %x20-21 / %x23-5B / %x5D-7E (no `"` or `\`). */
function sanitize(text: string): string {
  return text.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, "'");
}

function asOAuthError(error: unknown): OAuthError {
  if (error instanceof OAuthError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return errors.serverError(`The mock server failed unexpectedly: ${detail}`);
}

/** Headers every token endpoint answer carries (RFC 6749 §5.1). */
export const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' } as const;

/** Serialises an error as the token endpoint answers it (RFC 6749 §5.2). */
export function tokenErrorResponse(thrown: unknown): Response {
  const error = asOAuthError(thrown);
  const headers: Record<string, string> = { ...NO_STORE, 'content-type': 'application/json' };
  if (error.challenge === 'Basic') headers['www-authenticate'] = `Basic realm="${AUTH_REALM}"`;
  return new Response(
    JSON.stringify({ error: error.error, error_description: sanitize(error.description) }),
    { status: error.status, headers },
  );
}

/** Serialises an error as the protected API answers it (RFC 6750 §3). */
export function resourceErrorResponse(thrown: unknown): Response {
  const error = asOAuthError(thrown);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (error.challenge === 'Bearer') {
    const attributes = [`realm="${API_REALM}"`];
    if (error.error) {
      attributes.push(`error="${error.error}"`);
      attributes.push(`error_description="${sanitize(error.description)}"`);
    }
    if (error.scope) attributes.push(`scope="${error.scope}"`);
    headers['www-authenticate'] = `Bearer ${attributes.join(', ')}`;
  }
  const body = error.error
    ? { error: error.error, error_description: sanitize(error.description) }
    : { message: error.description };
  return new Response(JSON.stringify(body), { status: error.status, headers });
}

/** Serialises an error as a redirect to the client (RFC 6749 §4.1.2.1). */
export function authorizationErrorRedirect(
  thrown: unknown,
  redirectUri: string,
  state: string | undefined,
): Response {
  const error = asOAuthError(thrown);
  const location = new URL(redirectUri);
  location.searchParams.set('error', error.error ?? 'invalid_request');
  location.searchParams.set('error_description', sanitize(error.description));
  if (state !== undefined) location.searchParams.set('state', state);
  return redirect(location);
}

/** A 302 to `location`, not cached. */
export function redirect(location: URL): Response {
  return new Response(null, {
    status: 302,
    headers: { location: location.toString(), 'cache-control': 'no-store' },
  });
}
