import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

const pages = sitemapPaths();

test.describe('every page', () => {
  for (const path of pages) {
    test(`${path} loads with a title, one h1 and no errors`, async ({ site, page }) => {
      await site.goto(path);
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      // Markdown that failed to parse shows up as raw syntax, e.g. an admonition's ":::".
      await expect(page.locator('main')).not.toContainText(':::');
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no serious accessibility violations in ${colorScheme} mode`, async ({
        site,
        page,
      }) => {
        // axe walks every node; a guide page holds thousands of highlighted tokens.
        test.slow();
        await page.emulateMedia({ colorScheme });
        await site.goto(path);
        expect(await site.colorMode()).toBe(colorScheme);
        // Hidden tab panels (the six languages not chosen) are not rendered for anyone; axe would
        // skip them after walking them, which costs seconds per page.
        const results = await new AxeBuilder({ page })
          .exclude('[role="tabpanel"][hidden]')
          .analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => ({
            rule: violation.id,
            help: violation.help,
            targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
          }));
        expect(serious).toEqual([]);
      });
    }
  }
});

test('the colour-mode toggle switches between light and dark and remembers it', async ({
  site,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await site.goto('/docs');
  expect(await site.colorMode()).toBe('light');
  const toggle = page.getByRole('button', { name: /switch between dark and light mode/i });
  // Docusaurus cycles light → dark → system; click until dark.
  for (let clicks = 0; clicks < 3 && (await site.colorMode()) !== 'dark'; clicks++) {
    await toggle.click();
  }
  expect(await site.colorMode()).toBe('dark');
  await site.goto('/docs/errors');
  expect(await site.colorMode()).toBe('dark');
});

test('the landing page sends the reader to a runnable example', async ({ site, page }) => {
  await site.goto('/');
  await page.getByRole('link', { name: 'Run your first example' }).click();
  await expect(page).toHaveURL(/\/docs\/client-credentials\?sdk=typescript/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Client Credentials Grant');
  await expect(page.getByRole('tab', { name: 'TypeScript', selected: true }).first()).toBeVisible();
});

test('the password grant page warns that current security advice forbids the grant', async ({
  site,
  page,
}) => {
  await site.goto('/docs/resource-owner-password');
  const warning = page.locator('.theme-admonition-warning');
  await expect(warning).toContainText('Use it only when you must');
  await expect(warning).toContainText('RFC 9700');
});
