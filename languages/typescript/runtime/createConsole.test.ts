import { describe, expect, it } from 'vitest';
import { createConsole } from './createConsole';
import { EventBuffer } from '../../../sandbox/runner/core/EventBuffer';
import type { RunEvent } from '../../../sandbox/runner/core/protocol';

function capture() {
  const events: RunEvent[] = [];
  const buffer = new EventBuffer((batch) => events.push(...batch), { schedule: () => undefined });
  const sandboxConsole = createConsole(buffer);
  const lines = () => {
    buffer.flush();
    return events.flatMap((event) =>
      event.kind === 'console' ? [`${event.level}: ${event.text}`] : [],
    );
  };
  return { sandboxConsole, lines };
}

describe('createConsole', () => {
  it('keeps each level and pretty-prints objects', () => {
    const { sandboxConsole, lines } = capture();
    sandboxConsole.log('Status:', 200);
    sandboxConsole.warn({ error: 'invalid_grant' });
    sandboxConsole.error(new RangeError('boom'));
    expect(lines()).toEqual([
      'log: Status: 200',
      "warn: { error: 'invalid_grant' }",
      'error: RangeError: boom',
    ]);
  });

  it('indents groups, counts and asserts like a browser console', () => {
    const { sandboxConsole, lines } = capture();
    sandboxConsole.group('Token');
    sandboxConsole.info('inside');
    sandboxConsole.groupEnd();
    sandboxConsole.count();
    sandboxConsole.count();
    sandboxConsole.assert(false, 'expected a token');
    expect(lines()).toEqual([
      'log: Token',
      'info:   inside',
      'log: default: 1',
      'log: default: 2',
      'error: Assertion failed: expected a token',
    ]);
  });

  it('cuts a huge line instead of sending it whole', () => {
    const { sandboxConsole, lines } = capture();
    sandboxConsole.log('x'.repeat(1_000_000));
    const [line] = lines();
    // 'log: ' + the line, cut to outputCaps.lineChars with its note.
    expect(line!.length).toBeLessThanOrEqual(20_005);
    expect(line).toMatch(/^log: x+… \(98\d,\d{3} more characters\)$/);
  });
});
