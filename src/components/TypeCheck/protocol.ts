/** Messages between the editor (useTypeCheck) and the type-check worker (worker.ts). */

/** One problem TypeScript found in the reader's code; offsets are UTF-16, as the editor's text. */
export interface TypeDiagnostic {
  start: number;
  length: number;
  /** 1-based, for the reader. */
  line: number;
  column: number;
  /** e.g. `TS2353` */
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface TypeCheckRequest {
  /** One editor (one snippet): each gets its own file and language service in the worker. */
  key: string;
  id: number;
  code: string;
}

export type TypeCheckResponse =
  | { type: 'diagnostics'; key: string; id: number; diagnostics: TypeDiagnostic[] }
  | { type: 'failed'; message: string };
