import { describe, expect, it } from 'vitest';
import { replayRecording } from './replayRecording';

describe('replaying a recorded run', () => {
  it('gives the live Output the printed lines, the exchanges and notes in order, and the end', () => {
    const state = replayRecording({
      events: [
        { kind: 'console', level: 'log', text: 'Access token: Ab3_x9Zq…' },
        {
          kind: 'http',
          exchange: {
            id: 1,
            method: 'POST',
            url: 'https://auth.example.com/oauth2/token',
            requestHeaders: [],
            status: 200,
          },
        },
        { kind: 'note', text: 'The code advanced the clock by 1 h.' },
      ],
      outcome: { kind: 'ok', durationMs: 812 },
    });
    expect(state.phase).toBe('finished');
    expect(state.lines).toEqual([{ level: 'log', text: 'Access token: Ab3_x9Zq…' }]);
    expect(state.timeline.map((item) => item.type)).toEqual(['http', 'note']);
    expect(state.outcome).toEqual({ kind: 'ok', durationMs: 812 });
  });
});
