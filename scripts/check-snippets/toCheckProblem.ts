import type { RegistryProblem } from '../../src/plugins/snippet-registry/loadRegistry';
import type { CheckProblem } from './CheckProblem';

/**
 * The registry checks write the position into `file` (`snippets/x/y/go.go:12:3`); the command's
 * problems carry it apart.
 */
export function toCheckProblem(problem: RegistryProblem | CheckProblem): CheckProblem {
  if ('line' in problem && problem.line !== undefined) return problem;
  const match = /^(.*?):(\d+)(?::(\d+))?$/.exec(problem.file);
  if (match === null) return { file: problem.file, message: problem.message };
  return {
    file: match[1] ?? problem.file,
    line: Number(match[2]),
    ...(match[3] !== undefined && { column: Number(match[3]) }),
    message: problem.message,
  };
}

/**
 * `file:line:column: message` on one line, as compilers print problems (editors and terminals
 * turn it into a link). A message's own continuation lines (what a run printed) are folded in.
 */
export function formatProblem(problem: CheckProblem): string {
  const where = [
    problem.file,
    problem.line,
    problem.line !== undefined ? problem.column : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(':');
  const message = problem.message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
  return `${where}: ${message}`;
}
