import type { OAuthScope } from './OAuthScopeEnum';
import type { OAuthToken } from './OAuthToken';

// What every part of the SDK configures with: the options all credentials groups share and the
// fetch option's type. Each grant's credentials type lives with its auth manager (the manager is
// handed to its oAuthTokenProvider), and ClientConfiguration.ts puts the groups together, so
// nothing here imports the managers and no type import goes round in a circle.

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
