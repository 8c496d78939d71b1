import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { languages } from '../languages';
import { loadSdkSurface } from '../scripts/check-snippets/checks/sdkSurface';
import { loadParsers } from '../scripts/check-snippets/checks/treeSitter';
import { demo } from '../sandbox/mock-server/fixtures';
import { sdkNameSets, type SdkNameSets } from '../src/plugins/sdk-names/sdkNameSets';
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

/**
 * SDK names in prose (`<Sdk name="…" />`) and one-language notes (`<ForLanguage only="…">`)
 * follow the language chosen in the snippet tabs (src/components/Sdk, ForLanguage).
 */
const page = '/docs/tokens-explicitly';

/** What the reader sees in that page's prose: its first auth manager and its first operation. */
const expected = [
  { label: '.NET', key: 'csharp', manager: 'OAuthCCG', fetch: 'FetchToken()' },
  { label: 'Java', key: 'java', manager: 'getClientCredentialsAuth()', fetch: 'fetchToken()' },
  { label: 'Python', key: 'python', manager: 'http_ccg', fetch: 'fetch_token()' },
  { label: 'Ruby', key: 'ruby', manager: 'http_ccg', fetch: 'fetch_token' },
  {
    label: 'TypeScript',
    key: 'typescript',
    manager: 'clientCredentialsAuthManager',
    fetch: 'fetchToken()',
  },
  { label: 'PHP', key: 'php', manager: 'getClientCredentialsAuth()', fetch: 'fetchToken()' },
  { label: 'Go', key: 'go', manager: 'ClientCredentialsAuthManager', fetch: 'FetchToken()' },
];

const proseNames = (browserPage: Page) => browserPage.locator('main article code[data-sdk-name]');

test('choosing each language renames the SDK names in the prose, without a reload', async ({
  site,
  page: browserPage,
}) => {
  await site.goto(page);
  // A reload would lose this mark.
  await browserPage.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  const names = proseNames(browserPage);
  for (const { label, manager, fetch } of expected) {
    await site.chooseLanguage(label);
    await expect(names.first()).toHaveText(manager);
    await expect(browserPage.locator('main article td code[data-sdk-name]').first()).toHaveText(
      fetch,
    );
  }
  expect(await browserPage.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
});

test('the server-rendered page shows the default tab’s names, and the Go note hidden', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const browserPage = await context.newPage();
  await browserPage.goto(page);
  await expect(proseNames(browserPage).first()).toHaveText('OAuthCCG');
  await expect(browserPage.getByRole('tab', { selected: true }).first()).toHaveText('.NET');
  await expect(browserPage.locator('[data-for-language="go"]')).toBeHidden();
  await context.close();
});

