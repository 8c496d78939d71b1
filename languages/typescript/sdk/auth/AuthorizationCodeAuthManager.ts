import type { OAuthCredentialsBase } from '../configuration';
import type { HttpContext } from '../core/context';
import { joinUrl } from '../core/context';
import { AuthorizationRequiredError, ConfigurationError, StateMismatchError } from '../errors';
import type { OAuthToken } from '../OAuthToken';
import { OAuthManager } from './OAuthManager';
import { createCodeVerifier, s256CodeChallenge } from './pkce';

/** Parameters `buildAuthorizationUrl` sets itself; `additionalParams` may not override them. */
const RESERVED_PARAMETERS = new Set([
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
  'code_verifier',
  'client_secret',
  'code',
  'grant_type',
  'refresh_token',
  'access_token',
  'password',
]);

/** How many authorization requests may be pending (built, not yet redeemed) at once. */
const MAX_PENDING = 20;

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
 * The authorization code grant with PKCE (S256). `buildAuthorizationUrl()` makes the URL to send
 * the user to; `fetchToken(code)` exchanges the code from the redirect for a token. Expired tokens
 * are refreshed with their refresh token; without a token, endpoint calls throw
 * `AuthorizationRequiredError` before sending anything. Available as
 * `client.authorizationCodeAuthManager`.
 *
 * How PKCE verifiers are kept: each `buildAuthorizationUrl(state)` call creates a new verifier
 * and remembers it under its `state` (calls without a state share one slot). `fetchToken(code,
 * state)` uses and forgets the verifier of that state; `fetchToken(code)` uses the most recently
 * built one. At most 20 pending requests are remembered, per manager, in memory only.
 *
 * @example
 * ```ts
 * const manager = client.authorizationCodeAuthManager;
 * const authUrl = manager?.buildAuthorizationUrl('random_state_string');
 * // ...send the user to authUrl; the redirect brings back ?code=...&state=...
 * const token = await manager?.fetchToken(code, 'random_state_string');
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4
 */
export class AuthorizationCodeAuthManager extends OAuthManager {
  readonly #credentials: AuthorizationCodeAuthCredentials;
  /** PKCE verifiers by state (`undefined` = built without a state), oldest first. */
  readonly #verifiers = new Map<string | undefined, string>();

  /** @internal Created by `Client`; use `client.authorizationCodeAuthManager`. */
  constructor(http: HttpContext, credentials: AuthorizationCodeAuthCredentials) {
    super(http, credentials as never);
    this.#credentials = credentials;
  }

  /**
   * Builds the authorization endpoint URL to send the user to: `response_type=code`, the client
   * id, redirect URI, configured scopes, the optional `state` and a PKCE S256 challenge. The
   * client secret is never part of it. `additionalParams` (e.g. `{ prompt: 'consent' }`) are
   * added, but may not replace a parameter the SDK sets (that throws `ConfigurationError`).
   *
   * @example
   * ```ts
   * const authUrl = client.authorizationCodeAuthManager?.buildAuthorizationUrl(
   *   'random_state_string',
   *   { prompt: 'consent' },
   * );
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1
   * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.3
   */
  buildAuthorizationUrl(state?: string, additionalParams?: Record<string, string>): string {
    const url = new URL(joinUrl(this.http.authServerUrl, '/oauth2/authorize'));
    const verifier = createCodeVerifier();
    const params: Record<string, string | undefined> = {
      response_type: 'code',
      client_id: this.#credentials.oAuthClientId,
      redirect_uri: this.#credentials.oAuthRedirectUri,
      scope: this.scopeParameter,
      state,
      code_challenge: s256CodeChallenge(verifier),
      code_challenge_method: 'S256',
    };
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    for (const [name, value] of Object.entries(additionalParams ?? {})) {
      if (RESERVED_PARAMETERS.has(name)) {
        throw new ConfigurationError(
          `buildAuthorizationUrl: additional parameter "${name}" is set by the SDK and cannot be overridden; remove it from additionalParams`,
        );
      }
      if (value === this.#credentials.oAuthClientSecret) {
        throw new ConfigurationError(
          `buildAuthorizationUrl: additional parameter "${name}" carries the client secret; a secret must never be put in a URL`,
        );
      }
      url.searchParams.set(name, String(value));
    }
    this.#verifiers.delete(state);
    this.#verifiers.set(state, verifier);
    if (this.#verifiers.size > MAX_PENDING) {
      this.#verifiers.delete(this.#verifiers.keys().next().value);
    }
    return url.toString();
  }

  /**
   * Exchanges an authorization code for a token (sending the PKCE verifier of the matching
   * `buildAuthorizationUrl` call), makes it the manager's current token and returns it. Pass the
   * `state` from the redirect to pick the verifier of that request; a state this manager never
   * issued throws `StateMismatchError` without sending anything.
   *
   * @example
   * ```ts
   * const callback = new URL(redirectedTo);
   * const token = await client.authorizationCodeAuthManager?.fetchToken(
   *   callback.searchParams.get('code') ?? '',
   *   callback.searchParams.get('state') ?? undefined,
   * );
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3
   * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.5
   */
  async fetchToken(code: string, state?: string): Promise<OAuthToken> {
    if (!code) {
      throw new ConfigurationError(
        'fetchToken(code): the authorization code is empty; pass the `code` query parameter of the redirect',
      );
    }
    let verifier: string | undefined;
    if (state !== undefined) {
      verifier = this.#verifiers.get(state);
      if (verifier === undefined) {
        throw new StateMismatchError(
          'fetchToken(code, state): this state was not issued by buildAuthorizationUrl() of this client, or was already used; the redirect may be forged',
        );
      }
      this.#verifiers.delete(state);
    } else {
      const latest = [...this.#verifiers.keys()].pop();
      verifier = this.#verifiers.get(latest);
      this.#verifiers.delete(latest);
    }
    const token = await this.requestToken(
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: this.#credentials.oAuthRedirectUri,
        code_verifier: verifier,
      },
      'Exchanging the authorization code',
    );
    return this.adopt(token);
  }

  protected override newGrant(cause?: unknown): Promise<OAuthToken> {
    const reason = cause
      ? 'its refresh token was rejected'
      : 'there is no access token (or no refresh token to renew it)';
    return Promise.reject(
      new AuthorizationRequiredError(
        `The authorization code grant needs the user's consent: ${reason}. Send the user to buildAuthorizationUrl(), then call fetchToken(code) and pass the token as oAuthToken.`,
        { cause },
      ),
    );
  }
}
