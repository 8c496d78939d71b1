/// <reference lib="webworker" />
import { importModuleText } from '../../../sandbox/runner/core/importModuleText';
import runtime from '@generated/php-runtime/default/runtime.json';
import sources from '@generated/php-runtime/default/sources.json';
import { answerRejectedAwaits } from './answerRejectedAwaits';
import { createLineWriter } from './createLineWriter';

/** What the PHP worker uses of php-wasm's Emscripten module. */
export interface PhpModule {
  /** Writes out what PHP printed after its last newline (the end of a run). */
  flushOutput?(): void;
  ccall(
    name: string,
    returnType: 'number' | 'string' | null,
    argumentTypes: string[],
    args: unknown[],
    options: { async: true },
  ): Promise<unknown>;
  FS: {
    mkdirTree(path: string): void;
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string, options: { encoding: 'utf8' }): string;
    analyzePath(path: string): { exists: boolean };
    unlink(path: string): void;
  };
}

/** PHP's files by name, as the page downloads them (text for the loader, bytes for the rest). */
export type PhpAssets = Record<string, string | ArrayBuffer>;

export interface PhpStartOptions {
  /** A line PHP wrote to standard output / standard error (without its newline). */
  stdout(line: string): void;
  stderr(line: string): void;
  /** What PHP's http(s):// requests go to while it starts (the spare's warm-up). */
  fetch: typeof fetch;
}

/** Where the SDK lives in PHP's file system; snippets find it through `vendor/autoload.php`. */
export const sdkDir = '/sdk';
/** Where the reader's file runs: `<appDir>/<file name>`, beside `vendor/autoload.php`. */
export const appDir = '/app';

/** Where php-wasm believes its shared libraries are: answered from memory, never fetched. */
const assetOrigin = 'https://php.runner.invalid/';

/**
 * php.ini: the `dom` extension (libxml2 comes with it, as its dependency); errors as a CLI shows
 * them (plain text, every level, to standard error, which the Output shows as error lines).
 */
const phpIni = [
  `extension=${runtime.extension}`,
  'error_reporting=E_ALL',
  'display_errors=stderr',
  'display_startup_errors=1',
  'html_errors=0',
  'log_errors=0',
  'memory_limit=256M',
].join('\n');

/**
 * Starts PHP in this worker from files handed over by the page (no network needed): php-wasm's
 * loader is imported from its text (`importModuleText`), its WebAssembly binary is handed over as
 * bytes, and its fetches of the shared libraries (at start-up, for `extension=`) are answered from
 * memory. Then writes the SDK, the sandbox helper and the glue into PHP's file system.
 */
export async function loadPhpFromAssets(
  assets: PhpAssets | undefined,
  options: PhpStartOptions,
): Promise<PhpModule> {
  const scope = self as unknown as DedicatedWorkerGlobalScope & Record<string, unknown>;
  const asset = (name: string) => {
    const value = assets?.[name];
    if (value === undefined) throw new Error(`the page did not hand over PHP's ${name}`);
    return value;
  };
  // php-wasm's web build names `document` and `window` while it loads (its SDL and DOM event
  // helpers, never called here); in a worker they must exist, as nothing, for it to load at all.
  for (const name of ['document', 'window']) {
    if (!(name in scope))
      Object.defineProperty(scope, name, { value: undefined, configurable: true });
  }
  // The loader resolves its WebAssembly binary's name against `import.meta.url`, which for a
  // module imported from a blob: or data: URL cannot be a base; its own address stands in (the name
  // then goes to locateFile, and the binary itself is handed over).
  const loaderSource = answerRejectedAwaits(
    String(asset(runtime.module)).replaceAll(
      'import.meta.url',
      JSON.stringify(`${assetOrigin}${runtime.module}`),
    ),
  );
  const { default: createPhp } = (await importModuleText(loaderSource)) as {
    default: (options: object) => Promise<PhpModule>;
  };

  const out = createLineWriter(options.stdout);
  const err = createLineWriter(options.stderr);
  const bootFetch: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(assetOrigin)) {
      return new Response(asset(url.slice(assetOrigin.length)), {
        headers: { 'content-type': 'application/wasm' },
      });
    }
    return options.fetch(input, init);
  };
  // php-wasm calls the global fetch, both for its libraries and for PHP's HTTP. It stays this
  // one until the worker locks down (which puts the run's own in its place).
  scope.fetch = bootFetch;
  const php = await createPhp({
    // PHP's memory, at most 1 GiB instead of WebAssembly's 4: this build allocates with the
    // system allocator (USE_ZEND_ALLOC=0), so memory_limit holds nothing back, and a memory or
    // recursion bomb would grow to 4 GiB before it fails "Out of memory" (a crash the worker
    // reports at once). The SDK's runs take a few MiB. 128 MiB to start, as the loader would.
    wasmMemory: new WebAssembly.Memory({ initial: 2048, maximum: 16384 }),
    wasmBinary: asset(runtime.wasm),
    locateFile: (path: string) => `${assetOrigin}${path}`,
    stdout: (byte: number | null) => out.write(byte),
    stderr: (byte: number | null) => err.write(byte),
  });
  await php.ccall('pib_storage_init', 'number', [], [], { async: true });
  php.FS.writeFile('/php.ini', `${phpIni}\n`);
  await php.ccall('pib_init', 'number', ['string'], ['embed'], { async: true });
  installSources(php);
  return Object.assign(php, { flushOutput: () => (out.flush(), err.flush()) });
}

/** The SDK, the sandbox helper, their autoloader and the glue, under `sdkDir`. */
function installSources(php: PhpModule): void {
  for (const [file, source] of Object.entries(sources.files)) {
    const target = `${sdkDir}/${file}`;
    php.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    php.FS.writeFile(target, source);
  }
  // As in a Composer project (and the native harness): the snippet requires vendor/autoload.php
  // beside it.
  php.FS.mkdirTree(`${appDir}/vendor`);
  php.FS.writeFile(`${appDir}/vendor/autoload.php`, `<?php\nrequire '${sdkDir}/autoload.php';\n`);
}
