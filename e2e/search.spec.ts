import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The navbar's search box and its result list, as a reader meets them. */
function searchBox(page: Page) {
  // A plain text box until the search code loads, then a combobox.
  const input = page
    .getByRole('navigation', { name: 'Main' })
    .getByLabel('Search', { exact: true });
  return {
    input,
    results: page.getByRole('listbox').getByRole('option'),
    /** Opens the box with the keyboard shortcut and types a query. */
    async search(query: string) {
      await page.keyboard.press('ControlOrMeta+k');
      await expect(input).toBeFocused();
      await input.pressSequentially(query);
    },
  };
}

const searches = [
  // query → a result (its text and page) → the section it opens
  {
    query: 'refresh token',
    result: /Refresh the token.*Resource Owner Password/,
    url: '/docs/resource-owner-password?_highlight=refresh&_highlight=token#refresh-the-token',
    section: 'Refresh the token',
  },
  {
    query: 'PKCE',
    result: /Use PKCE.*Authorization Code Grant/,
    url: '/docs/authorization-code?_highlight=pkce#use-pkce',
    section: 'Use PKCE',
  },
  {
    query: 'invalid_grant',
    result: /invalid_grant The code, refresh.*Errors/,
    url: '/docs/errors?_highlight=invalid_grant#oauth-error-codes',
    section: 'OAuth error codes',
  },
] as const;

test.describe('search', () => {
  test('the index loads only when the reader reaches for the search box', async ({
    site,
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (/search-index.*\.json/.test(request.url())) requested.push(request.url());
    });
    await site.goto('/docs/authorization-code');
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    // The stand-in shows the shortcut, as the real box does.
    await expect(page.locator('.navbar__search kbd').last()).toHaveText('K');
    await searchBox(page).search('PKCE');
    await expect(searchBox(page).results.first()).toBeVisible();
    expect(requested).toHaveLength(1);
  });

  for (const { query, result, url, section } of searches) {
    test(`"${query}" finds ${url}`, async ({ site, page }) => {
      await site.goto('/docs');
      const box = searchBox(page);
      await box.search(query);
      const hit = box.results.filter({ hasText: result }).first();
      await expect(hit).toBeVisible();
      await hit.click();
      await expect(page).toHaveURL(url);
      // (Not toBeInViewport: after a client-side navigation the page's snippets load their code
      // and push the section down after the browser scrolled to it; that is the snippets' doing.)
      await expect(page.getByRole('heading', { name: section })).toBeVisible();
      // The words the reader searched for are marked on the page.
      await expect(page.locator('article mark').filter({ visible: true }).first()).toBeVisible();
    });
  }

  test('a title that is only a snippet’s name finds its section', async ({ site, page }) => {
    await site.goto('/docs');
    const box = searchBox(page);
    await box.search('Protect the code');
    await box.results.filter({ hasText: 'Authorization Code Grant' }).first().click();
    await expect(page).toHaveURL(/\/docs\/authorization-code\?.*#use-pkce$/);
  });

  test('an SDK name as another language writes it finds the prose that names it', async ({
    site,
    page,
  }) => {
    // The page's HTML has .NET's names (IsTokenExpired()); a Python reader types Python's.
    await site.goto('/docs');
    const box = searchBox(page);
    await box.search('is_token_expired');
    await box.results.filter({ hasText: 'Setting tokens explicitly' }).first().click();
    await expect(page).toHaveURL(/\/docs\/tokens-explicitly\?_highlight=is_token_expired/);
    await site.chooseLanguage('Python');
    await expect(
      page.locator('main article code[data-sdk-name]', { hasText: 'is_token_expired()' }).first(),
    ).toBeVisible();
  });

  test('text typed before the search code arrives is kept', async ({ site, page }) => {
    await site.goto('/docs/errors');
    const box = searchBox(page);
    await box.input.click();
    await box.input.pressSequentially('consent', { delay: 0 });
    await expect(box.input).toHaveValue('consent');
    await expect(box.input).toBeFocused();
    await expect(box.results.first()).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the results are readable and accessible in ${colorScheme} mode`, async ({
      site,
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await site.goto('/docs/client-credentials');
      expect(await site.colorMode()).toBe(colorScheme);
      const box = searchBox(page);
      await box.search('refresh token');
      await expect(box.results.first()).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`search-${colorScheme}.png`) });
      const results = await new AxeBuilder({ page }).include('.navbar__search').analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          rule: violation.id,
          targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
        }));
      expect(serious).toEqual([]);
    });
  }

  test('"See all results" opens the search page, readable in light and dark mode', async ({
    site,
    page,
  }) => {
    await site.goto('/docs');
    const box = searchBox(page);
    await box.search('consent');
    await page.getByRole('link', { name: 'See all results' }).click();
    await expect(page).toHaveURL(/\/search\/?\?q=consent/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('link', { name: /denied consent/i }).first()).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await site.goto('/search?q=consent');
      expect(await site.colorMode()).toBe(colorScheme);
      await expect(page.getByRole('link', { name: /denied consent/i }).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => violation.id);
      expect(serious, colorScheme).toEqual([]);
    }
  });
});
