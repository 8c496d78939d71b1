import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { answerRejectedAwaits } from './answerRejectedAwaits';

const loader = readFileSync(
  createRequire(import.meta.url).resolve('php-wasm/php8.3-web.mjs'),
  'utf8',
);

/** What the loader's `vrzno_await` hands PHP (`Module.jsToZval`) for the promise `target`. */
async function awaited(source: string, target: Promise<unknown>): Promise<unknown[]> {
  const body =
    /function __asyncjs__vrzno_await_internal\(targetId,rv\)\{return Asyncify\.handleAsync\((async\(\)=>\{.*?\})\)\}/.exec(
      source,
    )?.[1];
  if (!body) throw new Error('vrzno_await not found in the loader');
  const handed: unknown[] = [];
  const module = {
    targets: new Map([[1, target]]),
    jsToZval: (value: unknown) => handed.push(value),
  };
  const run = new Function('Module', 'targetId', 'rv', `return (${body})()`) as (
    ...args: unknown[]
  ) => Promise<void>;
  await run(module, 1, 0);
  return handed;
}

describe('answerRejectedAwaits', () => {
  it('hands PHP the reason of a promise that rejects, where the loader as shipped rejects (PHP never wakes)', async () => {
    const refused = new TypeError('GET http://127.0.0.1:9/ was blocked');
    await expect(awaited(loader, Promise.reject(refused))).rejects.toBe(refused);
    expect(await awaited(answerRejectedAwaits(loader), Promise.reject(refused))).toEqual([refused]);
  });

  it('hands PHP what a promise resolves with, as before', async () => {
    expect(await awaited(answerRejectedAwaits(loader), Promise.resolve(200))).toEqual([200]);
  });

  it('says what to update when php-wasm’s loader no longer has the line it adapts', () => {
    expect(() => answerRejectedAwaits('function other(){}')).toThrow(/loader changed/);
  });
});
