/**
 * Ruby's traits for the command line tools (see LanguageTooling.ts): its grammar, how its
 * SDK names are read, its scaffold template and its fixture SDK.
 */
import type { LanguageTooling, SdkNameReader, TemplateInput } from '../LanguageTooling';
import { nameCase } from '../nameCase';

/**
 * The names a snippet takes from outside itself (see the SDK-surface check, sdkNames.ts): one
 * node at a time, recording what it calls, constructs or names as a type, and what it defines.
 */
const read: SdkNameReader = (node, found, use, { field, rootOf, descendantsOf }) => {
  const receivers = ['receiver', 'scope'];
  switch (node.type) {
    case 'call': {
      const receiver = field(node, 'receiver');
      use(field(node, 'method'), 'call', receiver ? rootOf(receiver, receivers)?.text : undefined);
      break;
    }
    case 'constant': {
      const scope =
        node.parent?.type === 'scope_resolution' && field(node.parent, 'name')?.id === node.id
          ? field(node.parent, 'scope')
          : null;
      // `OAuthScopeEnum::READ_SCOPE`: the enum is the SDK name; its members are compared as scopes.
      if (scope !== null && /^[A-Z0-9_]+$/.test(node.text)) break;
      use(node, 'type', scope ? rootOf(scope, receivers)?.text : undefined);
      break;
    }
    case 'method':
    case 'singleton_method':
    case 'class':
    case 'module': {
      const name = field(node, 'name');
      if (name) found.defined.add(name.text);
      break;
    }
    case 'assignment': {
      const left = field(node, 'left');
      if (left?.type === 'identifier') found.defined.add(left.text);
      break;
    }
    case 'method_parameters':
    case 'block_parameters':
    case 'lambda_parameters':
    case 'exception_variable':
      descendantsOf(node, 'identifier').forEach((name) => found.defined.add(name.text));
      break;
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

# ${todo}
${operation}
`;
}

export default {
  key: 'ruby',
  syntax: {
    treeSitterGrammar: 'tree-sitter-ruby.wasm',
    grammarName: 'Ruby',
    stringLiteralTypes: ['string', 'heredoc'],
    requiredStart: null,
  },
  sdkNames: {
    sources: ['lib'],
    testFiles: /_test\.rb$/,
    read,
    standardLibrary: {
      roots: ['SecureRandom', 'Time', 'URI'],
      names: [
        'puts',
        'require',
        'include',
        'new',
        'lambda',
        'nil?',
        'raise',
        'key?',
        'length',
        'query',
      ],
    },
  },
  template,
  fixtureSdk: {
    file: 'lib/sdk.rb',
    source: (names) => `${names.map((name) => `${name}()`).join('\n')}\n`,
    names: [
      'Sdk',
      'Client',
      'ClientCredentialsAuthCredentials',
      'ResourceOwnerAuthCredentials',
      'AuthorizationCodeAuthCredentials',
      'OAuthScopeEnum',
      'http_ccg',
      'http_ropcg',
      'http_acg',
      'fetch_token',
      'access_token',
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
  // As Python (snake_case, `http_ropcg`, `APIException`), with Ruby's predicates
  // (`token_expired?`) and calls without parentheses.
  proseNames: {
    renames: {
      clientCredentialsAuthManager: 'http_ccg',
      resourceOwnerAuthManager: 'http_ropcg',
      authorizationCodeAuthManager: 'http_acg',
      ApiError: 'APIException',
    },
    candidates: (name, kind) => {
      if (kind === 'type') return [nameCase.exception(name), name];
      const predicate = nameCase.predicate(name);
      return predicate === null
        ? [nameCase.snake(name)]
        : [`${nameCase.snake(predicate)}?`, nameCase.snake(name)];
    },
    callSuffix: '',
  },
} satisfies LanguageTooling;
