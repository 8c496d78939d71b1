/**
 * The site folder the runtime's files are served under (`/ruby-wasm/<version>-<hash>/`): one name for
 * the build plugin and the bench, which checks no page requests it before the reader's intent.
 */
export const servedFolder = 'ruby-wasm';
