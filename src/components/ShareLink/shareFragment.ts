/**
 * A shared example in a URL fragment: `#snippet=<id>&language=<key>&code=<encodeLinkCode(…)>`.
 * The snippet and language travel outside the packed code, so a link whose code is damaged still
 * says which example it was for, and that example can say why it shows its original code.
 */
export interface ShareFragment {
  snippet: string;
  language: string;
  /** The packed code, as `encodeLinkCode` wrote it (possibly damaged: decode to find out). */
  code: string;
}

/**
 * The longest link we hand out. Browsers take far longer URLs, but chat tools, mail clients and
 * issue trackers cut or refuse them well before: 8 KB keeps a link whole where people paste it.
 */
export const maxShareUrlLength = 8000;

export function shareFragment({ snippet, language, code }: ShareFragment): string {
  // Kept readable: `/` is allowed in a fragment (RFC 3986 §3.5); base64url needs no escaping.
  const part = (value: string) => encodeURIComponent(value).replace(/%2F/g, '/');
  return `#snippet=${part(snippet)}&language=${part(language)}&code=${part(code)}`;
}

/** The shared example `hash` (`location.hash`) names, or undefined for any other fragment. */
export function readShareFragment(hash: string): ShareFragment | undefined {
  if (!hash.startsWith('#snippet=')) return undefined;
  const params = new URLSearchParams(hash.slice(1));
  const snippet = params.get('snippet');
  const language = params.get('language');
  if (!snippet || !language) return undefined;
  return { snippet, language, code: params.get('code') ?? '' };
}
