/**
 * The reference TypeScript SDK the documentation's snippets import as `sdk`: a client for the
 * demo API at https://api.example.com/v1 that authorizes its calls with OAuth 2.0 (client
 * credentials, resource owner password credentials, authorization code with PKCE).
 *
 * Runs unchanged in Node and in a browser Web Worker: it only uses fetch, URL, URLSearchParams,
 * btoa and `crypto.getRandomValues`, and, where there is a `process` (Node), the environment's
 * `SDK_AUTH_SERVER_URL` and `SDK_API_BASE_URL` for its default base URLs, as every language's SDK.
 */
export { Client } from './Client';
export type { ClientConfiguration, ClientConfigurationUpdate } from './ClientConfiguration';
export type { FetchLike, OAuthCredentialsBase } from './configuration';
export type { AuthorizationCodeAuthCredentials } from './auth/AuthorizationCodeAuthManager';
export type { ClientCredentialsAuthCredentials } from './auth/ClientCredentialsAuthManager';
export type { ResourceOwnerAuthCredentials } from './auth/ResourceOwnerAuthManager';
export { ClientCredentialsAuthManager } from './auth/ClientCredentialsAuthManager';
export { ResourceOwnerAuthManager } from './auth/ResourceOwnerAuthManager';
export { AuthorizationCodeAuthManager } from './auth/AuthorizationCodeAuthManager';
export { OAuthManager } from './auth/OAuthManager';
export { CLOCK_SKEW_MARGIN_SECONDS } from './auth/requestToken';
export { UserController } from './controllers/UserController';
export { ItemsController } from './controllers/ItemsController';
export type { OAuthToken } from './OAuthToken';
export { OAuthScopeEnum } from './OAuthScopeEnum';
export type { OAuthScope } from './OAuthScopeEnum';
export type { ApiResponse } from './ApiResponse';
export type { CreateItemRequest, Item, ItemList, UserProfile } from './models';
export {
  ApiError,
  AuthorizationRequiredError,
  ConfigurationError,
  InvalidResponseError,
  OAuthProviderError,
  SdkError,
  StateMismatchError,
} from './errors';
export type { BearerChallenge, ResponseHeaders, SdkErrorCode } from './errors';
