/**
 * The page's half of the runner: starts, feeds and stops the Web Workers that run the reader's
 * code. Browser-only: import it from an effect or a lazily loaded chunk, never during SSR.
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
import { outputCaps } from './outputCaps';
import {
  parseFromWorker,
  type ConsentView,
  type FromWorker,
  type RunEvent,
  type RunOutcome,
  type ScenarioView,
  type ServerSettings,
  type ToWorker,
} from './protocol';
import type { RuntimeKey } from './runtimes';
import { createRunnerWorker, type RunnerWorker } from './sandboxedWorker';

export type HostOutcome = RunOutcome | { kind: 'stopped' } | { kind: 'timeout'; limitMs: number };

export interface RunCallbacks {
  onEvents(events: RunEvent[]): void;
  onConsent(id: number, request: ConsentView): void;
  onDone(outcome: HostOutcome): void;
}

export interface RunRequest {
  /** The language runtime the code needs; default TypeScript. */
  runtime?: RuntimeKey;
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

interface ReadyInfo {
  scenarios: ScenarioView[];
  tokenLifetimeSeconds?: number;
  /** Why this browser cannot run the runtime's language, if it cannot. */
  unsupported?: string;
}

interface Booting {
  worker: RunnerWorker;
  ready: Promise<ReadyInfo>;
  failed: boolean;
}

/** One spare worker per runtime, booted ahead of the run that will take it. */
const spares = new Map<RuntimeKey, Booting>();
let lastReady: ReadyInfo | undefined;
const readyListeners = new Set<(info: { scenarios: ScenarioView[] }) => void>();

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

function boot(runtime: RuntimeKey): Booting {
  const worker = createRunnerWorker(runtime);
  const booting: Booting = { worker, failed: false, ready: undefined as never };
  booting.ready = new Promise((resolve, reject) => {
    const onMessage = (event: Event) => {
      const parsed = parseFromWorker((event as MessageEvent<unknown>).data);
      if (!parsed.ok || parsed.message.type !== 'ready') return;
      worker.removeEventListener('message', onMessage);
      const info: ReadyInfo = {
        scenarios: parsed.message.scenarios,
        tokenLifetimeSeconds: parsed.message.tokenLifetimeSeconds,
        ...(parsed.message.unsupported !== undefined && {
          unsupported: parsed.message.unsupported,
        }),
      };
      lastReady = info;
      for (const listener of readyListeners) listener(info);
      resolve(info);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener(
      'error',
      (event) => {
        booting.failed = true;
        reject(new Error((event as ErrorEvent).message || 'the runner failed to start'));
      },
      { once: true },
    );
  });
  booting.ready.catch(() => undefined);
  return booting;
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

/** Boots a spare worker for `runtime` if there is none, so the next run starts warm. */
export function prewarm(runtime: RuntimeKey = 'typescript'): void {
  const spare = spares.get(runtime);
  if (spare && !spare.failed) return;
  spare?.worker.terminate();
  spares.set(runtime, boot(runtime));
}

/**
 * Resolves when `runtime`'s spare worker is up, with what it reported (e.g. that this browser
 * cannot run the language); boots one if needed.
 */
export function whenReady(runtime: RuntimeKey = 'typescript'): Promise<ReadyInfo> {
  prewarm(runtime);
  return spares.get(runtime)!.ready;
}

function takeWorker(runtime: RuntimeKey): Booting {
  const spare = spares.get(runtime);
  const taken = spare && !spare.failed ? spare : boot(runtime);
  if (taken !== spare) spare?.worker.terminate();
  spares.delete(runtime);
  return taken;
}

/** The mock server's scenarios, once a worker has booted. */
export function scenarioList(): ScenarioView[] | undefined {
  return lastReady?.scenarios;
}

/** Calls `listener` whenever a worker reports the scenario list; returns an unsubscribe. */
export function onScenarios(listener: (info: { scenarios: ScenarioView[] }) => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

/** Starts a run in a fresh worker. Callbacks stop firing once the run is done or stopped. */
export function startRun(request: RunRequest, callbacks: RunCallbacks): RunHandle {
  const runtime = request.runtime ?? 'typescript';
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
