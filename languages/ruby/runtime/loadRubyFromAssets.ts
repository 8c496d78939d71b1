/// <reference lib="webworker" />
import {
  ConsoleStdout,
  Directory,
  File,
  OpenFile,
  PreopenDirectory,
  WASI,
  type Inode,
} from '@bjorn3/browser_wasi_shim';
import { RubyVM } from '@ruby/wasm-wasi/dist/vm';
import sources from '@generated/ruby-runtime/default/sources.json';
import { LineWriter } from './LineWriter';
import type { RubyAssets } from './rubyRuntimeAssets';

/** The interpreter's file, as the page hands it over (rubyRuntimeAssets.ts). */
export const rubyWasmAsset = 'ruby+stdlib.wasm';

/** Where the SDK, the sandbox helper and the glue are written: `-I` puts both on the load path. */
const sourceRoot = '/runner';

/**
 * Ruby's arguments. `--disable-gems`: RubyGems alone takes seconds of the boot in WebAssembly
 * (it reads every gem specification); the glue puts the bundled gems' folders on the load path
 * itself, which is all the SDK and the snippets need of it (`base64` is a bundled gem in 3.4).
 */
const rubyArgs = [
  'ruby.wasm',
  '-EUTF-8',
  '--disable-gems',
  `-I${sourceRoot}/lib`,
  `-I${sourceRoot}/runtime`,
  '-e_=0',
];

/** The SDK's files as a directory tree for the WASI file system (`lib/sdk.rb` → lib → sdk.rb). */
function sourceTree(files: Record<string, string>): Map<string, Inode> {
  type Folder = Map<string, Folder | string>;
  const root: Folder = new Map();
  for (const [file, text] of Object.entries(files)) {
    const parts = file.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.get(part);
      if (!(next instanceof Map)) {
        next = new Map();
        folder.set(part, next);
      }
      folder = next;
    }
    folder.set(parts.at(-1)!, text);
  }
  const encoder = new TextEncoder();
  // Built from the leaves up: a Directory links the folders it is given to itself as their parent.
  const toInodes = (folder: Folder): Map<string, Inode> =>
    new Map(
      [...folder].map(([name, entry]): [string, Inode] => [
        name,
        typeof entry === 'string'
          ? new File(encoder.encode(entry), { readonly: true })
          : new Directory(toInodes(entry)),
      ]),
    );
  return toInodes(root);
}

export interface RubyRuntime {
  vm: RubyVM;
  stdout: LineWriter;
  stderr: LineWriter;
}

/**
 * Starts ruby.wasm in this worker from the bytes the page handed over (no network needed), with
 * the SDK, the sandbox helper and the glue in an in-memory folder (`/runner`), the way
 * ruby.wasm's own browser loader (`DefaultRubyVM`) sets up WASI, but with stdout and stderr as
 * lines for the Output instead of the devtools console.
 */
export async function loadRubyFromAssets(
  assets: RubyAssets | undefined,
  output: { stdout: (line: string) => void; stderr: (line: string) => void },
): Promise<RubyRuntime> {
  const bytes = assets?.[rubyWasmAsset];
  if (!(bytes instanceof ArrayBuffer)) {
    throw new Error(`the page did not hand over ${rubyWasmAsset}`);
  }
  const module = await WebAssembly.compile(bytes);
  const stdout = new LineWriter(output.stdout);
  const stderr = new LineWriter(output.stderr);
  const wasi = new WASI(
    [],
    [],
    [
      new OpenFile(new File([])),
      new ConsoleStdout((data) => stdout.write(data)),
      new ConsoleStdout((data) => stderr.write(data)),
      new PreopenDirectory('/', new Map()),
      new PreopenDirectory(sourceRoot, sourceTree(sources.files)),
    ],
    { debug: false },
  );
  const { vm } = await RubyVM.instantiateModule({ module, wasip1: wasi, args: rubyArgs });
  return { vm, stdout, stderr };
}
