import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../core/protocol';

// The real factory starts a sandboxed worker in an iframe; here, the global Worker (a FakeWorker).
vi.mock('./sandboxedWorker', () => ({
  createRunnerWorker: () => new (globalThis as unknown as { Worker: new () => unknown }).Worker(),
}));

/** Stands in for the browser's Worker: records what the page sends, lets a test answer. */
class FakeWorker {
  static created: FakeWorker[] = [];
  readonly sent: ToWorker[] = [];
  terminated = false;
  readonly #listeners = new Map<string, Set<(event: unknown) => void>>();

  constructor() {
    FakeWorker.created.push(this);
  }

  postMessage(message: ToWorker) {
    this.sent.push(message);
  }

  terminate() {
    this.terminated = true;
  }

  addEventListener(type: string, listener: (event: unknown) => void) {
    if (!this.#listeners.has(type)) this.#listeners.set(type, new Set());
    this.#listeners.get(type)!.add(listener);
  }

  removeEventListener(type: string, listener: (event: unknown) => void) {
    this.#listeners.get(type)?.delete(listener);
  }

  emit(data: FromWorker | unknown) {
    for (const listener of this.#listeners.get('message') ?? []) listener({ data });
  }
}

const ready: FromWorker = { type: 'ready', scenarios: [{ name: 'slowServer', label: 'Slow' }] };
const settings = { scenarios: {} };

async function loadHost() {
  vi.resetModules();
  return import('./RunnerHost');
}

describe('RunnerHost', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.created = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs in the prewarmed worker and boots the next spare once the run is done', async () => {
    const host = await loadHost();
    host.prewarm();
    const spare = FakeWorker.created[0]!;
    const onDone = vi.fn();
    host.startRun(
      { code: 'x', fileName: 'a.ts', settings },
      { onEvents: vi.fn(), onConsent: vi.fn(), onDone },
    );
    expect(FakeWorker.created).toHaveLength(1);
    expect(spare.sent[0]).toMatchObject({ type: 'run', code: 'x' });
    spare.emit(ready);
    spare.emit({ type: 'done', outcome: { kind: 'ok', durationMs: 3 } });
    expect(onDone).toHaveBeenCalledWith({ kind: 'ok', durationMs: 3 });
    // Not at once: the page first draws the run's output.
    expect(FakeWorker.created).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(FakeWorker.created).toHaveLength(2);
  });

  it('Stop terminates the worker at once and reports the run as stopped', async () => {
    const host = await loadHost();
    const onDone = vi.fn();
    const run = host.startRun(
      { code: 'while (true) {}', fileName: 'a.ts', settings },
      { onEvents: vi.fn(), onConsent: vi.fn(), onDone },
    );
    run.stop();
    expect(FakeWorker.created[0]!.terminated).toBe(true);
    expect(onDone).toHaveBeenCalledWith({ kind: 'stopped' });
  });

  it('stops a run past the time limit, not counting time on the consent screen', async () => {
    const host = await loadHost();
    const onDone = vi.fn();
    const onConsent = vi.fn();
    const run = host.startRun(
      { code: 'x', fileName: 'a.ts', settings, timeLimitMs: 1000 },
      { onEvents: vi.fn(), onConsent, onDone },
    );
    const worker = FakeWorker.created[0]!;
    worker.emit(ready);
    await vi.advanceTimersByTimeAsync(600);
    worker.emit({
      type: 'consent',
      id: 1,
      request: { clientId: 'c', scopes: [], redirectUri: 'r' },
    });
    expect(onConsent).toHaveBeenCalledOnce();
    // The reader thinks for a long time: no timeout meanwhile.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onDone).not.toHaveBeenCalled();
    run.decideConsent(1, 'approve');
    expect(worker.sent.at(-1)).toEqual({ type: 'consent-decision', id: 1, decision: 'approve' });
    await vi.advanceTimersByTimeAsync(399);
    expect(onDone).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(onDone).toHaveBeenCalledWith({ kind: 'timeout', limitMs: 1000 });
    expect(worker.terminated).toBe(true);
  });

  it('forwards the clock, token and scenario controls while the run lasts, and nothing after', async () => {
    const host = await loadHost();
    const run = host.startRun(
      { code: 'x', fileName: 'a.ts', settings },
      { onEvents: vi.fn(), onConsent: vi.fn(), onDone: vi.fn() },
    );
    const worker = FakeWorker.created[0]!;
    run.advanceClock(3600);
    run.expireTokens();
    run.setScenario('slowServer', true);
    expect(worker.sent.slice(1)).toEqual([
      { type: 'advance-clock', seconds: 3600 },
      { type: 'expire-tokens' },
      { type: 'set-scenario', name: 'slowServer', enabled: true },
    ]);
    run.stop();
    run.advanceClock(60);
    expect(worker.sent).toHaveLength(4);
  });

