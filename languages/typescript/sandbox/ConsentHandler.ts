// The consent types, below both consent.ts (which sets the handler) and globalState.ts (which
// holds it), so neither imports the other.

/**
 * The reader's answer on the consent screen.
 *
 * @example
 * ```ts
 * const decision: ConsentDecision = 'approve';
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
 */
export type ConsentDecision = 'approve' | 'deny';

/**
 * What the consent screen shows, read from the authorization server's consent page.
 *
 * @example
 * ```ts
 * setConsentHandler(async (request: ConsentRequest) => {
 *   console.log(`${request.clientName} asks for ${request.scopes.join(', ')}`);
 *   return 'approve';
 * });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1
 */
export interface ConsentRequest {
  clientId: string;
  clientName: string;
  /** Requested scopes (after the server's defaulting), e.g. `['read', 'write']`. */
  scopes: string[];
  /** Human descriptions of the scopes, as the page shows them. */
  scopeDescriptions: Record<string, string>;
  redirectUri: string;
  /** The `state` of the authorization request, if it had one. */
  state: string | undefined;
  /** The authorization URL that was opened. */
  authorizationUrl: string;
  /** The consent page HTML as served by the authorization server. */
  html: string;
}

/**
 * Decides a consent request, e.g. by showing the page to the reader.
 *
 * @example
 * ```ts
 * const denyWrite: ConsentHandler = (request) =>
 *   request.scopes.includes('write') ? 'deny' : 'approve';
 * setConsentHandler(denyWrite);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1
 */
export type ConsentHandler = (
  request: ConsentRequest,
) => ConsentDecision | Promise<ConsentDecision>;
