import { closestName } from '../../src/plugins/snippet-registry/closestName';
import type { RunFailure } from '../../languages/LanguageHarness';
import { oauthErrorAdvice, oauthErrorIn } from './oauthErrorAdvice';
import { statementColumn } from './statementColumn';

/** What `explainFailure` needs besides the failure. */
export interface FailureContext {
  /** The snippet's text, to find the argument or name an error is about. */
  source: string;
  /** The snippet's and its meta.json's site paths. */
  files: { snippet: string; meta: string };
  /** The language's name in messages (`Ruby`). */
  label: string;
  /** Every name the language's SDK has (the SDK-surface check's), for "did you mean". */
  sdkNames?: ReadonlySet<string>;
  /** The keywords the SDK's methods of a name accept (`ClientCredentialsAuthCredentials.new`). */
  keywordsOf?: (callee: string) => readonly string[] | undefined;
  /** The OAuth `error` the failure carries, when the runner knows it apart from the message. */
  oauthError?: string;
}

/** A run failure placed and worded for the writer: `message` starts with `<kind>: <message>`. */
export interface ExplainedFailure {
  line?: number;
  column?: number;
  message: string;
}

/** A keyword the call does not take, in each language's words for it. */
const UNKNOWN_KEYWORD = [
  /unknown keywords?: :(\w+)/, // Ruby
  /got an unexpected keyword argument '(\w+)'/, // Python
  /Unknown named parameter \$(\w+)/, // PHP
];

/** A name the code uses that does not exist, in each language's words. */
const MISSING_NAME = [
  /undefined (?:local variable or )?method [`'](\w+[?!]?)'/, // Ruby NoMethodError / NameError
  /uninitialized constant (?:\w+::)*(\w+)/, // Ruby
  /has no attribute '(\w+)'/, // Python AttributeError
  /name '(\w+)' is not defined/, // Python NameError
  /cannot import name '(\w+)'/, // Python ImportError
  /Call to undefined (?:method [\w\\]+::|function )(\w+)\(\)/, // PHP
  /Class "(?:[\w\\]+\\)?(\w+)" not found/, // PHP
  /Undefined (?:property: [\w\\]+::\$|constant [\w\\]+::)(\w+)/, // PHP
];

/** An error that says a value was null (nil, None) where the code used it. */
const NULL_VALUE =
  /NullPointerException|NullReferenceException|nil pointer dereference|for nil(?::NilClass)?\b|'NoneType' object|on null\b/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `name` is written in the statement that starts at `fromLine` (it may span lines): as a
 * keyword (`name:`, `name=`) or as a name.
 */
function findInStatement(
  source: string,
  fromLine: number,
  pattern: RegExp,
): { line: number; column: number } | undefined {
  const lines = source.split('\n');
  for (let index = fromLine - 1; index < Math.min(lines.length, fromLine + 30); index++) {
    const match = pattern.exec(lines[index]!);
    if (match) return { line: index + 1, column: match.index + 1 };
  }
  return undefined;
}

/** The callee a keyword is passed to: `ClientCredentialsAuthCredentials.new(` / `Foo(` above it. */
function calleeBefore(source: string, line: number, column: number): string | undefined {
  const before = source
    .split('\n')
    .slice(0, line)
    .map((text, index) => (index === line - 1 ? text.slice(0, column - 1) : text))
    .join('\n');
  let depth = 0;
  for (let index = before.length - 1; index >= 0; index--) {
    const char = before[index];
    if (char === ')') depth++;
    else if (char === '(') {
      if (depth === 0) return /([\w:]+(?:(?:\.|::|->)\w+)?)\s*$/.exec(before.slice(0, index))?.[1];
      depth--;
    }
  }
  return undefined;
}

/**
 * A run's uncaught error as one plain line, `<kind>: <message>` followed by the advice that fits
 * it, placed at the snippet's innermost frame (at the argument itself for a keyword the SDK does
 * not take, at the name for a name it lacks); then the snippet's own frames, indented. Only an
 * error no rule explains is advised to be expected in `run.expect`, as the page may show it on
 * purpose.
 */
export function explainFailure(failure: RunFailure, context: FailureContext): ExplainedFailure {
  const { source, files, label, sdkNames } = context;
  const innermost = failure.frames[0];
  let where: { line: number; column?: number } | undefined = innermost && {
    line: innermost.line,
    ...(innermost.column !== undefined && { column: innermost.column }),
  };
  const headline = `${failure.kind}: ${failure.message.trim()}`.replace(/: $/, '');
  let advice: string;

  const keyword = UNKNOWN_KEYWORD.map((pattern) => pattern.exec(failure.message)?.[1]).find(
    Boolean,
  );
  const missing = MISSING_NAME.map((pattern) => pattern.exec(failure.message)?.[1]).find(Boolean);
  const oauthError = context.oauthError ?? oauthErrorIn(failure.message);
  if (keyword !== undefined) {
    const at =
      where &&
      findInStatement(source, where.line, new RegExp(`\\b${escape(keyword)}\\s*[:=](?!:)`));
    if (at !== undefined) where = at;
    const callee = at && calleeBefore(source, at.line, at.column);
    const accepted = callee !== undefined ? context.keywordsOf?.(callee) : undefined;
    const suggestion = closestName(keyword, accepted ?? [...(sdkNames ?? [])]);
    advice =
      `the ${label} SDK${callee !== undefined ? `'s ${callee}` : ''} takes no keyword "${keyword}"` +
      (suggestion !== undefined ? `: did you mean "${suggestion}"?` : '.') +
      (accepted !== undefined && accepted.length > 0
        ? ` It takes ${accepted.map((name) => `"${name}"`).join(', ')}.`
        : '');
  } else if (missing !== undefined) {
    const at = where && findInStatement(source, where.line, new RegExp(`\\b${escape(missing)}\\b`));
    if (at !== undefined && where !== undefined && at.line === where.line) where = at;
    const suggestion = sdkNames && closestName(missing, sdkNames);
    advice =
      `the ${label} SDK has no "${missing}"` +
      (suggestion !== undefined && suggestion !== missing
        ? `: did you mean "${suggestion}"?`
        : `: check its spelling against the SDK (languages/).`);
  } else if (oauthError !== undefined) {
    advice = `${oauthErrorAdvice(oauthError) ?? `the server answered "${oauthError}"`}. Fix the request; only if the page shows this error on purpose, catch it and print it.`;
  } else if (NULL_VALUE.test(failure.message) || NULL_VALUE.test(failure.kind)) {
    advice = `a value used here is null: check what the call that produced it returns before using it.`;
  } else {
    advice = `fix the snippet here; only if the page shows this error on purpose, expect it: add a pattern matching "Uncaught ${failure.kind}: …" to "run.expect" in ${files.meta}.`;
  }

  if (where !== undefined && where.column === undefined) {
    // No column from the language: the statement's first character.
    where = { ...where, column: statementColumn(source, where.line) };
  }
  // One line's frames once: Ruby names `new` and `<main>` at the same line.
  const distinct = failure.frames.filter(
    (frame, index) => index === 0 || frame.line !== failure.frames[index - 1]!.line,
  );
  const frames = distinct.map(
    (frame) =>
      `    at ${files.snippet}:${frame.line}${frame.column !== undefined ? `:${frame.column}` : ''}` +
      (frame.function !== undefined ? ` (${frame.function})` : ''),
  );
  return {
    ...where,
    message: [`${headline} — ${advice}`, ...(frames.length > 1 ? frames : [])].join('\n'),
  };
}
