import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'web-tree-sitter';
import type {
  RegistryProblem,
  SnippetFile,
} from '../../../src/plugins/snippet-registry/loadRegistry';
import { closestName } from '../../../src/plugins/snippet-registry/closestName';
import { sdkFolder, sdkSourceFiles, type SdkSurface } from './sdkSurface';
import { findSdkNames } from './sdkNames';
import { positionOf, walk, withTree, type Parsers } from './treeSitter';

/**
 * The keyword (named) arguments a language passes, as its tree-sitter grammar writes them: Ruby
 * keyword arguments (`o_auth_client_id: '…'`), Python keyword arguments (`o_auth_client_id=…`) and
 * PHP named arguments (`oAuthClientId: '…'`). Languages without them (TypeScript passes objects,
 * whose keys its compiler checks) have no entry.
 */
const grammars: Record<
  string,
  {
    /** A method or function definition: its name, and its parameters that a caller can name. */
    definition: string;
    parameterNames(parameters: Node): string[] | 'open';
    /** A class definition, and its superclass's name. */
    classType: string;
    superclass(node: Node): string | undefined;
    /** The name a constructor has in a class. */
    constructorName: string;
    /** One keyword a call passes: its name node, when `node` is one. */
    keywordName(node: Node): Node | null;
    /** The call a keyword is passed to (`ClientCredentialsAuthCredentials.new`, `A::init`). */
    callee(call: Node): string | undefined;
  }
> = {
  ruby: {
    definition: 'method',
    parameterNames: (parameters) =>
      parameters.namedChildren.some((child) => child?.type === 'hash_splat_parameter')
        ? 'open'
        : parameters.namedChildren
            .filter((child) => child?.type === 'keyword_parameter')
            .map((child) => child!.childForFieldName('name')!.text),
    classType: 'class',
    superclass: (node) =>
      node.childForFieldName('superclass')?.namedChild(0)?.text.split('::').at(-1),
    constructorName: 'initialize',
    keywordName: (node) =>
      node.type === 'pair' &&
      node.parent?.type === 'argument_list' &&
      node.childForFieldName('key')?.type === 'hash_key_symbol'
        ? node.childForFieldName('key')
        : null,
    callee: (call) => {
      const method = call.childForFieldName('method')?.text;
      const receiver = call.childForFieldName('receiver');
      if (method === undefined) return undefined;
      return receiver?.type === 'constant' || receiver?.type === 'scope_resolution'
        ? `${receiver.text.split('::').at(-1)}.${method}`
        : method;
    },
  },
  python: {
    definition: 'function_definition',
    parameterNames: (parameters) =>
      parameters.namedChildren.some((child) => child?.type === 'dictionary_splat_pattern')
        ? 'open'
        : parameters.namedChildren.flatMap((child) => {
            if (child === null) return [];
            if (child.type === 'identifier') return [child.text];
            const name = child.childForFieldName('name') ?? child.namedChild(0);
            return /parameter$/.test(child.type) && name?.type === 'identifier' ? [name.text] : [];
          }),
    classType: 'class_definition',
    superclass: (node) =>
      node.childForFieldName('superclasses')?.namedChild(0)?.text.split('.').at(-1),
    constructorName: '__init__',
    keywordName: (node) =>
      node.type === 'keyword_argument' ? node.childForFieldName('name') : null,
    callee: (call) => {
      const fn = call.childForFieldName('function');
      if (fn?.type === 'identifier') return fn.text;
      return fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    },
  },
  php: {
    definition: 'method_declaration',
    parameterNames: (parameters) =>
      parameters.namedChildren.some((child) => child?.type === 'variadic_parameter')
        ? 'open'
        : parameters.namedChildren.flatMap((child) => {
            const name = child?.childForFieldName('name');
            return name ? [name.text.replace(/^\$/, '')] : [];
          }),
    classType: 'class_declaration',
    superclass: (node) =>
      node.namedChildren.find((child) => child?.type === 'base_clause')?.namedChild(0)?.text,
    constructorName: '__construct',
    keywordName: (node) => (node.type === 'argument' ? node.childForFieldName('name') : null),
    callee: (call) => {
      const name = call.childForFieldName('name')?.text;
      if (call.type === 'object_creation_expression') {
        return call.namedChildren.find((child) => child?.type === 'name')?.text;
      }
      if (call.type === 'scoped_call_expression') {
        return `${call.childForFieldName('scope')?.text.split('\\').at(-1)}.${name}`;
      }
      return name;
    },
  },
};

/**
 * Per language, the keywords each SDK method accepts: keyed `Class.method` and `method`
 * (`Class.new`, `Class` for a constructor), with superclasses' methods inherited. `undefined`
 * for a method that accepts any keyword (`**options`).
 */
export type SdkKeywords = Partial<
  Record<string, (callee: string) => readonly string[] | undefined>
>;

