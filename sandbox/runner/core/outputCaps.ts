/**
 * How much one run may show in the page. The worker's posting layer (`OutputGate`) cuts to these
 * after formatting, so nothing the code does (indentation, a huge error message, a tampered
 * built-in) gets more past it; the page (`parseFromWorker` in strict mode, `runState`) refuses
 * anything larger, as a second layer. Shared by every worker kind (TypeScript today; a Python
 * runtime would post through the same gate).
 */
export const outputCaps = {
  /** Characters in one console line, note, error text or returned value. */
  lineChars: 20_000,
  /** Console lines per run (the rest are counted, not sent). */
  lines: 1000,
  /** HTTP exchanges per run. */
  exchanges: 500,
  /** Notes (clock, scenarios, consent, cuts) per run. */
  notes: 200,
  /** Characters of text across all of a run's events (lines, notes, exchanges). */
  runChars: 1_000_000,
  /** `events` messages per second; more are merged into the next message. */
  messagesPerSecond: 60,
  /** Events in one `events` message. */
  eventsPerMessage: 500,
  /** Characters of the consent page's HTML. */
  consentHtmlChars: 200_000,
  /** Short texts: names, codes, methods, header names. */
  nameChars: 200,
  /** URLs and header values. */
  urlChars: 8_000,
  /** Items in a list: headers, form fields, scopes, scenarios. */
  listItems: 200,
} as const;

export type OutputCaps = { readonly [K in keyof typeof outputCaps]: number };

// Captured when the module loads, before any reader's code runs: a snippet that replaces
// String.prototype.slice must not change how its own output is cut.
const sliceString = Function.prototype.call.bind(String.prototype.slice) as (
  text: string,
  start: number,
  end?: number,
) => string;

/** 1234567 → "1,234,567", without `toLocaleString` (which code in the worker can replace). */
export function groupDigits(value: number): string {
  const digits = `${Math.trunc(Math.abs(value))}`;
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const part = sliceString(digits, Math.max(0, end - 3), end);
    out = out === '' ? part : `${part},${out}`;
  }
  return value < 0 ? `-${out}` : out;
}

/**
 * `text` if it fits in `max` characters, else its start and a note of how much was cut; the
 * result is never longer than `max`.
 */
export function capText(text: string, max: number = outputCaps.lineChars): string {
  if (text.length <= max) return text;
  // The suffix's own length decides how much is kept; a few passes settle the count's digits.
  let suffix = '';
  for (let pass = 0; pass < 3; pass++) {
    const kept = Math.max(0, max - suffix.length);
    suffix = `… (${groupDigits(text.length - kept)} more characters)`;
  }
  if (suffix.length >= max) return sliceString(text, 0, max);
  return `${sliceString(text, 0, max - suffix.length)}${suffix}`;
}