test('a ?sdk=go link shows the Go names and the Go note, and hydrates without errors', async ({
  site,
  page: browserPage,
}) => {
  await site.goto(`${page}?sdk=go`);
  await expect(proseNames(browserPage).first()).toHaveText('ClientCredentialsAuthManager');
  const note = browserPage.locator('[data-for-language="go"]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('For Go');
  await expect(note).toContainText('context.Context');
  await expect(note.locator('code[data-sdk-name]').first()).toHaveText('FetchToken()');
});

test('the Go note shows only while Go is chosen, and leaves no gap when hidden', async ({
  site,
  page: browserPage,
}) => {
  await site.goto(page);
  const note = browserPage.locator('[data-for-language="go"]');
  const table = browserPage.locator('main article table').first();
  const following = browserPage.getByText('The client is immutable');
  const gap = async () =>
    (await following.boundingBox())!.y -
    ((await table.boundingBox())!.y + (await table.boundingBox())!.height);
  await expect(note).toBeHidden();
  const withoutNote = await gap();
  await site.chooseLanguage('Go');
  await expect(note).toBeVisible();
  expect(await gap()).toBeGreaterThan(withoutNote + 20);
  await site.chooseLanguage('Python');
  await expect(note).toBeHidden();
  expect(await gap()).toBe(withoutNote);
});

test('choosing a language keeps the chosen tab where it is on screen, though the prose above changes', async ({
  site,
  page: browserPage,
}) => {
  await site.goto(page);
  // The first snippet's .NET tab shows the run CI recorded, which loads once it is near the
  // viewport: load it, or its arrival above would move the tab measured below (that is not the
  // choice of a language moving it).
  const first = browserPage.locator('figure').first();
  await first.scrollIntoViewIfNeeded();
  await expect(first.getByRole('region', { name: 'Output' })).toBeVisible();
  // The second snippet's tabs, below the table of names and the Go note that appears above them.
  const tab = browserPage.getByRole('tab', { name: 'Go', exact: true }).nth(1);
  await tab.scrollIntoViewIfNeeded();
  await browserPage.mouse.wheel(0, -200);
  await expect(tab).toBeInViewport();
  const before = (await tab.boundingBox())!.y;
  await expect(tab).toBeInViewport();
  await tab.click();
  await expect(browserPage.locator('[data-for-language="go"]')).toBeVisible();
  await expect(proseNames(browserPage).first()).toHaveText('ClientCredentialsAuthManager');
  expect(Math.abs((await tab.boundingBox())!.y - before)).toBeLessThanOrEqual(1);
});

test('the chosen language renames the prose of the next page too', async ({
  site,
  page: browserPage,
}) => {
  await site.goto(page);
  await site.chooseLanguage('Python');
  await site.goto('/docs/errors');
  await expect(proseNames(browserPage)).toHaveText([
    'OAuthProviderException',
    'error',
    'error_description',
    'error_uri',
    'APIException',
  ]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`with Go chosen, the page and its Go note have no serious accessibility violations in ${colorScheme} mode`, async ({
    site,
    page: browserPage,
  }) => {
    test.slow();
    await browserPage.emulateMedia({ colorScheme });
    await site.goto(`${page}?sdk=go`);
    await expect(browserPage.locator('[data-for-language="go"]')).toBeVisible();
    const results = await new AxeBuilder({ page: browserPage })
      .exclude('[role="tabpanel"][hidden]')
      .analyze();
    expect(
      results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => violation.id),
    ).toEqual([]);
  });
}

test.describe('SDK names across the docs', () => {
  // Every SDK's names, read from its code as the build reads them: a name in the prose that some
  // SDK has and the chosen one lacks is another language's name (`refreshToken` for Python).
  // The demo credentials are values, the same in every language, though .NET's and Go's settings
  // have the names `OAuthClientId` and `OAuthUsername` too.
  const values = new Set<string>([demo.clientId, demo.clientSecret, demo.username, demo.password]);
  let sets: SdkNameSets;
  test.beforeAll(async () => {
    const siteDir = path.resolve(__dirname, '..');
    const parsers = await loadParsers();
    sets = sdkNameSets(siteDir, parsers, loadSdkSurface(siteDir, parsers).surface);
  });

  for (const { key, label } of languages) {
    test(`with ${label} chosen, no docs page names another SDK’s things in its prose`, async ({
      site,
      page: browserPage,
    }) => {
      test.slow();
      const foreign: string[] = [];
      const pages = sitemapPaths().filter((route) => route.startsWith('/docs'));
      for (const route of pages) {
        await site.goto(`${route}?${new URLSearchParams({ sdk: key })}`);
        // The prose's inline code the reader sees: not the snippets' code, not a hidden note.
        const shown = await browserPage.evaluate(() =>
          [...document.querySelectorAll('main article code')]
            .filter((code) => code.closest('pre, figure[data-snippet-id]') === null)
            .filter((code) => code.checkVisibility())
            .map((code) => code.textContent ?? ''),
        );
        for (const text of shown) {
          const name = text.replace(/\(\)$/, '');
          const owners = sets.languages.filter((language) => sets.names[language.key]!.has(name));
          if (owners.length > 0 && !sets.names[key]!.has(name) && !values.has(name)) {
            foreign.push(
              `${route}: \`${text}\` (${owners.map((owner) => owner.label).join(', ')})`,
            );
          }
        }
      }
      expect(foreign).toEqual([]);
    });
  }
});

test('search indexes the prose with the default tab’s names, and the others’ hidden', async ({
  request,
}) => {
  const response = await request.get('/search-index.json');
  expect(response.ok()).toBe(true);
  const texts = ((await response.json()) as { documents: { t: string }[] }[]).flatMap((index) =>
    index.documents.map((document) => document.t),
  );
  const tokens = texts.find((text) => text.startsWith('Each grant has an auth manager'));
  expect(tokens).toContain('for the client credentials grant it is OAuthCCG');
  expect(tokens).toContain('FetchToken()');
  // Python's, Java's and Go's names for the same things, for a search in their words.
  expect(tokens).toContain('fetch_token()');
  expect(tokens).toContain('getClientCredentialsAuth()');
});
