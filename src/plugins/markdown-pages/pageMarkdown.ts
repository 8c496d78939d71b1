import path from 'node:path';
import { replaceSnippetElements } from '../snippet-registry/replaceSnippetElements';
import { languages } from '../../../languages';

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
  const { text: prose, namesSdk } = proseForEveryLanguage(text);
  const body = prose
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
  const names = namesSdk
    ? `\n\nSDK names in the prose are the ${referenceLabel} SDK's; each language's code uses its own.`
    : '';
  return `# ${page.title}\n\n> ${page.description}\n\nFrom ${page.url}${names}\n\n${body}\n`;
}

/** The language whose names `<Sdk name>` is written in (src/plugins/sdk-names). */
const referenceLabel = languages.find((language) => language.key === 'typescript')!.label;

/**
 * The page's prose for a reader of any language, outside fenced code: `<Sdk name="x" />` (the
 * page shows the chosen language's name) as the written name in code, `<ForLanguage only="go">`
 * blocks as a block quote saying whom they are for.
 */
function proseForEveryLanguage(text: string): { text: string; namesSdk: boolean } {
  let namesSdk = false;
  const parts = text.split(/(^```[\s\S]*?^```$)/m);
  const prose = parts.map((part, index) => {
    if (index % 2 === 1) return part;
    return part
      .replace(/<Sdk\s+name="([^"]+)"\s*\/>/g, (_all, name: string) => {
        namesSdk = true;
        return `\`${name}\``;
      })
      .replace(
        /^<ForLanguage\s+only="([^"]+)"\s*>\n([\s\S]*?)\n<\/ForLanguage>$/gm,
        (_all, keys: string, inner: string) => {
          const labels = keys
            .split(/\s+/)
            .filter(Boolean)
            .map((key) => languages.find((language) => language.key === key)?.label ?? key);
          return quote(`**For ${labels.join(' and ')}**`, inner);
        },
      );
  });
  return { text: prose.join(''), namesSdk };
}

/** `:::warning[Title]` … `:::` (Docusaurus' admonition) as a block quote that keeps its kind. */
function admonition(kind: string, title: string | undefined, inner: string): string {
  return quote(`**${kind[0]!.toUpperCase()}${kind.slice(1)}${title ? `: ${title}` : ''}**`, inner);
}

/** A block quote: a bold heading, then the text. */
function quote(heading: string, inner: string): string {
  return [heading, '', ...inner.trim().split('\n')]
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}
