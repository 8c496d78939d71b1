import { environmentState } from './globalState';
import { SandboxError } from './SandboxError';

const SANDBOX_DATE = Symbol.for('oauth-sdk-docs.sandbox.date');

/**
 * Replaces `globalThis.Date` (once) with a Date whose "now" is the real time plus the sandbox
 * offset: `Date.now()` and `new Date()` move; `new Date(value)`, `Date.parse` and `Date.UTC`
 * behave as usual. Instances share Date.prototype, so `instanceof Date` holds for every date.
 * Works wherever globalThis.Date is writable (Node, browsers, Web Workers).
 */
function install(): void {
  const current = globalThis.Date as DateConstructor & { [SANDBOX_DATE]?: true };
  if (current[SANDBOX_DATE]) return;
  const state = environmentState();
  const RealDate = state.RealDate;
  const now = () => RealDate.now() + state.offsetMs;
  function SandboxDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  Object.setPrototypeOf(SandboxDate, RealDate);
  SandboxDate.prototype = RealDate.prototype;
  Object.defineProperty(SandboxDate, 'now', { value: now, writable: true, configurable: true });
  Object.defineProperty(SandboxDate, SANDBOX_DATE, { value: true });
  Object.defineProperty(SandboxDate, 'name', { value: 'Date' });
  globalThis.Date = SandboxDate as unknown as DateConstructor;
}

function changed(): void {
  for (const listener of environmentState().clockListeners) listener();
}

/**
 * The sandbox's virtual clock. Moving it moves `Date` for the SDK and the mock server alike, so
 * token expiry can be shown without waiting.
 *
 * @example
 * ```ts
 * import { clock } from 'sandbox';
 * clock.advance(3600); // an hour later: the token has expired
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1
 */
export const clock = {
  /** Moves the clock forward by `seconds` (non-negative). */
  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new SandboxError(
        'INVALID_ARGUMENT',
        `clock.advance(seconds) needs a non-negative number of seconds, got ${seconds}`,
      );
    }
    install();
    environmentState().offsetMs += seconds * 1000;
    changed();
  },
  /** The sandbox's current time in milliseconds since the epoch (what `Date.now()` returns). */
  now(): number {
    install();
    return Date.now();
  },
  /** How far the clock has been advanced, in seconds. */
  get offsetSeconds(): number {
    return environmentState().offsetMs / 1000;
  },
  /** Back to real time. */
  reset(): void {
    install();
    environmentState().offsetMs = 0;
    changed();
  },
  /** Calls `listener` after every advance or reset; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    const { clockListeners } = environmentState();
    clockListeners.add(listener);
    return () => clockListeners.delete(listener);
  },
};
