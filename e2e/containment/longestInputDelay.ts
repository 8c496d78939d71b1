import type { Page } from '@playwright/test';

/**
 * How long, at worst, the page took to answer a key the reader pressed while `during` ran: from
 * the moment the browser took the key (`event.timeStamp`) to the moment the page's own handler
 * ran. That is what a reader notices of a frozen page, and unlike the gaps of a timer chain it
 * does not count the page's timers being throttled or the machine's other work between keys:
 * a frozen page answers no key until it thaws, however the machine is loaded.
 *
 * Keys are pressed one after another (Shift, which changes nothing on the page) until `during`
 * settles; `answered` says how many the page answered, so a measure of nothing shows.
 */
export async function longestInputDelay(
  page: Page,
  during: () => Promise<unknown>,
): Promise<{ longestMs: number; answered: number }> {
  await page.evaluate(() => {
    const state = { longestMs: 0, answered: 0 };
    (globalThis as unknown as { inputDelay: typeof state }).inputDelay = state;
    addEventListener(
      'keydown',
      (event) => {
        state.longestMs = Math.max(state.longestMs, performance.now() - event.timeStamp);
        state.answered++;
      },
      { capture: true },
    );
  });
  let settled = false;
  const pressing = (async () => {
    while (!settled) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(100);
    }
  })();
  try {
    await during();
  } finally {
    settled = true;
    await pressing;
  }
  return page.evaluate(
    () =>
      (globalThis as unknown as { inputDelay: { longestMs: number; answered: number } }).inputDelay,
  );
}

/** A page the reader would call frozen: no answer to a key for this long. Generous on purpose. */
export const frozenMs = 3_000;
