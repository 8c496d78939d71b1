import { test as base, expect, type Page } from '@playwright/test';

/**
 * Console messages that are not the site's fault. Each entry says why it is allowed; keep this list
 * short (starlight / docusaurus e2e habit).
 */
const allowedConsoleErrors: { pattern: RegExp; reason: string }[] = [];

export interface SitePage {
  page: Page;
  /** Navigates and waits for hydration: clicks before it are lost. */
  goto(path: string): Promise<void>;
  /** Picks a language tab (".NET", "Python", …) in the first snippet on the page. */
  chooseLanguage(label: string): Promise<void>;
  /** The page's colour mode: "light" or "dark". */
  colorMode(): Promise<string | null>;
}

export async function waitForHydration(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export const test = base.extend<{ site: SitePage; failOnConsoleErrors: void }>({
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some(({ pattern }) => pattern.test(text))) return;
        problems.push(`console.error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => {
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use();
      expect(problems, 'the page logged errors or had failed requests').toEqual([]);
    },
    { auto: true },
  ],

  site: async ({ page }, use) => {
    await use({
      page,
      async goto(path) {
        await page.goto(path);
        await waitForHydration(page);
      },
      async chooseLanguage(label) {
        await page.getByRole('tab', { name: label, exact: true }).first().click();
      },
      colorMode: () => page.locator('html').getAttribute('data-theme'),
    });
  },
});

export { expect };
