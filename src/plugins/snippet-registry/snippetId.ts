/**
 * The snippet id rule: `<grant>/<operation>`, the folder path under `snippets/`, each part
 * lower-case words joined by "-" (`client-credentials/fetch-token`). The registry, `npm run
 * new-snippet` and the pages' `<Snippet id>` all read it from here.
 */

/** One part of a snippet id (`client-credentials`, `fetch-token`): lower-case words joined by "-". */
export const idPart = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether both folder names are valid id parts. */
export function isValidId(grant: string, operation: string): boolean {
  return idPart.test(grant) && idPart.test(operation);
}

/** `[grant, operation]` of a well-formed id, or undefined for anything else. */
export function parseSnippetId(id: string): [grant: string, operation: string] | undefined {
  const parts = id.split('/');
  if (parts.length !== 2) return undefined;
  const [grant = '', operation = ''] = parts;
  return isValidId(grant, operation) ? [grant, operation] : undefined;
}

/** Ids that differ only in case or separators would be the same snippet to a reader. */
export const normaliseId = (id: string) => id.toLowerCase().replace(/[-_\s]/g, '');
