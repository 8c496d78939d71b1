import type { LanguageKey } from '../../../languages';

/**
 * The starting point of a new snippet (`npm run new-snippet`): for each grant, a small program per
 * language that creates the client with the demo credentials and does one thing that prints a
 * result. Every file passes the registry checks as written (grammar, types, shared values, SDK
 * names), so a writer starts green and edits towards the operation the page needs. The `TODO`
 * markers make the unfinished parts fail the registry tests until they are replaced.
 *
 * The tests build their fixture registries from these templates too, so a template that drifts
 * from the checks fails them.
 */

export type Grant = 'client-credentials' | 'resource-owner-password' | 'authorization-code';

export const todo = 'TODO';

export const demoRedirectUri = 'https://example.com/oauth/callback';

const comment = {
  slash: `// ${todo}: replace this with the operation the snippet shows.`,
  hash: `# ${todo}: replace this with the operation the snippet shows.`,
};

function typescript(grant: Grant): string {
  switch (grant) {
    case 'client-credentials':
      return `import { Client } from 'sdk';

const client = new Client({
  clientCredentialsAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
  },
});

${comment.slash}
const token = await client.clientCredentialsAuthManager?.fetchToken();
console.log(\`Access token: \${token?.accessToken.slice(0, 8)}…\`);
`;
    case 'resource-owner-password':
      return `import { Client } from 'sdk';

const client = new Client({
  resourceOwnerAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthUsername: 'OAuthUsername',
    oAuthPassword: 'OAuthPassword',
  },
});

${comment.slash}
const token = await client.resourceOwnerAuthManager?.fetchToken();
console.log(\`Access token: \${token?.accessToken.slice(0, 8)}…\`);
`;
    case 'authorization-code':
      return `import { Client, OAuthScopeEnum } from 'sdk';

const client = new Client({
  authorizationCodeAuthCredentials: {
    oAuthClientId: 'OAuthClientId',
    oAuthClientSecret: 'OAuthClientSecret',
    oAuthRedirectUri: '${demoRedirectUri}',
    oAuthScopes: [OAuthScopeEnum.ReadScope],
  },
});

${comment.slash}
const authUrl = client.authorizationCodeAuthManager?.buildAuthorizationUrl();
console.log(\`Authorization URL: \${authUrl}\`);
`;
  }
}

function csharp(grant: Grant): string {
  const [builder, model, manager, args, scopes] = {
    'client-credentials': [
      'OAuthCCGCredentials',
      'OAuthCCGModel',
      'OAuthCCG',
      ['OAuthClientId', 'OAuthClientSecret'],
      '',
    ],
    'resource-owner-password': [
      'OAuthROPCGCredentials',
      'OAuthROPCGModel',
      'OAuthROPCG',
      ['OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword'],
      '',
    ],
    'authorization-code': [
      'OAuthACGCredentials',
      'OAuthACGModel',
      'OAuthACG',
      ['OAuthClientId', 'OAuthClientSecret', demoRedirectUri],
      `
        .OAuthScopes(new List<OAuthScopeOAuthACGEnum> { OAuthScopeOAuthACGEnum.ReadScope })`,
    ],
  }[grant] as [string, string, string, string[], string];
  const operation =
    grant === 'authorization-code'
      ? `string authUrl = client.${manager}.BuildAuthorizationUrl();
Console.WriteLine($"Authorization URL: {authUrl}");`
      : `OAuthToken token = client.${manager}.FetchToken();
Console.WriteLine($"Access token: {token.AccessToken.Substring(0, 8)}…");`;
  return `SdkClient client = new SdkClient.Builder()
    .${builder}(
        new ${model}.Builder(
${args.map((arg) => `            "${arg}"`).join(',\n')}
        )${scopes}
        .Build())
    .Build();

${comment.slash}
${operation}
`;
}

function java(grant: Grant, className: string): string {
  const [builder, model, getter, args, scopes] = {
    'client-credentials': [
      'clientCredentialsAuth',
      'ClientCredentialsAuthModel',
      'getClientCredentialsAuth',
      ['OAuthClientId', 'OAuthClientSecret'],
      '',
    ],
    'resource-owner-password': [
      'resourceOwnerAuth',
      'ResourceOwnerAuthModel',
      'getResourceOwnerAuth',
      ['OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword'],
      '',
    ],
    'authorization-code': [
      'authorizationCodeAuth',
      'AuthorizationCodeAuthModel',
      'getAuthorizationCodeAuth',
      ['OAuthClientId', 'OAuthClientSecret', demoRedirectUri],
      `
                        .oAuthScopes(Arrays.asList(OAuthScopeEnum.READ_SCOPE))`,
    ],
  }[grant] as [string, string, string, string[], string];
  const operation =
    grant === 'authorization-code'
      ? `String authUrl = client.${getter}().buildAuthorizationUrl();
        System.out.println("Authorization URL: " + authUrl);`
      : `OAuthToken token = client.${getter}().fetchToken();
        System.out.println("Access token: " + token.getAccessToken().substring(0, 8) + "…");`;
  const imports = [
    'com.example.sdk.SdkClient',
    `com.example.sdk.authentication.${model}`,
    grant === 'authorization-code'
      ? 'com.example.sdk.models.OAuthScopeEnum'
      : 'com.example.sdk.models.OAuthToken',
    ...(grant === 'authorization-code' ? ['java.util.Arrays'] : []),
  ]
    .map((name) => `import ${name};\n`)
    .join('');
  return `${imports}\npublic class ${className} {
    public static void main(String[] args) throws Exception {
        SdkClient client = new SdkClient.Builder()
                .${builder}(new ${model}.Builder(
${args.map((arg) => `                        "${arg}"`).join(',\n')})${scopes}
                        .build())
                .build();

        ${comment.slash}
        ${operation}
    }
}
`;
}

