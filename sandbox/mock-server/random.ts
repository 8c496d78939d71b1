/** An unguessable token: `bytes` random bytes (default 32 = 256 bits), base64url. */
export function randomToken(bytes = 32): string {
  let binary = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(bytes))) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
