/**
 * PHP's traits for the command line tools (see LanguageTooling.ts): its grammar, how its
 * SDK names are read, its scaffold template and its fixture SDK.
 */
import type { LanguageTooling, SdkNameReader, TemplateInput } from '../LanguageTooling';
import { getterProseNaming } from '../getterProseNaming';

/**
 * The names a snippet takes from outside itself (see the SDK-surface check, sdkNames.ts): one
 * node at a time, recording what it calls, constructs or names as a type, and what it defines.
 */
const read: SdkNameReader = (node, found, use, { field, rootOf, chainMembers }) => {
  const receivers = ['object', 'scope'];
  switch (node.type) {
    case 'function_call_expression':
      use(field(node, 'function'), 'call');
      break;
    case 'member_call_expression':
    case 'nullsafe_member_call_expression': {
      const receiver = field(node, 'object');
      const root = rootOf(receiver, receivers)?.text;
      use(field(node, 'name'), 'call', root);
      chainMembers(
        receiver,
        { member_access_expression: 'name', nullsafe_member_access_expression: 'name' },
        receivers,
        use,
        root,
      );
      break;
    }
    case 'scoped_call_expression': {
      const scope = field(node, 'scope');
      use(scope, 'type');
      use(field(node, 'name'), 'call', scope?.text);
      break;
    }
    case 'object_creation_expression':
      use(node.namedChildren.find((child) => /name/.test(child?.type ?? '')) ?? null, 'type');
      break;
    case 'class_constant_access_expression':
      use(node.namedChild(0), 'type');
      break;
    case 'named_type':
      use(node.namedChild(0), 'type');
      break;
    case 'function_definition':
    case 'class_declaration':
    case 'method_declaration': {
      const name = field(node, 'name');
      if (name) found.defined.add(name.text);
      break;
    }
  }
};

function template({ grant, todo, demo }: TemplateInput): string {
  const [method, builder, getter, args] = {
    'client-credentials': [
      'clientCredentialsAuthCredentials',
      'ClientCredentialsAuthCredentialsBuilder',
      'getClientCredentialsAuth',
      [demo.clientId, demo.clientSecret],
    ],
    'resource-owner-password': [
      'resourceOwnerAuthCredentials',
      'ResourceOwnerAuthCredentialsBuilder',
      'getResourceOwnerAuth',
      [demo.clientId, demo.clientSecret, demo.username, demo.password],
    ],
    'authorization-code': [
      'authorizationCodeAuthCredentials',
      'AuthorizationCodeAuthCredentialsBuilder',
      'getAuthorizationCodeAuth',
      [demo.clientId, demo.clientSecret, demo.redirectUri],
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

// ${todo}
${operation}
`;
}

export default {
  key: 'php',
  syntax: {
    treeSitterGrammar: 'tree-sitter-php.wasm',
    grammarName: 'PHP',
    stringLiteralTypes: ['string', 'encapsed_string', 'heredoc', 'nowdoc'],
    requiredStart: '<?php',
  },
  sdkNames: {
    sources: ['autoload.php', 'src', 'sandbox'],
    testFiles: /Test\.php$/,
    read,
    standardLibrary: {
      roots: ['$this', 'self', 'static', 'parent', 'RuntimeException'],
      names: [
        'printf',
        'substr',
        'bin2hex',
        'random_bytes',
        'isset',
        'parse_str',
        'parse_url',
        'count',
        'gmdate',
      ],
    },
  },
  template,
  fixtureSdk: {
    file: 'src/Sdk.php',
    source: (names) => `<?php\n${names.map((name) => `${name}();`).join('\n')}\n`,
    names: [
      'SdkClientBuilder::init',
      'build',
      'getAccessToken',
      'clientCredentialsAuthCredentials',
      'ClientCredentialsAuthCredentialsBuilder',
      'getClientCredentialsAuth',
      'resourceOwnerAuthCredentials',
      'ResourceOwnerAuthCredentialsBuilder',
      'getResourceOwnerAuth',
      'authorizationCodeAuthCredentials',
      'AuthorizationCodeAuthCredentialsBuilder',
      'getAuthorizationCodeAuth',
      'oAuthScopes',
      'OAuthScopeEnum',
      'fetchToken',
      'buildAuthorizationUrl',
    ],
    extensions: [],
  },
  // Getters for properties and auth managers, exceptions for errors (getterProseNaming).
  proseNames: getterProseNaming,
} satisfies LanguageTooling;
