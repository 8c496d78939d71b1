import { describe, expect, it } from 'vitest';
import { MASK, maskHeader, maskJson, maskNamedValue, maskUrl } from './maskSecrets';

describe('maskSecrets', () => {
  it('hides the client secret inside Basic credentials but names the client', () => {
    const header = `Basic ${btoa('OAuthClientId:OAuthClientSecret')}`;
    const masked = maskHeader('Authorization', header);
    expect(masked).not.toContain(btoa('OAuthClientId:OAuthClientSecret'));
    expect(masked).not.toContain('OAuthClientSecret');
    expect(masked).toContain('OAuthClientId');
  });

  it('keeps only the first characters of a bearer token', () => {
    expect(maskHeader('authorization', 'Bearer abcdefghijklmnop')).toBe(`Bearer abcd${MASK}`);
  });

  it('hides passwords and secrets completely and tokens partly in form fields and JSON', () => {
    expect(maskNamedValue('password', 'OAuthPassword')).toBe(MASK);
    expect(maskNamedValue('client_secret', 'OAuthClientSecret')).toBe(MASK);
    expect(maskNamedValue('refresh_token', 'r1234567890')).toBe(`r123${MASK}`);
    expect(maskNamedValue('username', 'OAuthUsername')).toBe('OAuthUsername');
    expect(
      maskJson({
        access_token: 'a1234567890',
        token_type: 'Bearer',
        nested: [{ refreshToken: 'zyxwvutsrq' }],
      }),
    ).toEqual({
      access_token: `a123${MASK}`,
      token_type: 'Bearer',
      nested: [{ refreshToken: `zyxw${MASK}` }],
    });
  });

  it('masks codes and tokens in URLs and Location headers', () => {
    expect(maskUrl('https://example.com/cb?code=abcdefghijkl&state=xyz')).toBe(
      `https://example.com/cb?code=abcd${MASK}&state=xyz`,
    );
    expect(maskHeader('location', 'https://example.com/cb#access_token=abcdefghijkl')).toBe(
      `https://example.com/cb#access_token=abcd${MASK}`,
    );
  });
});
