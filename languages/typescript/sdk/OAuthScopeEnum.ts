/**
 * Scopes the demo API defines. `read` allows `GET /me` and `GET /items`; `write` allows
 * `POST /items`. Plain strings (`'read'`) are accepted wherever the enum is.
 *
 * @example
 * ```ts
 * const client = new Client({
 *   authorizationCodeAuthCredentials: {
 *     oAuthClientId: 'OAuthClientId',
 *     oAuthClientSecret: 'OAuthClientSecret',
 *     oAuthRedirectUri: 'https://example.com/oauth/callback',
 *     oAuthScopes: [OAuthScopeEnum.ReadScope, OAuthScopeEnum.WriteScope],
 *   },
 * });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
 */
export enum OAuthScopeEnum {
  /** Read the user's profile and items. */
  ReadScope = 'read',
  /** Create items. */
  WriteScope = 'write',
}

/**
 * A scope: an {@link OAuthScopeEnum} member or its string value.
 *
 * @example
 * ```ts
 * const scopes: OAuthScope[] = [OAuthScopeEnum.ReadScope, 'write'];
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
 */
export type OAuthScope = OAuthScopeEnum | `${OAuthScopeEnum}`;
