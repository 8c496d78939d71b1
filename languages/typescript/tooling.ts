/**
 * TypeScript's traits for the command line tools (see LanguageTooling.ts): its grammar, how its
 * SDK names are read, its scaffold template and its fixture SDK.
 */
import type { LanguageTooling, TemplateInput } from '../LanguageTooling';

function template({ grant, todo, demo }: TemplateInput): string {
  switch (grant) {
    case 'client-credentials':
      return `import { Client } from 'sdk';

const client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: '${demo.clientId}',
    oAuthClientSecret: '${demo.clientSecret}',
  },
});

// ${todo}
const token = await client.clientCredentialsAuthManager?.fetchToken();
console.log(\`Access token: \${token?.accessToken.slice(0, 8)}…\`);
`;
    case 'resource-owner-password':
      return `import { Client } from 'sdk';

const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: '${demo.clientId}',
    oAuthClientSecret: '${demo.clientSecret}',
    oAuthUsername: '${demo.username}',
    oAuthPassword: '${demo.password}',
  },
});

// ${todo}
const token = await client.resourceOwnerAuthManager?.fetchToken();
console.log(\`Access token: \${token?.accessToken.slice(0, 8)}…\`);
`;
    case 'authorization-code':
      return `import { Client, OAuthScopeEnum } from 'sdk';

const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: '${demo.clientId}',
    oAuthClientSecret: '${demo.clientSecret}',
    oAuthRedirectUri: '${demo.redirectUri}',
    oAuthScopes: [OAuthScopeEnum.ReadScope],
  },
});

// ${todo}
const authUrl = client.authorizationCodeAuthManager?.buildAuthorizationUrl();
console.log(\`Authorization URL: \${authUrl}\`);
`;
  }
}

export default {
  key: 'typescript',
  syntax: {
    treeSitterGrammar: 'tree-sitter-typescript.wasm',
    grammarName: 'TypeScript',
    stringLiteralTypes: ['string', 'template_string'],
    requiredStart: null,
  },
  // `tsc` checks every name a TypeScript snippet uses against the SDK (the type check).
  sdkNames: null,
  template,
  fixtureSdk: null,
} satisfies LanguageTooling;
