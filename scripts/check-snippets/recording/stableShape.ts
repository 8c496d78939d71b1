import type { RunEvent } from '../../../sandbox/runner/core/protocol';

/**
 * A text with what changes from run to run blurred out: UUIDs (a state), ISO times, values that
 * look random (8 or more letters, digits, `_` or `-` with a digit, `_` or `-` among them, or
 * shown cut with `…`: tokens, codes, PKCE challenges), what the inspector masks (`abcd••••••`)
 * and every number standing alone (lifetimes, counts).
 * Two runs of the same code have the same shape; an edited message does not.
 */
export function stableText(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?/g, '<time>')
    .replace(/[A-Za-z0-9_-]*••••••/g, '<masked>')
    .replace(/[A-Za-z0-9_-]{8,}(?=…)/g, '<value>')
    .replace(
      /[A-Za-z0-9_-]*(?:\d[A-Za-z0-9_-]*[A-Za-z_-]|[A-Za-z_-][A-Za-z0-9_-]*\d)[A-Za-z0-9_-]*/g,
      (word) => (word.length >= 8 ? '<value>' : word),
    )
    .replace(/\b\d+(\.\d+)?\b/g, '0');
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
