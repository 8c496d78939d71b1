/**
 * An access token as the SDK keeps it: a plain, JSON-serialisable object, so it can be stored
 * (for example in a database) and passed back later as `oAuthToken`.
 *
 * `expiry` is a Unix time in seconds computed when the token response was received:
 * `receipt time + expires_in − margin`, where the margin absorbs clock skew and network latency:
 * 30 seconds, or half the lifetime for tokens that live less than a minute. A token whose
 * `expiry` has passed is treated as expired and renewed before the next call.
 *
 * @example
 * ```ts
 * const token: OAuthToken | undefined = await client.clientCredentialsAuthManager?.fetchToken();
 * console.log(`Access token: ${token?.accessToken}, expires in ${token?.expiresIn} s`);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
export interface OAuthToken {
  /** The access token (RFC 6749 `access_token`). Treat it as a secret. */
  accessToken: string;
  /** Token type (`Bearer`). */
  tokenType: string;
  /** Lifetime in seconds as sent by the server (`expires_in`), if it sent one. */
  expiresIn?: number;
  /** Unix time (seconds) after which the SDK treats the token as expired; see above. */
  expiry?: number;
  /** Space-delimited scopes the token was granted (`scope`). */
  scope?: string;
  /** Refresh token, when the grant issued one. Treat it as a secret. */
  refreshToken?: string;
}
