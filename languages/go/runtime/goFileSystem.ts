/**
 * The file system Go's js/wasm port sees (its `syscall` package calls `globalThis.fs` with
 * Node's callback API): the Go packages the interpreter imports, read-only, the program's
 * stdout and stderr as lines, and one device, `/dev/runner`, through which the runtime's glue
 * (`runnerhost/runnerhost.go`) talks to the worker: it writes a JSON request and reads the
 * answer. A read may wait on a promise (the reader's answer on the consent screen): Go's
 * goroutine waits for the callback while the JavaScript event loop goes on.
 */

/** Where the glue opens its channel to the worker. */
export const channelPath = '/dev/runner';

export interface GoFileSystemOptions {
  /** Files by path from the root (`src/sdk/client.go`), as handed over by the page. */
  files: Record<string, string>;
  /** A complete line the program wrote to stdout (1) or stderr (2), without its newline. */
  onLine(stream: 1 | 2, line: string): void;
  /** A request the glue wrote to `/dev/runner`; the answer is what its next read returns. */
  onRequest(request: string): string | Promise<string>;
}

/** What Go's syscall package reads of a stat result (Node's `fs.Stats`). */
interface Stat {
  dev: number;
  ino: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  rdev: number;
  size: number;
  blksize: number;
  blocks: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  isDirectory(): boolean;
}

type Callback = (error: Error | null, value?: unknown) => void;

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFCHR = 0o020000;

/** Node's flag values, which Go's syscall package reads from `fs.constants`. */
const constants = {
  O_WRONLY: 1,
  O_RDWR: 2,
  O_CREAT: 64,
  O_EXCL: 128,
  O_TRUNC: 512,
  O_APPEND: 1024,
  O_DIRECTORY: 65536,
};

