import { describe, expect, it } from 'vitest';
import { useInterpretedErrors } from './useInterpretedErrors';

describe('useInterpretedErrors', () => {
  it('points every form of the errors import at the stand-in, keeping lines and columns', () => {
    const code = [
      'package main',
      '',
      'import (',
      '\t"context"',
      '\t"errors"',
      '\tstderrors "errors" // aliased',
      ')',
      'import "errors"',
    ].join('\n');
    const used = useInterpretedErrors(code);
    expect(used.split('\n')).toEqual([
      'package main',
      '',
      'import (',
      '\t"context"',
      '\t"errorz"',
      '\tstderrors "errorz" // aliased',
      ')',
      'import "errorz"',
    ]);
  });

  it('leaves strings that merely contain errors alone', () => {
    const code = 'fmt.Println("errors")\nx := "errors/x"\n';
    expect(useInterpretedErrors(code)).toBe(code);
  });
});
