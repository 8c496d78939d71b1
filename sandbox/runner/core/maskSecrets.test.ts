import { describe, expect, it } from 'vitest';
import { MASK, maskHeader, maskJson, maskNamedValue, maskText, maskUrl } from './maskSecrets';

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

describe('maskSecrets: every spelling of a credential', () => {
  it('masks camelCase, snake_case and kebab-case secret and token keys in JSON', () => {
    expect(
      maskJson({
        clientSecret: 'OAuthClientSecret',
        oAuthClientSecret: 'OAuthClientSecret',
        'client-secret': 'OAuthClientSecret',
        accessToken: 'a1234567890',
        refresh_token: 'r1234567890',
        password: 123456789,
        clientId: 'OAuthClientId',
      }),
    ).toEqual({
      clientSecret: MASK,
      oAuthClientSecret: MASK,
      'client-secret': MASK,
      accessToken: `a123${MASK}`,
      refresh_token: `r123${MASK}`,
      password: MASK,
      clientId: 'OAuthClientId',
    });
  });

  it('masks custom secret headers by their name and leaves ordinary headers alone', () => {
    expect(maskHeader('X-Client-Secret', 'OAuthClientSecret')).toBe(MASK);
    expect(maskHeader('X-Api-Key', 'k-1234567890')).toBe(MASK);
    expect(maskHeader('X-Auth-Token', 'abcdefghijkl')).toBe(`abcd${MASK}`);
    expect(maskHeader('Proxy-Authorization', 'Bearer abcdefghijkl')).toBe(`Bearer abcd${MASK}`);
    expect(maskHeader('Authorization', 'Token OAuthClientSecret')).toBe(MASK);
    expect(maskHeader('Content-Type', 'application/json')).toBe('application/json');
    expect(maskHeader('WWW-Authenticate', 'Bearer error="invalid_token"')).toBe(
      'Bearer error="invalid_token"',
    );
  });

  it('masks credentials in free text: pairs in any spelling and Basic/Bearer values', () => {
    const text = [
      'clientSecret=OAuthClientSecret&user=OAuthUsername',
      '"refreshToken": "r1234567890"',
      'Authorization: Basic T0F1dGhDbGllbnRJZDpPQXV0aENsaWVudFNlY3JldA==',
      'password: OAuthPassword',
    ].join('\n');
    const masked = maskText(text);
    for (const secret of [
      'OAuthClientSecret',
      'r1234567890',
      'T0F1dGhDbGllbnRJZDpP',
      'OAuthPassword',
    ])
      expect(masked).not.toContain(secret);
    expect(masked).toContain('user=OAuthUsername');
    expect(masked).toContain(`"refreshToken": "r123${MASK}`);
  });
});
