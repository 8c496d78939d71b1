import type { HostOutcome } from '@site/sandbox/runner/host/RunnerHost';
// Relative, not @site/: vitest (runState.test.ts) has no @site alias for value imports.
import { outputCaps } from '../../../sandbox/runner/core/outputCaps';
import type {
  ConsentView,
  ConsoleLevel,
  ExchangeView,
  RunEvent,
} from '@site/sandbox/runner/core/protocol';

/**
 * The most console lines the page keeps; the worker already stops sending past its limit. A
 * second layer, like `maxTimeline`: the page never renders more than the caps, whatever arrives.
 */
export const maxLines = outputCaps.lines;
/** HTTP exchanges and notes the page keeps (the worker's caps, and its few "Output cut" notes). */
export const maxTimeline = outputCaps.exchanges + outputCaps.notes + 10;

export type TimelineItem =
  { type: 'http'; exchange: ExchangeView } | { type: 'note'; id: number; text: string };

export interface RunState {
  phase: 'idle' | 'running' | 'finished';
  /** Increments per run; keys the output so a new run starts clean. */
  runNumber: number;
  lines: { level: ConsoleLevel; text: string }[];
  dropped: number;
  /** HTTP exchanges and notes (clock, scenarios, consent) in the order they happened. */
  timeline: TimelineItem[];
  consent?: { id: number; request: ConsentView };
  outcome?: HostOutcome;
}

export type RunAction =
  | { type: 'start' }
  | { type: 'events'; events: RunEvent[] }
  | { type: 'consent'; id: number; request: ConsentView }
  | { type: 'consent-answered' }
  | { type: 'done'; outcome: HostOutcome };

export const initialRunState: RunState = {
  phase: 'idle',
  runNumber: 0,
  lines: [],
  dropped: 0,
  timeline: [],
};

let noteIds = 0;

export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'start':
      return { ...initialRunState, phase: 'running', runNumber: state.runNumber + 1 };
    case 'events': {
      let lines = state.lines;
      let timeline = state.timeline;
      let dropped = state.dropped;
      for (const event of action.events) {
        switch (event.kind) {
          case 'console':
            if (lines.length < maxLines) {
              if (lines === state.lines) lines = [...lines];
              lines.push({ level: event.level, text: event.text });
            } else {
              dropped++;
            }
            break;
          case 'dropped':
            dropped = Math.max(dropped, event.total);
            break;
          case 'http': {
            if (timeline === state.timeline) timeline = [...timeline];
            const index = timeline.findLastIndex(
              (item) => item.type === 'http' && item.exchange.id === event.exchange.id,
            );
            const item: TimelineItem = { type: 'http', exchange: event.exchange };
            if (index !== -1) timeline[index] = item;
            else if (timeline.length < maxTimeline) timeline.push(item);
            break;
          }
          case 'note':
            if (timeline.length >= maxTimeline) break;
            if (timeline === state.timeline) timeline = [...timeline];
            timeline.push({ type: 'note', id: ++noteIds, text: event.text });
            break;
        }
      }
      return { ...state, lines, timeline, dropped };
    }
    case 'consent':
      return { ...state, consent: { id: action.id, request: action.request } };
    case 'consent-answered':
      return { ...state, consent: undefined };
    case 'done':
      return { ...state, consent: undefined, phase: 'finished', outcome: action.outcome };
  }
}