/** An error Go maps to its errno by `code` (syscall.mapJSError). */
function fsError(code: string, path?: string): Error {
  return Object.assign(new Error(path ? `${code}: ${path}` : code), { code });
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** A line splitter per stream: Go writes in chunks, the console wants lines. */
class Lines {
  #pending = '';
  readonly #decoder = new TextDecoder();

  constructor(readonly emit: (line: string) => void) {}

  write(bytes: Uint8Array): void {
    this.#pending += this.#decoder.decode(bytes, { stream: true });
    let newline = this.#pending.indexOf('\n');
    while (newline !== -1) {
      this.emit(this.#pending.slice(0, newline));
      this.#pending = this.#pending.slice(newline + 1);
      newline = this.#pending.indexOf('\n');
    }
  }

  flush(): void {
    if (this.#pending !== '') this.emit(this.#pending);
    this.#pending = '';
  }
}

export interface GoFileSystem {
  /** The object to install as `globalThis.fs` before Go starts. */
  fs: object;
  /** Emits what is left of an unfinished line on stdout and stderr. */
  flush(): void;
}

export function createGoFileSystem(options: GoFileSystemOptions): GoFileSystem {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const files = new Map<string, Uint8Array>();
  const folders = new Map<string, Set<string>>([['/', new Set()]]);
  const addFolder = (path: string): void => {
    if (folders.has(path)) return;
    folders.set(path, new Set());
    const cut = path.lastIndexOf('/');
    const parent = cut === 0 ? '/' : path.slice(0, cut);
    addFolder(parent);
    folders.get(parent)!.add(path.slice(cut + 1));
  };
  for (const [name, text] of Object.entries(options.files)) {
    const path = normalize(name);
    const cut = path.lastIndexOf('/');
    const parent = cut === 0 ? '/' : path.slice(0, cut);
    addFolder(parent);
    folders.get(parent)!.add(path.slice(cut + 1));
    files.set(path, encoder.encode(text));
  }
  addFolder('/dev');
  folders.get('/dev')!.add('runner');

  const streams = {
    1: new Lines((line) => options.onLine(1, line)),
    2: new Lines((line) => options.onLine(2, line)),
  };
  /** Open descriptors (0-2 are Go's own standard streams and never opened here). */
  const open = new Map<number, { path: string; position: number; answer?: Promise<string> }>();
  let nextFd = 3;

  const stat = (path: string): Stat => {
    const folder = folders.has(path);
    const data = files.get(path);
    if (!folder && !data && path !== channelPath) throw fsError('ENOENT', path);
    return {
      dev: 1,
      ino: 0,
      mode: folder ? S_IFDIR | 0o555 : path === channelPath ? S_IFCHR | 0o666 : S_IFREG | 0o444,
      nlink: 1,
      uid: 0,
      gid: 0,
      rdev: 0,
      size: data?.length ?? 0,
      blksize: 4096,
      blocks: 0,
      atimeMs: 0,
      mtimeMs: 0,
      ctimeMs: 0,
      isDirectory: () => folder,
    };
  };
  const settle = (callback: Callback, work: () => unknown): void => {
    let value: unknown;
    try {
      value = work();
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback(null, value);
  };
  const descriptor = (fd: number) => {
    const entry = open.get(fd);
    if (!entry) throw fsError('EBADF');
    return entry;
  };
  const write = (fd: number, bytes: Uint8Array): number => {
    if (fd === 1 || fd === 2) {
      streams[fd].write(bytes);
      return bytes.length;
    }
    const entry = descriptor(fd);
    if (entry.path !== channelPath) throw fsError('EBADF');
    const request = decoder.decode(bytes);
    entry.answer = Promise.resolve().then(() => options.onRequest(request));
    // An answer nobody reads must not surface as an unhandled rejection.
    entry.answer.catch(() => undefined);
    return bytes.length;
  };
  const readOnly = (...args: unknown[]) => (args.at(-1) as Callback)(fsError('EROFS'));

  const fs = {
    constants,
    writeSync: (fd: number, bytes: Uint8Array) => write(fd, bytes),
    write(
      fd: number,
      bytes: Uint8Array,
      offset: number,
      length: number,
      _position: number | null,
      callback: Callback,
    ) {
      settle(callback, () => write(fd, bytes.subarray(offset, offset + length)));
    },
    open(path: string, flags: number, _mode: number, callback: Callback) {
      settle(callback, () => {
        const target = normalize(path);
        stat(target);
        const writes = (flags & (constants.O_WRONLY | constants.O_RDWR)) !== 0;
        if (writes && target !== channelPath) throw fsError('EROFS', path);
        const fd = nextFd++;
        open.set(fd, { path: target, position: 0 });
        return fd;
      });
    },
    close(fd: number, callback: Callback) {
      settle(callback, () => {
        descriptor(fd);
        open.delete(fd);
      });
    },
    fstat(fd: number, callback: Callback) {
      settle(callback, () => stat(descriptor(fd).path));
    },
    stat(path: string, callback: Callback) {
      settle(callback, () => stat(normalize(path)));
    },
    lstat(path: string, callback: Callback) {
      settle(callback, () => stat(normalize(path)));
    },
    readdir(path: string, callback: Callback) {
      settle(callback, () => {
        const entries = folders.get(normalize(path));
        if (!entries) throw fsError('ENOTDIR', path);
        return [...entries].sort();
      });
    },
    read(
      fd: number,
      buffer: Uint8Array,
      offset: number,
      length: number,
      position: number | null,
      callback: Callback,
    ) {
      let entry: ReturnType<typeof descriptor>;
      try {
        entry = descriptor(fd);
      } catch (error) {
        callback(error as Error);
        return;
      }
      if (entry.path === channelPath) {
        const answer = entry.answer ?? Promise.resolve('');
        entry.answer = undefined;
        answer.then(
          (text) => {
            const bytes = encoder.encode(text).subarray(0, length);
            buffer.set(bytes, offset);
            callback(null, bytes.length);
          },
          (error: unknown) =>
            callback(fsError('EIO', error instanceof Error ? error.message : String(error))),
        );
        return;
      }
      settle(callback, () => {
        const data = files.get(entry.path);
        if (!data) throw fsError('EISDIR', entry.path);
        const start = position ?? entry.position;
        const chunk = data.subarray(start, start + length);
        buffer.set(chunk, offset);
        if (position === null || position === undefined) entry.position += chunk.length;
        return chunk.length;
      });
    },
    fsync: (_fd: number, callback: Callback) => callback(null),
    mkdir: readOnly,
    unlink: readOnly,
    rmdir: readOnly,
    chmod: readOnly,
    fchmod: readOnly,
    chown: readOnly,
    fchown: readOnly,
    lchown: readOnly,
    utimes: readOnly,
    rename: readOnly,
    truncate: readOnly,
    ftruncate: readOnly,
    readlink: readOnly,
    link: readOnly,
    symlink: readOnly,
  };
  return {
    fs,
    flush() {
      streams[1].flush();
      streams[2].flush();
    },
  };
}
