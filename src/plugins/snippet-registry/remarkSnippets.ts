import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { dataFileName } from './dataFileName';

/** Where the registry plugin writes one JSON module per snippet (see `createData` in index.ts). */
export const generatedModule = (id: string) =>
  `@generated/snippet-registry/default/${dataFileName(id)}`;

function isSnippetElement(node: unknown): node is MdxJsxFlowElement {
  const candidate = node as Partial<MdxJsxFlowElement>;
  return (
    (candidate.type === 'mdxJsxFlowElement' || candidate.type === 'mdxJsxTextElement') &&
    candidate.name === 'Snippet'
  );
}

function walk(node: unknown, visit: (node: MdxJsxFlowElement) => void) {
  if (isSnippetElement(node)) visit(node);
  const children = (node as { children?: unknown[] }).children;
  children?.forEach((child) => walk(child, visit));
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
    walk(tree, (node) => {
      const where = `${path.relative(options.siteDir, file.path)}:${node.position?.start.line ?? '?'}`;
      const idAttribute = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
      );
      const id = idAttribute?.value;
      if (typeof id !== 'string') {
        throw new Error(
          `${where}: <Snippet> needs a literal id, e.g. <Snippet id="client-credentials/fetch-token" />`,
        );
      }
      if (!fs.existsSync(path.join(snippetsDir, id, 'meta.json'))) {
        throw new Error(
          `${where}: <Snippet id="${id}" /> names no snippet: there is no snippets/${id}/meta.json. ` +
            `Check the id, or create it with \`npm run new-snippet -- ${id}\`.`,
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
    });
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
