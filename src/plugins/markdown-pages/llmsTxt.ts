/** A docs page as llms.txt lists it. */
export interface LlmsTxtLink {
  title: string;
  description: string;
  /** The page's Markdown, absolute. */
  url: string;
}

/**
 * `/llms.txt` in the llmstxt.org format: the site's name as H1, its summary as a block quote, a
 * paragraph for the assistant, then one H2 section per group of pages, each a list of
 * `[title](url): description`.
 */
export function llmsTxt(site: {
  title: string;
  summary: string;
  details: string;
  sections: { title: string; links: LlmsTxtLink[] }[];
}): string {
  const sections = site.sections
    .filter((section) => section.links.length > 0)
    .map(
      (section) =>
        `## ${section.title}\n\n${section.links
          .map((link) => `- [${link.title}](${link.url}): ${link.description}`)
          .join('\n')}`,
    );
  return [`# ${site.title}`, `> ${site.summary}`, site.details, ...sections].join('\n\n') + '\n';
}
