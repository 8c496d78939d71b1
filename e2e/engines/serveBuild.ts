import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** A port nobody listens on now, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, exited: () => string | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const why = exited();
    if (why !== undefined) throw new Error(`docusaurus serve stopped before serving: ${why}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`docusaurus serve did not answer ${url} within ${timeoutMs / 1000} s`);
}

/**
 * The production build, served on loopback the way Playwright's webServer serves it
 * (playwright.config.ts): `docusaurus serve`. On `E2E_ENGINES_PORT` if set, else on a free port;
 * `E2E_ENGINES_URL` points the suites at a build already served instead.
 */
export async function serveBuild(): Promise<{ baseURL: string; close(): Promise<void> }> {
  if (process.env.E2E_ENGINES_URL) {
    return { baseURL: process.env.E2E_ENGINES_URL, close: async () => undefined };
  }
  if (!fs.existsSync(path.join(root, 'build', 'index.html'))) {
    throw new Error('build/ is missing: run `npm run build` before the engine tests.');
  }
  const port = Number(process.env.E2E_ENGINES_PORT ?? (await freePort()));
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npx',
    ['docusaurus', 'serve', '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    { cwd: root, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  let exit: string | undefined;
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  server.on('exit', (code, signal) => (exit = `exit ${code ?? signal}: ${stderr.trim()}`));
  const close = async () => {
    if (exit !== undefined) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    // npx starts docusaurus in a process of its own: end the group.
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
  };
  try {
    await waitUntilServing(baseURL, () => exit, 60_000);
  } catch (error) {
    await close();
    throw error;
  }
  return { baseURL, close };
}
