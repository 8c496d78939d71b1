/**
 * The grants the guide documents, in the guide's order: the first folder level under `snippets/`
 * (`snippets/<grant>/<operation>/`), and each grant's page (`docs/<grant>.mdx`, whose doc id is
 * the grant's id). Read by the snippet registry (which folders are valid), `npm run new-snippet`,
 * the sidebar, the footer and the home page, so adding a grant is adding its entry here, its
 * folder and its page.
 */
const grantList = [
  {
    id: 'client-credentials',
    title: 'Client Credentials',
    summary: 'Your service calls the API as itself. Three lines to a token.',
  },
  {
    id: 'resource-owner-password',
    title: 'Resource Owner Password',
    summary: 'For legacy integrations, with the security caveats you need.',
    // RFC 9700 §2.4: it must not be used, and OAuth 2.1 removes it. Pages that recommend a grant
    // (the home page) put it last.
    legacy: true,
  },
  {
    id: 'authorization-code',
    title: 'Authorization Code',
    summary: 'Act for a user: consent screen, redirect, code exchange, PKCE.',
  },
] as const satisfies readonly GrantFacts<string>[];

export interface GrantFacts<Id extends string = Grant> {
  /** Its folder under `snippets/` and its page's doc id: lower-case words joined by "-". */
  id: Id;
  /** As links name it (footer, home page); the page's own title is in its front matter. */
  title: string;
  /** One line for the home page: when a reader wants this grant. */
  summary: string;
  /** Discouraged by current practice: documented for existing integrations, never recommended. */
  legacy?: boolean;
}

/** A grant's id, e.g. `client-credentials`. */
export type Grant = (typeof grantList)[number]['id'];

export const grants: readonly GrantFacts[] = grantList;

export const grantIds: readonly Grant[] = grants.map((grant) => grant.id);

/** Whether `name` (a folder, the first part of an id) is a grant the guide documents. */
export function isGrant(name: string): name is Grant {
  return (grantIds as readonly string[]).includes(name);
}

/** The grant's page, as a site path (`/docs/client-credentials`). */
export function grantDocPath(grant: Grant): string {
  return `/docs/${grant}`;
}
