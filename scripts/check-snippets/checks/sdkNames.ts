import type { Node } from 'web-tree-sitter';
import type { LanguageKey } from '../../../languages';
import { standardNames, standardRoots } from './standardLibrary';
import { descendantsOf, positionOf, walk, withTree, type Parsers } from './treeSitter';

/**
 * The names a snippet takes from outside itself: what it calls, constructs or names as a type, and
 * the members it reaches through on the way to a call (`client.OAuthCCG.FetchToken()` uses
 * `OAuthCCG` and `FetchToken`). The SDK-surface check compares them with the names the language's
 * SDK has. Left out here, because they cannot be SDK names:
 * - names the snippet defines itself (functions, classes, variables, parameters);
 * - anything reached from a standard-library root: an import that is not the SDK
 *   (`fmt.Printf`, `secrets.token_urlsafe`, `java.util.Base64`) or a well-known global
 *   (`standardRoots` in standardLibrary.ts: `Console`, `System`, `SecureRandom`).
 * Calls on the snippet's own values whose receiver type is unknown (`token.getAccessToken()
 * .substring(0, 8)`) are kept; `standardNames` in standardLibrary.ts lists the standard-library methods snippets
 * use on values, so `substring` passes and an invented `fetchAccessToken` does not.
 */
export interface NameUse {
  name: string;
  /** `call`: called; `type`: constructed or named as a type or class; `member`: reached through. */
  kind: 'call' | 'type' | 'member';
  line: number;
  column: number;
}

interface Extraction {
  defined: Set<string>;
  /** Roots that are not the SDK: non-SDK imports. */
  external: Set<string>;
}

type Extractor = (node: Node, found: Extraction, use: UseFn) => void;
type UseFn = (node: Node | null, kind: NameUse['kind'], root?: string, name?: string) => void;

const field = (node: Node, name: string) => node.childForFieldName(name);

/** Follows receivers (`a.b().c` → `a`) down to the identifier a chain starts from. */
function rootOf(node: Node | null, receiverFields: readonly string[]): Node | null {
  let current = node;
  while (current !== null) {
    const next = receiverFields
      .map((name) => current?.childForFieldName(name))
      .find((child) => child);
    if (next) {
      current = next;
      continue;
    }
    // Wrappers without a receiver field (C# `a?.B`, parentheses): descend into the first child.
    if (
      current.namedChildCount > 0 &&
      /conditional_access|parenthesized|await|non_null/.test(current.type)
    ) {
      current = current.namedChild(0);
      continue;
    }
    return current;
  }
  return null;
}

/** The member names on the way from a call's receiver down to its root. */
function chainMembers(
  receiver: Node | null,
  memberTypes: Record<string, string>,
  receiverFields: readonly string[],
  use: UseFn,
  root: string | undefined,
) {
  let current = receiver;
  while (current !== null) {
    const nameField = memberTypes[current.type];
    if (nameField !== undefined) use(field(current, nameField), 'member', root);
    const next = receiverFields
      .map((name) => current?.childForFieldName(name))
      .find((child) => child);
    current = next ?? null;
  }
}

const csharp: Extractor = (node, found, use) => {
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

const java: Extractor = (node, found, use) => {
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

const python: Extractor = (node, found, use) => {
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

const ruby: Extractor = (node, found, use) => {
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

const php: Extractor = (node, found, use) => {
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

const go: Extractor = (node, found, use) => {
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

const extractors: Partial<Record<LanguageKey, Extractor>> = { csharp, java, python, ruby, php, go };

export const checkedLanguages = Object.keys(extractors) as LanguageKey[];

/**
 * The names a snippet uses from outside itself and outside the standard library, in source order,
 * one entry per occurrence.
 */
export function findSdkNames(parsers: Parsers, language: LanguageKey, source: string): NameUse[] {
  const extractor = extractors[language];
  if (extractor === undefined) return [];
  return withTree(parsers, language, source, (tree) => {
    const found: Extraction = { defined: new Set(), external: new Set() };
    // Imports and definitions first: a name may be used before (above) its definition.
    const pending: [Node, NameUse['kind'], string | undefined, string][] = [];
    walk(tree.rootNode, (node) => {
      if (node.type.includes('comment')) return false;
      extractor(node, found, (target, kind, root, name) => {
        if (target !== null) pending.push([target, kind, root, name ?? target.text]);
      });
      return true;
    });
    const roots = standardRoots[language];
    const names = standardNames[language];
    // One use per occurrence: a name reached through (`member`) and also called is a `call`.
    const strength = { member: 0, type: 1, call: 2 };
    const uses = new Map<string, NameUse>();
    for (const [node, kind, root, name] of pending) {
      if (root !== undefined && (found.external.has(root) || roots.has(root))) continue;
      if ([found.defined, names, roots, found.external].some((set) => set.has(name))) continue;
      const key = `${node.startIndex}:${name}`;
      const earlier = uses.get(key);
      if (earlier === undefined) uses.set(key, { name, kind, ...positionOf(source, node) });
      else if (strength[kind] > strength[earlier.kind]) earlier.kind = kind;
    }
    return [...uses.values()].sort((a, b) => a.line - b.line || a.column - b.column);
  });
}
