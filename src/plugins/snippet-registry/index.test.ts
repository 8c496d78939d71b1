import type { LoadContext } from '@docusaurus/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createFixtureSite,
  editFixture,
  type FixtureSite,
} from '../../../scripts/check-snippets/checks/fixtureSite';
import snippetRegistryPlugin, { readReservedHeights, type DevGlobalData } from './index';

let site: FixtureSite;
afterEach(() => {
  site.cleanup();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function brokenSite(): FixtureSite {
  const broken = createFixtureSite(['client-credentials/fetch-token']);
  editFixture(broken, 'snippets/client-credentials/fetch-token/meta.json', '"title"', '"titel"');
  return broken;
}

const contextOf = (dir: string) => ({ siteDir: dir }) as LoadContext;

describe('snippetRegistryPlugin', () => {
  it('fails the production build on a registry problem', async () => {
    site = brokenSite();
    vi.stubEnv('NODE_ENV', 'production');
    const plugin = snippetRegistryPlugin(contextOf(site.dir));
    await expect(plugin.loadContent?.()).rejects.toThrow(
      /snippets\/client-credentials\/fetch-token\/meta\.json:2:3: "titel": unknown key: did you mean "title"\?/,
    );
    expect(plugin.getClientModules?.()).toEqual([]);
  });

  it('keeps the dev server up on a registry problem and hands it to the browser notice with file and line', async () => {
    site = brokenSite();
    vi.stubEnv('NODE_ENV', 'development');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const plugin = snippetRegistryPlugin(contextOf(site.dir));
    const content = await plugin.loadContent?.();
    expect(content?.snippets).toEqual([]);
    expect(plugin.getClientModules?.()).toEqual([
      expect.stringMatching(/snippet-registry[/\\]devProblemsNotice\.ts$/),
    ]);

    let globalData: DevGlobalData | undefined;
    const actions = {
      setGlobalData: (data: unknown) => {
        globalData = data as DevGlobalData;
      },
      createData: () => Promise.resolve(''),
    };
    await plugin.contentLoaded?.({ content: content!, actions } as never);
    expect(globalData?.problems).toEqual([
      {
        file: 'snippets/client-credentials/fetch-token/meta.json:2:3',
        message: expect.stringMatching(/^"titel": unknown key: did you mean "title"\?/),
      },
    ]);
  });
});

describe('readReservedHeights', () => {
  it('holds a height for each recorded run of a language that does not run in the page', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    const recorded = (language: string) =>
      JSON.stringify({
        format: 1,
        snippet: 'client-credentials/fetch-token',
        language,
        key: '',
        recordedAt: '2026-12-07T06:53:00Z',
        commit: 'c4ed1f0',
        uncommitted: false,
        events: [{ kind: 'console', level: 'log', text: 'Access token: Ab3_x9Zq…' }],
        outcome: { kind: 'ok', durationMs: 812 },
      });
    site.write('snippets/client-credentials/fetch-token/recorded/java.json', recorded('java'));
    site.write('snippets/client-credentials/fetch-token/recorded/python.json', recorded('python'));
    const heights = readReservedHeights(site.dir, 'client-credentials/fetch-token');
    // Java's run shows in its tab; Python runs in the page (its recording is a fallback only);
    // .NET has no recording here, so its tab keeps the plain placeholder.
    expect(Object.keys(heights)).toEqual(['java']);
    expect(heights.java!.narrow).toBeGreaterThan(heights.java!.wide);
  });

  it('leaves out a recording that does not parse, without failing the build', () => {
    site = createFixtureSite(['client-credentials/fetch-token']);
    site.write('snippets/client-credentials/fetch-token/recorded/java.json', '{"format": 1,');
    expect(readReservedHeights(site.dir, 'client-credentials/fetch-token')).toEqual({});
  });
});
