import { demo } from '../sandbox/mock-server';
import { expect, test } from './fixtures';

const page = '/docs/client-credentials';

test('choosing a language switches every snippet on the page and puts it in the URL', async ({
  site,
  page: browserPage,
}) => {
  await site.goto(page);
  await site.chooseLanguage('Python');
  await expect(browserPage).toHaveURL(/[?&]sdk=python/);
  const pythonTabs = browserPage.getByRole('tab', { name: 'Python', exact: true });
  const count = await pythonTabs.count();
  expect(count).toBeGreaterThan(2);
  await expect(
    browserPage.getByRole('tab', { name: 'Python', exact: true, selected: true }),
  ).toHaveCount(count);
  await expect(browserPage.getByText('client-credentials/initialize/python.py')).toBeVisible();
});

test('the chosen language persists across pages and visits', async ({
  site,
  page: browserPage,
}) => {
  await site.goto(page);
  await site.chooseLanguage('Go');
  await site.goto('/docs/authorization-code');
  await expect(browserPage.getByRole('tab', { name: 'Go', exact: true }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(browserPage.getByText('authorization-code/initialize/go.go')).toBeVisible();
});

test('a language in the URL selects that tab', async ({ site, page: browserPage }) => {
  await site.goto(`${page}?sdk=ruby`);
  await expect(browserPage.getByRole('tab', { name: 'Ruby', exact: true }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(browserPage.getByText('client-credentials/initialize/ruby.rb')).toBeVisible();
});

test('arrow keys move between language tabs', async ({ site, page: browserPage }) => {
  await site.goto(page);
  const first = browserPage.getByRole('tab', { name: '.NET', exact: true }).first();
  await first.click();
  await first.press('ArrowRight');
  await expect(browserPage.getByRole('tab', { name: 'Java', exact: true }).first()).toBeFocused();
  await browserPage.keyboard.press('Enter');
  await expect(browserPage.getByRole('tab', { name: 'Java', exact: true }).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('the copy button copies the snippet exactly', async ({ site, page: browserPage, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await site.goto(`${page}?sdk=go`);
  const button = browserPage.getByRole('button', {
    name: 'Copy client-credentials/initialize/go.go',
  });
  await button.click();
  await expect(button).toHaveText('Copied');
  const copied = await browserPage.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('sdk.NewClient(');
  expect(copied).toContain(`"${demo.clientSecret}"`);
});

test('code shows after a client-side navigation, in every language', async ({
  site,
  page: browserPage,
}) => {
  await site.goto('/docs');
  await browserPage
    .getByRole('navigation', { name: 'Docs sidebar' })
    .getByRole('link', { name: 'Authorization Code Grant' })
    .click();
  await expect(browserPage).toHaveURL(/\/docs\/authorization-code$/);
  await site.chooseLanguage('PHP');
  await expect(
    browserPage.getByRole('button', { name: 'Copy authorization-code/initialize/php.php' }),
  ).toBeVisible();
  await expect(browserPage.locator('[role="tabpanel"]:not([hidden]) pre').first()).toContainText(
    demo.clientId,
  );
});
