/**
 * The page's half of loading Ruby: it downloads ruby.wasm from the site itself (the runner worker
 * has no network) once per page, reporting progress, and hands the bytes to each Ruby worker at
 * boot. The browser's HTTP cache keeps the file for later pages: its folder name carries a hash
 * of its content.
 */
import runtime from '@generated/ruby-runtime/default/runtime.json';
import type { DownloadProgress } from '../../../sandbox/runner/core/RuntimeKind';

/** ruby.wasm's files by name, as the page downloads them. */
export type RubyAssets = Record<string, ArrayBuffer>;

const totalBytes = runtime.files.reduce((sum, file) => sum + file.bytes, 0);
let progress: DownloadProgress = { loadedBytes: 0, totalBytes, done: false };
const listeners = new Set<(progress: DownloadProgress) => void>();
let download: Promise<RubyAssets> | undefined;

function report(next: DownloadProgress): void {
  progress = next;
  for (const listener of listeners) listener(progress);
}

/** The download's progress now, and as it changes; returns the unsubscribe function. */
export function subscribeRubyDownload(listener: (progress: DownloadProgress) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function rubyDownloadProgress(): DownloadProgress {
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
    // Decoded bytes (a host may send the file compressed): the total is the raw size.
    loaded.set(name, (loaded.get(name) ?? 0) + value.byteLength);
    let sum = 0;
    for (const bytes of loaded.values()) sum += bytes;
    report({ loadedBytes: Math.min(sum, totalBytes), totalBytes, done: false });
  }
  return new Blob(chunks as BlobPart[]).arrayBuffer();
}

/** ruby.wasm's files, downloaded once per page (a failed download is tried again next time). */
export function rubyRuntimeAssets(): Promise<RubyAssets> {
  download ??= (async () => {
    const loaded = new Map<string, number>();
    const buffers = await Promise.all(runtime.files.map((file) => fetchFile(file.name, loaded)));
    report({ loadedBytes: totalBytes, totalBytes, done: true });
    return Object.fromEntries(runtime.files.map((file, index) => [file.name, buffers[index]!]));
  })();
  download.catch(() => {
    download = undefined;
    report({ loadedBytes: 0, totalBytes, done: false });
  });
  return download;
}
