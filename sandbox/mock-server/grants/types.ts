import type { DemoUser, RegisteredClient } from '../fixtures';
import type { Parameters } from '../readForm';
import type { ServerState, TokenResponseBody } from '../state';

/** What a grant handler gets: the authenticated client and the request's parameters. */
export interface GrantContext {
  client: RegisteredClient;
  params: Parameters;
  state: ServerState;
  user: DemoUser;
}

/**
 * One grant type of the token endpoint. Every module in this folder exports one; the token
 * endpoint registers them in one loop, so adding a grant is adding a file.
 */
export interface Grant {
  /** The `grant_type` value it handles. */
  grantType: string;
  /** Parameters it requires; the endpoint answers invalid_request when one is missing. */
  parameters: readonly string[];
  /** Validates the grant and issues tokens; throws an `OAuthError` to refuse. */
  handle(context: GrantContext): TokenResponseBody | Promise<TokenResponseBody>;
}
