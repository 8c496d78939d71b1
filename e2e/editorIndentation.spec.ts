import { expect, test } from './runnerPage';

/**
 * Tab in the editor adds what the snippet itself indents with, and a tab shows as wide in the
 * editor as in the static code: a Python reader's Tab must not mix two spaces into a block of
 * four (an IndentationError they did not type), and Go's tabs must not jump when Edit opens.
 */
const initialize = { page: '/docs/client-credentials', id: 'client-credentials/initialize' };

test('Tab indents Python by four spaces and Go by a tab, as each snippet does', async ({
  site,
  runnerFor,
}) => {
  await site.goto(initialize.page);
  const runner = runnerFor(initialize.id);

  await runner.chooseLanguage('Python');
  await runner.replaceCode('print(1)');
  await runner.editor.press('Home');
  await runner.editor.press('Tab');
  await expect.poll(() => runner.editorText()).toBe('    print(1)');

  await runner.chooseLanguage('Go');
  const staticTabSize = await runner.figure
    .getByRole('tabpanel')
    .filter({ visible: true })
    .locator('pre')
    .first()
    .evaluate((pre) => getComputedStyle(pre).tabSize);
  await runner.replaceCode('x := 1');
  await runner.editor.press('Home');
  await runner.editor.press('Tab');
  await expect.poll(() => runner.editorText()).toBe('\tx := 1');
  await expect(runner.editor).toBeFocused();
  expect(await runner.editor.evaluate((pre) => getComputedStyle(pre).tabSize)).toBe(staticTabSize);
});
