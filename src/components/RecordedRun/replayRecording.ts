import type { Recording } from '@site/sandbox/runner/core/Recording';
// Relative, not @site/: vitest has no @site alias for value imports.
import { initialRunState, runReducer, type RunState } from '../LiveRunner/runState';

/**
 * The Output's state after a recorded run, reached by the same reducer as a live run: started,
 * the recorded events, then its end. So a recording is drawn by the live Output's components,
 * with the live Output's caps.
 */
export function replayRecording(recording: Pick<Recording, 'events' | 'outcome'>): RunState {
  const started = runReducer(initialRunState, { type: 'start' });
  const withEvents = runReducer(started, { type: 'events', events: recording.events });
  return runReducer(withEvents, { type: 'done', outcome: recording.outcome });
}
