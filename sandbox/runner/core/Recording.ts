/**
 * A run recorded in CI (`npm run check-snippets`), in the live runner's own vocabulary: the same
 * `RunEvent`s a worker posts (console lines, HTTP exchanges masked by the same functions, notes)
 * and the same `RunOutcome`, so the page's Output draws a recording with the components that
 * draw a live run. Stored as JSON beside its snippet (`snippets/<grant>/<operation>/recorded/`).
 */
import type { RunEvent, RunOutcome } from './protocol';

/** Bumped when what a recording holds changes: every recording is then stale. */
export const recordingFormat = 1;

export interface Recording {
  format: typeof recordingFormat;
  /** Registry id, `client-credentials/fetch-token`. */
  snippet: string;
  /** Language key, `java`. */
  language: string;
  /**
   * SHA-256 of what the run depends on: the snippet's source, the language's SDK and sandbox
   * helper, the mock server, and `recordingFormat` (scripts/check-snippets/recording/recordingKey.ts).
   */
  key: string;
  /** When it was recorded (ISO 8601, UTC). */
  recordedAt: string;
  /** The checkout's commit when it was recorded (short hash), or '' outside a git checkout. */
  commit: string;
  /** The checkout had changes not yet committed (usually the snippet the recording comes with). */
  uncommitted: boolean;
  /** What the run produced, in order: as a live run's `events` messages carry them. */
  events: RunEvent[];
  outcome: RunOutcome;
}
