import type { Node } from 'web-tree-sitter';
import { languages, runnableLanguage, type LanguageKey } from '../languages';
import type { RegistryProblem, SnippetFile } from '../loadRegistry';
import { demo, registeredClients } from '../../../../sandbox/mock-server/fixtures';
import { positionAt, positionOf, walk, withTree, type Parsers } from './treeSitter';

/**
 * The values every language's version of an operation must share with its TypeScript twin: the
 * demo credentials readers copy, the redirect URI and other URLs, and the scopes requested. Twilio's
 * snippets drifted apart ('My Company' vs 'My company') because only syntax was checked.
 */
export type SharedValueKind = 'credential' | 'url' | 'scope';

export interface SharedValue {
  kind: SharedValueKind;
  /** What is compared: `OAuthClientId`, `https://example.com/oauth/callback`, `read`. */
  value: string;
  /** As written in the file: `'OAuthClientId'`, `OAuthScopeEnum::READ_SCOPE`. */
  text: string;
  line: number;
  column: number;
}

/** String literal node types of the seven grammars. */
const stringTypes = new Set([
  'string', // TypeScript, Python, Ruby, PHP (single-quoted)
  'template_string', // TypeScript
  'string_literal', // C#, Java
  'verbatim_string_literal', // C#
  'raw_string_literal', // C#, Go
  'interpolated_string_expression', // C#
  'interpreted_string_literal', // Go
  'encapsed_string', // PHP (double-quoted)
  'heredoc', // PHP, Ruby
  'nowdoc', // PHP
  'text_block', // Java
]);

/** Children of a string node that are its literal text rather than interpolated code. */
const literalPart = /content|fragment|escape|string_start|string_end|interpolation_start/;

/** Credentials look like the demo placeholders: `OAuthClientId`, `OAuthPassword`. */
const credentialPattern = /^OAuth[A-Z][A-Za-z]*$/;

/** The mock server's demo placeholders, which readers copy and the sandbox accepts. */
const demoCredentials = [demo.clientId, demo.clientSecret, demo.username, demo.password];

