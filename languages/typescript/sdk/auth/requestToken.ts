import type { OAuthCredentialsBase } from '../configuration';
import type { HttpContext } from '../core/context';
import { joinUrl } from '../core/context';
import { readResponse } from '../core/readResponse';
import { ApiError, InvalidResponseError, OAuthProviderError } from '../errors';
import type { OAuthToken } from '../OAuthToken';

/**
 * Seconds subtracted from `expires_in` when computing `OAuthToken.expiry`, to absorb clock skew
 * and latency (capped at half the lifetime, so short-lived tokens stay usable).
 *
 * @example
 * ```ts
 * // expiry = receipt time + expires_in - min(CLOCK_SKEW_MARGIN_SECONDS, expires_in / 2)
 * console.log(`Tokens are renewed ${CLOCK_SKEW_MARGIN_SECONDS} s before they expire`);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.2.2
 */
export const CLOCK_SKEW_MARGIN_SECONDS = 30;

/** `application/x-www-form-urlencoded` encoding of one value (RFC 6749 Appendix B). */
function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/**
 * Sends a token request (RFC 6749 §3.2) and turns the answer into an {@link OAuthToken} or a
 * typed error. The client authenticates with HTTP Basic, id and secret form-encoded first
 * (RFC 6749 §2.3.1), so neither ever appears in a URL or in the body.
 */
export async function requestToken(
  http: HttpContext,
  credentials: OAuthCredentialsBase<never>,
  params: Record<string, string | undefined>,
  context: string,
): Promise<OAuthToken> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) body.set(name, value);
  const basic = btoa(
    `${formEncode(credentials.oAuthClientId)}:${formEncode(credentials.oAuthClientSecret)}`,
  );
  const response = await http.fetch(joinUrl(http.authServerUrl, '/oauth2/token'), {
    method: 'POST',
    headers: {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: body.toString(),
  });
  const receivedAt = Date.now();
  const read = await readResponse(response);
  const json = (typeof read.json === 'object' && read.json) || {};
  const field = (name: string): unknown => (json as Record<string, unknown>)[name];

  if (read.statusCode < 200 || read.statusCode > 299) {
    const error = field('error');
    if (typeof error === 'string') {
      const text = (name: string) => {
        const value = field(name);
        return typeof value === 'string' ? value : undefined;
      };
      throw new OAuthProviderError({
        error,
        errorDescription: text('error_description'),
        errorUri: text('error_uri'),
        statusCode: read.statusCode,
        headers: read.headers,
        body: read.body,
        context,
      });
    }
    throw new ApiError({
      message: `${context} failed with HTTP ${read.statusCode} and a body that is not an OAuth error response`,
      statusCode: read.statusCode,
      headers: read.headers,
      body: read.body,
      result: read.json,
    });
  }

  const accessToken = field('access_token');
  const tokenType = field('token_type');
  if (typeof accessToken !== 'string' || !accessToken || typeof tokenType !== 'string') {
    throw new InvalidResponseError(
      `${context} answered HTTP ${read.statusCode} without a JSON access_token and token_type (RFC 6749 §5.1)`,
      read.statusCode,
      read.body,
    );
  }
  if (tokenType.toLowerCase() !== 'bearer') {
    throw new InvalidResponseError(
      `${context} issued a token of type "${tokenType}"; this SDK only sends Bearer tokens (RFC 6750)`,
      read.statusCode,
      read.body,
    );
  }
  const token: OAuthToken = { accessToken, tokenType: 'Bearer' };
  const expiresIn = Number(field('expires_in'));
  if (field('expires_in') !== undefined && Number.isFinite(expiresIn)) {
    const margin = Math.min(CLOCK_SKEW_MARGIN_SECONDS, Math.floor(expiresIn / 2));
    token.expiresIn = expiresIn;
    token.expiry = Math.floor(receivedAt / 1000) + expiresIn - margin;
  }
  const scope = field('scope');
  if (typeof scope === 'string') token.scope = scope;
  const refreshToken = field('refresh_token');
  if (typeof refreshToken === 'string' && refreshToken) token.refreshToken = refreshToken;
  return token;
}
