import { AuthorizationCodeAuthManager } from './auth/AuthorizationCodeAuthManager';
import { ClientCredentialsAuthManager } from './auth/ClientCredentialsAuthManager';
import type { OAuthManager } from './auth/OAuthManager';
import { ResourceOwnerAuthManager } from './auth/ResourceOwnerAuthManager';
import type { ClientConfiguration, ClientConfigurationUpdate } from './ClientConfiguration';
import type { FetchLike, OAuthCredentialsBase } from './configuration';
import type { ApiContext } from './core/callApi';
import type { HttpContext } from './core/context';
import { environmentVariable } from './core/environmentVariable';
import { ItemsController } from './controllers/ItemsController';
import { UserController } from './controllers/UserController';
import { ConfigurationError } from './errors';

const DEFAULT_AUTH_SERVER_URL = 'https://auth.example.com';
const DEFAULT_API_BASE_URL = 'https://api.example.com/v1';

/**
 * The base URLs a client uses when its configuration names none: those of `npm run mock-server`
 * when the environment gives them (every language's SDK reads the same two variables), else the
 * demo servers the page's mock answers for. Read per client, so a test can set them.
 */
function defaultUrls(): { authServerUrl: string; apiBaseUrl: string } {
  return {
    authServerUrl: environmentVariable('SDK_AUTH_SERVER_URL') ?? DEFAULT_AUTH_SERVER_URL,
    apiBaseUrl: environmentVariable('SDK_API_BASE_URL') ?? DEFAULT_API_BASE_URL,
  };
}
const REDACTED = '[redacted]';

type GroupName =
  | 'clientCredentialsAuthCredentials'
  | 'resourceOwnerAuthCredentials'
  | 'authorizationCodeAuthCredentials';

/** Options each group must set (and that must be non-empty strings). */
const REQUIRED: Record<GroupName, string[]> = {
  clientCredentialsAuthCredentials: ['oAuthClientId', 'oAuthClientSecret'],
  resourceOwnerAuthCredentials: [
    'oAuthClientId',
    'oAuthClientSecret',
    'oAuthUsername',
    'oAuthPassword',
  ],
  authorizationCodeAuthCredentials: ['oAuthClientId', 'oAuthClientSecret', 'oAuthRedirectUri'],
};

/**
 * The SDK client: holds the configuration, one auth manager per configured credentials group and
 * the API controllers. Immutable: `withConfiguration` returns a new client.
 *
 * Which token an endpoint call uses: the first configured group in the order authorization
 * code, resource owner, client credentials (every demo endpoint accepts all three).
 * The client secret, password and tokens are kept in private fields: `JSON.stringify(client)`
 * shows a redacted view.
 *
 * @example
 * ```ts
 * import { Client } from 'sdk';
 *
 * const client = new Client({
 *   clientCredentialsAuthCredentials: {
 *     oAuthClientId: 'OAuthClientId',
 *     oAuthClientSecret: 'OAuthClientSecret',
 *   },
 * });
 * const { result } = await client.itemsController.listItems();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-1.2
 */
export class Client {
  readonly #config: ClientConfiguration;
  readonly #http: HttpContext;
  readonly #clientCredentials: ClientCredentialsAuthManager | undefined;
  readonly #resourceOwner: ResourceOwnerAuthManager | undefined;
  readonly #authorizationCode: AuthorizationCodeAuthManager | undefined;
  readonly #userController: UserController;
  readonly #itemsController: ItemsController;

  /**
   * Creates a client. Throws `ConfigurationError` naming the option when a configured group
   * lacks a required value.
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
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
   */
  constructor(config: ClientConfiguration = {}) {
    for (const group of Object.keys(REQUIRED) as GroupName[]) {
      const credentials = config[group] as Record<string, unknown> | undefined;
      if (!credentials) continue;
      for (const option of REQUIRED[group]) {
        const value = credentials[option];
        if (typeof value !== 'string' || value === '') {
          throw new ConfigurationError(
            `${group}.${option} is missing or empty: set it to the value the authorization server issued`,
          );
        }
      }
    }
    this.#config = { ...config };
    const custom = config.fetch;
    const defaults = defaultUrls();
    const http: HttpContext = {
      authServerUrl: config.authServerUrl ?? defaults.authServerUrl,
      apiBaseUrl: config.apiBaseUrl ?? defaults.apiBaseUrl,
      // Looked up per call, never captured at import: MSW and the sandbox runner replace fetch.
      get fetch(): FetchLike {
        return custom ?? ((input, init) => globalThis.fetch(input, init));
      },
    };
    this.#http = http;
    const cc = config.clientCredentialsAuthCredentials;
    const ro = config.resourceOwnerAuthCredentials;
    const ac = config.authorizationCodeAuthCredentials;
    this.#clientCredentials = cc && new ClientCredentialsAuthManager(http, cc);
    this.#resourceOwner = ro && new ResourceOwnerAuthManager(http, ro);
    this.#authorizationCode = ac && new AuthorizationCodeAuthManager(http, ac);
    const context: ApiContext = {
      http,
      authManager: () => {
        const manager: OAuthManager | undefined =
          this.#authorizationCode ?? this.#resourceOwner ?? this.#clientCredentials;
        if (!manager) {
          throw new ConfigurationError(
            'No OAuth credentials configured: pass clientCredentialsAuthCredentials, resourceOwnerAuthCredentials or authorizationCodeAuthCredentials to new Client(...)',
          );
        }
        return manager;
      },
    };
    this.#userController = new UserController(context);
    this.#itemsController = new ItemsController(context);
  }

