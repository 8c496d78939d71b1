/**
 * Java's traits for the command line tools (see LanguageTooling.ts): its grammar, how its
 * SDK names are read, its scaffold template and its fixture SDK.
 */
import type { LanguageTooling, SdkNameReader, TemplateInput } from '../LanguageTooling';
import { getterProseNaming } from '../getterProseNaming';

/**
 * The names a snippet takes from outside itself (see the SDK-surface check, sdkNames.ts): one
 * node at a time, recording what it calls, constructs or names as a type, and what it defines.
 */
const read: SdkNameReader = (node, found, use, { field, rootOf, chainMembers, descendantsOf }) => {
  const receivers = ['object'];
  switch (node.type) {
    case 'method_invocation': {
      const receiver = field(node, 'object');
      const root = receiver ? rootOf(receiver, receivers) : null;
      use(field(node, 'name'), 'call', root?.text);
      chainMembers(receiver, { field_access: 'field' }, receivers, use, root?.text);
      if (root?.type === 'identifier' && /^[A-Z]/.test(root.text)) use(root, 'type');
      break;
    }
    case 'field_access': {
      const receiver = field(node, 'object');
      if (receiver?.type === 'identifier' && /^[A-Z]/.test(receiver.text)) use(receiver, 'type');
      break;
    }
    case 'type_identifier': {
      const scoped = node.parent?.type === 'scoped_type_identifier' ? node.parent : null;
      const first = scoped?.namedChild(0);
      use(node, 'type', first && first.id !== node.id ? first.text : undefined);
      break;
    }
    case 'import_declaration': {
      const path =
        node.namedChildren.find((child) => /identifier/.test(child?.type ?? ''))?.text ?? '';
      const name = path.split('.').at(-1) ?? '';
      if (/^javax?\./.test(path)) found.external.add(name);
      return;
    }
    case 'class_declaration':
    case 'interface_declaration':
    case 'enum_declaration':
    case 'record_declaration':
    case 'method_declaration':
    case 'variable_declarator':
    case 'formal_parameter':
    case 'catch_formal_parameter': {
      const name = field(node, 'name');
      if (name) found.defined.add(name.text);
      break;
    }
    case 'lambda_expression': {
      const parameters = field(node, 'parameters');
      if (parameters !== null) {
        descendantsOf(parameters, 'identifier').forEach((name) => found.defined.add(name.text));
      }
      break;
    }
  }
};

/** `fetch-token` → `FetchToken`: the class name of a snippet (Java wants one per file). */
export function pascalCase(operation: string): string {
  return operation
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function template({ grant, operation: snippetOperation, todo, demo }: TemplateInput): string {
  // Java snippets compile together: the class is named after grant and operation, as they are.
  const className = pascalCase(`${grant}-${snippetOperation}`);
  const [builder, model, getter, args, scopes] = {
    'client-credentials': [
      'clientCredentialsAuth',
      'ClientCredentialsAuthModel',
      'getClientCredentialsAuth',
      [demo.clientId, demo.clientSecret],
      '',
    ],
    'resource-owner-password': [
      'resourceOwnerAuth',
      'ResourceOwnerAuthModel',
      'getResourceOwnerAuth',
      [demo.clientId, demo.clientSecret, demo.username, demo.password],
      '',
    ],
    'authorization-code': [
      'authorizationCodeAuth',
      'AuthorizationCodeAuthModel',
      'getAuthorizationCodeAuth',
      [demo.clientId, demo.clientSecret, demo.redirectUri],
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

        // ${todo}
        ${operation}
    }
}
`;
}

export default {
  key: 'java',
  syntax: {
    treeSitterGrammar: 'tree-sitter-java.wasm',
    grammarName: 'Java',
    stringLiteralTypes: ['string_literal', 'text_block'],
    requiredStart: null,
  },
  sdkNames: {
    sources: ['src/main'],
    testFiles: /Test\.java$/,
    read,
    standardLibrary: {
      roots: ['System', 'String', 'Exception', 'IllegalStateException'],
      names: [
        'substring',
        'equals',
        'get',
        'put',
        'nextBytes',
        'containsKey',
        'split',
        'getRawQuery',
        'getScheme',
        'getAuthority',
        'getPath',
        'size',
      ],
    },
  },
  template,
  fixtureSdk: {
    file: 'src/main/Sdk.java',
    source: (names) =>
      `class Sdk {\n  void names() {\n${names.map((name) => `    ${name}();`).join('\n')}\n  }\n}\n`,
    names: [
      'SdkClient',
      'Builder',
      'build',
      'OAuthToken',
      'getAccessToken',
      'clientCredentialsAuth',
      'ClientCredentialsAuthModel',
      'getClientCredentialsAuth',
      'resourceOwnerAuth',
      'ResourceOwnerAuthModel',
      'getResourceOwnerAuth',
      'authorizationCodeAuth',
      'AuthorizationCodeAuthModel',
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
