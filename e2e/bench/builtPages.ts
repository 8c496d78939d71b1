import fs from 'node:fs';
import path from 'node:path';

/** Whether a page's built HTML has a snippet or a live code block; undefined if not found. */
export function pageHasSnippet(buildDir: string, page: string): boolean | undefined {
  const candidates = [path.join(buildDir, `${page}.html`), path.join(buildDir, page, 'index.html')];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (!file) return undefined;
  const html = fs.readFileSync(file, 'utf8');
  return html.includes('data-snippet-id') || />\s*Run\s*<\/button>/.test(html);
}

/**
 * The reference for "ratio to a page without snippets": the first docs page whose built HTML has
 * no snippet and no live code block.
 */
export function pickBaselinePage(buildDir: string, paths: string[]): string | undefined {
  return paths.find((page) => page.startsWith('/docs') && pageHasSnippet(buildDir, page) === false);
}
