import type { RunEvent } from '../../../sandbox/runner/core/protocol';

/**
 * A text with what changes from run to run blurred out: UUIDs (a state), ISO times, values that
 * look random (tokens, codes, PKCE challenges: see `looksRandom`, or shown cut with `…`), what
 * the inspector masks (`abcd••••••`) and every number standing alone (lifetimes, counts).
 * Two runs of the same code have the same shape; an edited message does not.
 */
export function stableText(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?/g, '<time>')
    .replace(/[A-Za-z0-9_-]*••••••/g, '<masked>')
    .replace(/[A-Za-z0-9_-]{8,}(?=…)/g, '<value>')
    .replace(/[A-Za-z0-9_-]{8,}/g, (word) => (looksRandom(word) ? '<value>' : word))
    .replace(/\b\d+(\.\d+)?\b/g, '0');
}

/**
 * Whether a word of the base64url alphabet reads as a random value rather than a name: letters
 * mixed with digits (`Ab3_x9Zq`), or a long word whose capitals are scattered through it as in
 * random text, not at word starts as in `OAuthClientCredentialsProvider`. A random 43-character
 * PKCE challenge has no digit about once in 1,500 runs; it still has a capital in every fourth
 * place or so, which no name here has.
 */
function looksRandom(word: string): boolean {
  const digits = word.replace(/\D/g, '').length;
  const letters = word.replace(/[^A-Za-z_-]/g, '').length;
  if (digits > 0 && letters > 0) return true;
  const capitals = word.replace(/[^A-Z]/g, '').length;
  const small = word.replace(/[^a-z]/g, '').length;
  return word.length >= 16 && small > 0 && capitals >= word.length / 4;
}

/**
 * What two runs of the same code share, one line per item: printed lines, then each exchange's
 * method, URL and status and each note, in order. Token values and timings are left out.
 */
export function stableShape(events: readonly RunEvent[]): string[] {
  const shape: string[] = [];
  for (const event of events) {
    if (event.kind === 'console') shape.push(`${event.level}: ${stableText(event.text)}`);
    else if (event.kind === 'http') {
      const { method, url, status } = event.exchange;
      shape.push(`${method} ${stableText(url)} → ${status ?? 'no answer'}`);
    } else if (event.kind === 'note') shape.push(`note: ${stableText(event.text)}`);
  }
  return shape;
}

/** The first place two shapes part, said for a writer, or undefined when they agree. */
export function firstDifference(recorded: string[], fresh: string[]): string | undefined {
  for (let index = 0; index < Math.max(recorded.length, fresh.length); index++) {
    const before = recorded[index];
    const now = fresh[index];
    if (before === now) continue;
    if (before === undefined) return `the run now also has ${JSON.stringify(now)}`;
    if (now === undefined) return `the run no longer has ${JSON.stringify(before)}`;
    return `the recording has ${JSON.stringify(before)} where the run now has ${JSON.stringify(now)}`;
  }
  return undefined;
}
