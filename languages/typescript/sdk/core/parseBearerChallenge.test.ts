import { describe, expect, it } from 'vitest';
import { parseBearerChallenge } from './parseBearerChallenge';

describe('parseBearerChallenge', () => {
  it('reads realm, error, error_description and scope of a Bearer challenge', () => {
    expect(
      parseBearerChallenge(
        'Bearer realm="api.example.com", error="insufficient_scope", error_description="Needs \\"write\\"", scope="write"',
      ),
    ).toEqual({
      realm: 'api.example.com',
      error: 'insufficient_scope',
      error_description: 'Needs "write"',
      scope: 'write',
    });
  });

  it('answers undefined for a missing header or another scheme', () => {
    expect(parseBearerChallenge(undefined)).toBeUndefined();
    expect(parseBearerChallenge('Basic realm="x"')).toBeUndefined();
  });
});
