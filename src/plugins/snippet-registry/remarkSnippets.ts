import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { closestName } from './closestName';
import { dataFileName } from './dataFileName';
import { listSnippetFolders } from './listSnippetFolders';
import { findSnippetElements } from './snippetElements';

/** Where the registry plugin writes one JSON module per snippet (see `createData` in index.ts). */
export const generatedModule = (id: string) =>
  `@generated/snippet-registry/default/${dataFileName(id)}`;

/** The ids under `snippets/` that have a meta.json. */
function existingIds(siteDir: string): string[] {
  return listSnippetFolders(siteDir)
    .map(([grant, operation]) => `${grant}/${operation}`)
    .filter((id) => fs.existsSync(path.join(siteDir, 'snippets', id, 'meta.json')));
}

/**
 * What to do about a page naming an id the registry lacks: the existing id it most likely means
 * first (a misspelt id is the usual case), creating a new snippet only after that.
 */
export function unknownIdAdvice(id: string, ids: readonly string[]): string {
  const suggestion = closestName(id, ids);
  const create = `create it with \`npm run new-snippet -- ${id}\``;
  return suggestion !== undefined
    ? `Did you mean "${suggestion}"? Fix the id, or if this is a new snippet, ${create}.`
    : `Fix the id, or ${create}.`;
}

/**
 * Turns `<Snippet id="grant/operation" />` into `<Snippet id="…" data={…} />`, importing the
 * snippet's build-time data (highlighted HTML, metadata) as a JSON module. Only the snippets a page
 * uses ship with that page, and webpack reloads a page when its snippet files change.
 *
 * An unknown or missing id fails the build with the page's file and line.
 */
export default function remarkSnippets(options: { siteDir: string }) {
  const snippetsDir = path.join(options.siteDir, 'snippets');
  return (tree: Root, file: VFile) => {
    const imports: string[] = [];
    for (const { node, id } of findSnippetElements(tree)) {
      const where = `${path.relative(options.siteDir, file.path)}:${node.position?.start.line ?? '?'}:${node.position?.start.column ?? '?'}`;
      if (id === undefined) {
        throw new Error(
          `${where}: <Snippet> needs a literal id, e.g. <Snippet id="client-credentials/fetch-token" />`,
        );
      }
      if (!fs.existsSync(path.join(snippetsDir, id, 'meta.json'))) {
        throw new Error(
          `${where}: <Snippet id="${id}" /> names no snippet: there is no snippets/${id}/meta.json. ` +
            unknownIdAdvice(id, existingIds(options.siteDir)),
        );
      }
      const name = `__snippet${imports.length}`;
      imports.push(generatedModule(id));
      node.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'data',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: name,
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name } }],
            },
          },
        },
      });
    }
    tree.children.unshift(
      ...imports.map((source, index) => ({
        type: 'mdxjsEsm' as const,
        value: `import __snippet${index} from ${JSON.stringify(source)};`,
        data: {
          estree: {
            type: 'Program' as const,
            sourceType: 'module' as const,
            body: [
              {
                type: 'ImportDeclaration' as const,
                specifiers: [
                  {
                    type: 'ImportDefaultSpecifier' as const,
                    local: { type: 'Identifier' as const, name: `__snippet${index}` },
                  },
                ],
                source: { type: 'Literal' as const, value: source, raw: JSON.stringify(source) },
                attributes: [],
              },
            ],
          },
        },
      })),
    );
  };
}
