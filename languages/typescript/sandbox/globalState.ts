import type { ConsentHandler } from './ConsentHandler';

/**
 * Environment state lives on globalThis (under a registered symbol) so that two copies of this
 * module (say, one bundled with the runner host and one with a snippet) share one clock and one
 * consent handler.
 */
export interface EnvironmentState {
  RealDate: DateConstructor;
  offsetMs: number;
  clockListeners: Set<() => void>;
  consentHandler: ConsentHandler | undefined;
}

const KEY = Symbol.for('oauth-sdk-docs.sandbox.environment');

export function environmentState(): EnvironmentState {
  const holder = globalThis as typeof globalThis & { [KEY]?: EnvironmentState };
  holder[KEY] ??= {
    RealDate: globalThis.Date,
    offsetMs: 0,
    clockListeners: new Set(),
    consentHandler: undefined,
  };
  return holder[KEY];
}
