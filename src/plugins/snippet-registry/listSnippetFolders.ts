import fs from 'node:fs';
import path from 'node:path';

function listDirectories(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Every `snippets/<grant>/<operation>` folder as `[grant, operation]`, broken ones included
 * (misspelt, unknown grant, no meta.json: what to make of them is the caller's), in name order;
 * none when the folder is missing. The one walk of the registry's folders: the registry, the
 * remark plugin, `npm run new-snippet`, `check-snippets` and the e2e examples all list snippets
 * with it.
 */
export function listSnippetFolders(
  siteDir: string,
  snippetsDirName = 'snippets',
): [grant: string, operation: string][] {
  const snippetsDir = path.join(siteDir, snippetsDirName);
  if (!fs.existsSync(snippetsDir)) return [];
  return listDirectories(snippetsDir).flatMap((grant) =>
    listDirectories(path.join(snippetsDir, grant)).map((operation): [string, string] => [
      grant,
      operation,
    ]),
  );
}
