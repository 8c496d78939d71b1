/** RFC 7636 §4.1: code_verifier = 43*128unreserved (also the syntax of code_challenge). */
export const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

function base64url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Whether `verifier` matches the stored challenge (RFC 7636 §4.6), using Web Crypto for S256. */
export async function verifyCodeVerifier(
  verifier: string,
  challenge: string,
  method: 'S256' | 'plain',
): Promise<boolean> {
  if (method === 'plain') return verifier === challenge;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(digest) === challenge;
}
