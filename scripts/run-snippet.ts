/**
 * `npm run run-snippet -- <grant>/<operation> --language <key> [--server <url>]`: compiles and
 * runs one snippet exactly as `check-snippets` does (its language's harness), against a mock server
 * you started with `npm run mock-server`, and prints what it prints. The second of the two
 * commands a recorded run's tab shows (src/components/RecordedRun).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { languageKeys, languages } from '../languages';
import { loadHarness } from '../languages/loadHarness';
import { readRegistry } from '../src/plugins/snippet-registry/loadRegistry';
import { missingTools } from './check-snippets/missingTools';

const usage = `usage: npm run run-snippet -- <grant>/<operation> --language <key> [--server <url>]
  --language <key>   one of ${languageKeys.filter((key) => key !== 'typescript').join(', ')}
  --server <url>     the mock server (default http://127.0.0.1:4010, what npm run mock-server prints)`;

function fail(message: string): never {
  console.error(`run-snippet: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: { language?: string; server?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        language: { type: 'string' },
        server: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const [id] = positionals;
  const language = values.language;
  if (id === undefined || language === undefined || positionals.length > 1) fail(usage);
  const server = (values.server ?? 'http://127.0.0.1:4010').replace(/\/+$/, '');

  const siteDir = process.cwd();
  const registry = readRegistry(siteDir, 'snippets', languages);
  const entry = registry.entries.find((candidate) => candidate.id === id);
  if (!entry) {
    fail(`no snippet ${id} (or its meta.json is broken): npm run check-snippets -- ${id} says why`);
  }
  const harness = await loadHarness(siteDir, language);
  if (typeof harness === 'string') fail(harness);
  if (harness.kind !== 'programs') {
    fail(`${language} snippets run in the page: open the snippet's tab and press Run`);
  }
  const missing = missingTools(harness.tools);
  if (missing.length > 0) {
    fail(
      `${language} needs ${missing.map((tool) => `\`${tool.command}\``).join(', ')}: apt-get install ${[...new Set(missing.map((tool) => tool.debianPackage))].join(' ')}`,
    );
  }

  // A fresh server, as each CI run gets: no tokens, codes or clock moves of an earlier run.
  try {
    const reset = await fetch(`${server}/__control/reset`, { method: 'POST' });
    if (!reset.ok) throw new Error(`it answered ${reset.status} to POST /__control/reset`);
  } catch (error) {
    fail(
      `no mock server at ${server} (${(error as Error).message}): start one with \`npm run mock-server\` in another terminal, or pass --server <url>`,
    );
  }

  const file = entry.files[language as keyof typeof entry.files];
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `run-snippet-${language}-`));
  try {
    const prepared = await harness.prepare(
      [{ id, path: file.path, file: path.join(siteDir, file.path), source: file.source }],
      workDir,
    );
    for (const problem of prepared.problems) {
      console.error(
        `${problem.file}${problem.line ? `:${problem.line}` : ''}${problem.column ? `:${problem.column}` : ''}: ${problem.message}`,
      );
    }
    const command = prepared.runs.get(id);
    if (!command) {
      console.error(`run-snippet: ${file.path} did not compile (above)`);
      process.exitCode = 1;
      return;
    }
    const consent = entry.meta.run === false ? undefined : entry.meta.run.consent;
    const status = await new Promise<number>((resolve) => {
      const child = spawn(command.command, command.args, {
        cwd: command.cwd,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...command.env,
          MOCK_SERVER_URL: server,
          SDK_AUTH_SERVER_URL: `${server}/auth`,
          SDK_API_BASE_URL: `${server}/api/v1`,
          ...(consent && { SANDBOX_CONSENT: consent }),
        },
      });
      child.on('error', (error) => {
        console.error(`run-snippet: ${command.command}: ${error.message}`);
        resolve(127);
      });
      child.on('close', (code) => resolve(code ?? 1));
    });
    process.exitCode = status;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

void main();