/** Every credential the mock server knows, including its special clients. */
const knownCredentials = new Set<string>([
  ...demoCredentials,
  ...[...registeredClients.values()].flatMap((client) => [
    client.clientId,
    client.clientSecret ?? '',
  ]),
]);
const urlPattern = /^https?:\/\/[^\s'"]+$/;

/**
 * A scope is written as a member of the SDK's scope enum in every language:
 * `OAuthScopeEnum.ReadScope` (TS, C# `OAuthScopeOAuthACGEnum.ReadScope`), `OAuthScopeEnum.READ_SCOPE`
 * (Java, Python), `OAuthScopeEnum::READ_SCOPE` (Ruby, PHP), `models.OAuthScopeEnum_READSCOPE` (Go).
 */
const scopePattern = /\bOAuthScope\w*?Enum(?:\.|::|_)([A-Za-z][A-Za-z_]*)/g;

/** `READ_SCOPE`, `ReadScope`, `READSCOPE` → `read`. */
export function scopeName(member: string): string {
  return member
    .toLowerCase()
    .replaceAll('_', '')
    .replace(/(.)scope$/, '$1');
}

/** The literal text of a string node, or undefined if it interpolates code. */
function literalValue(node: Node): string | undefined {
  const parts = node.namedChildren.filter((child) => child !== null);
  if (parts.some((child) => !literalPart.test(child.type))) return undefined;
  const content = parts.filter((child) => /content|fragment|escape/.test(child.type));
  if (content.length > 0) return content.map((child) => child.text).join('');
  // Grammars that expose no content node: strip the quotes (and a C# @ or $ prefix).
  return node.text.replace(/^[@$]*("""|'''|"|'|`)/, '').replace(/("""|'''|"|'|`)$/, '');
}

/**
 * A scope written as a string, which the TypeScript SDK accepts besides the enum:
 * `oAuthScopes: ['read']`.
 */
function isScopeString(node: Node): boolean {
  const list = node.parent;
  const property = list?.parent;
  return (
    list?.type === 'array' &&
    property?.type === 'pair' &&
    /^['"]?oAuthScopes['"]?$/.test(property.childForFieldName('key')?.text ?? '')
  );
}

/**
 * The shared values of one snippet file: credentials and URLs from its string literals, scopes from
 * scope-enum members in its code (comments and strings blanked out first, so neither a comment
 * nor a printed "Scopes: read" counts).
 */
export function extractSharedValues(
  parsers: Parsers,
  language: LanguageKey,
  source: string,
): SharedValue[] {
  return withTree(parsers, language, source, (tree) => {
    const values: SharedValue[] = [];
    const blanks: [number, number][] = [];
    walk(tree.rootNode, (node) => {
      if (node.type.includes('comment')) {
        blanks.push([node.startIndex, node.endIndex]);
        return false;
      }
      if (!stringTypes.has(node.type)) return true;
      blanks.push([node.startIndex, node.endIndex]);
      const value = literalValue(node);
      if (value === undefined) return false;
      if (isScopeString(node)) {
        values.push({ kind: 'scope', value, text: node.text, ...positionOf(source, node) });
        return false;
      }
      const kind =
        credentialPattern.test(value) || (knownCredentials.has(value) && value !== '')
          ? 'credential'
          : urlPattern.test(value)
            ? 'url'
            : undefined;
      if (kind !== undefined) {
        const compared = kind === 'url' ? value.replace(/[?#].*$/, '') : value;
        values.push({ kind, value: compared, text: node.text, ...positionOf(source, node) });
      }
      return false;
    });

    let code = source;
    for (const [start, end] of blanks) {
      code = code.slice(0, start) + code.slice(start, end).replace(/[^\n]/g, ' ') + code.slice(end);
    }
    for (const match of code.matchAll(scopePattern)) {
      values.push({
        kind: 'scope',
        value: scopeName(match[1] ?? ''),
        text: match[0],
        ...positionAt(source, match.index),
      });
    }
    return values;
  });
}

const kindLabel: Record<SharedValueKind, string> = {
  credential: 'demo credential',
  url: 'URL',
  scope: 'scope',
};

function describeValue(value: SharedValue): string {
  return value.kind === 'scope' ? `scope '${value.value}' (${value.text})` : `'${value.value}'`;
}

/**
 * Compares each language's shared values with the TypeScript twin's, as sets per kind. A value the
 * other language lacks is reported on that file; a value only it has, at its line, with the twin's
 * value to use instead when there is exactly one candidate.
 */
export function checkSharedValues(
  parsers: Parsers,
  files: Record<LanguageKey, SnippetFile>,
): RegistryProblem[] {
  const reference = files[runnableLanguage];
  const referenceName = reference.path.split('/').at(-1) ?? reference.path;
  const expected = extractSharedValues(parsers, runnableLanguage, reference.source);
  const problems: RegistryProblem[] = [];

  // The twin is the reference, so check its own placeholders against the mock server's.
  for (const value of expected) {
    if (value.kind === 'credential' && !knownCredentials.has(value.value)) {
      problems.push({
        file: `${reference.path}:${value.line}:${value.column}`,
        message: `uses '${value.value}', which is no credential of the mock server: use the demo values ${demoCredentials.map((v) => `'${v}'`).join(', ')}`,
      });
    }
  }

  for (const language of languages) {
    if (language.key === runnableLanguage) continue;
    const file = files[language.key];
    const actual = extractSharedValues(parsers, language.key, file.source);
    for (const kind of ['credential', 'url', 'scope'] as const) {
      const want = expected.filter((value) => value.kind === kind);
      const have = actual.filter((value) => value.kind === kind);
      const wantValues = new Set(want.map((value) => value.value));
      const haveValues = new Set(have.map((value) => value.value));
      const missing = [
        ...new Map(want.filter((v) => !haveValues.has(v.value)).map((v) => [v.value, v])).values(),
      ];
      const extra = [
        ...new Map(have.filter((v) => !wantValues.has(v.value)).map((v) => [v.value, v])).values(),
      ];

      for (const value of extra) {
        const instead =
          missing.length === 1 && missing[0] !== undefined
            ? `change it to ${describeValue(missing[0])} as in ${referenceName}`
            : kind === 'scope'
              ? `remove it, or request it in ${referenceName} too`
              : `use the ${kindLabel[kind]}s ${referenceName} uses${want.length > 0 ? ` (${[...wantValues].map((v) => `'${v}'`).join(', ')})` : ''}, or add it there too`;
        problems.push({
          file: `${file.path}:${value.line}:${value.column}`,
          message: `uses ${describeValue(value)}, which ${referenceName} does not: ${instead}`,
        });
      }
      for (const value of missing) {
        if (extra.length === 1) continue; // already reported as "change it to" above
        problems.push({
          file: file.path,
          message: `does not use ${describeValue(value)}, which ${referenceName} uses at line ${value.line}: use the same ${kindLabel[kind]} in ${language.label}`,
        });
      }
    }
  }
  return problems;
}
