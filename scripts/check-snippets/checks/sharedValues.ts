import type { Node } from 'web-tree-sitter';
import type {
  RegistryProblem,
  SnippetFile,
} from '../../../src/plugins/snippet-registry/loadRegistry';
import { editDistance } from '../../../src/plugins/snippet-registry/closestName';
import { demo, registeredClients } from '../../../sandbox/mock-server/fixtures';
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
/** Whether `node` is a string literal of `language` (its tooling's `stringLiteralTypes`). */
function isStringLiteral(parsers: Parsers, language: string, node: Node): boolean {
  return parsers.tooling[language]!.syntax.stringLiteralTypes.includes(node.type);
}

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
  language: string,
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
      if (!isStringLiteral(parsers, language, node)) return true;
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

/** A string literal of a snippet, with the text before it on its line (`oAuthClientSecret: `). */
interface StringLiteral {
  value: string;
  line: number;
  column: number;
  before: string;
}

function stringLiterals(parsers: Parsers, language: string, source: string): StringLiteral[] {
  const lines = source.split('\n');
  return withTree(parsers, language, source, (tree) => {
    const found: StringLiteral[] = [];
    walk(tree.rootNode, (node) => {
      if (node.type.includes('comment')) return false;
      if (!isStringLiteral(parsers, language, node)) return true;
      const value = literalValue(node);
      if (value !== undefined) {
        const position = positionOf(source, node);
        const before = (lines[position.line - 1] ?? '').slice(0, position.column - 1);
        found.push({ value, ...position, before });
      }
      return false;
    });
    return found;
  });
}

/** `o_auth_client_secret=`, `->oAuthClientSecret(` → `oauthclientsecret`: comparable across languages. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Where a language writes the value its TypeScript twin has at `wanted`: the string literal after
 * the same option name on its line (`oAuthClientSecret: 'x'` ~ `o_auth_client_secret='x'`), else
 * the literal right after the shared value the twin writes before it (positional arguments), else
 * the literal nearest in spelling. So a drifted value is reported at its own line, not the twin's.
 */
function counterpart(
  wanted: SharedValue,
  reference: StringLiteral[],
  candidates: StringLiteral[],
  expected: SharedValue[],
  actual: SharedValue[],
): StringLiteral | undefined {
  const twin = reference.find(
    (literal) => literal.line === wanted.line && literal.column === wanted.column,
  );
  const option = /([A-Za-z_$][\w$]*)\W*$/.exec(twin?.before ?? '')?.[1];
  if (option !== undefined && squash(option).length >= 4) {
    const sameOption = candidates.find((literal) =>
      squash(literal.before).endsWith(squash(option)),
    );
    if (sameOption !== undefined) return sameOption;
  }
  // Positional arguments (PHP, Go): the literal right after the value the twin writes before it.
  const order = (a: { line: number; column: number }, b: { line: number; column: number }) =>
    a.line - b.line || a.column - b.column;
  const previous = expected
    .filter((value) => value.kind !== 'scope' && order(value, wanted) < 0)
    .sort(order)
    .at(-1);
  const previousHere = actual.find((value) => value.value === previous?.value);
  if (previousHere !== undefined) {
    const next = candidates
      .filter((literal) => order(literal, previousHere) > 0)
      .sort(order)
      .at(0);
    if (next !== undefined && next.line - previousHere.line <= 2) return next;
  }
  let best: { literal: StringLiteral; distance: number } | undefined;
  for (const literal of candidates) {
    const distance = editDistance(literal.value, wanted.value);
    if (distance > Math.max(2, Math.floor(wanted.value.length / 3))) continue;
    if (best === undefined || distance < best.distance) best = { literal, distance };
  }
  return best?.literal;
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
  files: Readonly<Record<string, SnippetFile>>,
): RegistryProblem[] {
  const referenceKey = parsers.languages.find((language) => language.reference)!.key;
  const reference = files[referenceKey]!;
  const referenceName = reference.path.split('/').at(-1) ?? reference.path;
  const expected = extractSharedValues(parsers, referenceKey, reference.source);
  const problems: RegistryProblem[] = [];

  const referenceLiterals = stringLiterals(parsers, referenceKey, reference.source);
  // The twin is the reference, so check its own placeholders against the mock server's. When the
  // twin itself is wrong, that is the one problem: the others are not told to copy its mistake.
  let referenceCredentialsKnown = true;
  for (const value of expected) {
    if (value.kind === 'credential' && !knownCredentials.has(value.value)) {
      referenceCredentialsKnown = false;
      problems.push({
        file: `${reference.path}:${value.line}:${value.column}`,
        message: `uses '${value.value}', which is no credential of the mock server: use the demo values ${demoCredentials.map((v) => `'${v}'`).join(', ')}`,
      });
    }
  }

  for (const language of parsers.languages) {
    if (language.reference) continue;
    const file = files[language.key];
    if (file === undefined) continue;
    const actual = extractSharedValues(parsers, language.key, file.source);
    const literals = stringLiterals(parsers, language.key, file.source);
    const kinds = (['credential', 'url', 'scope'] as const).filter(
      (kind) => kind !== 'credential' || referenceCredentialsKnown,
    );
    const compared = kinds.map((kind) => {
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
      return { kind, want, wantValues, missing, extra };
    });

    // A wanted value written differently (a placeholder no pattern recognises, a value of another
    // kind): one problem at the literal that differs, saying what to write there.
    const expectedValues = new Set(expected.map((value) => value.value));
    const correct = new Set(
      actual
        .filter((value) => expectedValues.has(value.value))
        .map((value) => `${value.line}:${value.column}`),
    );
    const candidates = literals.filter(
      (literal) => !correct.has(`${literal.line}:${literal.column}`),
    );
    const located = new Map<SharedValue, StringLiteral>();
    for (const { kind, missing, extra } of compared) {
      if (kind === 'scope' || (missing.length === 1 && extra.length === 1)) continue;
      for (const value of missing) {
        const found = counterpart(value, referenceLiterals, candidates, expected, actual);
        if (found !== undefined) located.set(value, found);
      }
    }
    const relocated = new Set(
      [...located.values()].map((literal) => `${literal.line}:${literal.column}`),
    );
    for (const [value, literal] of located) {
      problems.push({
        file: `${file.path}:${literal.line}:${literal.column}`,
        message: `uses '${literal.value}' where ${referenceName} uses ${describeValue(value)} (line ${value.line}): change it to '${value.value}'`,
      });
    }

    for (const { kind, want, wantValues, missing, extra } of compared) {
      for (const value of extra) {
        if (relocated.has(`${value.line}:${value.column}`)) continue;
        const instead =
          missing.length === 1 && missing[0] !== undefined && !located.has(missing[0])
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
        if (located.has(value)) continue;
        if (missing.length === 1 && extra.length === 1) continue; // "change it to" above
        problems.push({
          file: file.path,
          message: `does not use ${describeValue(value)}, which ${referenceName} uses at line ${value.line}: use the same ${kindLabel[kind]} in ${language.label}`,
        });
      }
    }
  }
  return problems;
}
