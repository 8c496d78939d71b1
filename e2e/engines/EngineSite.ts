import type { EnginePage } from './EnginePage';

export type Role =
  | 'alert'
  | 'button'
  | 'combobox'
  | 'group'
  | 'heading'
  | 'link'
  | 'listbox'
  | 'log'
  | 'note'
  | 'option'
  | 'region'
  | 'status'
  | 'tab'
  | 'textbox';

/** An accessible name: exactly this text, or text matching the pattern. */
export type Name = string | RegExp;

const nameArgument = (name: Name | undefined) =>
  name === undefined
    ? null
    : typeof name === 'string'
      ? name
      : { pattern: name.source, flags: name.flags };

export interface Query {
  role: Role;
  name?: Name;
  /** A CSS selector of the element to look in (a snippet's figure, the Output). */
  within?: string;
}

/** What the status line says once a run is over (as e2e/runnerPage.ts). */
export const finishedStatus =
  /^(Finished|Failed|Syntax error|Stopped|The runner stopped unexpectedly)/;

/**
 * The site as a reader meets it in any engine, by role and accessible name: the same habits as
 * the Playwright page objects (e2e/fixtures.ts, e2e/runnerPage.ts), over `EnginePage`.
 */
export class EngineSite {
  constructor(readonly page: EnginePage) {}

  /** A selector for the first visible match, or undefined. */
  find({ role, name, within }: Query): Promise<string | undefined> {
    return this.page
      .evaluate<string | null>(
        `(role, name, within) => { const found = findAll(role, name, within)[0]; return found ? mark(found) : null; }`,
        role,
        nameArgument(name),
        within ?? null,
      )
      .then((found) => found ?? undefined);
  }

  /** The accessible names of every visible match. */
  names({ role, name, within }: Query): Promise<string[]> {
    return this.page.evaluate<string[]>(
      `(role, name, within) => findAll(role, name, within).map(accessibleName)`,
      role,
      nameArgument(name),
      within ?? null,
    );
  }

  /** Waits for a visible match; fails naming what it looked for. */
  async waitFor(query: Query, timeoutMs = 10_000): Promise<string> {
    let found: string | undefined;
    await this.poll(
      async () => (found = await this.find(query)),
      (selector) => selector !== undefined,
      timeoutMs,
      () =>
        `no visible ${query.role} named ${String(query.name ?? '(any)')}${query.within ? ` in ${query.within}` : ''}`,
    );
    return found!;
  }

  /**
   * Clicks the first match, finding it again if it went away in between (a result list that
   * re-renders as results arrive), as Playwright's actions retry.
   */
  async click(query: Query, timeoutMs?: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const selector = await this.waitFor(query, timeoutMs);
      try {
        await this.page.click(selector);
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  /** The text of the element `selector` as rendered (`innerText`), or undefined if absent. */
  text(selector: string): Promise<string | undefined> {
    return this.page
      .evaluate<string | null>(
        `(selector) => document.querySelector(selector)?.innerText ?? null`,
        selector,
      )
      .then((text) => text ?? undefined);
  }

  attribute(selector: string, name: string): Promise<string | undefined> {
    return this.page
      .evaluate<string | null>(
        `(selector, name) => document.querySelector(selector)?.getAttribute(name) ?? null`,
        selector,
        name,
      )
      .then((value) => value ?? undefined);
  }

  /** Reads `read` until `done` holds, for up to `timeoutMs`; the last value read. */
  async poll<T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
    timeoutMs: number,
    describe: (last: T) => string,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) {
        throw new Error(`${describe(value)} (after ${timeoutMs / 1000} s)`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Picks a language tab (".NET", "Python", …) of the snippet `within`, or the page's first. */
  async chooseLanguage(label: string, within?: string): Promise<void> {
    const tab = await this.waitFor({ role: 'tab', name: label, ...(within && { within }) });
    await this.page.click(tab);
    await this.poll(
      () => this.attribute(tab, 'aria-selected'),
      (selected) => selected === 'true',
      10_000,
      () => `the ${label} tab was not selected`,
    );
  }
}

/** One snippet's live runner (`<figure data-snippet-id>`), as e2e/runnerPage.ts. */
export class EngineRunner {
  readonly figure: string;

  /**
   * @param runStartMs how long a run may take to show its end or its consent screen, the start
   *   of the language's runtime included (`Engine.runStartMs`).
   */
  constructor(
    readonly site: EngineSite,
    readonly snippetId: string,
    readonly runStartMs: number,
  ) {
    this.figure = `figure[data-snippet-id="${snippetId}"]`;
  }

  chooseLanguage(label: string) {
    return this.site.chooseLanguage(label, this.figure);
  }

  button(name: 'Run' | 'Stop' | 'Edit' | 'Reset' | 'Approve' | 'Deny') {
    return this.site.find({ role: 'button', name, within: this.figure });
  }

  /** The Output region of the tab shown (each tab has its own), if it has one yet. */
  output(): Promise<string | undefined> {
    return this.site.find({ role: 'region', name: 'Output', within: this.figure });
  }

  /** Presses Run and waits until the Output shows this new run, not the previous one's end. */
  async run(): Promise<void> {
    const before = await this.output();
    // OutputPanel says which run it shows in data-run.
    const previous = before && (await this.site.attribute(before, 'data-run'));
    await this.site.click({ role: 'button', name: 'Run', within: this.figure });
    await this.site.poll(
      async () => {
        const output = await this.output();
        return output && this.site.attribute(output, 'data-run');
      },
      (run) => run !== undefined && run !== (previous ?? '0'),
      15_000,
      (run) => `Run did not start a run (the Output shows run ${run ?? '(none)'})`,
    );
  }

  /** Answers the consent screen once it shows (a run's start included: see `runStartMs`). */
  async answerConsent(decision: 'approve' | 'deny'): Promise<void> {
    const output = await this.site.waitFor({ role: 'region', name: 'Output', within: this.figure });
    await this.site.waitFor(
      { role: 'group', name: /^Authorize /, within: output },
      this.runStartMs,
    );
    await this.site.click({
      role: 'button',
      name: decision === 'approve' ? 'Approve' : 'Deny',
      within: this.figure,
    });
  }

  /** Waits for the run to end (its start included: see `runStartMs`) and returns its status line. */
  async waitForEnd(timeoutMs = this.runStartMs): Promise<string> {
    const status = async () => {
      const output = await this.output();
      const found = output && (await this.site.find({ role: 'status', within: output }));
      return found && this.site.text(found);
    };
    const text = await this.site.poll(
      status,
      (text) => text !== undefined && finishedStatus.test(text.trim()),
      timeoutMs,
      (text) => `the run did not end; status: ${text ?? '(none)'}`,
    );
    return (text ?? '').trim();
  }

  /** The console's text, one entry per line. */
  async consoleLines(): Promise<string[]> {
    const output = await this.output();
    const log = output && (await this.site.find({ role: 'log', name: 'Console', within: output }));
    if (log === undefined) return [];
    return ((await this.site.text(log)) ?? '').split('\n').filter((line) => line !== '');
  }
}
