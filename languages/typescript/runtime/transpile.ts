import { codeFrame } from '../../../sandbox/runner/core/codeFrame';
import { transform } from 'sucrase';

export type TranspileResult =
  | { ok: true; code: string }
  | { ok: false; message: string; line: number; column: number; frame: string };

/**
 * TypeScript → CommonJS-style JavaScript the worker can wrap in an async function: types removed,
 * `import … from 'sdk'` turned into `require('sdk')`, top-level `await` left as is (the wrapper
 * is async). Sucrase keeps every statement on its line, so runtime line numbers still point at the
 * reader's code.
 *
 * A syntax error comes back with the 1-based line and column and a code frame; nothing runs.
 */
export function transpile(source: string, fileName: string): TranspileResult {
  try {
    const { code } = transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: fileName,
      production: true,
      // Keep `import()` of 'sdk' going through the same require as static imports.
      preserveDynamicImport: false,
    });
    return { ok: true, code };
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const raw = error instanceof Error ? error.message : String(error);
    // "Error transforming snippet.ts: Unexpected token (2:12)" → "Unexpected token"
    const message = raw
      .replace(/^Error transforming [^:]*: /, '')
      .replace(/\s*\(\d+:\d+\)\s*$/, '');
    const line = loc?.line ?? 1;
    // Sucrase's columns are already 1-based.
    const column = loc?.column ?? 1;
    return { ok: false, message, line, column, frame: codeFrame(source, line, column) };
  }
}

export { codeFrame };
