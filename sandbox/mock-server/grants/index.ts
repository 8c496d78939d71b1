import { authorizationCode } from './authorizationCode';
import { clientCredentials } from './clientCredentials';
import { password } from './password';
import { refreshToken } from './refreshToken';
import type { Grant } from './types';

/** Every grant the token endpoint serves, keyed by grant_type. */
export const grants: ReadonlyMap<string, Grant> = new Map(
  [authorizationCode, clientCredentials, password, refreshToken].map((grant) => [
    grant.grantType,
    grant,
  ]),
);

export type { Grant, GrantContext } from './types';
