import { afterEach, describe, expect, it, vi } from 'vitest';
import { importModuleText } from './importModuleText';

describe('importModuleText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Node refuses a module from a blob: URL (ERR_UNSUPPORTED_ESM_URL_SCHEME), as WebKit does in a
  // runner worker: the fallback to a data: URL is what runs here.
  it('imports a module from its text where the engine refuses blob: modules', async () => {
    const text = [
      '// a comment with # and % and 100% ünïcödé',
      'export const answer = 6 * 7;',
      'export default function greet(name) { return `hello, ${name}#%`; }',
    ].join('\n');
    const module = (await importModuleText(text)) as {
      answer: number;
      default: (name: string) => string;
    };
    expect(module.answer).toBe(42);
    expect(module.default('wörld')).toBe('hello, wörld#%');
  });

  it('revokes the blob: URL it made, whichever way the import went', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    await importModuleText('export default 1;');
    expect(revoke).toHaveBeenCalledWith(expect.stringMatching(/^blob:/));
  });

  it('rejects with the engine’s syntax error when the text is not a module', async () => {
    await expect(importModuleText('export default = ;')).rejects.toThrow(SyntaxError);
  });
});
