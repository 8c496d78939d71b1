import { languages } from '../languages';
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

/** The docs pages, from the sitemap: each must have its Markdown. */
const docsPages = sitemapPaths().filter((path) => path === '/docs' || path.startsWith('/docs/'));
const markdownPath = (path: string) => `${path}.md`;

test('/llms.txt lists every docs page with its title, description and Markdown', async ({
  request,
}) => {
  const response = await request.get('/llms.txt');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toMatch(/^# OAuth 2\.0 SDK Guide\n\n> /);
  const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)]+)\): (.+)$/gm)].map((match) => ({
    title: match[1]!,
    path: new URL(match[2]!).pathname,
    description: match[3]!,
  }));
  expect(links.map((link) => link.path).sort()).toEqual(docsPages.map(markdownPath).sort());
  for (const link of links) {
    const markdown = await (await request.get(link.path)).text();
    expect(markdown.startsWith(`# ${link.title}\n\n> ${link.description}\n`)).toBe(true);
  }
});

for (const path of docsPages) {
  test(`${path}.md holds the page's prose and every snippet in all seven languages`, async ({
    site,
    page,
    request,
  }) => {
    await site.goto(path);
    const ids = await page
      .locator('figure[data-snippet-id]')
      .evaluateAll((figures) => figures.map((figure) => figure.getAttribute('data-snippet-id')!));
    // The first section heading's own text (Docusaurus appends a hash link to each).
    const heading = await page
      .locator('main h2')
      .first()
      .evaluate((h2) => h2.firstChild?.textContent ?? '')
      .catch(() => '');
    const response = await request.get(markdownPath(path));
    expect(response.ok()).toBe(true);
    const markdown = await response.text();
    if (heading) expect(markdown).toContain(`## ${heading}`);
    for (const id of ids) {
      for (const language of languages) {
        expect(markdown, `${id} in ${language.label}`).toMatch(
          new RegExp(
            `${language.label.replace('.', '\\.')} \\(\`snippets/${id}/${language.file}\`\\):\\n\\n\`{3,}${language.grammar}\\n`,
          ),
        );
      }
    }
    expect(markdown).not.toContain('<Snippet');
  });
}

test.describe('Copy page as Markdown', () => {
  test('copies the page Markdown from the keyboard and says so', async ({
    site,
    page,
    context,
    request,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await site.goto('/docs/errors');
    const button = page.getByRole('button', { name: 'Copy page as Markdown' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied the page' })).toBeVisible();
    const expected = await (await request.get('/docs/errors.md')).text();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute(
      'href',
      '/docs/errors.md',
    );
  });

  test('says how to get the Markdown when the browser refuses the clipboard', async ({
    site,
    page,
  }) => {
    await page.addInitScript(() => {
      const refuse = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', {
        value: { write: refuse, writeText: refuse },
      });
    });
    await site.goto('/docs/errors');
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'did not let this page use the clipboard' }),
    ).toContainText('View as Markdown');
  });
});
