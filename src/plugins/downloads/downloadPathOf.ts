/** The project's folder in the zip, and the zip's file name without `.zip`. */
export function downloadNameOf(snippetId: string, language: string): string {
  return `${snippetId.replace(/\//g, '-')}-${language}`;
}

/**
 * Where the build writes a snippet's runnable project in one language. Safe in the browser: the
 * tab's Download link is this path. The file is named as the browser should save it: a server's
 * `Content-Disposition` (`docusaurus serve` sends one) overrides the link's `download` name.
 */
export function downloadPathOf(snippetId: string, language: string): string {
  return `/downloads/${downloadNameOf(snippetId, language)}.zip`;
}

/** The standalone mock OAuth server every download's README starts (one file, Node.js only). */
export const mockServerPath = '/downloads/mock-server.mjs';
