/**
 * Go's traits for the command line tools (see LanguageTooling.ts): its grammar, how its
 * SDK names are read, its scaffold template and its fixture SDK.
 */
import type { LanguageTooling, SdkNameReader, TemplateInput } from '../LanguageTooling';

/**
 * The names a snippet takes from outside itself (see the SDK-surface check, sdkNames.ts): one
 * node at a time, recording what it calls, constructs or names as a type, and what it defines.
 */
const read: SdkNameReader = (node, found, use, { field, rootOf, chainMembers, descendantsOf }) => {
  const receivers = ['operand', 'function'];
  switch (node.type) {
    case 'import_spec': {
      const path = field(node, 'path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
      const alias = field(node, 'name')?.text ?? path.split('/').at(-1) ?? path;
      if (path === 'sdk' || path.startsWith('sdk/')) found.defined.add(`package:${alias}`);
      else found.external.add(alias);
      return;
    }
    case 'call_expression': {
      const fn = field(node, 'function');
      if (fn?.type === 'selector_expression') {
        const receiver = field(fn, 'operand');
        const root = rootOf(receiver, receivers)?.text;
        use(field(fn, 'field'), 'call', root);
        chainMembers(receiver, { selector_expression: 'field' }, receivers, use, root);
      } else if (fn?.type === 'identifier') {
        use(fn, 'call');
      }
      break;
    }
    case 'selector_expression': {
      // `sdk.NewClient`, `models.OAuthScopeEnum_READSCOPE`: members of an SDK package.
      const operand = field(node, 'operand');
      if (operand?.type === 'identifier' && found.defined.has(`package:${operand.text}`)) {
        use(field(node, 'field'), 'type');
      }
      break;
    }
    case 'qualified_type': {
      const pkg = field(node, 'package')?.text ?? '';
      if (found.defined.has(`package:${pkg}`)) use(field(node, 'name'), 'type');
      else use(field(node, 'name'), 'type', pkg);
      break;
    }
    case 'function_declaration':
    case 'method_declaration':
    case 'type_spec':
    case 'var_spec':
    case 'const_spec':
    case 'parameter_declaration':
      node.childrenForFieldName('name').forEach((name) => found.defined.add(name.text));
      break;
    case 'short_var_declaration':
    case 'range_clause': {
      const left = field(node, 'left');
      if (left !== null) {
        descendantsOf(left, 'identifier').forEach((name) => found.defined.add(name.text));
      }
      break;
    }
  }
};

function template({ grant, todo, demo }: TemplateInput): string {
  const [option, constructor, manager, args] = {
    'client-credentials': [
      'WithClientCredentialsAuthCredentials',
      'NewClientCredentialsAuthCredentials',
      'ClientCredentialsAuthManager',
      [demo.clientId, demo.clientSecret],
    ],
    'resource-owner-password': [
      'WithResourceOwnerAuthCredentials',
      'NewResourceOwnerAuthCredentials',
      'ResourceOwnerAuthManager',
      [demo.clientId, demo.clientSecret, demo.username, demo.password],
    ],
    'authorization-code': [
      'WithAuthorizationCodeAuthCredentials',
      'NewAuthorizationCodeAuthCredentials',
      'AuthorizationCodeAuthManager',
      [demo.clientId, demo.clientSecret, demo.redirectUri],
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

	// ${todo}
${operation}
}
`;
}

export default {
  key: 'go',
  syntax: {
    treeSitterGrammar: 'tree-sitter-go.wasm',
    grammarName: 'Go',
    stringLiteralTypes: ['raw_string_literal', 'interpreted_string_literal'],
    requiredStart: null,
  },
  sdkNames: {
    sources: ['sdk', 'sandbox'],
    testFiles: /_test\.go$/,
    read,
    standardLibrary: {
      roots: [],
      names: ['len', 'make', 'append', 'Query', 'Get', 'Has'],
    },
  },
  template,
  fixtureSdk: {
    file: 'sdk/sdk.go',
    source: (names) =>
      `package sdk\n\nfunc names() {\n${names.map((name) => `\t${name}()`).join('\n')}\n}\n`,
    names: [
      'NewClient',
      'CreateConfiguration',
      'WithClientCredentialsAuthCredentials',
      'NewClientCredentialsAuthCredentials',
      'ClientCredentialsAuthManager',
      'WithResourceOwnerAuthCredentials',
      'NewResourceOwnerAuthCredentials',
      'ResourceOwnerAuthManager',
      'WithAuthorizationCodeAuthCredentials',
      'NewAuthorizationCodeAuthCredentials',
      'AuthorizationCodeAuthManager',
      'WithOAuthScopes',
      'OAuthScopeEnum',
      'OAuthScopeEnum_READSCOPE',
      'OAuthScopeEnum_WRITESCOPE',
      'FetchToken',
      'BuildAuthorizationURL',
    ],
    extensions: [],
  },
} satisfies LanguageTooling;
