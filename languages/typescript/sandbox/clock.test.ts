import { afterEach, describe, expect, it, vi } from 'vitest';
import { clock, SandboxError } from './index';

afterEach(() => clock.reset());

describe('sandbox clock', () => {
  it('moves Date.now() and new Date() forward by the given seconds', () => {
    const before = Date.now();
    clock.advance(3600);
    expect(Date.now() - before).toBeGreaterThanOrEqual(3600_000);
    expect(Date.now() - before).toBeLessThan(3600_000 + 5_000);
    expect(new Date().getTime() - before).toBeGreaterThanOrEqual(3600_000);
    expect(clock.now()).toBeGreaterThanOrEqual(before + 3600_000);
    expect(clock.offsetSeconds).toBe(3600);
  });

  it('leaves dates built from explicit values alone', () => {
    clock.advance(86_400);
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new Date('2025-01-02T03:04:05Z').getTime()).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
    expect(new Date(2025, 0, 2).getFullYear()).toBe(2025);
    expect(Date.parse('1970-01-01T00:00:01Z')).toBe(1000);
  });

  it('keeps instanceof Date true for dates made before and after installing', () => {
    const early = new Date();
    clock.advance(1);
    expect(early).toBeInstanceOf(Date);
    expect(new Date()).toBeInstanceOf(Date);
  });

  it('installs once: advancing twice adds up instead of stacking Date wrappers', () => {
    clock.advance(10);
    const installed = globalThis.Date;
    clock.advance(20);
    expect(globalThis.Date).toBe(installed);
    expect(clock.offsetSeconds).toBe(30);
  });

  it('returns a string when Date is called without new, like the real Date', () => {
    clock.advance(1);
    expect(typeof (Date as unknown as () => string)()).toBe('string');
  });

  it('goes back to real time on reset', () => {
    clock.advance(500);
    clock.reset();
    expect(Math.abs(Date.now() - performance.timeOrigin - performance.now())).toBeLessThan(5_000);
    expect(clock.offsetSeconds).toBe(0);
  });

  it('rejects a negative advance with code INVALID_ARGUMENT', () => {
    expect(() => clock.advance(-1)).toThrow(SandboxError);
    try {
      clock.advance(Number.NaN);
    } catch (error) {
      expect((error as SandboxError).code).toBe('INVALID_ARGUMENT');
    }
  });

  it('tells subscribers about every advance and reset', () => {
    const listener = vi.fn();
    const unsubscribe = clock.subscribe(listener);
    clock.advance(1);
    clock.reset();
    unsubscribe();
    clock.advance(1);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
