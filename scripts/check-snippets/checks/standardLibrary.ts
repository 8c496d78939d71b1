import type { LanguageKey } from '../../../languages';

/**
 * The standard library, as far as the SDK-surface check needs it: names that are not SDK names
 * although a snippet calls them. Keep the lists to what snippets really use; when a snippet needs
 * a new one, the check's message points here.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Global objects and types of each language's standard library: calls and members reached from
 * them (`Console.WriteLine`, `System.out.println`, `SecureRandom.hex`) are not checked. Imports
 * that are not the SDK (Go packages, Python modules, `java.*` classes) count as roots too.
 */
export const standardRoots: Record<LanguageKey, ReadonlySet<string>> = {
  csharp: words(`
    Console Convert DateTimeOffset List Dictionary RandomNumberGenerator HttpUtility
    InvalidOperationException Guid
  `),
  java: words('System String Exception IllegalStateException'),
  python: words('self'),
  ruby: words('SecureRandom Time URI'),
  typescript: words(''),
  php: words('$this self static parent RuntimeException'),
  go: words(''),
};

/**
 * Standard-library functions and methods snippets call without a receiver or on their own values
 * (`token.getAccessToken().substring(0, 8)`), where the receiver's type is unknown. Every entry
 * could hide an SDK name of the same spelling, so the lists hold only what snippets use.
 */
export const standardNames: Record<LanguageKey, ReadonlySet<string>> = {
  csharp: words(
    'WriteLine Write ToString ToHexString GetBytes Substring Add TryGetValue ContainsKey',
  ),
  java: words(
    'substring equals get put nextBytes containsKey split getRawQuery getScheme getAuthority getPath size',
  ),
  python: words('print len dict get RuntimeError'),
  ruby: words('puts require include new lambda nil? raise key? length query'),
  typescript: words(''),
  php: words('printf substr bin2hex random_bytes isset parse_str parse_url count gmdate'),
  go: words('len make append Query Get Has'),
};
