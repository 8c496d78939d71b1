import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSdkSurface } from '../../../scripts/check-snippets/checks/sdkSurface';
import { loadParsers } from '../../../scripts/check-snippets/checks/treeSitter';
import { proseNameCounterparts } from './proseNameCounterparts';
import { sdkNameSets, type SdkNameSets } from './sdkNameSets';

const siteDir = path.resolve(__dirname, '../../..');
let sets: SdkNameSets;

beforeAll(async () => {
  const parsers = await loadParsers();
  sets = sdkNameSets(siteDir, parsers, loadSdkSurface(siteDir, parsers).surface);
});

describe('proseNameCounterparts, against the reference SDKs', () => {
  it("spells a called name in each language's convention, without parentheses in Ruby", () => {
    expect(proseNameCounterparts('fetchToken()', sets)).toEqual({
      names: {
        csharp: 'FetchToken()',
        java: 'fetchToken()',
        python: 'fetch_token()',
        ruby: 'fetch_token',
        typescript: 'fetchToken()',
        php: 'fetchToken()',
        go: 'FetchToken()',
      },
    });
  });

  it('shows a name the prose does not call without parentheses', () => {
    expect(proseNameCounterparts('fetchToken', sets).names?.csharp).toBe('FetchToken');
  });

  it("takes a language's rename over its convention, though the SDK also has the convention's name", () => {
    // The .NET SDK has a ClientCredentialsAuthManager class; the client's property is OAuthCCG.
    expect(sets.names.csharp!.has('ClientCredentialsAuthManager')).toBe(true);
    expect(proseNameCounterparts('clientCredentialsAuthManager', sets).names).toMatchObject({
      csharp: 'OAuthCCG',
      java: 'getClientCredentialsAuth()',
      python: 'http_ccg',
      ruby: 'http_ccg',
      go: 'ClientCredentialsAuthManager',
    });
  });

  it("reads a property through Java's and PHP's getters, and names an option as it is set", () => {
    expect(proseNameCounterparts('errorDescription', sets).names).toMatchObject({
      csharp: 'ErrorDescription',
      java: 'getErrorDescription()',
      python: 'error_description',
      php: 'getErrorDescription()',
      go: 'ErrorDescription',
    });
    expect(proseNameCounterparts('oAuthTokenProvider', sets).names).toMatchObject({
      csharp: 'OAuthTokenProvider',
      java: 'oAuthTokenProvider',
      python: 'o_auth_token_provider',
      php: 'oAuthTokenProvider',
      go: 'WithOAuthTokenProvider',
    });
  });

  it("names errors as each language's exceptions, and Ruby's predicates with a question mark", () => {
    expect(proseNameCounterparts('ApiError', sets).names).toMatchObject({
      csharp: 'ApiException',
      python: 'APIException',
      go: 'ApiError',
    });
    expect(proseNameCounterparts('isTokenExpired()', sets).names).toMatchObject({
      ruby: 'token_expired?',
      go: 'OAuthTokenIsExpired()',
    });
  });

  it('reports a name the reference SDK lacks, with the name it most likely means', () => {
    expect(proseNameCounterparts('fetchTokn()', sets)).toEqual({
      problems: [
        '<Sdk name="fetchTokn()" /> names nothing in the TypeScript SDK (languages/typescript/): did you mean "fetchToken"? Write the TypeScript SDK\'s name; each language\'s name follows from it.',
      ],
    });
  });

  it('reports each language whose SDK has no counterpart, with its closest name and where to add a rename', () => {
    // Python and Ruby build the authorization URL with get_authorization_url.
    const { problems } = proseNameCounterparts('buildAuthorizationUrl()', sets);
    expect(problems).toEqual([
      '<Sdk name="buildAuthorizationUrl()" />: the Python SDK (languages/python/) has no "build_authorization_url" (its naming of a call). Did you mean "get_authorization_url"? Name its counterpart in proseNames.renames in languages/python/tooling.ts, or add it to that SDK.',
      expect.stringContaining('the Ruby SDK (languages/ruby/) has no "build_authorization_url"'),
    ]);
  });

  it('rejects what is not one name', () => {
    expect(proseNameCounterparts('client.fetchToken()', sets).problems).toEqual([
      expect.stringContaining('is not a name: write one name of the TypeScript SDK'),
    ]);
  });
});
