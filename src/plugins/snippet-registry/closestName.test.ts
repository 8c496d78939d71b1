import { describe, expect, it } from 'vitest';
import { closestName, didYouMean } from './closestName';

describe('closestName', () => {
  it('suggests the key a typo was meant to be', () => {
    expect(closestName('titel', ['title', 'description', 'highlight', 'run', 'runNote'])).toBe(
      'title',
    );
  });

  it('suggests an existing snippet id for a misspelt one', () => {
    const ids = ['client-credentials/fetch-token', 'client-credentials/refresh-token'];
    expect(closestName('client-credential/fetch-tokn', ids)).toBe('client-credentials/fetch-token');
  });

  it('prefers the name sharing most words when no spelling is near', () => {
    expect(closestName('fetchAccessToken', ['fetchToken', 'getAccessTokenNow', 'build'])).toBe(
      'fetchToken',
    );
  });

  it('does not take a short name two edits away for a typo', () => {
    expect(closestName('Guid', ['Build', 'OAuthToken'])).toBeUndefined();
  });

  it('suggests nothing when no name is close', () => {
    expect(closestName('zebra', ['title', 'description'])).toBeUndefined();
    expect(didYouMean('zebra', ['title'])).toBe('');
  });

  it('phrases the hint as a sentence to append', () => {
    expect(didYouMean('typscript', ['typescript', 'python'])).toBe(' Did you mean "typescript"?');
  });
});
