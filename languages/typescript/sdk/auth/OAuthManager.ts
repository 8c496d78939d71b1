import type { OAuthCredentialsBase } from '../configuration';
import type { HttpContext } from '../core/context';
import { OAuthProviderError } from '../errors';
import type { OAuthToken } from '../OAuthToken';
import { requestToken } from './requestToken';

/** Symbols for what the client's controllers use and snippets should not: not exported from `sdk`. */
export const currentToken = Symbol('currentToken');
export const renewRejectedToken = Symbol('renewRejectedToken');

/**
 * What all three auth managers share: the current token, expiry checks, renewal (refresh token
 * first), the token callbacks and single-flight token requests.
 *
 * Single flight: while a token is being obtained for endpoint calls, every other call waits for
 * that same promise, so 50 parallel calls without a token cause exactly one token request.
 *
 * @example
 * ```ts
 * const manager: OAuthManager | undefined = client.resourceOwnerAuthManager;
 * if (manager?.isTokenExpired()) await manager.refreshToken();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-1.5
 */
export abstract class OAuthManager {
  readonly #http: HttpContext;
  readonly #credentials: OAuthCredentialsBase<never>;
  #token: OAuthToken | undefined;
  /** Access token the API rejected with 401: treated as expired even if its expiry is ahead. */
  #rejected: string | undefined;
  #inflight: Promise<OAuthToken> | undefined;

  protected constructor(http: HttpContext, credentials: OAuthCredentialsBase<never>) {
    this.#http = http;
    this.#credentials = credentials;
    this.#token = credentials.oAuthToken;
  }

  /**
   * Whether a token is expired: its `expiry` (which already includes the clock-skew margin) is
   * now or in the past. Without an argument, checks the manager's current token; no token at all
   * counts as expired. A token without `expiry` never expires client-side.
   *
   * @example
   * ```ts
   * if (client.resourceOwnerAuthManager?.isTokenExpired(token)) {
   *   token = await client.resourceOwnerAuthManager.refreshToken();
   * }
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
   */
  isTokenExpired(token: OAuthToken | undefined = this.#token): boolean {
    if (!token) return true;
    return token.expiry !== undefined && Date.now() >= token.expiry * 1000;
  }

  /**
   * Gets a new access token with the refresh token of the current token (RFC 6749 §6) and makes
   * it current. The server rotates refresh tokens, so the old one stops working. When the current
   * token has no refresh token, the client credentials and password managers fetch a new token
   * with their credentials instead; the authorization code manager throws
   * `AuthorizationRequiredError`.
   *
   * @example
   * ```ts
   * const token = await client.resourceOwnerAuthManager?.refreshToken();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-6
   */
  async refreshToken(): Promise<OAuthToken> {
    const refreshToken = this.#token?.refreshToken;
    if (!refreshToken) return this.newGrant();
    return this.#refreshWith(refreshToken);
  }

  /** Requests a token from the token endpoint with this manager's client credentials. */
  protected async requestToken(
    params: Record<string, string | undefined>,
    context: string,
  ): Promise<OAuthToken> {
    return requestToken(this.#http, this.#credentials, params, context);
  }

  /** The configured scopes as the space-delimited `scope` parameter, or undefined. */
  protected get scopeParameter(): string | undefined {
    const scopes = this.#credentials.oAuthScopes;
    return scopes && scopes.length > 0 ? scopes.join(' ') : undefined;
  }

  protected get http(): HttpContext {
    return this.#http;
  }

  /** Makes `token` current, firing `oAuthOnTokenUpdate` if it is a different token. */
  protected adopt(token: OAuthToken): OAuthToken {
    const changed = token.accessToken !== this.#token?.accessToken;
    this.#token = token;
    if (changed) {
      this.#rejected = undefined;
      this.#credentials.oAuthOnTokenUpdate?.(token);
    }
    return token;
  }

  /**
   * Gets a token without a refresh token: a fresh grant, or a typed error if that needs a user.
   * `cause` is the refresh failure that led here, if any.
   */
  protected abstract newGrant(cause?: unknown): Promise<OAuthToken>;

  async #refreshWith(refreshToken: string): Promise<OAuthToken> {
    const token = await this.requestToken(
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      'Refreshing the access token',
    );
    // RFC 6749 §6: a server that does not rotate keeps the old refresh token valid.
    token.refreshToken ??= refreshToken;
    return this.adopt(token);
  }

  /**
   * The token endpoint calls should use: the current one if still valid, otherwise one obtained
   * once for all concurrent callers (provider callback if configured, else refresh token, else a
   * new grant).
   */
  async [currentToken](): Promise<OAuthToken> {
    const token = this.#token;
    if (token && !this.isTokenExpired(token) && token.accessToken !== this.#rejected) return token;
    this.#inflight ??= this.#obtain().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /** After the API answered 401 for `used`: mark it unusable and get another, once for all callers. */
  async [renewRejectedToken](used: OAuthToken): Promise<OAuthToken> {
    if (this.#token?.accessToken === used.accessToken) this.#rejected = used.accessToken;
    return this[currentToken]();
  }

  async #obtain(): Promise<OAuthToken> {
    const provider = this.#credentials.oAuthTokenProvider;
    if (provider) return this.adopt(await provider(this.#token, this as never));
    const refreshToken = this.#token?.refreshToken;
    if (!refreshToken) return this.newGrant();
    try {
      return await this.#refreshWith(refreshToken);
    } catch (error) {
      // A revoked, expired or rotated-away refresh token: start over with a new grant.
      if (error instanceof OAuthProviderError && error.error === 'invalid_grant') {
        return this.newGrant(error);
      }
      throw error;
    }
  }
}
