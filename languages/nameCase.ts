/**
 * The naming conventions the languages' `proseNames` (LanguageTooling.ts) apply to a reference
 * (camelCase TypeScript) name. One object, so each language's tooling picks what it needs.
 */
export const nameCase = {
  /** `oAuthTokenProvider` → `OAuthTokenProvider`. */
  pascal: (name: string) => name.charAt(0).toUpperCase() + name.slice(1),
  /** `oAuthTokenProvider` → `o_auth_token_provider`, `OAuthProviderError` → `o_auth_provider_error`. */
  snake: (name: string) =>
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
      .toLowerCase(),
  /** `OAuthProviderError` → `OAuthProviderException`: the exception classes of most languages. */
  exception: (name: string) => name.replace(/Error$/, 'Exception'),
  /** `isTokenExpired` → `tokenExpired`, or null when the name is no `is…` predicate. */
  predicate: (name: string) =>
    /^is[A-Z]/.test(name) ? name.charAt(2).toLowerCase() + name.slice(3) : null,
  /** `buildAuthorizationUrl` → `buildAuthorizationURL`: Go spells initialisms in capitals. */
  initialisms: (name: string) =>
    name.replace(/(Url|Uri|Id|Api|Http)(?=[A-Z]|$)/g, (word) => word.toUpperCase()),
};
