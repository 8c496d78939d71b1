/// <reference lib="webworker" />
import { intrinsics } from './intrinsics';

/**
 * Reports what the worker would otherwise treat as uncaught: an `error` event (a timer or a
 * callback that threw) and an `unhandledrejection`. Both are prevented, so the browser does not
 * pass them to the page as the worker's own failure, which ends the run as "the runner stopped
 * unexpectedly" (issue 22). Listeners are added before the reader's code runs, so they run before
 * any the code adds, and only the browser's own events count: code that dispatches one reports
 * nothing.
 *
 * Timer and microtask callbacks also run inside a `try` (`guardCallback`, which the lockdown's
 * timers use), so what they throw is reported as the error itself: WebKit hands the worker's
 * `error` event only "Script error." for code loaded in the worker's opaque origin (measured in
 * WebKitGTK 2.50), which told the reader nothing.
 *
 * An event counts unless the code dispatched it (`dispatchedByCode`), not only when it is trusted:
 * Firefox hands a worker its real `unhandledrejection` events untrusted (measured in Firefox 153
 * ESR), so a check of `isTrusted` alone dropped every rejection there, and a runtime that died in
 * a promise (PHP's, Go's) left the run waiting for the time limit.
 */
export function reportUncaught(
  scope: DedicatedWorkerGlobalScope,
  report: (text: string, error: unknown) => void,
  describe: (error: unknown) => string,
): void {
  const described = (error: unknown) => describeSafely(describe, error);
  watchDispatches();
  scope.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    if (dispatchedByCode(event)) return;
    report(
      `Unhandled promise rejection: ${described(event.reason).replace(/^Uncaught /, '')}`,
      event.reason,
    );
  });
  thrownByCallback = (error) => report(described(error), error);
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    if (dispatchedByCode(event)) return;
    const error: unknown = event.error ?? event.message;
    report(described(error), error);
  });
}

/**
 * `describe(error)`, or a plain line if describing fails: the code may have replaced what
 * `describe` uses, and the error must still be reported.
 */
export function describeSafely(describe: (error: unknown) => string, error: unknown): string {
  try {
    return describe(error);
  } catch {
    return 'Uncaught error (it could not be described)';
  }
}

/** Events the worker's code handed to `dispatchEvent` (the browser's own never pass through it). */
const dispatched = new WeakSet<Event>();
let watching = false;

/**
 * From now on, every event handed to `dispatchEvent` is remembered: `EventTarget.prototype
 * .dispatchEvent` becomes a wrapper around the browser's own, which no later code can reach.
 * The browser fires `error` and `unhandledrejection` without calling it.
 */
function watchDispatches(): void {
  if (watching || typeof EventTarget !== 'function') return;
  watching = true;
  const prototype = EventTarget.prototype;
  const browserDispatch = prototype.dispatchEvent;
  const descriptor = intrinsics.getOwnPropertyDescriptor(prototype, 'dispatchEvent');
  intrinsics.defineProperty(prototype, 'dispatchEvent', {
    ...descriptor,
    value: {
      dispatchEvent(this: EventTarget, event: Event): boolean {
        if (typeof event === 'object' && event !== null) intrinsics.weakSetAdd(dispatched, event);
        return intrinsics.apply(browserDispatch, this, [event]) as boolean;
      },
    }.dispatchEvent,
  });
}

/** Whether `event` is one the code dispatched itself, not one the browser fired. */
function dispatchedByCode(event: Event): boolean {
  return !event.isTrusted && intrinsics.weakSetHas(dispatched, event);
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
