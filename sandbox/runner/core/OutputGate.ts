import { groupDigits, outputCaps, type OutputCaps } from './outputCaps';
import { ProtocolError } from './plainData';
import { parseFromWorker, runEvent, type FromWorker, type RunEvent } from './protocol';

export interface OutputGateOptions {
  caps?: Partial<OutputCaps>;
  now?: () => number;
  /** Runs `callback` after `ms` (setTimeout in the worker). */
  schedule?: (callback: () => void, ms: number) => void;
}

// Captured at load, before the reader's code can replace them (see plainData.ts).
const defineProperty = Object.defineProperty;
const getOwnProperty = Object.getOwnPropertyDescriptor;
const isArray = Array.isArray;
const setTimer = globalThis.setTimeout.bind(globalThis);
const clock = performance.now.bind(performance);

function append<T>(list: T[], item: T): void {
  defineProperty(list, list.length, {
    value: item,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** Characters of text in a (parsed, plain) value: what the page will have to lay out. */
function textSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 0;
  let size = 0;
  if (isArray(value)) {
    for (let index = 0; index < value.length; index++) size += textSize(value[index]);
    return size;
  }
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    size += textSize(getOwnProperty(value, keys[index]!)?.value);
  }
  return size;
}

/**
 * The last step before `postMessage` in the worker: every message is copied through the protocol's
 * schemas in `cut` mode (after all formatting, so indentation, error texts and a replaced built-in
 * cannot push a line past the cap), and a run's output is bounded: console lines, notes, HTTP
 * exchanges, characters in total, and `events` messages per second. Past a cap, one note says what
 * was cut. The page checks the same limits again; this keeps a run from ever reaching them.
 */
export class OutputGate {
  readonly #post: (message: FromWorker) => void;
  readonly #caps: OutputCaps;
  readonly #now: () => number;
  readonly #schedule: (callback: () => void, ms: number) => void;
  #lines = 0;
  #notes = 0;
  #chars = 0;
  readonly #exchangeIds: Record<number, true> = Object.create(null) as Record<number, true>;
  #exchanges = 0;
  readonly #cut: Record<string, true> = Object.create(null) as Record<string, true>;
  #pending: RunEvent[] = [];
  #windowStart = Number.NEGATIVE_INFINITY;
  #sentInWindow = 0;
  #scheduled = false;

  constructor(post: (message: FromWorker) => void, options: OutputGateOptions = {}) {
    this.#post = post;
    this.#caps = { ...outputCaps, ...options.caps };
    this.#now = options.now ?? clock;
    this.#schedule = options.schedule ?? ((callback, ms) => void setTimer(callback, ms));
  }

  send(message: FromWorker): void {
    if (message.type === 'events') {
      const events = message.events;
      if (!isArray(events)) return;
      for (let index = 0; index < events.length; index++) this.#admit(events[index]);
      this.#flushWithinRate();
      return;
    }
    // Anything else (consent, done, ready) is ordered after the events before it.
    this.#flushAll();
    const parsed = parseFromWorker(message, 'cut');
    if (parsed.ok) {
      this.#post(parsed.message);
    } else if (message.type === 'done') {
      this.#post({
        type: 'done',
        outcome: {
          kind: 'error',
          durationMs: 0,
          error: {
            name: 'RunnerError',
            message: `the run's result could not be sent: ${parsed.problem}`,
            text: `The run's result could not be sent: ${parsed.problem}`,
          },
        },
      });
    }
  }

  /** Copies one event, counts it against the caps, and queues it or a note saying it was cut. */
  #admit(raw: unknown): void {
    let event: RunEvent;
    try {
      event = runEvent(raw, 'event', 'cut');
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      this.#cutOnce(
        'invalid',
        `An event the runner produced was not valid and is not shown (${error.message}).`,
      );
      return;
    }
    if (this.#cut.chars && event.kind !== 'dropped') return;
    switch (event.kind) {
      case 'console':
        if (this.#lines >= this.#caps.lines) {
          this.#cutOnce(
            'lines',
            `Output cut: more than ${groupDigits(this.#caps.lines)} console lines; the rest are not shown.`,
          );
          return;
        }
        this.#lines++;
        break;
      case 'note':
        if (this.#notes >= this.#caps.notes) {
          this.#cutOnce(
            'notes',
            `Output cut: more than ${groupDigits(this.#caps.notes)} notes; the rest are not shown.`,
          );
          return;
        }
        this.#notes++;
        break;
      case 'http': {
        const id = event.exchange.id;
        if (!this.#exchangeIds[id]) {
          if (this.#exchanges >= this.#caps.exchanges) {
            this.#cutOnce(
              'exchanges',
              `Output cut: more than ${groupDigits(this.#caps.exchanges)} HTTP exchanges; the rest are not shown.`,
            );
            return;
          }
          this.#exchangeIds[id] = true;
          this.#exchanges++;
        }
        break;
      }
      case 'dropped':
        break;
    }
    const size = textSize(event);
    if (this.#chars + size > this.#caps.runChars) {
      this.#cutOnce(
        'chars',
        `Output cut: this run's output passed ${groupDigits(this.#caps.runChars)} characters; nothing more is shown.`,
      );
      return;
    }
    this.#chars += size;
    append(this.#pending, event);
  }

  #cutOnce(what: string, text: string): void {
    if (this.#cut[what]) return;
    this.#cut[what] = true;
    append(this.#pending, { kind: 'note', text });
  }

  /** Posts one `events` message now if the rate allows, else once the current second is over. */
  #flushWithinRate(): void {
    if (this.#pending.length === 0) return;
    const now = this.#now();
    if (now - this.#windowStart >= 1000) {
      this.#windowStart = now;
      this.#sentInWindow = 0;
    }
    if (this.#sentInWindow < this.#caps.messagesPerSecond) {
      this.#sentInWindow++;
      this.#postBatch();
      if (this.#pending.length === 0) return;
    }
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#schedule(
      () => {
        this.#scheduled = false;
        this.#flushWithinRate();
      },
      Math.max(0, this.#windowStart + 1000 - now),
    );
  }

  #flushAll(): void {
    while (this.#pending.length > 0) this.#postBatch();
  }

  #postBatch(): void {
    const pending = this.#pending;
    const max = this.#caps.eventsPerMessage;
    if (pending.length <= max) {
      this.#pending = [];
      this.#post({ type: 'events', events: pending });
      return;
    }
    const batch: RunEvent[] = [];
    const rest: RunEvent[] = [];
    for (let index = 0; index < pending.length; index++) {
      append(index < max ? batch : rest, pending[index]!);
    }
    this.#pending = rest;
    this.#post({ type: 'events', events: batch });
  }
}
