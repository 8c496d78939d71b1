import fs from 'node:fs';
import path from 'node:path';
import { registeredLanguages, type LanguageSet } from '../languages/loadTooling';
import { grantIds, isGrant } from '../snippets/grants';
import { didYouMean } from '../src/plugins/snippet-registry/closestName';
import { listSnippetFolders } from '../src/plugins/snippet-registry/listSnippetFolders';
import { normaliseId, parseSnippetId } from '../src/plugins/snippet-registry/snippetId';
import { metaTemplate, snippetTemplates } from './check-snippets/checks/snippetTemplates';

/** A scaffolding request the writer must fix: the message says how. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

/**
 * Creates `snippets/<grant>/<operation>/` with a file per language of `set` (the registered
 * seven by default) and a meta.json, each a small valid program for the grant (each language's
 * tooling `template`, see snippetTemplates.ts), and returns the created paths
 * relative to `siteDir`. In an existing folder it adds only the missing files. Refuses a malformed
 * id, an unknown grant, a complete folder, and an id that differs from an existing one only in
 * case or separators.
 */
export function scaffoldSnippet(
  siteDir: string,
  id: string | undefined,
  set: LanguageSet = registeredLanguages,
): { existed: boolean; files: string[] } {
  const usage =
    'usage: npm run new-snippet -- <grant>/<operation>, e.g. client-credentials/fetch-token';
  if (id === undefined || id.trim() === '') throw new ScaffoldError(usage);
  const parsed = parseSnippetId(id);
  if (parsed === undefined) {
    throw new ScaffoldError(
      `"${id}" is not a snippet id: use <grant>/<operation> in lower-case words joined by "-". ${usage}`,
    );
  }
  const [grant, operation] = parsed;
  if (!isGrant(grant)) {
    throw new ScaffoldError(
      `"${grant}" is not a grant: use one of ${grantIds.join(', ')}.${didYouMean(grant, grantIds)}`,
    );
  }

  const folder = path.join(siteDir, 'snippets', grant, operation);
  const twin = listSnippetFolders(siteDir)
    .filter(([existingGrant]) => existingGrant === grant)
    .map(([, existing]) => existing)
    .find((existing) => existing !== operation && normaliseId(existing) === normaliseId(operation));
  if (twin !== undefined) {
    throw new ScaffoldError(
      `snippets/${grant}/${twin} already exists and differs from "${operation}" only in case or separators: edit it instead`,
    );
  }

  const sources = snippetTemplates(grant, operation, set);
  const files: [string, string][] = [
    ...set.languages.map((language): [string, string] => [language.file, sources[language.key]!]),
    ['meta.json', metaTemplate(grant)],
  ];
  // An existing folder only gets the files it lacks (the loader suggests this for a missing
  // language); a complete one is refused. Nothing is ever overwritten.
  const existed = fs.existsSync(folder);
  const missing = files.filter(([name]) => !fs.existsSync(path.join(folder, name)));
  if (missing.length === 0) {
    throw new ScaffoldError(
      `snippets/${id} already exists: nothing was written. Edit its files, or choose another id`,
    );
  }
  fs.mkdirSync(folder, { recursive: true });
  for (const [name, content] of missing) {
    fs.writeFileSync(path.join(folder, name), content, { flag: 'wx' });
  }
  return { existed, files: missing.map(([name]) => `snippets/${id}/${name}`) };
}
