/**
 * Thrown into the reader's code when it asks for a second consent screen while one is still
 * waiting for the reader. The page shows one consent screen at a time, and the run's time limit
 * pauses only while that one is open: a pile of pending requests would keep the limit paused
 * forever.
 */
export class ConsentPendingError extends Error {
  override readonly name = 'ConsentPendingError';
  readonly code = 'CONSENT_PENDING';

  constructor() {
    super(
      'Another consent screen is still waiting for your answer: the sandbox shows one at a time. Await each browser.authorize(...) before starting the next.',
    );
  }
}