/** Reads every keyword parameter of the SDKs whose languages pass keywords. */
export function loadSdkKeywords(siteDir: string, parsers: Parsers): SdkKeywords {
  const result: SdkKeywords = {};
  for (const entry of parsers.languages) {
    const grammar = grammars[entry.key];
    const sdkNames = parsers.tooling[entry.key]!.sdkNames;
    if (grammar === undefined || sdkNames === null) continue;
    const methods = new Map<string, string[] | 'open'>();
    const superclasses = new Map<string, string>();
    const files = sdkSourceFiles(
      path.join(siteDir, sdkFolder(entry.key)),
      path.extname(entry.file),
      sdkNames,
    );
    for (const file of files) {
      withTree(parsers, entry.key, fs.readFileSync(file, 'utf8'), (tree) =>
        walk(tree.rootNode, (node) => {
          if (node.type === grammar.classType) {
            const name = node.childForFieldName('name')?.text;
            const parent = grammar.superclass(node);
            if (name !== undefined && parent !== undefined) superclasses.set(name, parent);
          }
          if (node.type !== grammar.definition) return true;
          const name = node.childForFieldName('name')?.text;
          const parameters = node.childForFieldName('parameters');
          if (name === undefined || parameters === null) return true;
          let owner = node.parent;
          while (owner !== null && owner.type !== grammar.classType) owner = owner.parent;
          const className = owner?.childForFieldName('name')?.text;
          const names = grammar.parameterNames(parameters);
          const keys = className !== undefined ? [`${className}.${name}`] : [name];
          if (className !== undefined && name === grammar.constructorName) {
            keys.push(className, `${className}.new`);
          }
          for (const key of keys) methods.set(key, names);
          // A bare method name stands for every class's method of that name.
          const bare = methods.get(`.${name}`);
          methods.set(
            `.${name}`,
            bare === 'open' || names === 'open'
              ? 'open'
              : [...new Set([...(bare ?? []), ...names])],
          );
          return true;
        }),
      );
    }
    result[entry.key] = (callee) => {
      const [owner, method] = callee.includes('.') ? callee.split('.') : [callee, undefined];
      // Up the class chain: a subclass inherits its parent's constructor and methods.
      for (let cls: string | undefined = owner; cls !== undefined; cls = superclasses.get(cls)) {
        const found = methods.get(method !== undefined ? `${cls}.${method}` : cls!);
        if (found !== undefined) return found === 'open' ? undefined : found;
        if (method === undefined && /^[a-z_]/.test(cls!)) break; // a function, not a class
      }
      const bare = methods.get(`.${method ?? owner}`);
      return bare === undefined || bare === 'open' ? undefined : bare;
    };
  }
  return result;
}

/**
 * Every keyword a snippet passes must be one its SDK's method takes (the method found by the
 * call's name, and its class when the call names one), as every name it calls must be one the SDK
 * has; a call whose method is unknown, or takes any keyword, is held to the SDK's names instead.
 */
export function checkSdkKeywords(
  parsers: Parsers,
  files: Readonly<Record<string, SnippetFile>>,
  keywords: SdkKeywords,
  surface: SdkSurface,
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const language of parsers.languages) {
    const grammar = grammars[language.key];
    const keywordsOf = keywords[language.key];
    const file = files[language.key];
    if (grammar === undefined || keywordsOf === undefined || file === undefined) continue;
    // Calls of the standard library (`datetime.now(tz=…)`) are not the SDK's: a call counts when
    // the SDK-name check reads a name of it outside its arguments as an SDK name.
    const sdkUses = new Set(
      findSdkNames(parsers, language.key, file.source).map((use) => `${use.line}:${use.column}`),
    );
    const callsSdk = (call: Node) => {
      let found = false;
      walk(call, (child) => {
        if (child.type === 'argument_list' || child.type === 'arguments') return false;
        const { line, column } = positionOf(file.source, child);
        if (sdkUses.has(`${line}:${column}`)) found = true;
        return !found;
      });
      return found;
    };
    withTree(parsers, language.key, file.source, (tree) =>
      walk(tree.rootNode, (node) => {
        const nameNode = grammar.keywordName(node);
        if (nameNode === null) return true;
        const keyword = nameNode.text.replace(/:$/, '');
        const call = node.parent?.parent;
        if (call === null || call === undefined || !callsSdk(call)) return true;
        const callee = call ? grammar.callee(call) : undefined;
        const accepted = callee !== undefined ? keywordsOf(callee) : undefined;
        const known = accepted ?? [...(surface[language.key] ?? [])];
        if (
          known.includes(keyword) ||
          (accepted === undefined && surface[language.key] === undefined)
        ) {
          return true;
        }
        const suggestion = closestName(keyword, known);
        const { line, column } = positionOf(file.source, nameNode);
        problems.push({
          file: `${file.path}:${line}:${column}`,
          message:
            `passes the keyword "${keyword}"` +
            (accepted !== undefined
              ? ` to ${callee}, which takes no such keyword`
              : `, which the ${language.label} SDK (${sdkFolder(language.key)}) does not have`) +
            (suggestion !== undefined ? `: did you mean "${suggestion}"?` : '.') +
            (accepted !== undefined && accepted.length > 0
              ? ` It takes ${accepted.map((name) => `"${name}"`).join(', ')}.`
              : ''),
        });
        return true;
      }),
    );
  }
  return problems;
}
