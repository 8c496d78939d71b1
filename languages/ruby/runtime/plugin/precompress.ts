import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes `<file>.br` and `<file>.gz` beside `file`, for hosts that serve pre-compressed files
 * (nginx `gzip_static` / `brotli_static`, Caddy `precompressed`, most static hosts): ruby.wasm is
 * 30.6 MB raw, about 6.9 MB as brotli. Brotli at quality 9, not 11: 11 saves another 0.8 MB but
 * takes minutes per build. Both are kept in `cacheDir` by the file's content hash (the folder
 * name), so only a new runtime pays for compressing.
 */
export async function precompress(file: string, cacheDir: string, hash: string): Promise<void> {
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
