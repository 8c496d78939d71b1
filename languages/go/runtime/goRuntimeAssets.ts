/**
 * The page's half of loading Go: it downloads the runtime's files from the site itself (the
 * runner worker has no network) once per page, reporting progress, and hands them to each Go
 * worker at boot. The browser's HTTP cache keeps them for later pages: their folder name carries
 * a hash of their content.
 */
import runtime from '@generated/go-runtime/default/runtime.json';
import type { DownloadProgress } from '../../../sandbox/runner/core/RuntimeKind';
import type { GoAssets } from './startYaegi';

const totalBytes = runtime.files.reduce((sum, file) => sum + file.bytes, 0);
let progress: DownloadProgress = { loadedBytes: 0, totalBytes, done: false };
const listeners = new Set<(progress: DownloadProgress) => void>();
let download: Promise<GoAssets> | undefined;

function report(next: DownloadProgress): void {
  progress = next;
  for (const listener of listeners) listener(progress);
}

/** The download's progress now, and as it changes; returns the unsubscribe function. */
export function subscribeGoDownload(listener: (progress: DownloadProgress) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function goDownloadProgress(): DownloadProgress {
  return progress;
}

async function fetchFile(name: string, loaded: Map<string, number>): Promise<ArrayBuffer> {
  const url = new URL(`${runtime.indexURL}${name}`, document.baseURI).href;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok || !response.body) throw new Error(`${url} answered HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    // Bytes as decoded: a host that compresses sends fewer, the bar still ends at the total.
    loaded.set(name, (loaded.get(name) ?? 0) + value.byteLength);
    let sum = 0;
    for (const bytes of loaded.values()) sum += bytes;
    report({ loadedBytes: Math.min(sum, totalBytes), totalBytes, done: false });
  }
  return new Blob(chunks as BlobPart[]).arrayBuffer();
}

/** The runtime's files by name (text for the Go team's loader script, bytes for the binary). */
export function goRuntimeAssets(): Promise<GoAssets> {
  download ??= (async () => {
    const loaded = new Map<string, number>();
    const buffers = await Promise.all(runtime.files.map((file) => fetchFile(file.name, loaded)));
    report({ loadedBytes: totalBytes, totalBytes, done: true });
    const decoder = new TextDecoder();
    return Object.fromEntries(
      runtime.files.map((file, index) => [
        file.name,
        file.name.endsWith('.js') ? decoder.decode(buffers[index]) : buffers[index]!,
      ]),
    );
  })();
  // A failed download is tried again by the next boot.
  download.catch(() => {
    download = undefined;
    report({ loadedBytes: 0, totalBytes, done: false });
  });
  return download;
}
