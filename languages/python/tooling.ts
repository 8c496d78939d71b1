/**
 * Python's traits for the command line tools (see LanguageTooling.ts): its grammar, how its
 * SDK names are read, its scaffold template and its fixture SDK.
 */
import type { LanguageTooling, SdkNameReader, TemplateInput } from '../LanguageTooling';
import { nameCase } from '../nameCase';

/**
 * The names a snippet takes from outside itself (see the SDK-surface check, sdkNames.ts): one
 * node at a time, recording what it calls, constructs or names as a type, and what it defines.
 */
const read: SdkNameReader = (node, found, use, { field, rootOf, chainMembers }) => {
  const receivers = ['object', 'function'];
  switch (node.type) {
    case 'call': {
      const fn = field(node, 'function');
      if (fn?.type === 'attribute') {
        const receiver = field(fn, 'object');
        const root = rootOf(receiver, receivers)?.text;
        use(field(fn, 'attribute'), 'call', root);
        chainMembers(receiver, { attribute: 'attribute' }, receivers, use, root);
      } else {
        use(fn, 'call');
      }
      break;
    }
    case 'import_from_statement': {
      const module = field(node, 'module_name')?.text ?? '';
      const fromSdk = module === 'sdk' || module.startsWith('sdk.');
      for (const imported of node.childrenForFieldName('name')) {
        const name = imported.type === 'aliased_import' ? field(imported, 'name') : imported;
        const local = imported.type === 'aliased_import' ? field(imported, 'alias') : imported;
        // An SDK name is checked where it is imported, and again where used (same name, same
        // verdict); only a local alias (`import SdkClient as Client`) counts as defined here.
        if (fromSdk) use(name, 'type');
        if (local && !fromSdk) found.external.add(local.text);
        if (local && fromSdk && local.text !== name?.text) found.defined.add(local.text);
      }
      return;
    }
    case 'import_statement': {
      for (const imported of node.childrenForFieldName('name')) {
        const local = imported.type === 'aliased_import' ? field(imported, 'alias') : imported;
        if (local) found.external.add(local.text.split('.')[0] ?? local.text);
      }
      return;
    }
    case 'function_definition':
    case 'class_definition':
    case 'default_parameter':
    case 'typed_default_parameter': {
      const name = field(node, 'name');
      if (name) found.defined.add(name.text);
      break;
    }
    case 'parameters':
    case 'lambda_parameters':
    case 'typed_parameter':
    case 'global_statement':
    case 'as_pattern_target':
    case 'pattern_list':
      node.namedChildren
        .filter((child) => child?.type === 'identifier')
        .forEach((child) => found.defined.add(child?.text ?? ''));
      break;
    case 'assignment':
    case 'for_statement': {
      const left = field(node, 'left');
      if (left?.type === 'identifier') found.defined.add(left.text);
      break;
    }
  }
};

function template({ grant, todo, demo }: TemplateInput): string {
  const [credentials, keyword, manager, args] = {
    'client-credentials': [
      'ClientCredentialsAuthCredentials',
      'client_credentials_auth_credentials',
      'http_ccg',
      { o_auth_client_id: demo.clientId, o_auth_client_secret: demo.clientSecret },
    ],
    'resource-owner-password': [
      'ResourceOwnerAuthCredentials',
      'resource_owner_auth_credentials',
      'http_ropcg',
      {
        o_auth_client_id: demo.clientId,
        o_auth_client_secret: demo.clientSecret,
        o_auth_username: demo.username,
        o_auth_password: demo.password,
      },
    ],
    'authorization-code': [
      'AuthorizationCodeAuthCredentials',
      'authorization_code_auth_credentials',
      'http_acg',
      {
        o_auth_client_id: demo.clientId,
        o_auth_client_secret: demo.clientSecret,
        o_auth_redirect_uri: demo.redirectUri,
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

# ${todo}
${operation}
`;
}

export default {
  key: 'python',
  syntax: {
    treeSitterGrammar: 'tree-sitter-python.wasm',
    grammarName: 'Python',
    stringLiteralTypes: ['string'],
    requiredStart: null,
  },
  sdkNames: {
    sources: ['sdk', 'sandbox'],
    testFiles: /(^|\/)test_[^/]*\.py$/,
    read,
    standardLibrary: {
      roots: ['self'],
      names: ['print', 'len', 'dict', 'get', 'RuntimeError'],
    },
  },
  template,
  fixtureSdk: {
    file: 'sdk/sdk.py',
    source: (names) => `${names.map((name) => `${name}()`).join('\n')}\n`,
    names: [
      'SdkClient',
      'ClientCredentialsAuthCredentials',
      'ResourceOwnerAuthCredentials',
      'AuthorizationCodeAuthCredentials',
      'OAuthScopeEnum',
      'http_ccg',
      'http_ropcg',
      'http_acg',
      'fetch_token',
      'get_authorization_url',
      // Keywords the templates pass (the keyword check holds them to the SDK's names).
      'client_credentials_auth_credentials',
      'resource_owner_auth_credentials',
      'authorization_code_auth_credentials',
      'o_auth_client_id',
      'o_auth_client_secret',
      'o_auth_username',
      'o_auth_password',
      'o_auth_redirect_uri',
      'o_auth_scopes',
    ],
    extensions: [],
  },
  // snake_case; the auth managers are `http_` plus the grant's initials (the source
  // documentation's `client.http_ropcg`), and the API error is `APIException`.
  proseNames: {
    renames: {
      clientCredentialsAuthManager: 'http_ccg',
      resourceOwnerAuthManager: 'http_ropcg',
      authorizationCodeAuthManager: 'http_acg',
      ApiError: 'APIException',
    },
    candidates: (name, kind) =>
      kind === 'type' ? [nameCase.exception(name), name] : [nameCase.snake(name)],
    callSuffix: '()',
  },
} satisfies LanguageTooling;
