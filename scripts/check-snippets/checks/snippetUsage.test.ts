import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from './fixtureSite';
import { checkSnippetUsage, findSnippetUsages } from './snippetUsage';

let site: FixtureSite;
afterEach(() => site.cleanup());

describe('findSnippetUsages', () => {
  it('finds every <Snippet id> in docs, in nested folders and in .md pages, with its line', async () => {
    site = createFixtureSite();
    site.write('docs/a.mdx', '# A\n\n<Snippet id="client-credentials/fetch-token" />\n');
    site.write(
      'docs/guides/b.md',
      '# B\n\nInline <Snippet id="authorization-code/build-url"/> too.\n\n<Snippet\n  id="client-credentials/refresh-token"\n/>\n',
    );
    expect(await findSnippetUsages(site.dir)).toEqual([
      { id: 'client-credentials/fetch-token', where: 'docs/a.mdx:3:1' },
      { id: 'authorization-code/build-url', where: 'docs/guides/b.md:3:8' },
      { id: 'client-credentials/refresh-token', where: 'docs/guides/b.md:5:1' },
    ]);
  });

  it('ignores a snippet shown as an example in a code block or commented out', async () => {
    site = createFixtureSite();
    site.write(
      'docs/a.mdx',
      '# A\n\n```mdx\n<Snippet id="client-credentials/fetch-token" />\n```\n\n{/* <Snippet id="client-credentials/old" /> */}\n\n`<Snippet id="x/y" />`\n',
    );
    expect(await findSnippetUsages(site.dir)).toEqual([]);
  });
});

describe('checkSnippetUsage', () => {
  it('reports an entry no page uses, and says where to add it', async () => {
    site = createFixtureSite(['client-credentials/fetch-token', 'client-credentials/refresh']);
    site.write('docs/guide.mdx', '# Guide\n\n<Snippet id="client-credentials/fetch-token" />\n');
    const problems = checkSnippetUsage(
      ['client-credentials/fetch-token', 'client-credentials/refresh'],
      await findSnippetUsages(site.dir),
    );
    expect(problems).toEqual([
      {
        file: 'snippets/client-credentials/refresh',
        message:
          'no page uses this snippet: add <Snippet id="client-credentials/refresh" /> where it belongs in docs/, or delete the folder',
      },
    ]);
  });

  it('reports a page naming a misspelt id at its line, suggesting the existing id before a new snippet', async () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    site.write(
      'docs/guide.mdx',
      '# Guide\n\n<Snippet id="client-credentials/fetch-token" />\n<Snippet id="client-credentials/fetch-tokn" />\n',
    );
    expect(
      checkSnippetUsage(['client-credentials/fetch-token'], await findSnippetUsages(site.dir)),
    ).toEqual([
      {
        file: 'docs/guide.mdx:4:1',
        message:
          '<Snippet id="client-credentials/fetch-tokn" /> names no snippet in snippets/. Did you mean "client-credentials/fetch-token"? Fix the id, or if this is a new snippet, create it with `npm run new-snippet -- client-credentials/fetch-tokn`.',
      },
    ]);
  });

  it('accepts a registry whose every entry some page uses', async () => {
    site = createFixtureSite(['client-credentials/fetch-token', 'authorization-code/build-url']);
    expect(
      checkSnippetUsage(
        ['client-credentials/fetch-token', 'authorization-code/build-url'],
        await findSnippetUsages(site.dir),
      ),
    ).toEqual([]);
  });
});
