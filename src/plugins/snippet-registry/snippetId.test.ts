import { describe, expect, it } from 'vitest';
import { normaliseId, parseSnippetId } from './snippetId';

describe('parseSnippetId', () => {
  it('splits a well-formed id into its grant and operation', () => {
    expect(parseSnippetId('client-credentials/fetch-token')).toEqual([
      'client-credentials',
      'fetch-token',
    ]);
  });

  it.each(['fetch-token', 'a/b/c', 'Client-Credentials/fetch-token', 'client_credentials/x', '/x'])(
    'refuses %s',
    (id) => {
      expect(parseSnippetId(id)).toBeUndefined();
    },
  );
});

describe('normaliseId', () => {
  it('gives ids that differ only in case or separators the same key', () => {
    expect(normaliseId('client-credentials/Fetch_Token')).toBe(
      normaliseId('client-credentials/fetch-token'),
    );
  });
});
