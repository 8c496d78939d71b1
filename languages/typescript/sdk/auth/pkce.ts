import { base64url } from '../core/base64url';
import { sha256 } from './sha256';

/** A fresh PKCE code verifier: 32 random bytes, base64url (43 characters, RFC 7636 §4.1). */
export function createCodeVerifier(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier: BASE64URL(SHA256(ASCII(verifier))) (RFC 7636 §4.2). */
export function s256CodeChallenge(verifier: string): string {
  return base64url(sha256(new TextEncoder().encode(verifier)));
}
