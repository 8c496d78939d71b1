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
import type {
  Command,
  HarnessProblem,
  ProgramHarness,
  RunFailure,
  SnippetFrame,
  SnippetProgram,
} from '../LanguageHarness';
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

/** A traceback frame with its function: `File "<file>", line <n>, in <function>`. */
const TRACEBACK_FRAME = /^\s*File "(.+)", line (\d+), in (.+)$/;

/**
 * Python's traceback of an uncaught error (the last one, when one error led to another): frames
 * outermost first, each followed by its code line and, since 3.11, carets under the failing part
 * (the column); the last line is `package.module.Class: message`.
 */
export function readPythonFailure(stderr: string, program: SnippetProgram): RunFailure | undefined {
  const lines = stderr.replace(/\r/g, '').trimEnd().split('\n');
  const start = lines.lastIndexOf('Traceback (most recent call last):');
  if (start === -1) return undefined;
  const snippet = path.resolve(program.file);
  const sourceLines = program.source.split('\n');
  const frames: SnippetFrame[] = [];
  let index = start + 1;
  for (; index < lines.length; index++) {
    const frame = TRACEBACK_FRAME.exec(lines[index]!);
    if (frame === null) {
      if (/^\s/.test(lines[index]!)) continue; // code and caret lines
      break;
    }
    if (path.resolve(frame[1]!) !== snippet) continue;
    const found: SnippetFrame = { line: Number(frame[2]), function: frame[3]! };
    const code = lines[index + 1];
    const carets = lines[index + 2];
    if (code !== undefined && carets !== undefined && /^\s*[~^]+\s*$/.test(carets)) {
      // The code line is shown without its indentation; the carets are aligned to what is shown.
      const source = sourceLines[found.line - 1] ?? '';
      const indent = source.length - source.trimStart().length;
      const shownIndent = code.length - code.trimStart().length;
      found.column = indent + carets.search(/[~^]/) - shownIndent + 1;
    }
    frames.unshift(found);
  }
  const last = lines.slice(index).join('\n').trim();
  const head = /^([\w.]+)(?:: ([\s\S]*))?$/.exec(last);
  if (head === null) return undefined;
  return { kind: head[1]!.split('.').at(-1)!, message: head[2] ?? '', frames };
}

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

  readFailure: ({ stderr }, program) => readPythonFailure(stderr, program),
  // KeyboardInterrupt is raised where the program is, and its traceback printed.
  stopSignal: 'SIGINT',

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
