import net from 'node:net';
import path from 'node:path';
import { timeCommand } from './exec';
import { startStaticServer } from './staticServer';

/** A port nobody listens on now, so Playwright starts its own server (it reuses one it finds). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/**
 * One `playwright test e2e/examples.spec.ts` (what `npx playwright test e2e/examples.spec.ts`
 * runs), serving build/ on a port of its own: wall time including the server's start, and whether
 * every test passed (a failed run is timed too, and reported as failed). With `buildDir`, the
 * bench serves that folder itself on the port and Playwright reuses the server (its config does
 * so outside CI): the server's start is then not in the time.
 */
export async function timeExamplesRun(
  siteDir: string,
  logFile: string,
  buildDir?: string,
): Promise<{ ms: number; passed: boolean }> {
  const server = buildDir ? await startStaticServer(buildDir) : undefined;
  const port = server ? Number(new URL(server.origin).port) : await freePort();
  try {
    const { ms, exitCode } = await timeCommand(
      path.join(siteDir, 'node_modules', '.bin', 'playwright'),
      ['test', 'e2e/examples.spec.ts'],
      { cwd: siteDir, env: { E2E_PORT: String(port) }, logFile, allowFailure: true },
    );
    return { ms, passed: exitCode === 0 };
  } finally {
    await server?.close();
  }
}
