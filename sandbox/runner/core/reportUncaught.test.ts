import { describe, expect, it } from 'vitest';
import { guardCallback, reportUncaught } from './reportUncaught';

describe('what a timer, an interval or a microtask throws', () => {
  it('is reported as the error itself once reportUncaught is set up, and the callback gets its arguments', async () => {
    const reported: unknown[] = [];
    reportUncaught(
      new EventTarget() as unknown as DedicatedWorkerGlobalScope,
      (_text, error) => reported.push(error),
      String,
    );
    const thrown = new Error('thrown by a timer');
    const received: unknown[] = [];
    setTimeout(
      guardCallback((...args) => {
        received.push(...args);
        throw thrown;
      }),
      0,
      'first',
      'second',
    );
    queueMicrotask(
      guardCallback(() => {
        throw new TypeError('thrown by a microtask');
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reported[0]).toBeInstanceOf(TypeError);
    expect(reported[1]).toBe(thrown);
    expect(received).toEqual(['first', 'second']);
  });

  it('guards with the built-ins as they were before any reader code ran', () => {
    const apply = Reflect.apply;
    const reported: unknown[] = [];
    reportUncaught(
      new EventTarget() as unknown as DedicatedWorkerGlobalScope,
      (_text, error) => reported.push(error),
      String,
    );
    Reflect.apply = () => undefined;
    try {
      guardCallback(() => {
        throw new Error('still reported');
      })();
    } finally {
      Reflect.apply = apply;
    }
    expect(reported).toEqual([new Error('still reported')]);
  });
});

describe('which error and rejection events are reported', () => {
  // The browser fires these without going through `EventTarget.prototype.dispatchEvent` as the
  // code sees it: its own, taken before reportUncaught is set up, stands in for the browser here.
  const browserDispatch = EventTarget.prototype.dispatchEvent;

  function rejection(reason: unknown): Event {
    const event = new Event('unhandledrejection', { cancelable: true });
    Object.defineProperty(event, 'reason', { value: reason });
    return event;
  }

  function setUp() {
    const scope = new EventTarget();
    const reported: unknown[] = [];
    reportUncaught(
      scope as unknown as DedicatedWorkerGlobalScope,
      (_text, error) => reported.push(error),
      String,
    );
    return { scope, reported };
  }

  it('reports a rejection the browser fires untrusted, as Firefox does in a worker', () => {
    const { scope, reported } = setUp();
    const crash = new Error('the runtime died in a promise');
    const event = rejection(crash);
    expect(event.isTrusted).toBe(false);
    browserDispatch.call(scope, event);
    expect(reported).toEqual([crash]);
    expect(event.defaultPrevented).toBe(true);
  });

  it('reports nothing for an error or a rejection the code dispatched itself', () => {
    const { scope, reported } = setUp();
    scope.dispatchEvent(rejection(new Error('forged rejection')));
    const forgedError = new Event('error', { cancelable: true });
    Object.defineProperty(forgedError, 'error', { value: new Error('forged error') });
    scope.dispatchEvent(forgedError);
    // Through the prototype, as the code would find it after the set-up.
    EventTarget.prototype.dispatchEvent.call(scope, rejection(new Error('forged again')));
    expect(reported).toEqual([]);
  });

  it('keeps dispatchEvent working for everything else', () => {
    setUp();
    const target = new EventTarget();
    const heard: string[] = [];
    target.addEventListener('message', (event) => heard.push(event.type));
    expect(target.dispatchEvent(new Event('message'))).toBe(true);
    expect(heard).toEqual(['message']);
  });
});
