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
export { prewarm, whenReady, scenarioList, onScenarios, type ReadyInfo } from './sparePool';
export {
  startRun,
  defaultTimeLimitMs,
  type HostOutcome,
  type RunCallbacks,
  type RunRequest,
  type RunHandle,
} from './startRun';
export { runtimeDownload } from './runtimeDownload';
