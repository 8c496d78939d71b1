import type { Locator, Page } from '@playwright/test';
import { expect, test as siteTest } from './fixtures';

/** What the status line says once a run is over (see OutputPanel's statusText). */
export const finishedStatus =
  /^(Finished|Failed|Syntax error|Stopped|The runner stopped unexpectedly)/;

/**
 * The live runner of one snippet (`<figure data-snippet-id>`), as a reader uses it: by role and
 * label, no CSS classes.
 */
export class RunnerPage {
  readonly figure: Locator;
  readonly output: Locator;
  readonly status: Locator;
  readonly console: Locator;
  readonly http: Locator;
  readonly editor: Locator;

  constructor(
    readonly page: Page,
    readonly snippetId: string,
  ) {
    this.figure = page.locator(`figure[data-snippet-id="${snippetId}"]`);
    this.output = this.figure.getByRole('region', { name: 'Output' });
    this.status = this.output.getByRole('status');
    this.console = this.output.getByRole('log', { name: 'Console' });
    this.http = this.output.getByRole('list', { name: 'HTTP exchanges' });
    this.editor = this.figure.getByRole('textbox', { name: /^Edit / });
  }

  button(
    name:
      | 'Run'
      | 'Stop'
      | 'Edit'
      | 'Reset'
      | 'Share'
      | 'Approve'
      | 'Deny'
      | '+5 min'
      | '+1 h'
      | 'Expire tokens',
  ) {
    return this.figure.getByRole('button', { name, exact: true });
  }

  /** Picks the TypeScript tab of this snippet (the choice syncs to every snippet on the page). */
  async chooseTypeScript() {
    await this.chooseLanguage('TypeScript');
  }

  /** Picks a language's tab of this snippet, by its label (`Python`, `TypeScript`, …). */
  async chooseLanguage(label: string) {
    const tab = this.figure.getByRole('tab', { name: label, exact: true });
    // Clicked again if the click missed: a recorded run loading above the tab (it loads near the
    // viewport, after the page) can move the tab between Playwright finding it and clicking.
    await expect(async () => {
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
  }

  /** Presses Run and waits until the Output shows this new run (not the previous one's end). */
  async run() {
    const previous =
      (await this.output.count()) > 0 ? await this.output.getAttribute('data-run') : null;
    await this.button('Run').click();
    await expect(this.output).toBeVisible();
    await expect(this.output).not.toHaveAttribute('data-run', previous ?? '0');
  }

  /** Waits for the run to end and returns the status line. */
  async waitForEnd(timeout = 30_000): Promise<string> {
    await expect(this.status).toHaveText(finishedStatus, { timeout });
    return (await this.status.textContent()) ?? '';
  }

  /** The console's text, one entry per line (multi-line values split). */
  async consoleLines(): Promise<string[]> {
    if ((await this.console.count()) === 0) return [];
    const text = await this.console.innerText();
    return text.split('\n').filter((line) => line !== '');
  }

  /** Opens the editor (if needed) and replaces the whole code, as a reader pasting would. */
  async replaceCode(code: string) {
    if (!(await this.editor.isVisible())) await this.button('Edit').click();
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(code);
    await expect.poll(() => this.editorText()).toBe(code);
  }

  async editorText(): Promise<string> {
    return (await this.editor.innerText()).replace(/\n$/, '');
  }
}

export const test = siteTest.extend<{
  runnerFor: (snippetId: string) => RunnerPage;
}>({
  runnerFor: async ({ page }, use) => {
    await use((snippetId) => new RunnerPage(page, snippetId));
  },
});

export { expect };
