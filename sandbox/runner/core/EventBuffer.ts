import type { ConsoleLevel, RunEvent } from './protocol';

// Captured at load: the reader's code may replace Array.prototype.push, and its console lines
// must still reach the page.
const defineProperty = Object.defineProperty;

function append(list: RunEvent[], event: RunEvent): void {
  defineProperty(list, list.length, {
    value: event,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

export interface EventBufferOptions {
  /** Console lines sent to the page; the rest are only counted. */
  maxLines?: number;
  /** HTTP exchanges sent to the page; the rest are only counted. */
  maxExchanges?: number;
  /** A batch is sent at least this often while events arrive, even from a busy loop. */
  flushIntervalMs?: number;
  /** A batch is sent once it has this many events. */
  maxBatch?: number;
  /**
   * Events per interval posted at once, one message each: a few lines show up immediately, even
   * if the code then blocks the worker (an endless loop after a log). Past this, events wait for
   * the next batch.
   */
  immediatePerInterval?: number;
  now?: () => number;
  /** Schedules a flush after the current task (setTimeout in the worker). */
  schedule?: (callback: () => void) => void;
}

/**
 * Collects what a run produces and sends it to the page in batches: one postMessage per batch,
 * not per console line, and nothing past the line limit except a running count. A snippet that
 * logs a million lines costs the page a thousand lines and a number.
 */
export class EventBuffer {
  readonly #post: (events: RunEvent[]) => void;
  readonly #maxLines: number;
  readonly #maxExchanges: number;
  readonly #flushIntervalMs: number;
  readonly #maxBatch: number;
  readonly #immediatePerInterval: number;
  readonly #now: () => number;
  readonly #schedule: (callback: () => void) => void;
  #queue: RunEvent[] = [];
  #lines = 0;
  #dropped = 0;
  #droppedSent = 0;
  readonly #exchangeIds = new Set<number>();
  #droppedExchanges = 0;
  #lastFlush = Number.NEGATIVE_INFINITY;
  #windowStart = Number.NEGATIVE_INFINITY;
  #immediateInWindow = 0;
  #scheduled = false;

  constructor(post: (events: RunEvent[]) => void, options: EventBufferOptions = {}) {
    this.#post = post;
    this.#maxLines = options.maxLines ?? 1000;
    this.#maxExchanges = options.maxExchanges ?? 500;
    this.#flushIntervalMs = options.flushIntervalMs ?? 50;
    this.#maxBatch = options.maxBatch ?? 250;
    this.#immediatePerInterval = options.immediatePerInterval ?? 20;
    this.#now = options.now ?? (() => performance.now());
    this.#schedule = options.schedule ?? ((callback) => setTimeout(callback, 0));
  }

  /** True while console lines are still sent; callers can skip formatting when false. */
  get acceptsLines(): boolean {
    return this.#lines < this.#maxLines;
  }

  /** Counts a console line without formatting it (past the limit). */
  countDropped(): void {
    this.#dropped++;
    // Keep the count moving in the page even while a synchronous loop blocks every timer.
    if ((this.#dropped & 0x3fff) === 0 && this.#now() - this.#lastFlush >= this.#flushIntervalMs) {
      this.flush();
    }
  }

  console(level: ConsoleLevel, text: string): void {
    if (!this.acceptsLines) {
      this.countDropped();
      return;
    }
    this.#lines++;
    this.#enqueue({ kind: 'console', level, text });
  }

  http(event: Extract<RunEvent, { kind: 'http' }>): void {
    const id = event.exchange.id;
    if (!this.#exchangeIds.has(id)) {
      if (this.#exchangeIds.size >= this.#maxExchanges) {
        this.#droppedExchanges++;
        if (this.#droppedExchanges === 1) {
          this.#enqueue({
            kind: 'note',
            text: `More than ${this.#maxExchanges} HTTP exchanges: the rest are not shown.`,
          });
        }
        return;
      }
      this.#exchangeIds.add(id);
    }
    this.#enqueue(event);
  }

  note(text: string): void {
    this.#enqueue({ kind: 'note', text });
  }

  /** Sends whatever is queued now. */
  flush(): void {
    const events = this.#queue;
    this.#queue = [];
    if (this.#dropped !== this.#droppedSent) {
      append(events, { kind: 'dropped', total: this.#dropped });
      this.#droppedSent = this.#dropped;
    }
    this.#lastFlush = this.#now();
    if (events.length > 0) this.#post(events);
  }

  #enqueue(event: RunEvent): void {
    append(this.#queue, event);
    const now = this.#now();
    if (now - this.#windowStart >= this.#flushIntervalMs) {
      this.#windowStart = now;
      this.#immediateInWindow = 0;
    }
    if (
      this.#immediateInWindow < this.#immediatePerInterval ||
      this.#queue.length >= this.#maxBatch ||
      now - this.#lastFlush >= this.#flushIntervalMs
    ) {
      this.#immediateInWindow++;
      this.flush();
      return;
    }
    if (!this.#scheduled) {
      this.#scheduled = true;
      this.#schedule(() => {
        this.#scheduled = false;
        this.flush();
      });
    }
  }
}
