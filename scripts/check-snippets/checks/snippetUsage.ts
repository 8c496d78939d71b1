import fs from 'node:fs';
import path from 'node:path';
import type { RegistryProblem } from '../../../src/plugins/snippet-registry/loadRegistry';
import { unknownIdAdvice } from '../../../src/plugins/snippet-registry/remarkSnippets';
import { findSnippetElements } from '../../../src/plugins/snippet-registry/snippetElements';

/** One `<Snippet id="…" />` in a page. */
export interface SnippetUsage {
  id: string;
  /** `docs/page.mdx:12:1`: the page, and the line and column of the element. */
  where: string;
}

function pages(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => path.join(dir, file))
    .sort();
}

/**
 * Every `<Snippet id="…" />` in `docs/**\/*.md(x)`. Pages are parsed as MDX (as Docusaurus does),
 * so an example inside a code block or a `{/* comment *\/}` does not count as a use.
 *
 * Async because `@mdx-js/mdx` is ESM-only and the check command runs as CommonJS (tsx).
 */
export async function findSnippetUsages(
  siteDir: string,
  docsDirName = 'docs',
): Promise<SnippetUsage[]> {
  const { createProcessor } = await import('@mdx-js/mdx');
  const processor = createProcessor();
  const usages: SnippetUsage[] = [];
  for (const file of pages(path.join(siteDir, docsDirName))) {
    const relative = path.relative(siteDir, file).split(path.sep).join('/');
    const tree = processor.parse({ value: fs.readFileSync(file, 'utf8'), path: file });
    for (const { node, id } of findSnippetElements(tree)) {
      if (id === undefined) continue;
      const start = node.position?.start;
      usages.push({ id, where: `${relative}:${start?.line ?? '?'}:${start?.column ?? '?'}` });
    }
  }
  return usages;
}

/**
 * A registry entry that no page shows is dead weight that still has to be kept correct in seven
 * languages; a page naming an id the registry lacks fails the build later (remarkSnippets), so say
 * it here first.
 */
export function checkSnippetUsage(
  ids: readonly string[],
  usages: readonly SnippetUsage[],
  snippetsDirName = 'snippets',
): RegistryProblem[] {
  const used = new Set(usages.map((usage) => usage.id));
  const known = new Set(ids);
  const problems: RegistryProblem[] = [];
  for (const id of ids) {
    if (!used.has(id)) {
      problems.push({
        file: `${snippetsDirName}/${id}`,
        message: `no page uses this snippet: add <Snippet id="${id}" /> where it belongs in docs/, or delete the folder`,
      });
    }
  }
  for (const usage of usages) {
    if (!known.has(usage.id)) {
      problems.push({
        file: usage.where,
        message: `<Snippet id="${usage.id}" /> names no snippet in ${snippetsDirName}/. ${unknownIdAdvice(usage.id, ids)}`,
      });
    }
  }
  return problems;
}
