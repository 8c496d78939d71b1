import type { OAuthCredentialsBase } from '../configuration';
import type { HttpContext } from '../core/context';
import type { OAuthToken } from '../OAuthToken';
import { OAuthManager } from './OAuthManager';

/**
 * Credentials for the client credentials grant.
 *
 * @example
 * ```ts
 * const client = new Client({
 *   clientCredentialsAuthCredentials: {
 *     oAuthClientId: 'OAuthClientId',
 *     oAuthClientSecret: 'OAuthClientSecret',
 *   },
 * });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 */
export type ClientCredentialsAuthCredentials = OAuthCredentialsBase<ClientCredentialsAuthManager>;

/**
 * Gets tokens with the client credentials grant: the client acts on its own behalf. Endpoint
 * calls fetch a token on first use and a new one when it expires (this grant issues no refresh
 * token). Available as `client.clientCredentialsAuthManager`.
 *
 * @example
 * ```ts
 * const token = await client.clientCredentialsAuthManager?.fetchToken();
 * console.log(`Access token: ${token?.accessToken}`);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
 */
export class ClientCredentialsAuthManager extends OAuthManager {
  /** @internal Created by `Client`; use `client.clientCredentialsAuthManager`. */
  constructor(http: HttpContext, credentials: ClientCredentialsAuthCredentials) {
    super(http, credentials as never);
  }

  /**
   * Requests a new access token with the client's credentials (and the configured scopes), makes
   * it the manager's current token and returns it.
   *
   * @example
   * ```ts
   * const token = await client.clientCredentialsAuthManager?.fetchToken();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2
   */
  async fetchToken(): Promise<OAuthToken> {
    const token = await this.requestToken(
      { grant_type: 'client_credentials', scope: this.scopeParameter },
      'Fetching a token with the client credentials grant',
    );
    return this.adopt(token);
  }

  protected override newGrant(): Promise<OAuthToken> {
    return this.fetchToken();
  }
}
