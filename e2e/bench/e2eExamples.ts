import net from 'node:net';
import path from 'node:path';
import { timeCommand } from './exec';

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
 * every test passed (a failed run is timed too, and reported as failed).
 */
export async function timeExamplesRun(
  siteDir: string,
  logFile: string,
): Promise<{ ms: number; passed: boolean }> {
  const port = await freePort();
  const { ms, exitCode } = await timeCommand(
    path.join(siteDir, 'node_modules', '.bin', 'playwright'),
    ['test', 'e2e/examples.spec.ts'],
    { cwd: siteDir, env: { E2E_PORT: String(port) }, logFile, allowFailure: true },
  );
  return { ms, passed: exitCode === 0 };
}
