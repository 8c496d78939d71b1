import type { Request } from '@playwright/test';
import { expect, test, type RunnerPage } from './runnerPage';

const where = { page: '/docs/client-credentials', id: 'client-credentials/fetch-token' };

/** What the type checker fetches: its worker chunk, TypeScript and the standard library. */
const typeCheckRequest = /\/assets\/js\/type-check\.[^/]*\.js$|\/typescript\/[^/]+\/[^/]+$/;

function problems(runner: RunnerPage) {
  return {
    status: runner.figure.getByRole('status').filter({ hasText: /type|Loading the type checker/ }),
    list: runner.figure.getByRole('list', { name: 'Type errors' }),
  };
}

test.describe('type errors in the editor', () => {
  // The first check loads TypeScript (≈ 9 MB) in a worker; the machine may be shared and busy.
  test.describe.configure({ timeout: 90_000 });

  test('TypeScript loads at Edit, never with the page or on Run', async ({ site, runnerFor }) => {
    const requests: string[] = [];
    const record = (request: Request) => requests.push(request.url());
    runnerFor(where.id).page.on('request', record);
    await site.goto(where.page);
    const runner = runnerFor(where.id);
    await runner.chooseTypeScript();
    await runner.run();
    expect(await runner.waitForEnd()).toMatch(/^Finished in/);
    expect(requests.filter((url) => typeCheckRequest.test(url))).toEqual([]);

    await runner.button('Edit').click();
    await expect(problems(runner).status).toHaveText('No type errors', { timeout: 30_000 });
    expect(requests.filter((url) => /\/typescript\/[^/]+\/typescript\.js$/.test(url))).toHaveLength(
      1,
    );
    expect(requests.some((url) => /\/assets\/js\/type-check\./.test(url))).toBe(true);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a misspelt option is underlined and listed, and fixing it clears it (${colorScheme})`, async ({
      site,
      page,
      runnerFor,
    }) => {
      await page.emulateMedia({ colorScheme });
      await site.goto(where.page);
      const runner = runnerFor(where.id);
      await runner.chooseTypeScript();
      await runner.button('Edit').click();
      const { status, list } = problems(runner);
      await expect(status).toHaveText('No type errors', { timeout: 30_000 });
      const original = await runner.editorText();

      const typed = original.replace('oAuthClientId:', 'oAuthClientIdd:');
      await runner.replaceCode(typed);

      await expect(status).toHaveText('1 type error', { timeout: 10_000 });
      const problem = list.getByRole('button');
      await expect(problem).toContainText("'oAuthClientIdd' does not exist in type");
      await expect(problem).toContainText('Line 5, column 5');
      const underlined = runner.editor.locator('[title*="oAuthClientIdd"]');
      await expect(underlined).toHaveText('oAuthClientIdd');
      await expect(underlined).toHaveCSS('text-decoration-style', 'wavy');
      // The editor's description includes the problem, for screen readers.
      const describedBy = (await runner.editor.getAttribute('aria-describedby')) ?? '';
      const description = await page.evaluate(
        (ids) =>
          ids
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        describedBy,
      );
      expect(description).toContain("'oAuthClientIdd' does not exist");
      await runner.figure.screenshot({
        path: test.info().outputPath(`type-error-${colorScheme}.png`),
      });

      // The problem's button takes the caret to the misspelt name.
      await problem.focus();
      await page.keyboard.press('Enter');
      await expect(runner.editor).toBeFocused();
      const caret = await runner.editor.evaluate((editor) => {
        const selection = window.getSelection();
        if (!selection?.anchorNode) return -1;
        const before = document.createRange();
        before.setStart(editor, 0);
        before.setEnd(selection.anchorNode, selection.anchorOffset);
        return before.toString().length;
      });
      expect(caret).toBe(typed.indexOf('oAuthClientIdd'));

      // Fixing it with the keyboard removes the error and the underline.
      for (let step = 0; step < 'oAuthClientIdd'.length; step++) {
        await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Backspace');
      await expect.poll(() => runner.editorText()).toBe(original);
      await expect(status).toHaveText('No type errors', { timeout: 10_000 });
      await expect(list).toHaveCount(0);
      await expect(runner.editor.locator('[title]')).toHaveCount(0);
    });
  }
});
