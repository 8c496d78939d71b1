/// <reference lib="webworker" />
import { intrinsics } from './intrinsics';

/**
 * Reports what the worker would otherwise treat as uncaught: an `error` event (a timer or a
 * callback that threw) and an `unhandledrejection`. Both are prevented, so the browser does not
 * pass them to the page as the worker's own failure, which ends the run as "the runner stopped
 * unexpectedly" (issue 22). Listeners are added before the reader's code runs, so they run before
 * any the code adds, and only trusted events count: code that dispatches one reports nothing.
 *
 * Timer and microtask callbacks also run inside a `try` (`guardCallback`, which the lockdown's
 * timers use), so what they throw is reported as the error itself: WebKit hands the worker's
 * `error` event only "Script error." for code loaded in the worker's opaque origin (measured in
 * WebKitGTK 2.50), which told the reader nothing.
 */
export function reportUncaught(
  scope: DedicatedWorkerGlobalScope,
  report: (text: string, error: unknown) => void,
  describe: (error: unknown) => string,
): void {
  // The code may have replaced what `describe` uses: a description that fails still reports.
  const described = (error: unknown) => {
    try {
      return describe(error);
    } catch {
      return 'Uncaught error (it could not be described)';
    }
  };
  scope.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    if (!event.isTrusted) return;
    report(
      `Unhandled promise rejection: ${described(event.reason).replace(/^Uncaught /, '')}`,
      event.reason,
    );
  });
  thrownByCallback = (error) => report(described(error), error);
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    if (!event.isTrusted) return;
    const error: unknown = event.error ?? event.message;
    report(described(error), error);
  });
}

/** Where `guardCallback` reports what a callback threw, once `reportUncaught` is set up. */
let thrownByCallback: ((error: unknown) => void) | undefined;

/**
 * `callback`, run inside a `try`: what it throws is reported as itself (see `reportUncaught`);
 * before anything reports, it is thrown on as the browser would. Arguments pass through.
 */
export function guardCallback(callback: (...args: unknown[]) => unknown) {
  return function guarded(this: unknown, ...args: unknown[]): void {
    try {
      intrinsics.apply(callback, this, args);
    } catch (error) {
      const report = thrownByCallback;
      if (report === undefined) throw error;
      report(error);
    }
  };
}
