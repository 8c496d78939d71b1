import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkSdkNames from './remarkSdkNames';

// The page is a virtual file of the repository's docs; the names are the reference SDKs'.
const siteDir = path.resolve(__dirname, '../../..');

/** Compiles a page the way Docusaurus does, with the remark plugin. */
async function compilePage(mdx: string): Promise<string> {
  const output = await compile(
    { value: mdx, path: path.join(siteDir, 'docs/page.mdx') },
    { remarkPlugins: [[remarkSdkNames, { siteDir }]] },
  );
  return String(output);
}

describe('remarkSdkNames', () => {
  it("gives each <Sdk> every language's name, so the page ships those names and no SDK code", async () => {
    const js = await compilePage('# Page\n\nCall <Sdk name="refreshToken()" /> again.\n');
    // The names attribute is JSON, in the compiled page as a string literal.
    const names = JSON.stringify({
      csharp: 'RefreshToken()',
      java: 'refreshToken()',
      python: 'refresh_token()',
      ruby: 'refresh_token',
      typescript: 'refreshToken()',
      php: 'refreshToken()',
      go: 'RefreshToken()',
    });
    expect(js).toContain(`names: ${JSON.stringify(names)}`);
    expect(js).not.toContain('languages/');
  });

  it('fails the build on a misspelt name, at its page, line and column, with the name it likely means', async () => {
    await expect(
      compilePage('# Page\n\nIntro.\nThen call <Sdk name="refreshTokn()" /> again.\n'),
    ).rejects.toThrow(
      'docs/page.mdx:4:11: <Sdk name="refreshTokn()" /> names nothing in the TypeScript SDK (languages/typescript/): did you mean "refreshToken"?',
    );
  });

  it('fails the build on a one-language block for a language there is not', async () => {
    await expect(
      compilePage('# Page\n\n<ForLanguage only="golang">\n\nA note.\n\n</ForLanguage>\n'),
    ).rejects.toThrow('docs/page.mdx:3:1: <ForLanguage only="golang"> names no language "golang".');
  });
});