function python(grant: Grant): string {
  const [credentials, keyword, manager, args] = {
    'client-credentials': [
      'ClientCredentialsAuthCredentials',
      'client_credentials_auth_credentials',
      'http_ccg',
      { o_auth_client_id: 'OAuthClientId', o_auth_client_secret: 'OAuthClientSecret' },
    ],
    'resource-owner-password': [
      'ResourceOwnerAuthCredentials',
      'resource_owner_auth_credentials',
      'http_ropcg',
      {
        o_auth_client_id: 'OAuthClientId',
        o_auth_client_secret: 'OAuthClientSecret',
        o_auth_username: 'OAuthUsername',
        o_auth_password: 'OAuthPassword',
      },
    ],
    'authorization-code': [
      'AuthorizationCodeAuthCredentials',
      'authorization_code_auth_credentials',
      'http_acg',
      {
        o_auth_client_id: 'OAuthClientId',
        o_auth_client_secret: 'OAuthClientSecret',
        o_auth_redirect_uri: demoRedirectUri,
      },
    ],
  }[grant] as [string, string, string, Record<string, string>];
  const acg = grant === 'authorization-code';
  const imports = [
    `from sdk.http.auth.o_auth_2 import ${credentials}`,
    ...(acg ? ['from sdk.models.o_auth_scope_enum import OAuthScopeEnum'] : []),
    'from sdk.sdk_client import SdkClient',
  ];
  const lines = Object.entries(args).map(([name, value]) => `        ${name}="${value}",`);
  if (acg) lines.push('        o_auth_scopes=[OAuthScopeEnum.READ_SCOPE],');
  const operation = acg
    ? `auth_url = client.${manager}.get_authorization_url()
print(f"Authorization URL: {auth_url}")`
    : `token = client.${manager}.fetch_token()
print(f"Access token: {token.access_token[:8]}…")`;
  return `${imports.join('\n')}

client = SdkClient(
    ${keyword}=${credentials}(
${lines.join('\n')}
    )
)

${comment.hash}
${operation}
`;
}

function ruby(grant: Grant): string {
  const [credentials, keyword, manager, args] = {
    'client-credentials': [
      'ClientCredentialsAuthCredentials',
      'client_credentials_auth_credentials',
      'http_ccg',
      { o_auth_client_id: 'OAuthClientId', o_auth_client_secret: 'OAuthClientSecret' },
    ],
    'resource-owner-password': [
      'ResourceOwnerAuthCredentials',
      'resource_owner_auth_credentials',
      'http_ropcg',
      {
        o_auth_client_id: 'OAuthClientId',
        o_auth_client_secret: 'OAuthClientSecret',
        o_auth_username: 'OAuthUsername',
        o_auth_password: 'OAuthPassword',
      },
    ],
    'authorization-code': [
      'AuthorizationCodeAuthCredentials',
      'authorization_code_auth_credentials',
      'http_acg',
      {
        o_auth_client_id: 'OAuthClientId',
        o_auth_client_secret: 'OAuthClientSecret',
        o_auth_redirect_uri: demoRedirectUri,
      },
    ],
  }[grant] as [string, string, string, Record<string, string>];
  const acg = grant === 'authorization-code';
  const lines = Object.entries(args).map(([name, value]) => `    ${name}: '${value}'`);
  if (acg) lines.push('    o_auth_scopes: [OAuthScopeEnum::READ_SCOPE]');
  const operation = acg
    ? `auth_url = client.${manager}.get_authorization_url
puts "Authorization URL: #{auth_url}"`
    : `token = client.${manager}.fetch_token
puts "Access token: #{token.access_token[0, 8]}…"`;
  return `require 'sdk'
include Sdk

client = Client.new(
  ${keyword}: ${credentials}.new(
${lines.join(',\n')}
  )
)

${comment.hash}
${operation}
`;
}

