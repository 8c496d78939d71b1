/**
 * Where the build writes a page's Markdown: its URL with `.md` appended (`/docs/errors` →
 * `/docs/errors.md`; the docs root `/docs` → `/docs.md`), the convention llmstxt.org proposes. Safe
 * in the browser: the page's "Copy page as Markdown" fetches the same path the build writes.
 */
export function markdownPathOf(permalink: string): string {
  const trimmed = permalink.replace(/\/+$/, '');
  return `${trimmed === '' ? '/index' : trimmed}.md`;
}
