import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from './lazyModule';

describe('lazyModule', () => {
  it('downloads once for every caller and remembers the module', async () => {
    const importer = vi.fn(() => Promise.resolve({ name: 'chunk' }));
    const chunk = lazyModule(importer);
    expect(chunk.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([chunk.load(), chunk.load()]);
    expect(first).toBe(second);
    expect(chunk.loaded()).toBe(first);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed download', async () => {
    const importer = vi
      .fn<() => Promise<{ name: string }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ name: 'chunk' });
    const chunk = lazyModule(importer);
    await expect(chunk.load()).rejects.toThrow('offline');
    await expect(chunk.load()).resolves.toEqual({ name: 'chunk' });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
