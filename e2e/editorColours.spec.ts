import type { Locator } from '@playwright/test';
import { expect, test } from './runnerPage';

/** The colours a reader sees: each token's computed colour, in order (where whitespace splits tokens
 * differs, it has no colour to see), and the background. */
async function colours(code: Locator) {
  return code.evaluate((element) => {
    const pre = element.closest('pre') ?? element;
    const tokens = [...pre.querySelectorAll('span')]
      .filter((span) => span.children.length === 0 && span.textContent?.trim())
      .map((span) => `${span.textContent?.trim()}=${getComputedStyle(span).color}`);
    return { background: getComputedStyle(pre).backgroundColor, tokens };
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`pressing Edit keeps every token's colour in ${colorScheme} mode`, async ({
    site,
    page,
    runnerFor,
  }) => {
    await page.emulateMedia({ colorScheme });
    await site.goto('/docs/client-credentials');
    expect(await site.colorMode()).toBe(colorScheme);
    const runner = runnerFor('client-credentials/fetch-token');
    await runner.chooseTypeScript();
    const staticCode = runner.figure.locator('[role="tabpanel"]:not([hidden]) pre.shiki');
    const keyword = staticCode.locator('span', { hasText: /^const$/ }).first();
    const staticKeyword = await keyword.evaluate((span) => getComputedStyle(span).color);
    const before = await colours(staticCode);
    await runner.figure.screenshot({
      path: test.info().outputPath(`static-${colorScheme}.png`),
    });

    await runner.button('Edit').click();
    await expect(runner.editor).toBeFocused();
    const editedKeyword = runner.editor.locator('span', { hasText: /^const$/ }).first();
    // The highlighter is its own chunk: poll until it has coloured the code.
    await expect
      .poll(() => editedKeyword.evaluate((span) => getComputedStyle(span).color))
      .toBe(staticKeyword);
    expect(await colours(runner.editor)).toEqual(before);
    await runner.figure.screenshot({
      path: test.info().outputPath(`editor-${colorScheme}.png`),
    });
  });
}
