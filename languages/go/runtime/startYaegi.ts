/// <reference lib="webworker" />
/**
 * Starts the Yaegi interpreter (Go compiled to WebAssembly, npm `yaegi-wasm`) in this worker
 * from the files the page handed over: no network. Its `main` registers `globalThis.yaegi`
 * (`eval(source)`, one interpreter that keeps what earlier evaluations declared and imported)
 * and waits; Go's runtime reaches the outside world only through the globals it reads:
 * `fs` (goFileSystem.ts), `fetch` (net/http), `Date`, `crypto`, `performance`.
 */

/** The runtime's files by name, as the page downloads them (`goRuntimeAssets.ts`). */
export type GoAssets = Record<string, string | ArrayBuffer>;

export const wasmAsset = 'yaegi-browser.wasm';
export const glueAsset = 'wasm_exec.js';

/** What the worker uses of yaegi-wasm's `globalThis.yaegi`. */
export interface Yaegi {
  /**
   * Compiles and runs Go source in the interpreter: declarations are kept for the next call, a
   * `package main` with a `main` runs it. Undefined if the Go program ended during the call.
   */
  eval(source: string): { success: boolean; error: string | null } | undefined;
  /** Settles with the exit code when the Go program ends (`os.Exit`, a fatal runtime error). */
  exited: Promise<number>;
}

interface GoInstance {
  env: Record<string, string>;
  argv: string[];
  exit: (code: number) => void;
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

export async function startYaegi(assets: GoAssets | undefined, fs: object): Promise<Yaegi> {
  const asset = (name: string) => {
    const value = assets?.[name];
    if (value === undefined) throw new Error(`the page did not hand over the Go runtime's ${name}`);
    return value;
  };
  const glue = asset(glueAsset);
  const wasm = asset(wasmAsset);
  if (typeof glue !== 'string' || !(wasm instanceof ArrayBuffer)) {
    throw new Error('the Go runtime files arrived in the wrong form (expected text and bytes)');
  }
  const scope = globalThis as unknown as Record<string, unknown>;
  // wasm_exec.js keeps a `fs` it finds (its own only prints); Go's syscall package reads it
  // once, when the program starts.
  Object.defineProperty(scope, 'fs', { value: fs, configurable: true, writable: true });
  // The Go team's loader is a classic script that defines `globalThis.Go`; the worker's policy
  // allows eval (the runner's own loader evaluates its scripts the same way).
  new Function(glue)();
  const Go = scope.Go as new () => GoInstance;
  const go = new Go();
  go.argv = ['yaegi'];
  // An empty environment: the SDK's defaults (https://auth.example.com, …) are the mock's.
  go.env = {};
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => {
    exit = resolve;
  });
  go.exit = (code) => exit(code);
  const { instance } = await WebAssembly.instantiate(wasm, go.importObject);
  // Runs Go's main until it waits: by then it has registered `yaegi`. Its banner goes to
  // console.log, which would only add noise to the page's devtools.
  const log = console.log;
  console.log = () => undefined;
  try {
    void go.run(instance);
  } finally {
    console.log = log;
  }
  const yaegi = scope.yaegi as { eval(source: string): unknown } | undefined;
  if (!yaegi || typeof yaegi.eval !== 'function') {
    throw new Error('the Go runtime started but did not register its interpreter (yaegi.eval)');
  }
  const evaluate = yaegi.eval.bind(yaegi);
  return {
    eval: (source) => {
      const result = evaluate(source) as { success?: unknown; error?: unknown } | undefined;
      if (!result || typeof result !== 'object') return undefined;
      return {
        success: result.success === true,
        error: typeof result.error === 'string' ? result.error : null,
      };
    },
    exited,
  };
}
