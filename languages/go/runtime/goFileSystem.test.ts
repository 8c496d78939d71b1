import { describe, expect, it } from 'vitest';
import { channelPath, createGoFileSystem } from './goFileSystem';

type Callback = (error: Error | null, value?: unknown) => void;
interface NodeStyleFs {
  open(path: string, flags: number, mode: number, callback: Callback): void;
  read(
    fd: number,
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
    callback: Callback,
  ): void;
  write(
    fd: number,
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
    callback: Callback,
  ): void;
  writeSync(fd: number, buffer: Uint8Array): number;
  readdir(path: string, callback: Callback): void;
  stat(path: string, callback: Callback): void;
  mkdir(path: string, mode: number, callback: Callback): void;
}

/** Calls a callback-style method the way Go's syscall package does. */
function call<T>(method: (callback: Callback) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    method((error, value) => (error ? reject(error) : resolve(value as T))),
  );
}

function setUp(onRequest: (request: string) => string | Promise<string> = () => 'ok') {
  const lines: [number, string][] = [];
  const system = createGoFileSystem({
    files: { 'src/sdk/client.go': 'package sdk\n', 'src/sdk/models/item.go': 'package models\n' },
    onLine: (stream, line) => lines.push([stream, line]),
    onRequest,
  });
  return { fs: system.fs as NodeStyleFs, flush: system.flush, lines };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('createGoFileSystem', () => {
  it("serves the packages' files and folders as Yaegi reads them (relative to the root)", async () => {
    const { fs } = setUp();
    expect(await call((done) => fs.readdir('src/sdk', done))).toEqual(['client.go', 'models']);
    const stat = await call<{ isDirectory(): boolean }>((done) => fs.stat('src/sdk/models', done));
    expect(stat.isDirectory()).toBe(true);
    const fd = await call<number>((done) => fs.open('/src/sdk/client.go', 0, 0, done));
    const buffer = new Uint8Array(100);
    const read = await call<number>((done) => fs.read(fd, buffer, 0, 100, null, done));
    expect(new TextDecoder().decode(buffer.subarray(0, read))).toBe('package sdk\n');
  });

  it('answers a missing file with ENOENT and refuses writes with EROFS', async () => {
    const { fs } = setUp();
    await expect(call((done) => fs.stat('src/nope', done))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    await expect(call((done) => fs.open('src/sdk/client.go', 1, 0, done))).rejects.toMatchObject({
      code: 'EROFS',
    });
    await expect(call((done) => fs.mkdir('src/x', 0o755, done))).rejects.toMatchObject({
      code: 'EROFS',
    });
  });

  it('turns stdout and stderr into lines, keeping an unfinished one until flushed', () => {
    const { fs, flush, lines } = setUp();
    fs.writeSync(1, bytes('one\ntw'));
    fs.writeSync(2, bytes('oops\n'));
    fs.writeSync(1, bytes('o\nthree'));
    expect(lines).toEqual([
      [1, 'one'],
      [2, 'oops'],
      [1, 'two'],
    ]);
    flush();
    expect(lines.at(-1)).toEqual([1, 'three']);
  });

  it("answers a request on the runner's channel with what the worker resolves, later", async () => {
    let answer: (text: string) => void = () => undefined;
    const { fs } = setUp(() => new Promise((resolve) => (answer = resolve)));
    const fd = await call<number>((done) => fs.open(channelPath, 2, 0, done));
    const request = bytes('{"op":"consent"}');
    await call((done) => fs.write(fd, request, 0, request.length, null, done));
    const buffer = new Uint8Array(16);
    const read = call<number>((done) => fs.read(fd, buffer, 0, 16, null, done));
    await Promise.resolve();
    answer('approve');
    const count = await read;
    expect(new TextDecoder().decode(buffer.subarray(0, count))).toBe('approve');
  });
});
