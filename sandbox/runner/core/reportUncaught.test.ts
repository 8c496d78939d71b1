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
