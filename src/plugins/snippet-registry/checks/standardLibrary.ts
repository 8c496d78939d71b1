import type { LanguageKey } from '../languages';

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
    Console Convert Math String string DateTime DateTimeOffset TimeSpan Task List Dictionary
    IDictionary IList IEnumerable Exception Guid Environment Uri UriBuilder Encoding
    RandomNumberGenerator HttpUtility QueryHelpers Thread JsonSerializer Enumerable Array
    Func Action InvalidOperationException ArgumentException Random Base64Url
  `),
  java: words(`
    System String Math Integer Long Boolean Double Object Thread StringBuilder Character
    Exception RuntimeException Throwable InterruptedException IllegalStateException
    IllegalArgumentException Override Runnable Void Iterable
  `),
  python: words('self'),
  ruby: words(`
    SecureRandom Time JSON Kernel Integer Float String Array Hash StandardError RuntimeError
    ArgumentError URI CGI Base64 Struct Rack Sinatra Process
  `),
  typescript: words('console JSON Math Date URL URLSearchParams crypto'),
  php: words(`
    $this self static parent DateTime DateTimeImmutable Exception RuntimeException
    InvalidArgumentException Throwable Closure
  `),
  go: words(''),
};

/**
 * Standard-library functions and methods snippets call without a receiver or on their own values
 * (`token.getAccessToken().substring(0, 8)`), where the receiver's type is unknown.
 */
export const standardNames: Record<LanguageKey, ReadonlySet<string>> = {
  csharp: words(`
    WriteLine Write ToString Equals GetType ToHexString GetBytes Substring Contains
    StartsWith Add TryGetValue ContainsKey nameof Wait GetAwaiter GetResult ConfigureAwait
    ParseQuery ToUnixTimeSeconds AddSeconds Delay
  `),
  java: words(`
    println print printf format substring length equals toString get put of isEmpty
    getMessage getClass getSimpleName asList nextBytes getUrlEncoder withoutPadding
    encodeToString orElse orElseThrow isPresent ifPresent containsKey getQuery split
    startsWith contains join now getEpochSecond plusSeconds isBefore isAfter sleep
    currentTimeMillis getRawQuery size decode encode create toURL getOrDefault
  `),
  python: words(`
    print len str int float bool dict list set tuple isinstance range type repr getattr
    hasattr sorted enumerate zip min max items keys values get join split startswith format
    Exception ValueError RuntimeError KeyError
  `),
  ruby: words(`
    puts print p pp require require_relative include new lambda proc nil? raise format
    sprintf loop sleep to_s to_i to_sym each map freeze class message name inspect is_a?
    empty? key? fetch dig call now then tap urlsafe_base64 hex join split start_with?
    attr_reader attr_accessor length size first last parse query decode_www_form to_h
  `),
  typescript: words(''),
  php: words(`
    printf sprintf echo print substr strlen bin2hex random_bytes json_encode json_decode
    time date var_dump print_r implode explode array_map in_array isset parse_str parse_url
    hash base64_encode rtrim strtr str_starts_with get_class getMessage sleep hash_equals
    getTimestamp uniqid count gmdate urlencode http_build_query
  `),
  go: words(`
    len make append new panic cap copy delete print println Error String Unix Add Before
    After Format Query Get Has
  `),
};
