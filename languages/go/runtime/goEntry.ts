/**
 * How the worker starts the reader's program. Yaegi runs `main` inside its `eval`, a synchronous
 * call from JavaScript, and Go on js/wasm cannot wait for JavaScript (a fetch, the consent
 * screen) inside such a call: the program would deadlock at its first HTTP request. So the
 * program is compiled with its `main` renamed, and a second, tiny program's `main` starts it in a
 * goroutine through the glue (`runnerhost.Run`), which reports how it ended.
 *
 * The new name has the length of `main`, so every line and column of the reader's code stays
 * where the reader sees it.
 */
export const entryName = '_ain';

const mainDeclaration = /^func(\s+)main(\s*)\(/m;

/** The reader's code with its top-level `func main(` renamed, or undefined if it has none. */
export function renameMain(code: string): string | undefined {
  if (!mainDeclaration.test(code)) return undefined;
  return code.replace(mainDeclaration, `func$1${entryName}$2(`);
}

/**
 * The program whose `main` starts the reader's in a goroutine. `key` is the run's secret: only a
 * report of the end that carries it ends the run (the reader's code can write to the channel).
 */
export function startSource(key: string): string {
  return `package main

import runnerhost "runnerhost"

func main() { go runnerhost.Run(${JSON.stringify(key)}, ${entryName}) }
`;
}

/** The interpreter's messages about the renamed code, with the reader's name for `main`. */
export function restoreMainName(message: string): string {
  return message.replace(new RegExp(`\\b${entryName}\\b`, 'g'), 'main');
}