  /**
   * The client credentials grant's manager, or `undefined` when
   * `clientCredentialsAuthCredentials` is not configured.
   *
   * @example
   * ```ts
   * const token = await client.clientCredentialsAuthManager?.fetchToken();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
   */
  get clientCredentialsAuthManager(): ClientCredentialsAuthManager | undefined {
    return this.#clientCredentials;
  }

  /**
   * The password grant's manager, or `undefined` when `resourceOwnerAuthCredentials` is not
   * configured.
   *
   * @example
   * ```ts
   * const token = await client.resourceOwnerAuthManager?.fetchToken();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
   */
  get resourceOwnerAuthManager(): ResourceOwnerAuthManager | undefined {
    return this.#resourceOwner;
  }

  /**
   * The authorization code grant's manager, or `undefined` when
   * `authorizationCodeAuthCredentials` is not configured.
   *
   * @example
   * ```ts
   * const authUrl = client.authorizationCodeAuthManager?.buildAuthorizationUrl();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
   */
  get authorizationCodeAuthManager(): AuthorizationCodeAuthManager | undefined {
    return this.#authorizationCode;
  }

  /**
   * Endpoints about the token's subject (`GET /me`).
   *
   * @example
   * ```ts
   * const { result } = await client.userController.getProfile();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
   */
  get userController(): UserController {
    return this.#userController;
  }

  /**
   * Endpoints of the items resource (`GET /items`, `POST /items`).
   *
   * @example
   * ```ts
   * const { result } = await client.itemsController.listItems();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
   */
  get itemsController(): ItemsController {
    return this.#itemsController;
  }

  /**
   * Returns a new client with `update` applied. Each credentials group given is merged into the
   * existing group (so `{ resourceOwnerAuthCredentials: { oAuthToken: token } }` keeps the id,
   * secret, username and password). The new client starts from its configuration: tokens this
   * client obtained on its own are not carried over unless passed as `oAuthToken`.
   *
   * @example
   * ```ts
   * const token = await client.resourceOwnerAuthManager?.fetchToken();
   * client = client.withConfiguration({ resourceOwnerAuthCredentials: { oAuthToken: token } });
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-7
   */
  withConfiguration(update: ClientConfigurationUpdate): Client {
    const next: Record<string, unknown> = { ...this.#config };
    for (const [key, value] of Object.entries(update)) {
      if (value === undefined) continue;
      next[key] =
        key in REQUIRED
          ? { ...(this.#config[key as GroupName] ?? {}), ...(value as object) }
          : value;
    }
    return new Client(next as ClientConfiguration);
  }

  /**
   * A redacted view for logging: ids, URLs, usernames and scopes are shown; the client secret,
   * password and tokens are replaced by `"[redacted]"`.
   *
   * @example
   * ```ts
   * console.log(JSON.stringify(client, null, 2));
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-10.3
   */
  toJSON(): Record<string, unknown> {
    const view: Record<string, unknown> = {
      authServerUrl: this.#http.authServerUrl,
      apiBaseUrl: this.#http.apiBaseUrl,
    };
    for (const group of Object.keys(REQUIRED) as GroupName[]) {
      const credentials = this.#config[group] as OAuthCredentialsBase<never> | undefined;
      if (!credentials) continue;
      const shown: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(credentials)) {
        if (typeof value === 'function') continue;
        shown[key] = /Secret|Password|Token$/.test(key) && value !== undefined ? REDACTED : value;
      }
      view[group] = shown;
    }
    return view;
  }
}
