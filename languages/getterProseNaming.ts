import type { ProseNaming } from './LanguageTooling';
import { nameCase } from './nameCase';

/**
 * The prose naming of an SDK that reads properties through getters (`getErrorDescription()`),
 * sets options on builders by their own name, reaches each auth manager by a getter named after
 * the grant (`getClientCredentialsAuth()`), and throws exceptions: Java's and PHP's.
 */
export const getterProseNaming: ProseNaming = {
  renames: {
    clientCredentialsAuthManager: 'getClientCredentialsAuth()',
    resourceOwnerAuthManager: 'getResourceOwnerAuth()',
    authorizationCodeAuthManager: 'getAuthorizationCodeAuth()',
  },
  candidates: (name, kind) =>
    kind === 'type'
      ? [nameCase.exception(name), name]
      : kind === 'member'
        ? [`get${nameCase.pascal(name)}()`, name]
        : [name],
  callSuffix: '()',
};
