/**
 * C#'s traits for the command line tools (see LanguageTooling.ts): its grammar, how its
 * SDK names are read, its scaffold template and its fixture SDK.
 */
import type { Node } from 'web-tree-sitter';
import type { LanguageTooling, SdkNameReader, TemplateInput } from '../LanguageTooling';

/**
 * The names a snippet takes from outside itself (see the SDK-surface check, sdkNames.ts): one
 * node at a time, recording what it calls, constructs or names as a type, and what it defines.
 */
const read: SdkNameReader = (
  node,
  found,
  use,
  { field, rootOf, chainMembers, descendantsOf, walk },
) => {
  const receivers = ['expression', 'condition'];
  const rootName = (start: Node | null) => rootOf(start, receivers)?.text;
  switch (node.type) {
    case 'invocation_expression': {
      const fn = field(node, 'function');
      if (fn?.type === 'member_access_expression') {
        const receiver = field(fn, 'expression');
        const root = rootName(receiver);
        const name = field(fn, 'name');
        // `ApiHelper.JsonDeserialize<OAuthToken>(…)`: the method's name without its type arguments.
        use(name?.type === 'generic_name' ? name.namedChild(0) : name, 'call', root);
        chainMembers(receiver, { member_access_expression: 'name' }, receivers, use, root);
      } else if (fn?.type === 'member_binding_expression') {
        const access = node.parent?.type === 'conditional_access_expression' ? node.parent : null;
        const receiver = access ? field(access, 'condition') : null;
        const root = rootName(receiver);
        use(field(fn, 'name'), 'call', root);
        chainMembers(receiver, { member_access_expression: 'name' }, receivers, use, root);
      } else if (fn !== null) {
        use(fn.type === 'generic_name' ? fn.namedChild(0) : fn, 'call');
      }
      break;
    }
    case 'member_access_expression': {
      const receiver = field(node, 'expression');
      if (receiver?.type === 'identifier' && /^[A-Z]/.test(receiver.text)) use(receiver, 'type');
      break;
    }
    case 'variable_declaration':
    case 'parameter':
    case 'catch_declaration':
    case 'object_creation_expression':
    case 'cast_expression':
    case 'local_function_statement':
    case 'typeof_expression':
    case 'type_argument_list': {
      const type = node.type === 'type_argument_list' ? node : field(node, 'type');
      if (type === null) break;
      // Each identifier of the type; in `SdkClient.Builder` the chain starts at `SdkClient`.
      const first = descendantsOf(type, 'identifier')[0]?.text;
      walk(type, (part) => {
        if (part.type === 'type_argument_list' && part !== type) return false;
        if (part.type === 'identifier') use(part, 'type', part.text === first ? undefined : first);
        return true;
      });
      if (node.type !== 'type_argument_list') {
        const name = field(node, 'name');
        if (name) found.defined.add(name.text);
      }
      break;
    }
    case 'variable_declarator':
    case 'implicit_parameter':
    case 'foreach_statement':
    case 'class_declaration':
    case 'method_declaration':
    case 'record_declaration': {
      const name =
        node.type === 'implicit_parameter' ? node : (field(node, 'name') ?? field(node, 'left'));
      if (name) found.defined.add(name.text);
      break;
    }
  }
};

function template({ grant, todo, demo }: TemplateInput): string {
  const [builder, model, manager, args, scopes] = {
    'client-credentials': [
      'OAuthCCGCredentials',
      'OAuthCCGModel',
      'OAuthCCG',
      [demo.clientId, demo.clientSecret],
      '',
    ],
    'resource-owner-password': [
      'OAuthROPCGCredentials',
      'OAuthROPCGModel',
      'OAuthROPCG',
      [demo.clientId, demo.clientSecret, demo.username, demo.password],
      '',
    ],
    'authorization-code': [
      'OAuthACGCredentials',
      'OAuthACGModel',
      'OAuthACG',
      [demo.clientId, demo.clientSecret, demo.redirectUri],
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

// ${todo}
${operation}
`;
}

export default {
  key: 'csharp',
  syntax: {
    treeSitterGrammar: 'tree-sitter-c-sharp.wasm',
    grammarName: 'C#',
    stringLiteralTypes: [
      'string_literal',
      'verbatim_string_literal',
      'raw_string_literal',
      'interpolated_string_expression',
    ],
    requiredStart: null,
  },
  sdkNames: {
    sources: ['Sdk', 'Sandbox'],
    testFiles: /(^|\/)(bin|obj)\/|Tests?\.cs$/,
    read,
    standardLibrary: {
      roots: [
        'Console',
        'Convert',
        'DateTimeOffset',
        'List',
        'Dictionary',
        'RandomNumberGenerator',
        'HttpUtility',
        'InvalidOperationException',
        'Guid',
      ],
      names: [
        'WriteLine',
        'Write',
        'ToString',
        'ToHexString',
        'GetBytes',
        'Substring',
        'Add',
        'TryGetValue',
        'ContainsKey',
      ],
    },
  },
  template,
  fixtureSdk: {
    file: 'Sdk/Sdk.cs',
    source: (names) =>
      `class Sdk {\n  void Names() {\n${names.map((name) => `    ${name}();`).join('\n')}\n  }\n}\n`,
    names: [
      'AccessToken',
      'SdkClient',
      'Builder',
      'Build',
      'OAuthToken',
      'OAuthCCGCredentials',
      'OAuthCCGModel',
      'OAuthCCG',
      'OAuthROPCGCredentials',
      'OAuthROPCGModel',
      'OAuthROPCG',
      'OAuthACGCredentials',
      'OAuthACGModel',
      'OAuthACG',
      'OAuthScopes',
      'OAuthScopeOAuthACGEnum',
      'FetchToken',
    ],
    extensions: [
      { name: 'BuildAuthorizationUrl', reason: 'Not shown for this grant in the source.' },
    ],
  },
} satisfies LanguageTooling;
