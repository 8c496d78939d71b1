import { describe, expect, it } from 'vitest';
import { createConsole } from '../../../languages/typescript/runtime/createConsole';
import { EventBuffer } from './EventBuffer';
import { OutputGate } from './OutputGate';
import { outputCaps, type OutputCaps } from './outputCaps';
import { parseFromWorker, type FromWorker, type RunEvent } from './protocol';

/** A gate whose every posted message must pass the page's strict check. */
function setup(caps: Partial<OutputCaps> = {}) {
  const posted: FromWorker[] = [];
  const timers: (() => void)[] = [];
  let time = 0;
  const gate = new OutputGate(
    (message) => {
      const parsed = parseFromWorker(message, 'strict');
      if (!parsed.ok) throw new Error(`the page would refuse this: ${parsed.problem}`);
      // Not push: a test below replaces Array.prototype.push while the gate posts.
      posted[posted.length] = message;
    },
    { caps, now: () => time, schedule: (callback) => timers.push(callback) },
  );
  const events = (): RunEvent[] =>
    posted.flatMap((message) => (message.type === 'events' ? message.events : []));
  return {
    gate,
    posted,
    events,
    advance(ms: number) {
      time += ms;
      for (const timer of timers.splice(0)) timer();
    },
  };
}

describe('OutputGate', () => {
  it('cuts a two-million-character error to the line cap, after indentation', () => {
    const { gate, events } = setup();
    const buffer = new EventBuffer((batch) => gate.send({ type: 'events', events: batch }), {
      schedule: () => undefined,
    });
    const sandboxConsole = createConsole(buffer);
    sandboxConsole.group('outer');
    sandboxConsole.group('inner');
    sandboxConsole.error(new Error('x'.repeat(2_000_000)));
    sandboxConsole.log('y\n'.repeat(30_000));
    buffer.flush();
    const lines = events().filter((event) => event.kind === 'console');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line.text.length).toBeLessThanOrEqual(outputCaps.lineChars);
    }
    expect(lines[2]!.text).toMatch(/^ {4}Error: x+… \([\d,]+ more characters\)$/);
  });

  it('cuts the error text of a done message instead of posting two million characters', () => {
    const { gate, posted } = setup();
    const huge = 'E'.repeat(2_000_000);
    gate.send({
      type: 'done',
      outcome: {
        kind: 'error',
        durationMs: 1,
        error: { name: 'Error', message: huge, text: `Uncaught Error: ${huge}` },
      },
    });
    const done = posted.at(-1);
    expect(
      done?.type === 'done' && done.outcome.kind === 'error' && done.outcome.error.text.length,
    ).toBeLessThanOrEqual(outputCaps.lineChars);
  });

  it('stops at each cap and says once what was cut', () => {
    const { gate, events } = setup({ lines: 3, notes: 2, exchanges: 1 });
    const send = (event: RunEvent) => gate.send({ type: 'events', events: [event] });
    for (let index = 0; index < 10; index++) {
      send({ kind: 'console', level: 'log', text: `line ${index}` });
      send({ kind: 'note', text: `note ${index}` });
      send({
        kind: 'http',
        exchange: { id: index + 1, method: 'GET', url: 'https://x', requestHeaders: [] },
      });
    }
    const shown = events();
    expect(shown.filter((event) => event.kind === 'console')).toHaveLength(3);
    expect(shown.filter((event) => event.kind === 'http')).toHaveLength(1);
    const notes = shown.flatMap((event) => (event.kind === 'note' ? [event.text] : []));
    expect(notes.filter((text) => text.startsWith('note'))).toHaveLength(2);
    expect(notes.filter((text) => text.startsWith('Output cut'))).toEqual([
      'Output cut: more than 1 HTTP exchanges; the rest are not shown.',
      'Output cut: more than 2 notes; the rest are not shown.',
      'Output cut: more than 3 console lines; the rest are not shown.',
    ]);
  });

  it('stops all output past the run character budget, with one line saying so', () => {
    const { gate, events } = setup({ runChars: 50_000 });
    for (let index = 0; index < 10; index++) {
      gate.send({
        type: 'events',
        events: [{ kind: 'console', level: 'log', text: 'z'.repeat(19_000) }],
      });
    }
    const shown = events();
    expect(shown.filter((event) => event.kind === 'console')).toHaveLength(2);
    expect(shown.at(-1)).toEqual({
      kind: 'note',
      text: "Output cut: this run's output passed 50,000 characters; nothing more is shown.",
    });
  });

  it('posts at most the message rate per second and delivers the rest later, in order', () => {
    const { gate, posted, events, advance } = setup({ messagesPerSecond: 5 });
    for (let index = 0; index < 100; index++) {
      gate.send({ type: 'events', events: [{ kind: 'console', level: 'log', text: `${index}` }] });
    }
    expect(posted).toHaveLength(5);
    advance(1000);
    expect(posted).toHaveLength(6);
    gate.send({ type: 'done', outcome: { kind: 'ok', durationMs: 1 } });
    expect(posted.at(-1)?.type).toBe('done');
    expect(events().map((event) => (event.kind === 'console' ? Number(event.text) : -1))).toEqual(
      Array.from({ length: 100 }, (_, index) => index),
    );
  });

  it('posts only valid messages even after the code replaced Array.prototype.push', () => {
    const { gate, events } = setup();
    const push = Array.prototype.push;
    try {
      Array.prototype.push = function tampered() {
        return 0;
      };
      gate.send({
        type: 'events',
        events: [
          { kind: 'console', level: 'log', text: 'ok' },
          { kind: 'console', level: 'log', text: { toString: () => 'x' } } as unknown as RunEvent,
        ],
      });
    } finally {
      Array.prototype.push = push;
    }
    expect(events()).toEqual([
      { kind: 'console', level: 'log', text: 'ok' },
      {
        kind: 'note',
        text: 'An event the runner produced was not valid and is not shown (event.text is an object, not text).',
      },
    ]);
  });
});
