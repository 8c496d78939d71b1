import type { AuthorizationCodeAuthManager } from './auth/AuthorizationCodeAuthManager';
import type { ClientCredentialsAuthManager } from './auth/ClientCredentialsAuthManager';
import type { ResourceOwnerAuthManager } from './auth/ResourceOwnerAuthManager';
import type { OAuthScope } from './OAuthScopeEnum';
import type { OAuthToken } from './OAuthToken';

/**
 * A `fetch`-compatible function, for the `fetch` option (e.g. to log or proxy requests).
 *
 * @example
 * ```ts
 * const loggingFetch: FetchLike = (input, init) => {
 *   console.log(init?.method ?? 'GET', String(input));
 *   return fetch(input, init);
 * };
 * const client = new Client({ fetch: loggingFetch });
 * ```
 * @see https://fetch.spec.whatwg.org/#fetch-method
 */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * Options every OAuth credentials group shares.
 *
 * @typeParam Manager - the auth manager handed to `oAuthTokenProvider`.
 * @example
 * ```ts
 * const shared: OAuthCredentialsBase<ClientCredentialsAuthManager> = {
 *   oAuthClientId: 'OAuthClientId',
 *   oAuthClientSecret: 'OAuthClientSecret',
 *   oAuthOnTokenUpdate: (token) => console.log(`New token, expires in ${token.expiresIn} s`),
 * };
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
 */
export interface OAuthCredentialsBase<Manager> {
  /** Client identifier issued by the authorization server. */
  oAuthClientId: string;
  /** Client secret; sent only in the `Authorization: Basic` header of token requests. */
  oAuthClientSecret: string;
  /** Scopes to request. Omitted: the server's default (`read` on the demo server). */
  oAuthScopes?: readonly OAuthScope[];
  /** A token obtained earlier (e.g. loaded from storage); used until it expires. */
  oAuthToken?: OAuthToken;
  /**
   * Called whenever the current token is missing or expired; its result becomes the current
   * token. Without it the SDK renews the token itself.
   */
  oAuthTokenProvider?: (
    lastOAuthToken: OAuthToken | undefined,
    authManager: Manager,
  ) => OAuthToken | Promise<OAuthToken>;
  /** Called with every new token the client starts using (fetched, refreshed or provided). */
  oAuthOnTokenUpdate?: (token: OAuthToken) => void;
}

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
 * Credentials for the authorization code grant (with PKCE).
 *
 * @example
 * ```ts
 * const client = new Client({
 *   authorizationCodeAuthCredentials: {
 *     oAuthClientId: 'OAuthClientId',
 *     oAuthClientSecret: 'OAuthClientSecret',
 *     oAuthRedirectUri: 'https://example.com/oauth/callback',
 *     oAuthScopes: [OAuthScopeEnum.ReadScope],
 *   },
 * });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 */
export interface AuthorizationCodeAuthCredentials extends OAuthCredentialsBase<AuthorizationCodeAuthManager> {
  /** Redirect URI registered for the client; must match exactly. */
  oAuthRedirectUri: string;
}

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
  /** Authorization server base URL. Default `https://auth.example.com`. */
  authServerUrl?: string;
  /** Protected API base URL. Default `https://api.example.com/v1`. */
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
