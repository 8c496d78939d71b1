/** What php-wasm's `vrzno_await` does with the promise PHP waits for (php8.3-web.mjs). */
const awaitInLoader = 'const result=await target;';

/**
 * `vrzno_await` of a promise that rejects never wakes PHP up: the rejection escapes php-wasm's
 * Asyncify wrapper, and the run would hang until the time limit (issue 22; `fetch` of a URL the
 * sandbox refuses is one). Here the rejection's reason is what `vrzno_await` returns instead, as
 * an object the code can read (`$error->message`), and the run goes on.
 */
export function answerRejectedAwaits(loader: string): string {
  if (!loader.includes(awaitInLoader)) {
    throw new Error(
      `php-wasm's loader changed: vrzno_await no longer reads "${awaitInLoader}", so a rejected promise would hang PHP. Update answerRejectedAwaits.ts for this version.`,
    );
  }
  return loader.replace(
    awaitInLoader,
    'const result=await Promise.resolve(target).then(undefined,(reason)=>reason);',
  );
}
