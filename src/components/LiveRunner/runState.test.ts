import { describe, expect, it } from 'vitest';
import { initialRunState, maxLines, maxTimeline, runReducer } from './runState';

describe('runReducer', () => {
  it('renders no more lines, notes or exchanges than the caps, whatever the worker sends', () => {
    let state = runReducer(initialRunState, { type: 'start' });
    for (let index = 0; index < 3; index++) {
      state = runReducer(state, {
        type: 'events',
        events: [
          ...Array.from({ length: 600 }, (_, line) => ({
            kind: 'console' as const,
            level: 'log' as const,
            text: `line ${line}`,
          })),
          ...Array.from({ length: 300 }, (_, note) => ({ kind: 'note' as const, text: `${note}` })),
          ...Array.from({ length: 300 }, (_, id) => ({
            kind: 'http' as const,
            exchange: {
              id: index * 1000 + id,
              method: 'GET',
              url: 'https://x',
              requestHeaders: [],
            },
          })),
        ],
      });
    }
    expect(state.lines).toHaveLength(maxLines);
    expect(state.dropped).toBe(1800 - maxLines);
    expect(state.timeline).toHaveLength(maxTimeline);
  });
});
