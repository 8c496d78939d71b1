import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type SnippetElement = MdxJsxFlowElement | MdxJsxTextElement;

function isSnippetElement(node: unknown): node is SnippetElement {
  const candidate = node as Partial<SnippetElement>;
  return (
    (candidate.type === 'mdxJsxFlowElement' || candidate.type === 'mdxJsxTextElement') &&
    candidate.name === 'Snippet'
  );
}

/**
 * Every `<Snippet …>` element of a parsed MDX page, in document order, with its `id` attribute when
 * it is a literal string. Parsing as MDX (as Docusaurus does) means an example in a code block or
 * a `{/* comment *\/}` is no element. The one place that says what a snippet use is, for the
 * remark plugin and the usage check.
 */
export function findSnippetElements(tree: unknown): { node: SnippetElement; id?: string }[] {
  const found: { node: SnippetElement; id?: string }[] = [];
  const visit = (node: unknown) => {
    if (isSnippetElement(node)) {
      const value = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
      )?.value;
      found.push(typeof value === 'string' ? { node, id: value } : { node });
    }
    (node as { children?: unknown[] }).children?.forEach(visit);
  };
  visit(tree);
  return found;
}
