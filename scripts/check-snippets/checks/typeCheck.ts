import path from 'node:path';
import ts from 'typescript';
import type { RegistryProblem } from '../../../src/plugins/snippet-registry/loadRegistry';

/**
 * Type-checks TypeScript snippets against the reference SDK with the compiler API: one program for
 * all of them (the SDK and the DOM lib are checked once, not once per snippet), with the root
 * tsconfig.json's options, so `sdk` and `sandbox` resolve through its `paths` exactly as for
 * `npm run typecheck`.
 *
 * @param projectDir where tsconfig.json is (the repository root)
 * @param siteDir the site whose `snippets/` the files are in; problems name files relative to it
 * @param files snippet files relative to `siteDir`, e.g. `snippets/x/y/typescript.ts`
 */
export function typeCheckSnippets(
  projectDir: string,
  siteDir: string,
  files: readonly string[],
): RegistryProblem[] {
  const configFile = path.join(projectDir, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  if (read.error !== undefined) {
    throw new Error(
      `${configFile}: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`,
    );
  }
  const { options } = ts.parseJsonConfigFileContent(
    read.config,
    ts.sys,
    projectDir,
    { noEmit: true },
    configFile,
  );
  const rootNames = files.map((file) => path.resolve(siteDir, file));
  const program = ts.createProgram({ rootNames, options });

  const problems: RegistryProblem[] = [];
  for (const [index, fileName] of rootNames.entries()) {
    const sourceFile = program.getSourceFile(fileName);
    const relative = files[index] ?? fileName;
    if (sourceFile === undefined) {
      problems.push({ file: relative, message: 'TypeScript could not read this file' });
      continue;
    }
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    ];
    for (const diagnostic of diagnostics) {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      let where = relative;
      if (diagnostic.start !== undefined) {
        const { line, character } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start);
        where = `${relative}:${line + 1}:${character + 1}`;
      }
      problems.push({
        file: where,
        message: `TS${diagnostic.code}: ${text} (fix the snippet so it compiles against the reference SDK in languages/typescript/sdk; \`npm run typecheck\` shows the same error)`,
      });
    }
  }
  return problems;
}
