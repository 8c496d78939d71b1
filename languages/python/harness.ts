/**
 * Runs the Python snippets against the HTTP mock server. A snippet runs unchanged, in place, as
 * `python3 -X utf8 <snippet>` with `PYTHONPATH` set to this folder (so `import sdk` and
 * `import sandbox` resolve here): there is no wrapper, so traceback lines are the snippet's own.
 * "Compiling" is one `python3 tools/compile_all.py` run over every snippet and SDK file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command, HarnessProblem, ProgramHarness, SnippetProgram } from '../LanguageHarness';
import { readSyntaxReport } from '../readSyntaxReport';

const sdkDir = path.dirname(fileURLToPath(import.meta.url));
const siteDir = path.resolve(sdkDir, '../..');

/**
 * Environment of every run: the SDK on the path, UTF-8 output (snippets print `…`), unbuffered
 * so a killed run still shows what it printed, and no `__pycache__` written into the site.
 */
const PYTHON_ENV: Record<string, string> = {
  PYTHONPATH: sdkDir,
  PYTHONIOENCODING: 'utf-8',
  PYTHONUNBUFFERED: '1',
  PYTHONDONTWRITEBYTECODE: '1',
};

/** Every Python file of the SDK, the sandbox helper and the tests, so a syntax error there is named too. */
function sdkFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.py')) files.push(full);
    }
  };
  for (const folder of ['sdk', 'sandbox', 'tests']) walk(path.join(sdkDir, folder));
  return files;
}

/** `File "<file>", line <n>` frames of a Python traceback (or a SyntaxError report). */
const FRAME = /^\s*File "(.+)", line (\d+)/;

export const harness: ProgramHarness = {
  kind: 'programs',
  language: 'python',
  tools: [{ command: 'python3', debianPackage: 'python3' }],

  async prepare(programs: SnippetProgram[], workDir: string) {
    const problems: HarnessProblem[] = [];
    const ownFiles = sdkFiles();
    const compiled = spawnSync(
      'python3',
      [
        '-X',
        'utf8',
        path.join(sdkDir, 'tools', 'compile_all.py'),
        ...programs.map((p) => p.file),
        ...ownFiles,
      ],
      { cwd: workDir, encoding: 'utf8', env: { ...process.env, ...PYTHON_ENV } },
    );
    if (compiled.error || compiled.status !== 0) {
      problems.push({
        file: path.relative(siteDir, path.join(sdkDir, 'tools', 'compile_all.py')),
        message: `python3 could not check the snippets' syntax: ${compiled.error?.message ?? compiled.stderr.trim()}`,
      });
      return { runs: new Map<string, Command>(), problems };
    }
    const report = readSyntaxReport({
      stdout: compiled.stdout,
      programs,
      sdkFiles: ownFiles,
      siteDir,
      languageLabel: 'Python',
    });
    problems.push(...report.problems);
    const { failed, sdkBroken } = report;
    const runs = new Map<string, Command>();
    for (const program of programs) {
      if (sdkBroken || failed.has(path.resolve(program.file))) continue;
      runs.set(program.id, {
        command: 'python3',
        args: ['-X', 'utf8', program.file],
        cwd: workDir,
        env: PYTHON_ENV,
      });
    }
    return { runs, problems };
  },

  locateError(stderr: string, program: SnippetProgram) {
    // The innermost frame in the snippet itself: a traceback lists frames outermost first.
    let found: { line: number } | undefined;
    for (const text of stderr.split('\n')) {
      const frame = FRAME.exec(text);
      if (frame && path.resolve(frame[1]!) === path.resolve(program.file)) {
        found = { line: Number(frame[2]) };
      }
    }
    return found;
  },

  unitTests(workDir: string): Command {
    return {
      command: 'python3',
      args: [
        '-X',
        'utf8',
        '-m',
        'unittest',
        'discover',
        '--start-directory',
        'tests',
        '--top-level-directory',
        '.',
      ],
      cwd: sdkDir,
      env: { ...PYTHON_ENV, PYTHON_TEST_WORK_DIR: workDir },
    };
  },
};
