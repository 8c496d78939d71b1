import type { ApiResponse } from '../ApiResponse';
import { currentToken, renewRejectedToken } from '../auth/OAuthManager';
import type { OAuthManager } from '../auth/OAuthManager';
import { ApiError, InvalidResponseError } from '../errors';
import type { OAuthToken } from '../OAuthToken';
import type { HttpContext } from './context';
import { joinUrl } from './context';
import { parseBearerChallenge } from './parseBearerChallenge';
import { readResponse } from './readResponse';

/** What a controller needs: the HTTP context and the auth manager endpoint calls use. */
export interface ApiContext {
  readonly http: HttpContext;
  /** Throws `ConfigurationError` when no credentials group is configured. */
  authManager(): OAuthManager;
}

/**
 * Calls the protected API with a Bearer token in the Authorization header (RFC 6750 §2.1, never
 * in the URL). On a 401 the token is renewed and the call retried once.
 */
export async function callApi<T>(
  context: ApiContext,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const manager = context.authManager();
  const url = joinUrl(context.http.apiBaseUrl, path);
  const send = (token: OAuthToken) =>
    context.http.fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token.accessToken}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  let token = await manager[currentToken]();
  let response = await send(token);
  if (response.status === 401) {
    await response.text(); // drain the 401 body before retrying
    token = await manager[renewRejectedToken](token);
    response = await send(token);
  }
  const read = await readResponse(response);
  if (read.statusCode < 200 || read.statusCode > 299) {
    const challenge = parseBearerChallenge(read.headers['www-authenticate']);
    const error = new ApiError({
      message: '',
      statusCode: read.statusCode,
      headers: read.headers,
      body: read.body,
      result: read.json,
      challenge,
    });
    const reason = [error.error, error.errorDescription].filter(Boolean).join(': ');
    error.message = `${method} ${url} failed with HTTP ${read.statusCode}${reason ? ` (${reason})` : ''}`;
    throw error;
  }
  if (read.json === undefined && read.body !== '') {
    throw new InvalidResponseError(
      `${method} ${url} answered HTTP ${read.statusCode} with a body that is not JSON`,
      read.statusCode,
      read.body,
    );
  }
  return { statusCode: read.statusCode, headers: read.headers, result: read.json as T };
}
