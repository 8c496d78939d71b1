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
 * `file:line:column: message`, as compilers print problems (editors and terminals turn it into a
 * link). A message's continuation lines (the snippet's frames, what a run printed, expected and
 * printed side by side) follow on lines of their own, indented, so the first line stays the one
 * plain line and a traceback is never squeezed into it.
 */
export function formatProblem(problem: CheckProblem): string {
  const where = [
    problem.file,
    problem.line,
    problem.line !== undefined ? problem.column : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(':');
  const [first = '', ...rest] = problem.message.replace(/\r/g, '').split('\n');
  const continuation = rest
    .filter((line) => line.trim() !== '')
    .map((line) => (line.startsWith('    ') ? line : `    ${line.trimStart()}`));
  return [`${where}: ${first.trim()}`, ...continuation].join('\n');
}
