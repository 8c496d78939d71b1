import { describe, expect, it } from 'vitest';
import { giveErrorsAStack } from './giveErrorsAStack';

/** A realm's Error, as the worker has it, without touching this test runner's own. */
function freshError(): ErrorConstructor {
  class TestError extends Error {}
  Object.defineProperty(TestError, 'name', { value: 'TestError' });
  giveErrorsAStack(TestError.prototype);
  return TestError as unknown as ErrorConstructor;
}

describe('giveErrorsAStack', () => {
  it('gives an error without a stack (as WebKit’s refused import() has) its first line', () => {
    const TestError = freshError();
    const error = new TestError('Importing a module script failed.');
    error.name = 'TypeError';
    delete (error as { stack?: string }).stack;
    expect(Object.hasOwn(error, 'stack')).toBe(false);
    expect(error.stack).toBe('TypeError: Importing a module script failed.');
  });

  it('keeps the stack an error has, and lets code set one', () => {
    const TestError = freshError();
    const error = new TestError('thrown');
    expect(error.stack).toMatch(/^Error: thrown\n\s+at /);
    delete (error as { stack?: string }).stack;
    error.stack = 'set by code';
    expect(error.stack).toBe('set by code');
  });

  it('calls an accessor the prototype had, as SpiderMonkey’s, and falls back where it gives none', () => {
    const prototype = {};
    Object.defineProperty(prototype, 'stack', {
      configurable: true,
      get(this: { captured?: string }) {
        return this.captured;
      },
    });
    giveErrorsAStack(prototype);
    const make = (fields: object) =>
      Object.assign(Object.create(prototype) as { stack?: string }, fields);
    expect(make({ captured: 'f@file.js:1:1' }).stack).toBe('f@file.js:1:1');
    expect(make({ message: 'no stack' }).stack).toBe('Error: no stack');
  });
});
