import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { waitForHydration } from './fixtures';
import { expect, RunnerPage, test } from './runnerPage';

const where = { page: '/docs/client-credentials', id: 'client-credentials/fetch-token' };

/** Edits the snippet in `language` and presses Share; returns the link the page made. */
async function share(runner: RunnerPage, language: string, code: string): Promise<string> {
  await runner.chooseLanguage(language);
  await runner.replaceCode(code);
  await runner.button('Share').click();
  await expect(runner.figure.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  return runner.figure.getByRole('textbox', { name: 'Shared link' }).inputValue();
}

test.describe('Share an edited example', () => {
  test('a shared link opens the edited code in a fresh browser, ready to Run, and runs it', async ({
    site,
    context,
    browser,
    runnerFor,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await site.goto(where.page);
    const code = 'const answer: number = 6 * 7;\nconsole.log(`Shared run: ${answer}`);';
    const link = await share(runnerFor(where.id), 'TypeScript', code);
    expect(await site.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(new URL(link).search).toBe('?sdk=typescript');

    const fresh = await browser.newContext();
    try {
      const page = await fresh.newPage();
      await page.goto(link);
      await waitForHydration(page);
      const runner = new RunnerPage(page, where.id);
      await expect(runner.figure.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(runner.editor).toBeVisible();
      await expect.poll(() => runner.editorText()).toBe(code);
      // Nothing ran before the reader pressed Run, and the code left the address bar.
      await expect(runner.status).toHaveText('Press Run to run the code.');
      expect(new URL(page.url()).hash).toBe('');
      await runner.run();
      await runner.waitForEnd();
      expect(await runner.consoleLines()).toContain('Shared run: 42');
    } finally {
      await fresh.close();
    }
  });

  test('a link to a Python edit opens the Python tab with the code in its editor', async ({
    site,
    context,
    browser,
    runnerFor,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await site.goto(where.page);
    const code = 'print("Shared from Python")';
    const link = await share(runnerFor(where.id), 'Python', code);
    const fresh = await browser.newContext();
    try {
      const page = await fresh.newPage();
      await page.goto(link);
      await waitForHydration(page);
      const runner = new RunnerPage(page, where.id);
      await expect(runner.figure.getByRole('tab', { name: 'Python' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(runner.editor).toBeVisible();
      await expect.poll(() => runner.editorText()).toBe(code);
      await expect(runner.status).toHaveText('Press Run to run the code.');
    } finally {
      await fresh.close();
    }
  });

  const packed = zlib.deflateRawSync('console.log("tampered");').toString('base64url');
  for (const [how, code, reason] of [
    ['cut short', packed.slice(0, -4), /damaged and does not unpack/],
    ['changed by hand', `${packed}$`, /characters a shared link never holds/],
  ] as const) {
    test(`a link whose code was ${how} shows the original code and one line saying why`, async ({
      site,
      page,
      runnerFor,
    }) => {
      await site.goto(
        `${where.page}?sdk=typescript#snippet=${where.id}&language=typescript&code=${code}`,
      );
      const runner = runnerFor(where.id);
      const alert = runner.figure.getByRole('alert');
      await expect(alert).toHaveText(
        /^This shared link's code could not be opened: .+\. Here is the original example\.$/,
      );
      await expect(alert).toContainText(reason);
      await expect(runner.editor).toHaveCount(0);
      await expect(runner.figure.getByRole('tabpanel').filter({ visible: true })).toContainText(
        'clientCredentialsAuthManager',
      );
      await expect(page.getByRole('button', { name: 'Run', exact: true }).first()).toBeEnabled();
    });
  }

  test('code too long for a link gets a message instead of a link that would be cut', async ({
    site,
    context,
    runnerFor,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await site.goto(where.page);
    const runner = runnerFor(where.id);
    await runner.chooseLanguage('TypeScript');
    // Random text does not compress: about 12 KB of it cannot fit in an 8 KB link.
    await runner.replaceCode(`// ${crypto.randomBytes(9000).toString('base64')}`);
    await runner.button('Share').click();
    await expect(
      runner.figure.getByRole('status').filter({ hasText: 'too long to share' }),
    ).toBeVisible();
    await expect(runner.figure.getByRole('textbox', { name: 'Shared link' })).toHaveCount(0);
  });

  test('shows the link, selected, when the browser refuses the clipboard', async ({
    site,
    page,
    runnerFor,
  }) => {
    await page.addInitScript(() => {
      const refuse = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', {
        value: { write: refuse, writeText: refuse },
      });
    });
    await site.goto(where.page);
    const runner = runnerFor(where.id);
    await runner.chooseLanguage('TypeScript');
    await runner.replaceCode('console.log("refused");');
    await runner.button('Share').click();
    await expect(
      runner.figure
        .getByRole('status')
        .filter({ hasText: 'did not let this page use the clipboard' }),
    ).toBeVisible();
    const field = runner.figure.getByRole('textbox', { name: 'Shared link' });
    await expect(field).toHaveValue(
      /#snippet=client-credentials\/fetch-token&language=typescript&code=/,
    );
    await expect(field).toBeFocused();
  });
});
