import { describe, expect, it } from 'vitest';
import { keepBuiltins } from './keepBuiltins';

describe('keepBuiltins', () => {
  it('keeps a member its value when code assigns, redefines or deletes it', () => {
    class Text {
      slice() {
        return 'the original';
      }
    }
    const original = Text.prototype.slice;
    keepBuiltins([[Text.prototype, 'slice']]);
    expect(() => {
      Text.prototype.slice = () => 'replaced';
    }).toThrow(TypeError);
    expect(() =>
      Object.defineProperty(Text.prototype, 'slice', { value: () => 'redefined' }),
    ).toThrow(TypeError);
    expect(() => delete (Text.prototype as { slice?: unknown }).slice).toThrow(TypeError);
    expect(Text.prototype.slice).toBe(original);
    expect(new Text().slice()).toBe('the original');
  });

  it('leaves the other members of the same owner replaceable', () => {
    const owner = { kept: () => 1, free: () => 2 };
    keepBuiltins([[owner, 'kept']]);
    owner.free = () => 3;
    expect(owner.free()).toBe(3);
  });

  it('says which member it cannot keep', () => {
    expect(() => keepBuiltins([[{}, 'missing']])).toThrow(/missing is not a data property/);
  });
});
