import path from 'node:path';
import ts from 'typescript';

/**
 * The bare module names snippets import (`sdk`, `sandbox`), each with the absolute path of the
 * file it maps to. Declared once, as `paths` in tsconfig.json (the type checker reads nothing
 * else); Vitest, the bundler and the editor's type data read them from there through this.
 * `@site/*` is Docusaurus' own alias, not a module name of the snippets: it is left out.
 */
export function moduleAliases(siteDir: string): Record<string, string> {
  const file = path.join(siteDir, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) {
    throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  }
  const options = (config as { compilerOptions?: { baseUrl?: string; paths?: object } })
    .compilerOptions;
  const base = path.resolve(siteDir, options?.baseUrl ?? '.');
  const aliases: Record<string, string> = {};
  for (const [name, targets] of Object.entries(options?.paths ?? {})) {
    if (name.includes('*')) continue;
    const [target] = targets as string[];
    if (target === undefined) throw new Error(`${file}: paths.${name} maps to no file`);
    aliases[name] = path.resolve(base, target);
  }
  return aliases;
}
