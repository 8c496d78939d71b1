/**
 * The SDK's error classes. Every error carries a stable `code` so callers (and tests) can branch on
 * it without parsing messages. Messages never contain the client secret, a password or a token.
 */

/**
 * Stable machine-readable codes of {@link SdkError} subclasses.
 *
 * @example
 * ```ts
 * function isRetryable(code: SdkErrorCode): boolean {
 *   return code === 'API_ERROR';
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export type SdkErrorCode =
  | 'API_ERROR'
  | 'OAUTH_PROVIDER_ERROR'
  | 'AUTHORIZATION_REQUIRED'
  | 'CONFIGURATION_ERROR'
  | 'INVALID_RESPONSE'
  | 'STATE_MISMATCH';

/**
 * Base class of every error the SDK throws on purpose.
 *
 * @example
 * ```ts
 * try {
 *   await client.itemsController.listItems();
 * } catch (error) {
 *   if (error instanceof SdkError) console.log(error.code);
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2 (the OAuth errors it reports)
 */
export class SdkError extends Error {
  /** Stable machine-readable code; does not change between SDK versions. */
  readonly code: SdkErrorCode;

  constructor(code: SdkErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * Headers of a response as a plain object with lower-case names.
 *
 * @example
 * ```ts
 * const headers: ResponseHeaders = error.headers;
 * console.log(headers['www-authenticate']);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5
 */
export type ResponseHeaders = Record<string, string>;

/**
 * Parameters of a `WWW-Authenticate: Bearer ...` challenge.
 *
 * @example
 * ```ts
 * const challenge: BearerChallenge = { realm: 'api.example.com', error: 'invalid_token' };
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3
 */
export interface BearerChallenge {
  realm?: string;
  error?: string;
  error_description?: string;
  scope?: string;
}

/**
 * An API call (or a token request whose body was not an OAuth error) answered with a non-2xx
 * status. For RFC 6750 failures, `error`, `errorDescription` and `scope` come from the
 * `WWW-Authenticate: Bearer` challenge (or, failing that, from the JSON body).
 *
 * @example
 * ```ts
 * try {
 *   await client.itemsController.createItem({ name: 'Pen' });
 * } catch (error) {
 *   if (error instanceof ApiError && error.error === 'insufficient_scope') {
 *     console.log(`Needs scope: ${error.scope}`);
 *   }
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
 */
export class ApiError extends SdkError {
  /** HTTP status code of the response. */
  readonly statusCode: number;
  /** Response headers, lower-case names. */
  readonly headers: ResponseHeaders;
  /** Raw response body text (possibly not JSON). */
  readonly body: string;
  /** The body parsed as JSON, or `undefined` if it was not JSON. */
  readonly result: unknown;
  /** RFC 6750 error code, e.g. `invalid_token` or `insufficient_scope`, when the server sent one. */
  readonly error: string | undefined;
  /** Human-readable explanation sent by the server, if any. */
  readonly errorDescription: string | undefined;
  /** Scope the resource requires (RFC 6750 `scope` challenge attribute), if sent. */
  readonly scope: string | undefined;

  constructor(init: {
    message: string;
    statusCode: number;
    headers: ResponseHeaders;
    body: string;
    result: unknown;
    challenge?: BearerChallenge;
  }) {
    super('API_ERROR', init.message);
    this.statusCode = init.statusCode;
    this.headers = init.headers;
    this.body = init.body;
    this.result = init.result;
    const fromBody = isRecord(init.result) ? init.result : {};
    this.error = init.challenge?.error ?? stringOrUndefined(fromBody.error);
    this.errorDescription =
      init.challenge?.error_description ?? stringOrUndefined(fromBody.error_description);
    this.scope = init.challenge?.scope;
  }
}

/**
 * The authorization server refused a token request with an RFC 6749 §5.2 error response.
 * `error` is the RFC error code (`invalid_grant`, `invalid_client`, ...). The raw snake_case
 * fields `error_description` and `error_uri` are readable too.
 *
 * @example
 * ```ts
 * try {
 *   await client.resourceOwnerAuthManager?.refreshToken();
 * } catch (error) {
 *   if (error instanceof OAuthProviderError && error.error === 'invalid_grant') {
 *     // the refresh token is no longer valid: get a new grant
 *   }
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export class OAuthProviderError extends SdkError {
  /** RFC 6749 §5.2 error code, e.g. `invalid_grant`. */
  readonly error: string;
  /** Human-readable explanation from the server, if any. */
  readonly errorDescription: string | undefined;
  /** URI of a page about the error, if the server sent one. */
  readonly errorUri: string | undefined;
  /** HTTP status code of the token endpoint's answer (400, or 401 for `invalid_client`). */
  readonly statusCode: number;
  /** Response headers, lower-case names. */
  readonly headers: ResponseHeaders;
  /** Raw response body text. */
  readonly body: string;

  constructor(init: {
    error: string;
    errorDescription?: string;
    errorUri?: string;
    statusCode: number;
    headers: ResponseHeaders;
    body: string;
    context: string;
  }) {
    const detail = init.errorDescription ? `: ${init.errorDescription}` : '';
    super(
      'OAUTH_PROVIDER_ERROR',
      `${init.context} failed with ${init.error} (HTTP ${init.statusCode})${detail}`,
    );
    this.error = init.error;
    this.errorDescription = init.errorDescription;
    this.errorUri = init.errorUri;
    this.statusCode = init.statusCode;
    this.headers = init.headers;
    this.body = init.body;
  }

  /** The raw RFC 6749 `error_description` field. */
  get error_description(): string | undefined {
    return this.errorDescription;
  }

  /** The raw RFC 6749 `error_uri` field. */
  get error_uri(): string | undefined {
    return this.errorUri;
  }
}

/**
 * An endpoint call needs a user's authorization that the SDK cannot obtain on its own: for the
 * authorization code grant there is no token yet (or it can no longer be refreshed), so the user
 * must be sent to `buildAuthorizationUrl()` first. Thrown before any request is made.
 *
 * @example
 * ```ts
 * try {
 *   await client.userController.getProfile();
 * } catch (error) {
 *   if (error instanceof AuthorizationRequiredError) {
 *     const url = client.authorizationCodeAuthManager?.buildAuthorizationUrl();
 *   }
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 */
export class AuthorizationRequiredError extends SdkError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('AUTHORIZATION_REQUIRED', message, options);
  }
}

