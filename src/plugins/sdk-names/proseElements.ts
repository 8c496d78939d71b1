import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type ProseElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The MDX components that follow the reader's language, and the attribute each is about. */
const components = { Sdk: 'name', ForLanguage: 'only' } as const;

export interface ProseElementUse {
  node: ProseElement;
  component: keyof typeof components;
  /** The attribute's value when it is a literal string. */
  value?: string;
}

/**
 * Every `<Sdk name>` and `<ForLanguage only>` of a parsed MDX page, in document order. Parsing as
 * MDX (as Docusaurus does) means an example in a code block or a comment is no element. The one
 * place that says what they are, for the remark plugin and `check-snippets`.
 */
export function findProseElements(tree: unknown): ProseElementUse[] {
  const found: ProseElementUse[] = [];
  const visit = (node: unknown) => {
    const candidate = node as Partial<ProseElement>;
    if (
      (candidate.type === 'mdxJsxFlowElement' || candidate.type === 'mdxJsxTextElement') &&
      typeof candidate.name === 'string' &&
      Object.hasOwn(components, candidate.name)
    ) {
      const element = candidate as ProseElement;
      const component = element.name as keyof typeof components;
      const value = element.attributes.find(
        (attribute) =>
          attribute.type === 'mdxJsxAttribute' && attribute.name === components[component],
      )?.value;
      found.push(
        typeof value === 'string'
          ? { node: element, component, value }
          : { node: element, component },
      );
    }
    (node as { children?: unknown[] }).children?.forEach(visit);
  };
  visit(tree);
  return found;
}
