import { describe, expect, it } from 'vitest';
import { demo } from '../index';
import { useMockServer } from '../testing';

useMockServer();

describe('authorization server metadata (RFC 8414)', () => {
  it('publishes the issuer, endpoints, grants, auth methods and PKCE methods', async () => {
    const res = await fetch(`${demo.authServerUrl}/.well-known/oauth-authorization-server`);
    expect(res.status).toBe(200);
    const metadata = (await res.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: demo.authServerUrl,
      authorization_endpoint: `${demo.authServerUrl}/oauth2/authorize`,
      token_endpoint: `${demo.authServerUrl}/oauth2/token`,
      scopes_supported: ['read', 'write'],
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256', 'plain'],
    });
    expect(metadata.grant_types_supported).toEqual(
      expect.arrayContaining([
        'authorization_code',
        'client_credentials',
        'password',
        'refresh_token',
      ]),
    );
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_basic', 'client_secret_post']),
    );
  });
});
