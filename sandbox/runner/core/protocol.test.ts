import { describe, expect, it } from 'vitest';
import { capText, outputCaps } from './outputCaps';
import {
  isConsentMessage,
  isDoneMessage,
  isEventsMessage,
  isReadyMessage,
  parseFromWorker,
  parseToWorker,
  type FromWorker,
} from './protocol';

const valid: FromWorker[] = [
  { type: 'ready', scenarios: [{ name: 'slowServer', label: 'Slow server' }] },
  {
    type: 'events',
    events: [
      { kind: 'console', level: 'log', text: 'hello' },
      { kind: 'dropped', total: 3 },
      { kind: 'note', text: 'Clock advanced' },
      {
        kind: 'http',
        exchange: {
          id: 1,
          method: 'POST',
          url: 'https://auth.example.com/oauth2/token',
          requestHeaders: [['content-type', 'application/x-www-form-urlencoded']],
          requestBody: { kind: 'form', fields: [['grant_type', 'client_credentials']] },
          status: 200,
          responseBody: { kind: 'json', text: '{}' },
          durationMs: 1.5,
        },
      },
    ],
  },
  {
    type: 'consent',
    id: 1,
    request: { clientId: 'OAuthClientId', scopes: [{ name: 'read' }], redirectUri: 'https://x/cb' },
  },
  { type: 'consent-settled', id: 1 },
  { type: 'done', outcome: { kind: 'ok', durationMs: 3, result: '42' } },
  {
    type: 'done',
    outcome: {
      kind: 'error',
      durationMs: 3,
      error: { name: 'TypeError', message: 'x', text: 'Uncaught TypeError: x', line: 2 },
    },
  },
  {
    type: 'done',
    outcome: { kind: 'syntax-error', message: 'Unexpected token', line: 1, column: 2, frame: '>' },
  },
];

describe('parseFromWorker', () => {
  it.each(valid.map((message) => ({ type: message.type, message })))(
    'accepts a well-formed $type message and returns an equal copy, not the same object',
    ({ message }) => {
      const parsed = parseFromWorker(message);
      expect(parsed).toEqual({ ok: true, message });
      if (parsed.ok) expect(parsed.message).not.toBe(message);
    },
  );

  it.each([
    [{ type: 'events', events: [{ kind: 'console', level: 'log', text: 42 }] }, 'events[0].text'],
    [
      { type: 'events', events: [{ kind: 'console', level: 'shout', text: 'x' }] },
      'events[0].level',
    ],
    [{ type: 'events', events: 'all of them' }, 'events is a string, not a list'],
    [{ type: 'explode' }, 'type is "explode"'],
    [{ type: 'consent', id: 1 }, 'request is missing'],
    [{ type: 'done', outcome: { kind: 'ok', durationMs: Number.NaN } }, 'outcome.durationMs'],
    [null, 'the message is null'],
    ['done', 'the message is a string'],
  ])('rejects an ill-shaped message and says where: %j', (data, where) => {
    const parsed = parseFromWorker(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(where);
  });

  it('refuses a two-million-character line in strict mode and cuts it in cut mode', () => {
    const huge = {
      type: 'events',
      events: [{ kind: 'console', level: 'error', text: 'x'.repeat(2e6) }],
    };
    const strict = parseFromWorker(huge);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.problem).toMatch(/events\[0\]\.text is 2000000 characters long/);
    const cut = parseFromWorker(huge, 'cut');
    expect(cut.ok).toBe(true);
    const text = cut.ok && cut.message.type === 'events' ? cut.message.events[0] : undefined;
    expect(text).toMatchObject({
      kind: 'console',
      text: expect.stringMatching(/more characters\)$/),
    });
    expect((text as { text: string }).text.length).toBeLessThanOrEqual(outputCaps.lineChars);
  });

  it('refuses too many events in one message, accessors, and leaves out unknown properties', () => {
    const many = Array.from({ length: outputCaps.eventsPerMessage + 1 }, () => ({
      kind: 'note',
      text: 'x',
    }));
    expect(parseFromWorker({ type: 'events', events: many }).ok).toBe(false);
    const accessor = { type: 'consent-settled' } as Record<string, unknown>;
    Object.defineProperty(accessor, 'id', { get: () => 1, enumerable: true });
    expect(parseFromWorker(accessor)).toMatchObject({ ok: false, problem: /accessor/ });
    expect(parseFromWorker({ type: 'consent-settled', id: 2, extra: () => 1 })).toEqual({
      ok: true,
      message: { type: 'consent-settled', id: 2 },
    });
  });

  it('still checks correctly after the code replaced Array.prototype.push and Array.isArray', () => {
    const push = Array.prototype.push;
    const isArray = Array.isArray;
    try {
      Array.prototype.push = () => {
        throw new Error('tampered');
      };
      Array.isArray = (() => true) as unknown as typeof Array.isArray;
      expect(parseFromWorker(valid[1]).ok).toBe(true);
      expect(parseFromWorker({ type: 'events', events: { length: 1, 0: 'x' } }).ok).toBe(false);
    } finally {
      Array.prototype.push = push;
      Array.isArray = isArray;
    }
  });

  it('has one type guard per message type', () => {
    expect(isReadyMessage(valid[0])).toBe(true);
    expect(isEventsMessage(valid[1])).toBe(true);
    expect(isEventsMessage(valid[0])).toBe(false);
    expect(isConsentMessage(valid[2])).toBe(true);
    expect(isDoneMessage(valid[4])).toBe(true);
    expect(isDoneMessage({ type: 'done', outcome: { kind: 'ok' } })).toBe(false);
  });
});

describe('parseToWorker', () => {
  it('accepts the page messages and rejects anything else', () => {
    expect(parseToWorker({ type: 'consent-decision', id: 1, decision: 'approve' }).ok).toBe(true);
    expect(
      parseToWorker({
        type: 'run',
        code: 'x',
        fileName: 'a.ts',
        settings: { scenarios: { a: true } },
      }).ok,
    ).toBe(true);
    expect(parseToWorker({ type: 'consent-decision', id: 1, decision: 'maybe' }).ok).toBe(false);
  });
});

describe('capText', () => {
  it('keeps short text and cuts long text to the limit, saying how much was cut', () => {
    expect(capText('abc', 10)).toBe('abc');
    const cut = capText('x'.repeat(100_000), 1000);
    expect(cut.length).toBeLessThanOrEqual(1000);
    const kept = cut.indexOf('…');
    expect(cut.slice(kept)).toBe(`… (${(100_000 - kept).toLocaleString('en')} more characters)`);
  });
});
