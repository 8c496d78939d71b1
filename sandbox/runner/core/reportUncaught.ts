/// <reference lib="webworker" />

/**
 * Reports what the worker would otherwise treat as uncaught: an `error` event (a timer or a
 * callback that threw) and an `unhandledrejection`. Both are prevented, so the browser does not
 * pass them to the page as the worker's own failure, which ends the run as "the runner stopped
 * unexpectedly" (issue 22). Listeners are added before the reader's code runs, so they run before
 * any the code adds, and only trusted events count: code that dispatches one reports nothing.
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
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    if (!event.isTrusted) return;
    const error: unknown = event.error ?? event.message;
    report(described(error), error);
  });
}
