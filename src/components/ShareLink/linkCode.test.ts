import { describe, expect, it } from 'vitest';
import { decodeLinkCode, encodeLinkCode, maxSharedCodeBytes } from './linkCode';
import { readShareFragment, shareFragment } from './shareFragment';

const code = `from sdk.sdk_client import SdkClient\n\nprint("Access token: …")  # ✓ non-ASCII\n`;

describe('linkCode', () => {
  it('gives back exactly the code it packed, non-ASCII text included', async () => {
    const packed = await encodeLinkCode(code);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeLinkCode(packed)).toBe(code);
  });

  it('packs repetitive code well below its own length', async () => {
    const long = code.repeat(50);
    expect((await encodeLinkCode(long)).length).toBeLessThan(long.length / 10);
  });

  it('says the link was cut short when the packed code is truncated', async () => {
    const packed = await encodeLinkCode(code.repeat(5));
    await expect(decodeLinkCode(packed.slice(0, packed.length / 2))).rejects.toThrow(
      /damaged and does not unpack|not valid base64url/,
    );
  });

  it('says the link was changed when a character outside base64url appears', async () => {
    await expect(decodeLinkCode('abc$def')).rejects.toThrow(/characters a shared link never holds/);
  });

  it('refuses code that unpacks beyond the limit instead of filling memory', async () => {
    const bomb = await encodeLinkCode('a'.repeat(maxSharedCodeBytes + 1));
    await expect(decodeLinkCode(bomb)).rejects.toThrow(/over 256 KB once unpacked/);
  });

  it('says there is no code when the link carries none', async () => {
    await expect(decodeLinkCode('')).rejects.toThrow(/holds no code/);
  });
});

describe('shareFragment', () => {
  it('reads back the snippet, language and code it wrote', () => {
    const fragment = shareFragment({
      snippet: 'client-credentials/fetch-token',
      language: 'python',
      code: 'abc-_',
    });
    expect(fragment).toBe('#snippet=client-credentials/fetch-token&language=python&code=abc-_');
    expect(readShareFragment(fragment)).toEqual({
      snippet: 'client-credentials/fetch-token',
      language: 'python',
      code: 'abc-_',
    });
  });

  it('ignores a heading anchor and a fragment without a language', () => {
    expect(readShareFragment('#renew-a-token')).toBeUndefined();
    expect(readShareFragment('#snippet=a/b')).toBeUndefined();
    expect(readShareFragment('')).toBeUndefined();
  });
});