/**
 * The client was configured or called incorrectly (a missing credential, a reserved
 * authorization parameter, ...). The message names the option to fix.
 *
 * @example
 * ```ts
 * try {
 *   new Client({ clientCredentialsAuthCredentials: { oAuthClientId: 'id', oAuthClientSecret: '' } });
 * } catch (error) {
 *   if (error instanceof ConfigurationError) console.log(error.message);
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
 */
export class ConfigurationError extends SdkError {
  constructor(message: string) {
    super('CONFIGURATION_ERROR', message);
  }
}

/**
 * A server answered 2xx with a body the SDK cannot use (not JSON, or a token response without
 * `access_token` / `token_type`, or a token type other than Bearer).
 *
 * @example
 * ```ts
 * try {
 *   await client.clientCredentialsAuthManager?.fetchToken();
 * } catch (error) {
 *   if (error instanceof InvalidResponseError) console.log(error.body);
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
export class InvalidResponseError extends SdkError {
  /** HTTP status code of the response. */
  readonly statusCode: number;
  /** Raw response body text. */
  readonly body: string;

  constructor(message: string, statusCode: number, body: string) {
    super('INVALID_RESPONSE', message);
    this.statusCode = statusCode;
    this.body = body;
  }
}

/**
 * `fetchToken(code, state)` was given a `state` that no `buildAuthorizationUrl(state)` call of
 * this manager issued (or that was already used): the redirect may be forged (CSRF).
 *
 * @example
 * ```ts
 * try {
 *   await client.authorizationCodeAuthManager?.fetchToken(code, stateFromCallback);
 * } catch (error) {
 *   if (error instanceof StateMismatchError) console.log('Ignoring a forged callback');
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-10.12
 */
export class StateMismatchError extends SdkError {
  constructor(message: string) {
    super('STATE_MISMATCH', message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
