import { describe, expect, it } from 'vitest';
import { EventBuffer } from './EventBuffer';
import type { RunEvent } from './protocol';

describe('EventBuffer', () => {
  it('sends the first lines and only a count of a million more, in a handful of messages', () => {
    const batches: RunEvent[][] = [];
    let time = 0;
    const buffer = new EventBuffer((events) => batches.push(events), {
      maxLines: 1000,
      now: () => time,
      schedule: () => undefined,
    });
    for (let index = 0; index < 1_000_000; index++) {
      if (buffer.acceptsLines) buffer.console('log', `line ${index}`);
      else buffer.countDropped();
      if (index % 1000 === 0) time += 1;
    }
    buffer.flush();
    const events = batches.flat();
    expect(events.filter((event) => event.kind === 'console')).toHaveLength(1000);
    expect(events.filter((event) => event.kind === 'dropped').at(-1)).toEqual({
      kind: 'dropped',
      total: 999_000,
    });
    expect(batches.length).toBeLessThan(100);
  });

  it('posts the first lines at once, so they show even if the code then blocks the worker', () => {
    const batches: RunEvent[][] = [];
    const buffer = new EventBuffer((events) => batches.push(events), {
      now: () => 0,
      schedule: () => undefined,
    });
    buffer.console('log', 'looping');
    expect(batches).toEqual([[{ kind: 'console', level: 'log', text: 'looping' }]]);
  });

  it('batches a burst past the immediate allowance until the next task', () => {
    const batches: RunEvent[][] = [];
    let scheduled: (() => void) | undefined;
    const buffer = new EventBuffer((events) => batches.push(events), {
      immediatePerInterval: 0,
      now: () => 0,
      schedule: (callback) => {
        scheduled = callback;
      },
    });
    buffer.flush(); // nothing queued: posts nothing, starts the interval
    buffer.console('log', 'a');
    buffer.note('b');
    expect(batches).toHaveLength(0);
    scheduled?.();
    expect(batches).toEqual([
      [
        { kind: 'console', level: 'log', text: 'a' },
        { kind: 'note', text: 'b' },
      ],
    ]);
  });
});

describe('EventBuffer against tampered built-ins', () => {
  it('still queues and sends lines after the code replaced Array.prototype.push', () => {
    const batches: RunEvent[][] = [];
    const buffer = new EventBuffer((events) => (batches[batches.length] = events), {
      schedule: () => undefined,
    });
    const push = Array.prototype.push;
    try {
      Array.prototype.push = () => 0;
      buffer.console('log', 'after tampering');
      buffer.flush();
    } finally {
      Array.prototype.push = push;
    }
    expect(batches.flat()).toEqual([{ kind: 'console', level: 'log', text: 'after tampering' }]);
  });
});
