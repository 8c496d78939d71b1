import { findSnippetElements } from './snippetElements';
import type * as Mdx from '@mdx-js/mdx';
import importEsm from './importEsm.cjs';

/**
 * `source` (an MDX page) with each `<Snippet id="…" />` replaced by `replace(id)`, the rest of the
 * page kept byte for byte. Elements are found as the registry's checks find them (parsed as MDX, so
 * an example in a code block or a comment is left alone). Throws, naming `file`, on an element
 * without a literal id. Async because `@mdx-js/mdx` is ESM-only (see importEsm).
 */
export async function replaceSnippetElements(
  source: string,
  file: string,
  replace: (id: string) => string,
): Promise<{ text: string; count: number }> {
  const { createProcessor } = await importEsm<typeof Mdx>('@mdx-js/mdx');
  const tree = createProcessor().parse({ value: source, path: file });
  const elements = findSnippetElements(tree);
  let text = source;
  // From the end, so earlier offsets stay valid.
  for (const { node, id } of [...elements].reverse()) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (id === undefined || start === undefined || end === undefined) {
      const line = node.position?.start.line ?? '?';
      throw new Error(
        `${file}:${line}: <Snippet> needs a literal id, e.g. <Snippet id="client-credentials/fetch-token" />`,
      );
    }
    text = text.slice(0, start) + replace(id) + text.slice(end);
  }
  return { text, count: elements.length };
}
