import type { Node } from 'web-tree-sitter';
import type { RegistryProblem } from '../../../src/plugins/snippet-registry/loadRegistry';
import { positionOf, walk, withTree, type Parsers } from './treeSitter';

/** The offending source of a node, short enough for one line of a message. */
function excerpt(node: Node): string {
  const [firstLine = ''] = node.text.split('\n');
  const text = firstLine.trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Parses a snippet with its language's real grammar and reports every `ERROR` and `MISSING` node as
 * `file:line:column` with the offending text. Only the outermost error of a region is reported:
 * the nodes inside an `ERROR` are the parser's recovery attempts, not separate mistakes.
 */
export function findSyntaxErrors(
  parsers: Parsers,
  language: string,
  file: string,
  source: string,
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const { grammarName: grammar, requiredStart } = parsers.tooling[language]!.syntax;
  const report = (node: Node, message: string) => {
    const { line, column } = positionOf(source, node);
    problems.push({ file: `${file}:${line}:${column}`, message });
  };

  if (requiredStart !== null && !source.trimStart().startsWith(requiredStart)) {
    // Without it the grammar reads the file as something else (PHP: inline HTML), and nothing
    // would be checked.
    problems.push({
      file: `${file}:1:1`,
      message: `a ${grammar} snippet starts with "${requiredStart}": add it as the first line`,
    });
  }

  withTree(parsers, language, source, (tree) => {
    walk(tree.rootNode, (node) => {
      if (!node.hasError && !node.isMissing) return false;
      if (node.isMissing) {
        // A named node is a kind of thing (an identifier), an unnamed one a literal token (";").
        const missing = node.isNamed ? node.type.replaceAll('_', ' ') : `"${node.type}"`;
        report(
          node,
          `${grammar} syntax error: missing ${missing}; add it (the ${grammar} grammar expected it here)`,
        );
        return false;
      }
      if (node.isError) {
        const text = excerpt(node);
        report(
          node,
          text === ''
            ? `${grammar} syntax error here: fix the code so it parses as ${grammar}`
            : `${grammar} syntax error at "${text}": fix the code so it parses as ${grammar}`,
        );
        return false;
      }
      return true;
    });
  });
  return problems;
}
