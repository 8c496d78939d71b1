import type { OAuthCredentialsBase } from '../configuration';
import type { HttpContext } from '../core/context';
import type { OAuthToken } from '../OAuthToken';
import { OAuthManager } from './OAuthManager';

/**
 * Credentials for the resource owner password credentials grant.
 *
 * @example
 * ```ts
 * const client = new Client({
 *   resourceOwnerAuthCredentials: {
 *     oAuthClientId: 'OAuthClientId',
 *     oAuthClientSecret: 'OAuthClientSecret',
 *     oAuthUsername: 'OAuthUsername',
 *     oAuthPassword: 'OAuthPassword',
 *   },
 * });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
 */
export interface ResourceOwnerAuthCredentials extends OAuthCredentialsBase<ResourceOwnerAuthManager> {
  /** The resource owner's username. */
  oAuthUsername: string;
  /** The resource owner's password; sent only in the token request body. */
  oAuthPassword: string;
}

/**
 * Gets tokens with the resource owner password credentials grant. Endpoint calls fetch a token
 * on first use; when it expires they use its refresh token, and fall back to a new password
 * grant if the refresh token is rejected with `invalid_grant`. Available as
 * `client.resourceOwnerAuthManager`.
 *
 * @example
 * ```ts
 * const token = await client.resourceOwnerAuthManager?.fetchToken();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
 */
export class ResourceOwnerAuthManager extends OAuthManager {
  readonly #credentials: ResourceOwnerAuthCredentials;

  /** @internal Created by `Client`; use `client.resourceOwnerAuthManager`. */
  constructor(http: HttpContext, credentials: ResourceOwnerAuthCredentials) {
    super(http, credentials as never);
    this.#credentials = credentials;
  }

  /**
   * Exchanges the configured username and password for an access token (with a refresh token),
   * makes it the manager's current token and returns it.
   *
   * @example
   * ```ts
   * const token = await client.resourceOwnerAuthManager?.fetchToken();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2
   */
  async fetchToken(): Promise<OAuthToken> {
    const token = await this.requestToken(
      {
        grant_type: 'password',
        username: this.#credentials.oAuthUsername,
        password: this.#credentials.oAuthPassword,
        scope: this.scopeParameter,
      },
      'Fetching a token with the password grant',
    );
    return this.adopt(token);
  }

  protected override newGrant(): Promise<OAuthToken> {
    return this.fetchToken();
  }
}
