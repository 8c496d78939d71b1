/**
 * One run's session on the page: feeds and stops the Web Worker that runs the reader's code. Browser-only: import it from an effect or a lazily loaded chunk, never during SSR.
 *
 * - One worker per run, so nothing a run leaves behind (timers, globals, SDK state, the sandbox
 *   clock) reaches the next. A spare worker is booted ahead of time, so a run still starts warm.
 * - Stop and the time limit terminate the worker: no cooperation needed from a runaway loop.
 * - The time limit is paused while the reader looks at a consent screen, one at a time: a second
 *   request while one is open breaks the protocol and ends the run, so the limit cannot be held
 *   paused by a pile of requests.
 * - Nothing from the worker is trusted: each message is checked and copied (`parseFromWorker`)
 *   before anything reads it; an ill-shaped one, or more output than `outputCaps` allows, ends
 *   the run with a message saying so.
 */
import { outputCaps } from '../core/outputCaps';
import {
  parseFromWorker,
  type ConsentView,
  type FromWorker,
  type RunEvent,
  type RunOutcome,
  type ServerSettings,
  type ToWorker,
} from '../core/protocol';
import { runnableLanguage, type PageRunnableLanguage } from '../../../languages';
import { takeWorker, prewarm } from './sparePool';

export type HostOutcome = RunOutcome | { kind: 'stopped' } | { kind: 'timeout'; limitMs: number };

export interface RunCallbacks {
  onEvents(events: RunEvent[]): void;
  onConsent(id: number, request: ConsentView): void;
  onDone(outcome: HostOutcome): void;
}

export interface RunRequest {
  /** The language runtime the code needs; default TypeScript. */
  runtime?: PageRunnableLanguage;
  code: string;
  fileName: string;
  settings: ServerSettings;
  /** Default 15 s, not counting time spent on a consent screen. */
  timeLimitMs?: number;
}

export interface RunHandle {
  /** Ends the run at once (terminates its worker). */
  stop(): void;
  decideConsent(id: number, decision: 'approve' | 'deny'): void;
  advanceClock(seconds: number): void;
  expireTokens(): void;
  setScenario(name: string, enabled: boolean): void;
  /** Silences the run and frees its worker, e.g. before the next run or on unmount. */
  dispose(): void;
}

export const defaultTimeLimitMs = 15_000;
/** After a run ends, its worker lives this long for output from timers the code left behind. */
const lingerMs = 5_000;

/**
 * Most characters of text a run's events may carry into the page. The worker's gate stops at
 * `outputCaps.runChars` and adds a few notes of its own; anything far past that is a worker that
 * no longer follows its own rules.
 */
const pageRunChars = outputCaps.runChars + 100 * outputCaps.lineChars;

function textSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 0;
  let size = 0;
  for (const item of Object.values(value)) size += textSize(item);
  return size;
}

/**
 * Calls `callback` once the page is idle (the run's output drawn, nothing else pending), and
 * within `timeoutMs` at most.
 */
function whenIdle(callback: () => void, timeoutMs = 300): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => callback(), { timeout: timeoutMs });
  } else {
    setTimeout(callback, 50);
  }
}

/** Starts a run in a fresh worker. Callbacks stop firing once the run is done or stopped. */
export function startRun(request: RunRequest, callbacks: RunCallbacks): RunHandle {
  const runtime = request.runtime ?? runnableLanguage;
  const { worker, ready } = takeWorker(runtime);
  const bootNext = () => prewarm(runtime);
  const limitMs = request.timeLimitMs ?? defaultTimeLimitMs;
  let finished = false;
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let remainingMs = limitMs;
  let timerStartedAt = 0;
  /** The consent screen the reader is looking at; the protocol allows one at a time. */
  let pendingConsent: number | undefined;
  let runChars = 0;

  const send = (message: ToWorker) => worker.postMessage(message);

  const pauseClock = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    remainingMs -= performance.now() - timerStartedAt;
  };
  const resumeClock = () => {
    if (finished || timer !== undefined || pendingConsent !== undefined) return;
    timerStartedAt = performance.now();
    timer = setTimeout(() => finish({ kind: 'timeout', limitMs }, true), Math.max(0, remainingMs));
  };

  function finish(outcome: HostOutcome, terminate: boolean) {
    if (finished || disposed) return;
    finished = true;
    pauseClock();
    if (terminate) {
      worker.terminate();
    } else {
      setTimeout(() => worker.terminate(), lingerMs);
    }
    callbacks.onDone(outcome);
    // The next run's worker boots once the page is idle, this run's output drawn: booting creates
    // a frame and posts the runner's scripts, work the reader would otherwise wait behind.
    whenIdle(bootNext);
  }

  /** Ends the run because the worker broke the protocol; after the run, just silences it. */
  const reject = (problem: string) => {
    if (finished) {
      worker.terminate();
      return;
    }
    finish(
      {
        kind: 'crashed',
        message: `the runner sent a message the page refuses (${problem}), so the run was ended`,
      },
      true,
    );
  };

  worker.addEventListener('message', (event: Event) => {
    if (disposed) return;
    const parsed = parseFromWorker((event as MessageEvent<unknown>).data);
    if (!parsed.ok) {
      reject(parsed.problem);
      return;
    }
    const message: FromWorker = parsed.message;
    switch (message.type) {
      case 'events':
        runChars += textSize(message.events);
        if (runChars > pageRunChars) {
          reject(`more than ${pageRunChars} characters of output`);
          return;
        }
        // Output from timers the code left behind still arrives while the worker lingers.
        callbacks.onEvents(message.events);
        return;
      case 'consent':
        if (finished) return;
        if (pendingConsent !== undefined) {
          reject('a second consent screen while one is still open');
          return;
        }
        pendingConsent = message.id;
        pauseClock();
        callbacks.onConsent(message.id, message.request);
        return;
      case 'done':
        // A crashed runtime has nothing left to say: no lingering for its timers.
        finish(message.outcome, message.outcome.kind === 'crashed');
        return;
      default:
        return;
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    if (disposed) return;
    finish(
      {
        kind: 'crashed',
        message: (event as ErrorEvent).message || 'the runner stopped unexpectedly',
      },
      true,
    );
  });
  worker.addEventListener('messageerror', () => {
    finish({ kind: 'crashed', message: 'the runner sent a message the page could not read' }, true);
  });

  // The time limit starts when the worker is up: booting is the page's cost, not the code's.
  ready.then(
    (info) => {
      if (info.unsupported !== undefined) {
        finish({ kind: 'crashed', message: info.unsupported }, true);
        return;
      }
      resumeClock();
    },
    (error: Error) =>
      finish({ kind: 'crashed', message: `the runner failed to start: ${error.message}` }, true),
  );
  send({ type: 'run', code: request.code, fileName: request.fileName, settings: request.settings });

  return {
    stop: () => finish({ kind: 'stopped' }, true),
    decideConsent(id, decision) {
      if (finished || pendingConsent !== id) return;
      pendingConsent = undefined;
      send({ type: 'consent-decision', id, decision });
      resumeClock();
    },
    advanceClock: (seconds) => !finished && send({ type: 'advance-clock', seconds }),
    expireTokens: () => !finished && send({ type: 'expire-tokens' }),
    setScenario: (name, enabled) => !finished && send({ type: 'set-scenario', name, enabled }),
    dispose() {
      if (disposed) return;
      disposed = true;
      const wasRunning = !finished;
      finished = true;
      pauseClock();
      worker.terminate();
      if (wasRunning) whenIdle(bootNext);
    },
  };
}
