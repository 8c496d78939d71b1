import path from 'node:path';
import { replaceSnippetElements } from '../snippet-registry/replaceSnippetElements';

export interface MarkdownPage {
  title: string;
  description: string;
  /** The page's own URL, e.g. `https://site.example/docs/errors`. */
  url: string;
  /** Absolute path of the page's MDX file. */
  file: string;
  source: string;
}

/**
 * An MDX docs page as plain Markdown, for coding assistants and readers who want text: its title
 * and description, its prose as written, every `<Snippet>` as its code in all seven languages
 * (`snippet(id)`), admonitions as block quotes, and links to other docs pages pointing at their
 * Markdown (`linkTarget(file)`, by the linked file's absolute path; undefined leaves a link alone).
 */
export async function pageMarkdown(
  page: MarkdownPage,
  snippet: (id: string) => string,
  linkTarget: (file: string) => string | undefined,
): Promise<string> {
  const { text } = await replaceSnippetElements(page.source, page.file, snippet);
  const body = text
    // Front matter: its title and description head the Markdown instead.
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    // The page's own `# Title`, replaced by the one below.
    .replace(/^\s*# .*\n/, '')
    .replace(/^:::(\w+)(?:\[(.*)\])?\n([\s\S]*?)\n:::$/gm, (_all, kind: string, title, inner) =>
      admonition(kind, title as string | undefined, inner as string),
    )
    .replace(/\]\((\.{1,2}\/[^)\s#]+\.mdx?)(#[^)\s]*)?\)/g, (link, target: string, hash) => {
      const url = linkTarget(path.resolve(path.dirname(page.file), target));
      return url === undefined ? link : `](${url}${(hash as string | undefined) ?? ''})`;
    })
    .trim();
  return `# ${page.title}\n\n> ${page.description}\n\nFrom ${page.url}\n\n${body}\n`;
}

/** `:::warning[Title]` … `:::` (Docusaurus' admonition) as a block quote that keeps its kind. */
function admonition(kind: string, title: string | undefined, inner: string): string {
  const heading = `**${kind[0]!.toUpperCase()}${kind.slice(1)}${title ? `: ${title}` : ''}**`;
  return [heading, '', ...inner.trim().split('\n')]
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}
