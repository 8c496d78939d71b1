import path from 'node:path';
import type { HarnessProblem, SnippetProgram } from './LanguageHarness';

/** One line of a harness's syntax checker (`tools/compile_all.py`, `tools/check_syntax.rb`). */
interface SyntaxReportLine {
  file: string;
  line: number | null;
  column?: number | null;
  message: string;
}

/**
 * Reads a syntax checker's report (one JSON object a line) into problems at the snippet's own
 * path, and whether a file of the SDK itself is broken (then no snippet can run: report it once,
 * instead of as 29 identical run failures).
 */
export function readSyntaxReport(options: {
  stdout: string;
  programs: SnippetProgram[];
  sdkFiles: string[];
  siteDir: string;
  /** `Python`, `Ruby`: named in the fix-it hint. */
  languageLabel: string;
}): { problems: HarnessProblem[]; failed: Set<string>; sdkBroken: boolean } {
  const snippetPaths = new Map(
    options.programs.map((program) => [path.resolve(program.file), program.path]),
  );
  const failed = new Set<string>();
  const problems: HarnessProblem[] = [];
  for (const line of options.stdout.split('\n').filter(Boolean)) {
    const problem = JSON.parse(line) as SyntaxReportLine;
    const file = path.resolve(problem.file);
    failed.add(file);
    problems.push({
      file: snippetPaths.get(file) ?? path.relative(options.siteDir, problem.file),
      ...(problem.line !== null && { line: problem.line }),
      ...(problem.column !== undefined && problem.column !== null && { column: problem.column }),
      message: `${problem.message}: fix the code so it parses as ${options.languageLabel}`,
    });
  }
  const sdkBroken = options.sdkFiles.some((file) => failed.has(path.resolve(file)));
  return { problems, failed, sdkBroken };
}
