import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languages } from '../../languages';
import { loadHarness } from '../../languages/loadHarness';
import { demo } from '../../sandbox/mock-server';
import {
  downloadNameOf,
  downloadPathOf,
  mockServerPath,
} from '../../src/plugins/downloads/downloadPathOf';
import { readRegistry, type SnippetEntry } from '../../src/plugins/snippet-registry/loadRegistry';
import type { CheckProblem } from '../check-snippets/CheckProblem';
import { judgeRun } from '../check-snippets/judgeRun';
import { missingTools } from '../check-snippets/missingTools';
import { runProgram } from '../check-snippets/runProgram';

/** The example each language's download is proven with: runs on its own, no consent screen. */
const preferred = 'client-credentials/fetch-token';

/** Compiling the SDK (javac, mcs, go build) on a busy 2-core machine takes a while. */
const runTimeoutMs = 180_000;

/** Starts the built standalone mock server on a free port; resolves with its URL and a stop. */
function startMockServer(file: string): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /Mock OAuth server on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop: () => child.kill() });
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('exit', (code) =>
      reject(new Error(`${file} exited (status ${code}) before listening:\n${output}`)),
    );
  });
}

/**
 * Unzips one built download per language and runs it as its README says (`sh run.sh`, against
 * `node mock-server.mjs`, both from the build), holding its output to the snippet's
 * `meta.json` `run.expect`. Returns the problems, and calls `log` with each language's result.
 */
export async function checkDownloads(
  siteDir: string,
  buildDir: string,
  log: (line: string) => void,
): Promise<CheckProblem[]> {
  const mockServer = path.join(buildDir, mockServerPath);
  if (!fs.existsSync(mockServer)) {
    return [
      { file: path.relative(siteDir, mockServer), message: 'missing: run `npm run build` first' },
    ];
  }
  const { entries } = readRegistry(siteDir);
  const entry: SnippetEntry | undefined =
    entries.find((candidate) => candidate.id === preferred) ??
    entries.find((candidate) => candidate.meta.run !== false && !candidate.meta.run.consent);
  if (!entry || entry.meta.run === false) {
    return [{ file: 'snippets', message: 'no runnable snippet to prove the downloads with' }];
  }
  const expectations = entry.meta.run;
  const problems: CheckProblem[] = [];
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-downloads-'));
  const server = await startMockServer(mockServer);
  try {
    for (const language of languages) {
      const zip = path.join(buildDir, downloadPathOf(entry.id, language.key));
      const file = path.relative(siteDir, zip);
      if (!fs.existsSync(zip)) {
        problems.push({ file, message: 'missing: the downloads plugin did not write it' });
        continue;
      }
      const harness = await loadHarness(siteDir, language.key);
      const missing = typeof harness === 'string' ? [] : missingTools(harness.tools);
      if (missing.length > 0) {
        problems.push({
          file,
          message: `cannot run: install ${missing.map((tool) => `${tool.command} (Debian ${tool.debianPackage})`).join(', ')}`,
        });
        continue;
      }
      execFileSync('unzip', ['-q', '-o', zip, '-d', workDir]);
      const project = path.join(workDir, downloadNameOf(entry.id, language.key));
      await fetch(`${server.url}/__control/reset`, { method: 'POST' });
      const started = performance.now();
      const outcome = await runProgram(
        { command: 'sh', args: ['run.sh'], cwd: project },
        {
          MOCK_SERVER_URL: server.url,
          // tsx from this repository, as a reader who has it installed (run.sh would use npx).
          PATH: `${path.join(siteDir, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        },
        runTimeoutMs,
      );
      const found = judgeRun({
        outcome: {
          ...outcome,
          stdout: outcome.stdout
            .replaceAll(`${server.url}/api/v1`, demo.apiBaseUrl)
            .replaceAll(`${server.url}/auth`, demo.authServerUrl),
        },
        expectations,
        consentScreens: 0,
        location: undefined,
        files: { snippet: file, meta: `snippets/${entry.id}/meta.json` },
      });
      problems.push(...found);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(
        found.length === 0
          ? `${language.label}: ${file} ran as its README says in ${seconds} s:\n${outcome.stdout.trimEnd().replace(/^/gm, '    ')}`
          : `${language.label}: ${file} failed in ${seconds} s${outcome.stderr ? `:\n${outcome.stderr.trimEnd().replace(/^/gm, '    ')}` : ''}`,
      );
    }
  } finally {
    server.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  return problems;
}
