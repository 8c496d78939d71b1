/**
 * The editor's type checker: a TypeScript language service in a Web Worker, so the page never
 * parses or runs the compiler. Started when a reader presses Edit on a TypeScript snippet (see
 * useTypeCheck), never with the page or by Run. TypeScript (`typescript.js`) and the standard
 * library's declarations are fetched from the site's own output; the SDK's declarations and the
 * compiler options of `npm run typecheck` come with the build (src/plugins/type-declarations).
 */
import type * as TS from 'typescript';
import data from '@generated/type-declarations/default/typeCheck.json';
import type { TypeCheckRequest, TypeCheckResponse, TypeDiagnostic } from './protocol';

interface TypeCheckScope {
  location: { href: string };
  importScripts(...urls: string[]): void;
  postMessage(message: TypeCheckResponse): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<TypeCheckRequest>) => void,
  ): void;
  ts?: typeof TS;
}

const scope = self as unknown as TypeCheckScope;
const base = new URL(data.baseUrl, scope.location.href);
const LIB_DIR = '/lib/';

async function fetchText(name: string): Promise<string> {
  const response = await fetch(new URL(name, base));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.text();
}

/** Everything but the reader's code: the SDK's declarations and the standard library's. */
async function loadFiles(): Promise<Map<string, string>> {
  const files = new Map(Object.entries(data.files));
  const libs = await Promise.all(data.libFiles.map(fetchText));
  data.libFiles.forEach((name, index) => files.set(LIB_DIR + name, libs[index]!));
  return files;
}

interface Service {
  service: TS.LanguageService;
  fileName: string;
  state: { code: string; version: number };
}

interface Checker {
  check(key: string, code: string): TypeDiagnostic[];
}

function createChecker(ts: typeof TS, files: Map<string, string>): Checker {
  const options: TS.CompilerOptions = {
    ...(data.options as TS.CompilerOptions),
    noEmit: true,
    types: [],
    baseUrl: '/',
    // As tsconfig.json's `paths`, to the emitted declarations.
    paths: Object.fromEntries(
      Object.entries(data.modules).map(([name, file]) => [name, [file.replace(/\.d\.ts$/, '')]]),
    ),
  };
  const directories = new Set<string>(['/', '/snippets']);
  for (const file of files.keys()) {
    for (
      let dir = file.slice(0, file.lastIndexOf('/'));
      dir;
      dir = dir.slice(0, dir.lastIndexOf('/'))
    ) {
      directories.add(dir);
    }
  }
  const registry = ts.createDocumentRegistry();
  const services = new Map<string, Service>();

  const serviceFor = (key: string): Service => {
    const existing = services.get(key);
    if (existing) return existing;
    const fileName = `/snippets/${key.replace(/[^\w.-]+/g, '_')}.ts`;
    const state = { code: '', version: 0 };
    const read = (file: string) => (file === fileName ? state.code : files.get(file));
    const host: TS.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [fileName],
      getScriptVersion: (file) => (file === fileName ? String(state.version) : '0'),
      getScriptSnapshot: (file) => {
        const text = read(file);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => '/',
      getDefaultLibFileName: (settings) => LIB_DIR + ts.getDefaultLibFileName(settings),
      fileExists: (file) => read(file) !== undefined,
      readFile: read,
      directoryExists: (dir) => directories.has(dir.replace(/\/$/, '') || '/'),
    };
    const service = { service: ts.createLanguageService(host, registry), fileName, state };
    services.set(key, service);
    return service;
  };

  return {
    check(key, code) {
      const { service, fileName, state } = serviceFor(key);
      if (state.code !== code) {
        state.code = code;
        state.version += 1;
      }
      const diagnostics = [
        ...service.getSyntacticDiagnostics(fileName),
        ...service.getSemanticDiagnostics(fileName),
      ];
      const source = service.getProgram()?.getSourceFile(fileName);
      return diagnostics.map((diagnostic): TypeDiagnostic => {
        const start = diagnostic.start ?? 0;
        const position = source?.getLineAndCharacterOfPosition(start) ?? { line: 0, character: 0 };
        return {
          start,
          length: diagnostic.length ?? 0,
          line: position.line + 1,
          column: position.character + 1,
          code: `TS${diagnostic.code}`,
          message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
          severity: diagnostic.category === ts.DiagnosticCategory.Error ? 'error' : 'warning',
        };
      });
    },
  };
}

const checker: Promise<Checker> = (async () => {
  const files = loadFiles();
  // Synchronous, but in the worker: the page and its editor go on meanwhile.
  scope.importScripts(new URL('typescript.js', base).href);
  const ts = scope.ts;
  if (!ts) throw new Error('typescript.js did not define `ts`');
  return createChecker(ts, await files);
})();

/** Only the newest request of each editor is worth answering. */
const latest = new Map<string, number>();

scope.addEventListener('message', (event) => {
  const { key, id, code } = event.data;
  latest.set(key, id);
  checker.then(
    (loaded) => {
      if (latest.get(key) !== id) return;
      scope.postMessage({ type: 'diagnostics', key, id, diagnostics: loaded.check(key, code) });
    },
    (error: unknown) => {
      scope.postMessage({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    },
  );
});
