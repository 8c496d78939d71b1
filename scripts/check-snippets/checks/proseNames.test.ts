import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sdkNameSets, type SdkNameSets } from '../../../src/plugins/sdk-names/sdkNameSets';
import { createFixtureSite, type FixtureSite } from './fixtureSite';
import { checkProseNames } from './proseNames';
import { loadSdkSurface } from './sdkSurface';
import { loadParsers } from './treeSitter';

// The pages are the fixture site's; the SDKs are the repository's reference SDKs.
const repository = path.resolve(__dirname, '../../..');
let sets: SdkNameSets;
let site: FixtureSite;

beforeAll(async () => {
  const parsers = await loadParsers();
  sets = sdkNameSets(repository, parsers, loadSdkSurface(repository, parsers).surface);
});
afterEach(() => site.cleanup());

describe('checkProseNames', () => {
  it('accepts SDK names every language has, and one-language blocks of known languages', async () => {
    site = createFixtureSite();
    site.write(
      'docs/guide.mdx',
      '# Guide\n\nCall <Sdk name="refreshToken()" /> on <Sdk name="clientCredentialsAuthManager" />.\n\n<ForLanguage only="go python">\n\nA note.\n\n</ForLanguage>\n',
    );
    expect(await checkProseNames(site.dir, () => sets)).toEqual([]);
  });

  it('reports a misspelt name at its page, line and column, with the name it most likely means', async () => {
    site = createFixtureSite();
    site.write(
      'docs/guides/tokens.mdx',
      '# Tokens\n\nFirst fetch one.\nThen call <Sdk name="refreshTokn()" /> again.\n',
    );
    expect(await checkProseNames(site.dir, () => sets)).toEqual([
      {
        file: 'docs/guides/tokens.mdx:4:11',
        message: expect.stringMatching(
          /^<Sdk name="refreshTokn\(\)" \/> names nothing in the TypeScript SDK .*did you mean "refreshToken"\?/,
        ),
      },
    ]);
  });

  it('reports a name some language lacks, naming that language', async () => {
    site = createFixtureSite();
    site.write('docs/a.mdx', '# A\n\n<Sdk name="buildAuthorizationUrl()" /> builds it.\n');
    const problems = await checkProseNames(site.dir, () => sets);
    expect(problems.map((problem) => problem.file)).toEqual(['docs/a.mdx:3:1', 'docs/a.mdx:3:1']);
    expect(problems[0]!.message).toContain('the Python SDK (languages/python/) has no');
  });

  it('reports a one-language block for a language there is not, suggesting the key', async () => {
    site = createFixtureSite();
    site.write('docs/a.mdx', '# A\n\n<ForLanguage only="pyhton">\n\nA note.\n\n</ForLanguage>\n');
    expect(await checkProseNames(site.dir, () => sets)).toEqual([
      {
        file: 'docs/a.mdx:3:1',
        message: expect.stringContaining(
          '<ForLanguage only="pyhton"> names no language "pyhton". Did you mean "python"?',
        ),
      },
    ]);
  });

  it('ignores names shown as examples in code and comments, and reads no SDK for pages without any', async () => {
    site = createFixtureSite();
    site.write(
      'docs/a.mdx',
      '# A\n\n```mdx\n<Sdk name="nope()" />\n```\n\n`<Sdk name="nope" />`\n\n{/* <Sdk name="nope" /> */}\n',
    );
    expect(
      await checkProseNames(site.dir, () => {
        throw new Error('read the SDKs for a page without prose names');
      }),
    ).toEqual([]);
  });
});
