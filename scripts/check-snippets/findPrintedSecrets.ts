import { demo, registeredClients } from '../../sandbox/mock-server/fixtures';

/** A demo secret a run printed: which printed line, and what it was. */
export interface PrintedSecret {
  /** Index into the printed lines. */
  index: number;
  /** What the secret is, for the message: `the client secret "OAuthClientSecret"`. */
  what: string;
}

/**
 * The demo secrets a reader must never see printed in full, because a reader copies what the
 * page prints: client secrets, the user's password, HTTP Basic credentials built from them. The
 * mock server's tokens are 32 random bytes in base64url (43 characters, `randomToken`).
 */
function secrets(): { value: string; what: string }[] {
  const found: { value: string; what: string }[] = [
    { value: demo.password, what: `the demo user's password "${demo.password}"` },
  ];
  for (const client of registeredClients.values()) {
    if (client.clientSecret === undefined) continue;
    found.push({ value: client.clientSecret, what: `the client secret "${client.clientSecret}"` });
    const basic = btoa(`${client.clientId}:${client.clientSecret}`);
    found.push({ value: basic, what: `the HTTP Basic credentials "${basic}" (client id:secret)` });
  }
  return found;
}

/** A whole token: 43 base64url characters, not a URL's query value (a PKCE challenge, a state). */
const TOKEN = /(?<![\w=-])[\w-]{43}(?![\w-])/;

/** Every printed line that shows a demo secret or a whole token, first secret per line. */
export function findPrintedSecrets(lines: readonly string[]): PrintedSecret[] {
  const known = secrets();
  const printed: PrintedSecret[] = [];
  lines.forEach((line, index) => {
    const secret = known.find((candidate) => line.includes(candidate.value));
    if (secret !== undefined) {
      printed.push({ index, what: secret.what });
      return;
    }
    const token = TOKEN.exec(line);
    if (token !== null) printed.push({ index, what: `a whole token ("${token[0].slice(0, 8)}…")` });
  });
  return printed;
}
