/**
 * How a language's snippet becomes a project a reader downloads and runs on their own machine:
 * each language's folder has one, `languages/<key>/download.ts` exporting `download` of this type,
 * found by path (loadDownload.ts), as the CI harness is. The build (src/plugins/downloads) adds the
 * SDK's files, a README and `run.sh` around what this gives, and zips it per snippet.
 */
import type { SnippetProgram } from './LanguageHarness';

/** One file of a download, at `path` inside the project folder. */
export interface DownloadFile {
  path: string;
  content: string | Uint8Array;
}

export interface LanguageDownload {
  /** The language's key: loadDownload.ts checks it against the folder the file is in. */
  language: string;
  /** What the reader installs first, for the README, e.g. "Python 3 (`python3`)". */
  requires: string;
  /**
   * The reference SDK and its sandbox helper: folders or files of the language's folder, copied to
   * `to` in the project. Tests (`test`, `tests`, `Tests` folders, `*.test.*`, `*_test.*`,
   * `*Test.*` files) are left out wherever they are.
   */
  sdk: { from: string; to: string }[];
  /** The program's own files: the snippet (unchanged) and whatever the toolchain needs beside it. */
  program(program: SnippetProgram): DownloadFile[];
  /**
   * The POSIX shell lines that build the program (if it needs building) and run it, from the
   * project's folder: the body of `run.sh`, after its lines that point the SDK at the mock server.
   */
  run(program: SnippetProgram): string[];
}
