import { describe, expect, it } from 'vitest';
import { environmentVariable } from './environmentVariable';

describe('environmentVariable', () => {
  it('reads the process environment in Node', () => {
    expect(environmentVariable('X', { process: { env: { X: 'http://127.0.0.1:1/auth' } } })).toBe(
      'http://127.0.0.1:1/auth',
    );
  });

  it('finds nothing in a browser worker, which has no process', () => {
    expect(environmentVariable('X', {})).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    expect(environmentVariable('X', { process: { env: { X: '' } } })).toBeUndefined();
  });
});