function php(grant: Grant): string {
  const [method, builder, getter, args] = {
    'client-credentials': [
      'clientCredentialsAuthCredentials',
      'ClientCredentialsAuthCredentialsBuilder',
      'getClientCredentialsAuth',
      ['OAuthClientId', 'OAuthClientSecret'],
    ],
    'resource-owner-password': [
      'resourceOwnerAuthCredentials',
      'ResourceOwnerAuthCredentialsBuilder',
      'getResourceOwnerAuth',
      ['OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword'],
    ],
    'authorization-code': [
      'authorizationCodeAuthCredentials',
      'AuthorizationCodeAuthCredentialsBuilder',
      'getAuthorizationCodeAuth',
      ['OAuthClientId', 'OAuthClientSecret', demoRedirectUri],
    ],
  }[grant] as [string, string, string, string[]];
  const acg = grant === 'authorization-code';
  const scopes = acg
    ? `
            ->oAuthScopes([OAuthScopeEnum::READ_SCOPE])`
    : '';
  const operation = acg
    ? `$authUrl = $client->${getter}()->buildAuthorizationUrl();
printf("Authorization URL: %s\\n", $authUrl);`
    : `$token = $client->${getter}()->fetchToken();
printf("Access token: %s…\\n", substr($token->getAccessToken(), 0, 8));`;
  const uses = [
    `Sdk\\Authentication\\${builder}`,
    ...(acg ? ['Sdk\\Models\\OAuthScopeEnum'] : []),
    'Sdk\\SdkClientBuilder',
  ]
    .map((name) => `use ${name};\n`)
    .join('');
  return `<?php

require_once __DIR__ . '/vendor/autoload.php';

${uses}
$client = SdkClientBuilder::init()
    ->${method}(
        ${builder}::init(
${args.map((arg) => `            '${arg}'`).join(',\n')}
        )${scopes}
    )
    ->build();

${comment.slash}
${operation}
`;
}

function go(grant: Grant): string {
  const [option, constructor, manager, args] = {
    'client-credentials': [
      'WithClientCredentialsAuthCredentials',
      'NewClientCredentialsAuthCredentials',
      'ClientCredentialsAuthManager',
      ['OAuthClientId', 'OAuthClientSecret'],
    ],
    'resource-owner-password': [
      'WithResourceOwnerAuthCredentials',
      'NewResourceOwnerAuthCredentials',
      'ResourceOwnerAuthManager',
      ['OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword'],
    ],
    'authorization-code': [
      'WithAuthorizationCodeAuthCredentials',
      'NewAuthorizationCodeAuthCredentials',
      'AuthorizationCodeAuthManager',
      ['OAuthClientId', 'OAuthClientSecret', demoRedirectUri],
    ],
  }[grant] as [string, string, string, string[]];
  const acg = grant === 'authorization-code';
  const scopes = acg
    ? `.
					WithOAuthScopes([]models.OAuthScopeEnum{models.OAuthScopeEnum_READSCOPE})`
    : '';
  const imports = acg
    ? ['"fmt"', '', '"sdk"', '"sdk/models"']
    : ['"context"', '"fmt"', '"log"', '', '"sdk"'];
  const operation = acg
    ? `	authURL := client.${manager}().BuildAuthorizationURL(nil)
	fmt.Printf("Authorization URL: %s\\n", authURL)`
    : `	token, err := client.${manager}().FetchToken(context.Background())
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Access token: %s…\\n", token.AccessToken[:8])`;
  return `package main

import (
${imports.map((line) => (line === '' ? '' : `\t${line}`)).join('\n')}
)

func main() {
	client := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.${option}(
				sdk.${constructor}(
${args.map((arg) => `					"${arg}",`).join('\n')}
				)${scopes},
			),
		),
	)

	${comment.slash}
${operation}
}
`;
}

/** `fetch-token` → `FetchToken`: the Java class name of a snippet (Java wants one per file). */
export function pascalCase(operation: string): string {
  return operation
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

export function snippetTemplates(grant: Grant, operation: string): Record<LanguageKey, string> {
  return {
    csharp: csharp(grant),
    // Java snippets compile together: the class is named after grant and operation, as they are.
    java: java(grant, pascalCase(`${grant}-${operation}`)),
    python: python(grant),
    ruby: ruby(grant),
    typescript: typescript(grant),
    php: php(grant),
    go: go(grant),
  };
}

/** The meta.json of a new snippet: valid, runnable, and with TODOs where the writer's words go. */
export function metaTemplate(grant: Grant): string {
  const meta = {
    title: `${todo}: a short title, e.g. "Fetch a token"`,
    description: `${todo}: one or two sentences, shown above the tabs.`,
    run: {
      expect:
        grant === 'authorization-code'
          ? ['^Authorization URL: https://auth\\.example\\.com/oauth2/authorize\\?']
          : ['^Access token: \\S+'],
    },
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}
