/**
 * `npm run check-snippets [-- <grant>/<operation> … --language <key> …]`: every check of the given
 * snippets (all when none) and of the pages that use them, in every language (or those named).
 * Prints one `file:line:column: message` line per problem, then a one-line summary; exits 1 on any
 * problem. Progress goes to stderr, only on a terminal.
 */
import { checkSnippets } from './checkSnippets';
import { formatProblem } from './toCheckProblem';
import { parseArguments, usage } from './parseArguments';
import { runInLanguages } from './runLanguages';

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2));
  if ('error' in parsed) {
    console.error(`check-snippets: ${parsed.error}\n${usage}`);
    return 1;
  }
  if (parsed.help) {
    console.log(usage);
    return 0;
  }
  const started = Date.now();
  const log = process.stderr.isTTY ? (line: string) => console.error(`  ${line}`) : undefined;
  const result = await checkSnippets({
    siteDir: process.cwd(),
    ids: parsed.ids,
    languages: parsed.languages,
    runInLanguages,
    recordings: parsed.record ? 'record' : 'check',
    ...(log !== undefined && { log }),
  });
  for (const problem of result.problems) console.log(formatProblem(problem));

  const files = new Set(result.problems.map((problem) => problem.file)).size;
  const scope =
    `${result.ids.length} snippet${result.ids.length === 1 ? '' : 's'} in ` +
    (result.languages.length === 7 ? 'all 7 languages' : result.languages.join(', '));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const count = result.problems.length;
  console.log(
    count === 0
      ? `check-snippets: no problems (${scope}, ${seconds} s)`
      : `check-snippets: ${count} problem${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${scope}, ${seconds} s)`,
  );
  return count === 0 ? 0 : 1;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // A crash of the checker itself, not a problem in the snippets: show the stack.
    console.error('check-snippets failed:', error);
    process.exitCode = 1;
  },
);
