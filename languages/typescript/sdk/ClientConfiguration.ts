import type { AuthorizationCodeAuthCredentials } from './auth/AuthorizationCodeAuthManager';
import type { ClientCredentialsAuthCredentials } from './auth/ClientCredentialsAuthManager';
import type { ResourceOwnerAuthCredentials } from './auth/ResourceOwnerAuthManager';
import type { FetchLike } from './configuration';

/**
 * Everything `new Client(...)` accepts. Configure the credentials group(s) of the grant(s) you
 * use; endpoint calls authenticate with the first configured group in the order
 * authorization code, resource owner, client credentials.
 *
 * @example
 * ```ts
 * const config: ClientConfiguration = {
 *   clientCredentialsAuthCredentials: {
 *     oAuthClientId: 'OAuthClientId',
 *     oAuthClientSecret: 'OAuthClientSecret',
 *   },
 *   authServerUrl: 'https://auth.example.com',
 * };
 * const client = new Client(config);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3
 */
export interface ClientConfiguration {
  clientCredentialsAuthCredentials?: ClientCredentialsAuthCredentials;
  resourceOwnerAuthCredentials?: ResourceOwnerAuthCredentials;
  authorizationCodeAuthCredentials?: AuthorizationCodeAuthCredentials;
  /**
   * Authorization server base URL. Default: the environment's `SDK_AUTH_SERVER_URL` in Node (as
   * `npm run mock-server` prints it), else `https://auth.example.com`.
   */
  authServerUrl?: string;
  /**
   * Protected API base URL. Default: the environment's `SDK_API_BASE_URL` in Node, else
   * `https://api.example.com/v1`.
   */
  apiBaseUrl?: string;
  /** Custom fetch. Default: the global `fetch`, looked up at each call. */
  fetch?: FetchLike;
}

/**
 * What `client.withConfiguration(...)` accepts: any subset of {@link ClientConfiguration};
 * each credentials group given is merged into the existing one.
 *
 * @example
 * ```ts
 * const next = client.withConfiguration({
 *   resourceOwnerAuthCredentials: { oAuthToken: token },
 * });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-7
 */
export interface ClientConfigurationUpdate {
  clientCredentialsAuthCredentials?: Partial<ClientCredentialsAuthCredentials>;
  resourceOwnerAuthCredentials?: Partial<ResourceOwnerAuthCredentials>;
  authorizationCodeAuthCredentials?: Partial<AuthorizationCodeAuthCredentials>;
  authServerUrl?: string;
  apiBaseUrl?: string;
  fetch?: FetchLike;
}