  it('a disposed run is silent: no callbacks from its worker', async () => {
    const host = await loadHost();
    const onEvents = vi.fn();
    const run = host.startRun(
      { code: 'x', fileName: 'a.ts', settings },
      { onEvents, onConsent: vi.fn(), onDone: vi.fn() },
    );
    const worker = FakeWorker.created[0]!;
    run.dispose();
    worker.emit({ type: 'events', events: [{ kind: 'console', level: 'log', text: 'late' }] });
    expect(onEvents).not.toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
  });

  it('ends the run with a clear message when the worker sends an ill-shaped message', async () => {
    const host = await loadHost();
    const onDone = vi.fn();
    const onEvents = vi.fn();
    host.startRun(
      { code: 'x', fileName: 'a.ts', settings },
      { onEvents, onConsent: vi.fn(), onDone },
    );
    const worker = FakeWorker.created[0]!;
    worker.emit(ready);
    worker.emit({
      type: 'events',
      events: [{ kind: 'console', level: 'log', text: { length: 1e9 } }],
    });
    expect(onEvents).not.toHaveBeenCalled();
    expect(onDone).toHaveBeenCalledWith({
      kind: 'crashed',
      message:
        'the runner sent a message the page refuses (events[0].text is an object, not text), so the run was ended',
    });
    expect(worker.terminated).toBe(true);
    // Nothing more from that worker reaches the page.
    worker.emit({ type: 'done', outcome: { kind: 'ok', durationMs: 1 } });
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('refuses more output than the caps allow, ending the run instead of rendering it', async () => {
    const host = await loadHost();
    const onDone = vi.fn();
    const onEvents = vi.fn();
    host.startRun(
      { code: 'x', fileName: 'a.ts', settings },
      { onEvents, onConsent: vi.fn(), onDone },
    );
    const worker = FakeWorker.created[0]!;
    worker.emit({
      type: 'events',
      events: [{ kind: 'console', level: 'log', text: 'x'.repeat(2e6) }],
    });
    expect(onEvents).not.toHaveBeenCalled();
    expect(onDone.mock.calls[0]![0]).toMatchObject({
      kind: 'crashed',
      message: expect.stringMatching(
        /events\[0\]\.text is 2000000 characters long, more than 20000/,
      ),
    });
    const line = { kind: 'console', level: 'log', text: 'y'.repeat(20_000) };
    host.startRun(
      { code: 'x', fileName: 'a.ts', settings },
      { onEvents, onConsent: vi.fn(), onDone },
    );
    const second = FakeWorker.created.at(-1)!;
    for (let index = 0; index < 200 && !second.terminated; index++) {
      second.emit({ type: 'events', events: [line] });
    }
    expect(second.terminated).toBe(true);
    expect(onDone.mock.calls[1]![0]).toMatchObject({
      kind: 'crashed',
      message: expect.stringMatching(/characters of output/),
    });
  });

  it('ends the run when a second consent screen is asked for while one is open', async () => {
    const host = await loadHost();
    const onDone = vi.fn();
    const onConsent = vi.fn();
    host.startRun(
      { code: 'x', fileName: 'a.ts', settings, timeLimitMs: 1000 },
      { onEvents: vi.fn(), onConsent, onDone },
    );
    const worker = FakeWorker.created[0]!;
    worker.emit(ready);
    const request = { clientId: 'c', scopes: [], redirectUri: 'r' };
    worker.emit({ type: 'consent', id: 1, request });
    worker.emit({ type: 'consent', id: 2, request });
    expect(onConsent).toHaveBeenCalledOnce();
    expect(onDone).toHaveBeenCalledWith({
      kind: 'crashed',
      message:
        'the runner sent a message the page refuses (a second consent screen while one is still open), so the run was ended',
    });
    expect(worker.terminated).toBe(true);
  });

  it('resumes the time limit once the consent screen is answered, so the run still ends', async () => {
    const host = await loadHost();
    const onDone = vi.fn();
    const run = host.startRun(
      { code: 'x', fileName: 'a.ts', settings, timeLimitMs: 1000 },
      { onEvents: vi.fn(), onConsent: vi.fn(), onDone },
    );
    const worker = FakeWorker.created[0]!;
    worker.emit(ready);
    const request = { clientId: 'c', scopes: [], redirectUri: 'r' };
    for (let round = 1; round <= 3; round++) {
      worker.emit({ type: 'consent', id: round, request });
      await vi.advanceTimersByTimeAsync(10_000);
      run.decideConsent(round, 'approve');
      // An answer to a screen that is not open changes nothing.
      run.decideConsent(round + 100, 'deny');
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(onDone).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(101);
    expect(onDone).toHaveBeenCalledWith({ kind: 'timeout', limitMs: 1000 });
  });
});
