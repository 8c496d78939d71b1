import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { languages } from '../../../languages';
import { readRegistry, RegistryError } from '../snippet-registry/loadRegistry';
import { docFile, loadedDocs, type LoadedDoc, type LoadedSidebars } from '../loadedDocs';
import { llmsTxt, type LlmsTxtLink } from './llmsTxt';
import { markdownPathOf } from './markdownPathOf';
import { pageMarkdown } from './pageMarkdown';
import { snippetMarkdown } from './snippetMarkdown';

type Doc = LoadedDoc;
type SidebarItem = LoadedSidebars[string][number];

/**
 * The docs for coding assistants: `/llms.txt` (llmstxt.org) lists every docs page with its title,
 * description and a link to its Markdown, and each page gets that Markdown next to its HTML
 * (`markdownPathOf`), with every snippet's code in all seven languages. Written after the build
 * from the pages' MDX and the snippet registry, so the text is exactly what the writer wrote and
 * the code exactly what CI runs (third-party plugins convert the built HTML back, which would see
 * only the one tab the server rendered open).
 */
export default function markdownPagesPlugin(context: LoadContext): Plugin {
  const { siteDir, siteConfig } = context;
  const origin = siteConfig.url.replace(/\/+$/, '');
  let docs: Doc[] = [];
  let sections: { title: string; ids: string[] }[] = [];
  return {
    name: 'markdown-pages',

    allContentLoaded({ allContent }) {
      const loaded = loadedDocs(allContent);
      docs = loaded.docs;
      sections = sidebarSections(loaded.sidebars);
    },

    async postBuild({ outDir }) {
      const { entries, problems } = readRegistry(siteDir);
      if (problems.length > 0) throw new RegistryError(problems);
      const snippets = new Map(entries.map((entry) => [entry.id, entry]));
      const fileOf = (doc: Doc) => docFile(siteDir, doc);
      const markdownUrl = (doc: Doc) => origin + markdownPathOf(doc.permalink);
      const byFile = new Map(docs.map((doc) => [fileOf(doc), doc]));
      await Promise.all(
        docs.map(async (doc) => {
          const file = fileOf(doc);
          const markdown = await pageMarkdown(
            {
              title: doc.title,
              description: doc.description,
              url: origin + doc.permalink,
              file,
              source: await fs.readFile(file, 'utf8'),
            },
            (id) => {
              const entry = snippets.get(id);
              if (!entry) throw new Error(`${doc.source}: <Snippet id="${id}" /> names no snippet`);
              return snippetMarkdown(entry);
            },
            (linked) => {
              const target = byFile.get(linked);
              return target && markdownUrl(target);
            },
          );
          const out = path.join(outDir, markdownPathOf(doc.permalink));
          await fs.mkdir(path.dirname(out), { recursive: true });
          await fs.writeFile(out, markdown);
        }),
      );
      const byId = new Map(docs.map((doc) => [doc.id, doc]));
      const listed = new Set(sections.flatMap((section) => section.ids));
      const link = (doc: Doc): LlmsTxtLink => ({
        title: doc.title,
        description: doc.description,
        url: markdownUrl(doc),
      });
      const text = llmsTxt({
        title: siteConfig.title,
        summary: siteConfig.tagline,
        details:
          `Each page below is Markdown: its prose, and every example in ${languageList()} as ` +
          'fenced code. Every example runs in CI against a mock OAuth server with the reference ' +
          'SDK of its language, and prints what the page says it prints.',
        sections: [
          ...sections.map((section) => ({
            title: section.title,
            links: section.ids.flatMap((id) => {
              const doc = byId.get(id);
              return doc ? [link(doc)] : [];
            }),
          })),
          {
            title: 'Other pages',
            links: docs.filter((doc) => !listed.has(doc.id)).map(link),
          },
        ],
      });
      await fs.writeFile(path.join(outDir, 'llms.txt'), text);
    },
  };
}

/** ".NET, Java, … and Go", in tab order. */
function languageList(): string {
  const labels = languages.map((language) => language.label);
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
}

/**
 * The sidebar as llms.txt sections: its top-level pages as "Guide", then one section per
 * category, each with its pages in sidebar order (nested categories flattened into theirs).
 */
function sidebarSections(
  sidebars: Record<string, SidebarItem[]>,
): { title: string; ids: string[] }[] {
  const docIds = (items: SidebarItem[]): string[] =>
    items.flatMap((item) =>
      item.type === 'doc' || item.type === 'ref'
        ? [item.id]
        : item.type === 'category'
          ? [...(item.link?.type === 'doc' ? [item.link.id] : []), ...docIds(item.items)]
          : [],
    );
  return Object.values(sidebars).flatMap((items) => [
    { title: 'Guide', ids: docIds(items.filter((item) => item.type !== 'category')) },
    ...items.flatMap((item) =>
      item.type === 'category' ? [{ title: item.label, ids: docIds(item.items) }] : [],
    ),
  ]);
}
