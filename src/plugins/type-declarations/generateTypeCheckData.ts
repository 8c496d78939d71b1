import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { moduleAliases } from '../../../languages/moduleAliases';

/**
 * `@generated/type-declarations/default/typeCheck.json`: what the editor's type-check worker needs
 * besides TypeScript itself: the compiler options of `npm run typecheck`, the `.d.ts` text of the
 * modules snippets import (emitted from their sources at build time, so they always match the
 * bundled SDK), and the names of the standard-library files those options pull in.
 */
export interface TypeCheckData {
  /** The root tsconfig.json's options, minus what only makes sense on disk (paths, types, …). */
  options: Record<string, unknown>;
  /** Module name (`sdk`, `sandbox`) → its entry `.d.ts` in `files`. */
  modules: Record<string, string>;
  /** Virtual path (`/languages/typescript/sdk/Client.d.ts`) → declaration text. */
  files: Record<string, string>;
  /** The `lib.*.d.ts` files the options need, following their `/// <reference lib>`s. */
  libFiles: string[];
}

/** Options that name places on disk or emit settings: the worker has neither. */
const DROPPED_OPTIONS = [
  'baseUrl',
  'paths',
  'pathsBasePath',
  'types',
  'typeRoots',
  'configFilePath',
  'noEmit',
  'allowJs',
  'jsx',
  'outDir',
  'rootDir',
  'declaration',
  'declarationDir',
  'emitDeclarationOnly',
];

function readOptions(siteDir: string): ts.CompilerOptions {
  const configFile = path.join(siteDir, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  if (read.error !== undefined) {
    throw new Error(
      `${configFile}: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`,
    );
  }
  return ts.parseJsonConfigFileContent(read.config, ts.sys, siteDir, undefined, configFile).options;
}

/** `lib.es2023.d.ts` → it and every lib it references, transitively. */
export function libClosure(libDir: string, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(path.join(libDir, file), 'utf8');
    for (const match of text.matchAll(/^\/\/\/\s*<reference\s+lib="([^"]+)"/gm)) {
      visit(`lib.${match[1]!.toLowerCase()}.d.ts`);
    }
  };
  roots.forEach(visit);
  return [...seen].sort();
}

/** Emits the declarations of `sdk` and `sandbox` with the TypeScript API; throws on any error. */
export function generateTypeCheckData(siteDir: string): TypeCheckData {
  const options = readOptions(siteDir);
  // The modules snippets import, site-relative, as tsconfig.json's `paths` maps them.
  const modules = Object.entries(moduleAliases(siteDir)).map(
    ([name, file]) => [name, path.relative(siteDir, file).split(path.sep).join('/')] as const,
  );
  const outDir = '/';
  const program = ts.createProgram({
    rootNames: modules.map(([, file]) => path.join(siteDir, file)),
    options: {
      ...options,
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      rootDir: siteDir,
      outDir,
      // Node's types are not the sandbox's: a declaration that needs them should fail here.
      types: [],
    },
  });
  const files: Record<string, string> = {};
  const result = program.emit(undefined, (fileName, text) => {
    files[fileName] = text;
  });
  const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].filter(
    (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error,
  );
  if (result.emitSkipped || problems.length > 0) {
    const text = ts.formatDiagnostics(problems, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => siteDir,
      getNewLine: () => '\n',
    });
    throw new Error(`type-declarations: could not emit the SDK's declarations:\n${text}`);
  }

  const workerOptions: Record<string, unknown> = { ...options };
  for (const name of DROPPED_OPTIONS) delete workerOptions[name];
  const libDir = path.dirname(require.resolve('typescript/lib/lib.d.ts'));
  const libs = (options.lib ?? ['lib.es2022.full.d.ts']).map((lib) => path.basename(lib));
  return {
    options: { ...workerOptions, lib: libs },
    modules: Object.fromEntries(
      modules.map(([name, file]) => [name, `/${file.replace(/\.ts$/, '.d.ts')}`]),
    ),
    files,
    libFiles: libClosure(libDir, libs),
  };
}
