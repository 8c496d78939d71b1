/**
 * Demo fixtures: the placeholder values readers see in the docs, registered on the mock server
 * so snippets run as written.
 */

/**
 * A client registered with the mock authorization server.
 *
 * @example
 * ```ts
 * const { clientId, grantTypes }: RegisteredClient = demo.restrictedClient;
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2
 */
export interface RegisteredClient {
  clientId: string;
  /** Undefined for a public client (it cannot keep a secret; PKCE is required instead). */
  clientSecret?: string;
  /** Shown on the consent page. */
  name: string;
  /** Exact redirect URIs (RFC 6749 §3.1.2.2); compared as strings. */
  redirectUris: readonly string[];
  /** Grant types the client may use; others answer `unauthorized_client`. */
  grantTypes: readonly string[];
  /** Scopes the client may request; more answers `invalid_scope`. */
  scopes: readonly string[];
}

/**
 * The resource owner every password and authorization code grant acts for.
 *
 * @example
 * ```ts
 * const { username, password }: DemoUser = demo.user;
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-1.1
 */
export interface DemoUser {
  id: string;
  username: string;
  password: string;
  name: string;
  email: string;
}

const redirectUri = 'https://example.com/oauth/callback';
const allGrants = ['authorization_code', 'password', 'client_credentials', 'refresh_token'];

/**
 * The scopes the demo API defines, with the descriptions the consent page shows.
 *
 * @example
 * ```ts
 * console.log(SCOPE_DESCRIPTIONS.write); // "Create items in your account"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
 */
export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  read: 'Read your profile and your items',
  write: 'Create items in your account',
};

/**
 * The demo fixture values. `clientId`/`clientSecret` are the main confidential client (all grants,
 * scopes `read write`); the other clients exist to make specific behaviour reachable:
 * `restrictedClient` may only use client credentials with scope `read` (so other grants answer
 * `unauthorized_client`), `publicClient` has no secret (authorization code with PKCE only), and
 * `specialClient` has `%&+:` and spaces in its id and secret (RFC 6749 §2.3.1 form-encoding).
 *
 * @example
 * ```ts
 * const client = new Client({
 *   clientCredentialsAuthCredentials: {
 *     oAuthClientId: demo.clientId,
 *     oAuthClientSecret: demo.clientSecret,
 *   },
 * });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
 */
export const demo = {
  clientId: 'OAuthClientId',
  clientSecret: 'OAuthClientSecret',
  clientName: 'Demo App',
  username: 'OAuthUsername',
  password: 'OAuthPassword',
  redirectUri,
  authServerUrl: 'https://auth.example.com',
  apiBaseUrl: 'https://api.example.com/v1',
  scopes: ['read', 'write'],
  /** Scope granted when a request omits `scope` (RFC 6749 §3.3 lets the server pick). */
  defaultScope: 'read',
  tokenLifetimeSeconds: 3600,
  /** Authorization codes expire after 10 minutes (RFC 6749 §4.1.2 recommends at most that). */
  codeLifetimeSeconds: 600,
  user: {
    id: 'user_42',
    username: 'OAuthUsername',
    password: 'OAuthPassword',
    name: 'Ada Example',
    email: 'ada@example.com',
  } satisfies DemoUser,
  restrictedClient: {
    clientId: 'RestrictedClientId',
    clientSecret: 'RestrictedClientSecret',
    name: 'Reporting Job',
    redirectUris: [],
    grantTypes: ['client_credentials'],
    scopes: ['read'],
  } satisfies RegisteredClient,
  publicClient: {
    clientId: 'PublicClientId',
    name: 'Demo Single-Page App',
    redirectUris: [redirectUri],
    grantTypes: ['authorization_code', 'refresh_token'],
    scopes: ['read', 'write'],
  } satisfies RegisteredClient,
  specialClient: {
    clientId: 'docs client:%&+ 1',
    clientSecret: 's3cret with spaces:%&+=',
    name: 'Client With Special Characters',
    redirectUris: [redirectUri],
    grantTypes: allGrants,
    scopes: ['read', 'write'],
  } satisfies RegisteredClient,
} as const;

/** All clients the mock server knows, by client id. */
export const registeredClients: ReadonlyMap<string, RegisteredClient> = new Map(
  [
    {
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
      name: demo.clientName,
      redirectUris: [redirectUri],
      grantTypes: allGrants,
      scopes: demo.scopes,
    },
    demo.restrictedClient,
    demo.publicClient,
    demo.specialClient,
  ].map((client): [string, RegisteredClient] => [client.clientId, client]),
);
