import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files smaller than this are served as they are: compressing them ahead saves nothing worth it. */
const minBytes = 64 * 1024;

/**
 * Writes `<file>.br` and `<file>.gz` beside `file`, for hosts that serve pre-compressed files
 * (nginx `gzip_static` / `brotli_static`, Caddy `precompressed`, most static hosts): the in-page
 * runtimes and the editor's TypeScript are megabytes raw (ruby.wasm 30.6 MB, about 6.9 MB as
 * brotli). Brotli at quality 9, not 11: 11 saves a few percent more but takes minutes per build.
 * Both are kept in `cacheDir` (under node_modules/.cache) by `hash`, the content hash the file's
 * served folder is named after, so only a new runtime pays for compressing.
 */
export async function precompress(file: string, cacheDir: string, hash: string): Promise<void> {
  if ((await fs.promises.stat(file)).size < minBytes) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const base = path.basename(file);
  await Promise.all(
    (['br', 'gz'] as const).map(async (extension) => {
      const cached = path.join(cacheDir, `${hash}-${base}.${extension}`);
      if (!fs.existsSync(cached)) {
        const raw = await fs.promises.readFile(file);
        const packed =
          extension === 'br'
            ? await brotli(raw, {
                params: {
                  [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
                  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
                },
              })
            : await gzip(raw, { level: 9 });
        // Written under a temporary name first: a build stopped halfway leaves no bad cache entry.
        await fs.promises.writeFile(`${cached}.partial`, packed);
        await fs.promises.rename(`${cached}.partial`, cached);
      }
      await fs.promises.copyFile(cached, `${file}.${extension}`);
    }),
  );
}
