import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFixtureSite,
  type FixtureSite,
} from '../../../scripts/check-snippets/checks/fixtureSite';
import { dataFileName } from './dataFileName';
import remarkSnippets, { generatedModule } from './remarkSnippets';

let site: FixtureSite;
afterEach(() => site.cleanup());

/** Compiles a page of the fixture site the way Docusaurus does, with the remark plugin. */
async function compilePage(mdx: string): Promise<string> {
  const output = await compile(
    { value: mdx, path: path.join(site.dir, 'docs/page.mdx') },
    { remarkPlugins: [[remarkSnippets, { siteDir: site.dir }]] },
  );
  return String(output);
}

describe('remarkSnippets', () => {
  it('imports the data module of each snippet a page uses and passes it to <Snippet>', async () => {
    site = createFixtureSite(['client-credentials/fetch-token', 'authorization-code/build-url']);
    const js = await compilePage(
      '# Page\n\n<Snippet id="client-credentials/fetch-token" />\n\nText <Snippet id="authorization-code/build-url" />\n',
    );
    expect(js).toContain(
      'import __snippet0 from "@generated/snippet-registry/default/client-credentials__fetch-token.json"',
    );
    expect(js).toContain(
      'import __snippet1 from "@generated/snippet-registry/default/authorization-code__build-url.json"',
    );
    expect(js).toMatch(/id: "client-credentials\/fetch-token",\s+data: __snippet0/);
  });

  it('fails the page on a misspelt id, naming the page, the line and the existing id it likely means', async () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    await expect(
      compilePage('# Page\n\nIntro.\n\n<Snippet id="client-credentials/fetch-tokens" />\n'),
    ).rejects.toThrow(
      'docs/page.mdx:5:1: <Snippet id="client-credentials/fetch-tokens" /> names no snippet: there is no snippets/client-credentials/fetch-tokens/meta.json. Did you mean "client-credentials/fetch-token"? Fix the id, or if this is a new snippet, create it with `npm run new-snippet -- client-credentials/fetch-tokens`.',
    );
  });

  it('fails the page on a snippet without a literal id', async () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    await expect(compilePage('# Page\n\n<Snippet id={someId} />\n')).rejects.toThrow(
      'docs/page.mdx:3:1: <Snippet> needs a literal id, e.g. <Snippet id="client-credentials/fetch-token" />',
    );
  });

  it('leaves a page without snippets unchanged', async () => {
    site = createFixtureSite();
    const js = await compilePage('# Page\n\nNo code here.\n');
    expect(js).not.toContain('snippet-registry');
  });

  it('names data modules after the id with the slash replaced', () => {
    expect(dataFileName('client-credentials/fetch-token')).toBe(
      'client-credentials__fetch-token.json',
    );
    expect(generatedModule('authorization-code/exchange-code')).toBe(
      '@generated/snippet-registry/default/authorization-code__exchange-code.json',
    );
  });
});
