import { describe, expect, it } from 'vitest';
import { nameCase } from './nameCase';

describe('nameCase', () => {
  it('turns camelCase into snake_case, keeping a leading capital run as one word', () => {
    expect(nameCase.snake('oAuthTokenProvider')).toBe('o_auth_token_provider');
    expect(nameCase.snake('OAuthProviderError')).toBe('o_auth_provider_error');
    expect(nameCase.snake('errorUri')).toBe('error_uri');
  });

  it('turns a name into PascalCase, an error into an exception and a predicate into its adjective', () => {
    expect(nameCase.pascal('fetchToken')).toBe('FetchToken');
    expect(nameCase.exception('ApiError')).toBe('ApiException');
    expect(nameCase.predicate('isTokenExpired')).toBe('tokenExpired');
    expect(nameCase.predicate('issuer')).toBeNull();
  });

  it('spells initialisms in capitals only where they end a word', () => {
    expect(nameCase.initialisms('BuildAuthorizationUrl')).toBe('BuildAuthorizationURL');
    expect(nameCase.initialisms('Identity')).toBe('Identity');
  });
});
