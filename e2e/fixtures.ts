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

/**
 * Calls `report` with each console error (not allowed above), uncaught error, failed request and
 * HTTP error response of `page`: what `failOnConsoleErrors` fails a test on. Exported for specs
 * that share one page across tests (e2e/examples.spec.ts).
 */
export function reportProblems(page: Page, report: (problem: string) => void) {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (allowedConsoleErrors.some(({ pattern }) => pattern.test(text))) return;
    report(`console.error: ${text}`);
  });
  page.on('pageerror', (error) => report(`uncaught: ${error.message}`));
  // Requests still in flight when the page navigates away (a reload) are aborted by the browser:
  // leaving the page, not a failure of the site. Each request remembers which page it belongs to:
  // until the next page commits, the page being left still runs and may still start requests.
  let documents = 0;
  let committed = 0;
  const documentOf = new WeakMap<object, number>();
  page.on('request', (request) => {
    const navigation = request.isNavigationRequest() && request.frame() === page.mainFrame();
    if (navigation) documents++;
    documentOf.set(request, navigation ? documents : committed);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) committed = documents;
  });
  page.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? '';
    const left = (documentOf.get(request) ?? documents) < documents;
    if (left && errorText.includes('ERR_ABORTED')) return;
    report(`request failed: ${request.url()} (${errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) report(`HTTP ${response.status()}: ${response.url()}`);
  });
}

export async function waitForHydration(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export const test = base.extend<{ site: SitePage; failOnConsoleErrors: void }>({
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      reportProblems(page, (problem) => problems.push(problem));
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
