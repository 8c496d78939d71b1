import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../snippet-registry/loadRegistry';
import { languages } from '../../../languages';
import { fence } from './fence';
import { llmsTxt } from './llmsTxt';
import { markdownPathOf } from './markdownPathOf';
import { pageMarkdown } from './pageMarkdown';
import { snippetMarkdown } from './snippetMarkdown';

const siteDir = path.resolve(__dirname, '../../..');
const docsDir = path.join(siteDir, 'docs');

const page = (source: string) => ({
  title: 'Errors',
  description: 'What goes wrong.',
  url: 'https://site.example/docs/errors',
  file: path.join(docsDir, 'errors.mdx'),
  source,
});

describe('pageMarkdown', () => {
  it('puts the title and description first and drops the front matter and the MDX heading', async () => {
    const markdown = await pageMarkdown(
      page('---\ntitle: Errors\ndescription: x\n---\n\n# Errors\n\nSome prose.\n'),
      () => '',
      () => undefined,
    );
    expect(markdown).toBe(
      '# Errors\n\n> What goes wrong.\n\nFrom https://site.example/docs/errors\n\nSome prose.\n',
    );
  });

  it('replaces each <Snippet> with its Markdown, leaving one inside a code block alone', async () => {
    const markdown = await pageMarkdown(
      page('# E\n\nA\n\n<Snippet id="a/b" />\n\n```mdx\n<Snippet id="c/d" />\n```\n'),
      (id) => `[code of ${id}]`,
      () => undefined,
    );
    expect(markdown).toContain('A\n\n[code of a/b]\n\n```mdx\n<Snippet id="c/d" />\n```');
  });

  it('points links to other docs pages at their Markdown, keeping the anchor', async () => {
    const markdown = await pageMarkdown(
      page(
        '# E\n\nSee [the grant](./client-credentials.mdx#renew) and [RFC](https://x.example/a.mdx).\n',
      ),
      () => '',
      (file) =>
        file === path.join(docsDir, 'client-credentials.mdx')
          ? 'https://site.example/docs/client-credentials.md'
          : undefined,
    );
    expect(markdown).toContain(
      'See [the grant](https://site.example/docs/client-credentials.md#renew) and [RFC](https://x.example/a.mdx).',
    );
  });

  it('turns an admonition into a block quote that keeps its kind and title', async () => {
    const markdown = await pageMarkdown(
      page('# E\n\n:::warning[Use it only when you must]\nLine one.\n\nLine two.\n:::\n'),
      () => '',
      () => undefined,
    );
    expect(markdown).toContain(
      '> **Warning: Use it only when you must**\n>\n> Line one.\n>\n> Line two.',
    );
  });

  it('names the page and line of a <Snippet> without a literal id', async () => {
    await expect(
      pageMarkdown(
        page('# E\n\n<Snippet id={x} />\n'),
        () => '',
        () => undefined,
      ),
    ).rejects.toThrow(/errors\.mdx:3: <Snippet> needs a literal id/);
  });
});

describe('snippetMarkdown', () => {
  it('holds the code of all seven languages, each fenced with its language named', () => {
    const { entries } = readRegistry(siteDir);
    const entry = entries.find((candidate) => candidate.id === 'client-credentials/fetch-token')!;
    const markdown = snippetMarkdown(entry);
    expect(markdown.startsWith(`**${entry.meta.title}.** ${entry.meta.description}`)).toBe(true);
    for (const language of languages) {
      const file = entry.files[language.key];
      expect(markdown).toContain(
        `${language.label} (\`${file.path}\`):\n\n${fence(file.source, language.grammar)}`,
      );
    }
  });
});

describe('fence', () => {
  it('uses a fence longer than any run of backticks in the code', () => {
    expect(fence('a ``` b\n', 'md')).toBe('````md\na ``` b\n````');
    expect(fence('x', 'go')).toBe('```go\nx\n```');
  });
});

describe('markdownPathOf', () => {
  it('appends .md to the page URL, the docs root included', () => {
    expect(markdownPathOf('/docs/errors')).toBe('/docs/errors.md');
    expect(markdownPathOf('/docs/')).toBe('/docs.md');
    expect(markdownPathOf('/')).toBe('/index.md');
  });
});

describe('pageMarkdown prose names', () => {
  it('writes each <Sdk> as its written name in code, says whose names those are, and leaves code blocks alone', async () => {
    const markdown = await pageMarkdown(
      page(
        '# E\n\nCall <Sdk name="refreshToken()" /> to renew.\n\n```mdx\n<Sdk name="x" />\n```\n',
      ),
      () => '',
      () => undefined,
    );
    expect(markdown).toContain('Call `refreshToken()` to renew.');
    expect(markdown).toContain('```mdx\n<Sdk name="x" />\n```');
    expect(markdown).toContain("SDK names in the prose are the TypeScript SDK's");
  });

  it('turns a <ForLanguage> block into a quote naming its readers', async () => {
    const markdown = await pageMarkdown(
      page('# E\n\n<ForLanguage only="go">\n\nGo takes a context.\n\n</ForLanguage>\n'),
      () => '',
      () => undefined,
    );
    expect(markdown).toContain('> **For Go**\n>\n> Go takes a context.');
    expect(markdown).not.toContain('ForLanguage');
    expect(markdown).not.toContain('SDK names in the prose');
  });
});

describe('llmsTxt', () => {
  it('writes the llmstxt.org layout and leaves out empty sections', () => {
    expect(
      llmsTxt({
        title: 'Site',
        summary: 'What it is.',
        details: 'More.',
        sections: [
          {
            title: 'Guide',
            links: [{ title: 'A', description: 'About A.', url: 'https://s/a.md' }],
          },
          { title: 'Other pages', links: [] },
        ],
      }),
    ).toBe('# Site\n\n> What it is.\n\nMore.\n\n## Guide\n\n- [A](https://s/a.md): About A.\n');
  });
});
