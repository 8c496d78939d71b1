/**
 * A memory snapshot of a Python interpreter that has started and imported the SDK, handed to
 * every Python runner worker, which restores it instead of starting Python and importing the SDK
 * again: a spare boots in well under a second of CPU rather than seconds (Pyodide's
 * `_makeSnapshot` / `_loadSnapshot`, the way Cloudflare's Python Workers start).
 *
 * Each run still gets a fresh interpreter, restored from the same clean state: the snapshot is
 * made in a worker of its own that runs no reader code (`snapshotWorker.ts`), never taken from a
 * runner worker, so nothing a run does can reach the next one through it.
 *
 * The site's Cache Storage keeps it (about 30 MB, one entry, replaced when Pyodide or the Python
 * sources change), so later pages start Python from it at once. The first Python boot of a
 * visitor does not wait for it: that worker starts the long way while the snapshot is made beside
 * it, for the spares that follow.
 */
import runtime from '@generated/python-runtime/default/runtime.json';
import type { PyodideAssets } from './loadPyodideFromAssets';
import type { SnapshotAnswer, SnapshotRequest } from './snapshotWorker';

const cacheName = 'python-runtime';
/** Not a file of the site: a Cache Storage key, named after what the snapshot was made from. */
const cacheKey = () =>
  new URL(`${runtime.indexURL}interpreter-${runtime.sourcesHash}.snapshot`, document.baseURI).href;

let stored: Promise<ArrayBuffer | undefined> | undefined;
let made: Promise<ArrayBuffer | undefined> | undefined;

/** The snapshot this page already has, or one kept by an earlier page; never makes one. */
export function storedSnapshot(): Promise<ArrayBuffer | undefined> {
  stored ??= (async () => {
    try {
      const answer = await (await caches.open(cacheName)).match(cacheKey());
      return answer ? await answer.arrayBuffer() : undefined;
    } catch {
      // No Cache Storage (an insecure origin, a private window's refusal): make one per page.
      return undefined;
    }
  })();
  return made ?? stored;
}

/**
 * The snapshot, made from `assets` unless a stored one exists. Undefined if it could not be made:
 * the runner workers then start Python the long way, and the console says why once.
 */
export async function pythonSnapshot(assets: PyodideAssets): Promise<ArrayBuffer | undefined> {
  const kept = await storedSnapshot();
  if (kept) return kept;
  made ??= makeSnapshot(assets).then((snapshot) => {
    if (snapshot) void keep(snapshot);
    return snapshot;
  });
  return made;
}

async function keep(snapshot: ArrayBuffer): Promise<void> {
  try {
    const cache = await caches.open(cacheName);
    // One entry: the snapshots of earlier builds are of no further use.
    for (const request of await cache.keys()) await cache.delete(request);
    await cache.put(
      cacheKey(),
      new Response(snapshot, { headers: { 'content-type': 'application/octet-stream' } }),
    );
  } catch {
    // Not kept (no Cache Storage, or over quota): the next page makes its own.
  }
}

function makeSnapshot(assets: PyodideAssets): Promise<ArrayBuffer | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(
      /* webpackChunkName: "python-snapshot-worker" */ new URL(
        './snapshotWorker.ts',
        import.meta.url,
      ),
      { name: 'python-snapshot' },
    );
    const giveUp = (why: string) => {
      worker.terminate();
      console.warn(`Python starts without a snapshot in this page: ${why}`);
      resolve(undefined);
    };
    worker.addEventListener('message', (event: MessageEvent<SnapshotAnswer>) => {
      if ('error' in event.data) {
        giveUp(event.data.error);
        return;
      }
      worker.terminate();
      resolve(event.data.snapshot);
    });
    worker.addEventListener('error', (event) => giveUp(event.message || 'its worker failed'));
    worker.postMessage({ assets } satisfies SnapshotRequest);
  });
}
