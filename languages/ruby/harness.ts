/**
 * Runs the Ruby snippets against the HTTP mock server. A snippet runs unchanged, in place, as
 * `ruby -E UTF-8 -I lib -r tools/unbuffered_output.rb <snippet>` (so `require 'sdk'` and
 * `require 'sandbox'` resolve to `lib/`): there is no wrapper, so backtrace lines are the
 * snippet's own. "Compiling" is one `ruby tools/check_syntax.rb` run over every snippet and every
 * SDK, sandbox-helper and test file.
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
const libDir = path.join(sdkDir, 'lib');
const checkSyntax = path.join(sdkDir, 'tools', 'check_syntax.rb');

/** `-E UTF-8`: snippets print `…`, whatever the locale of the machine running the check. */
const RUBY_ARGS = ['-E', 'UTF-8', '-I', libDir];

/** Every Ruby file of the SDK, the sandbox helper and the tests, so a syntax error there is named too. */
function sdkFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.rb')) files.push(full);
    }
  };
  for (const folder of ['lib', 'test', 'tools']) walk(path.join(sdkDir, folder));
  return files;
}

/**
 * A backtrace frame (`/path/file.rb:12:in '<main>'`, `\tfrom /path/file.rb:12:in ...`) or a
 * syntax error (`/path/file.rb:12: syntax error, ...`).
 */
const FRAME = /^\s*(?:from\s+)?(\S.*?\.rb):(\d+):/;

/** The head of an uncaught error: `file.rb:12:in 'method': message (Class)` or `…: Interrupt`. */
const HEAD = /^(\S.*?\.rb):(\d+):in [`'](.*?)': (.*?)(?: \(([A-Z][\w:]*)\))?$/;
/** A caller line below it: `\tfrom file.rb:12:in 'method'`. */
const CALLER = /^\s+from (\S.*?\.rb):(\d+):in [`'](.*?)'/;

/**
 * Ruby's report of an uncaught error: the head line names the innermost frame, the message and
 * the class; error_highlight may add the code line and carets under the failing call (the column)
 * and did_you_mean a suggestion; `from` lines follow, one per caller.
 */
export function readRubyFailure(stderr: string, program: SnippetProgram): RunFailure | undefined {
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => HEAD.test(line));
  if (start === -1) return undefined;
  const head = HEAD.exec(lines[start]!)!;
  const snippet = path.resolve(program.file);
  const inSnippet = (file: string) => path.resolve(file) === snippet;
  const frames: SnippetFrame[] = [];
  if (inSnippet(head[1]!)) frames.push({ line: Number(head[2]), function: head[3]! });
  const extra: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const caller = CALLER.exec(line);
    if (caller) {
      if (inSnippet(caller[1]!)) frames.push({ line: Number(caller[2]), function: caller[3]! });
    } else if (frames.length <= 1 && !/^\s*from /.test(line)) extra.push(line);
  }
  // error_highlight: the snippet's code line, then carets under the failing part.
  const caret = extra.findIndex((line) => /^\s*\^+\s*$/.test(line));
  if (caret > 0 && frames[0] !== undefined && inSnippet(head[1]!)) {
    const code = extra[caret - 1]!;
    const source = program.source.split('\n')[frames[0].line - 1] ?? '';
    if (source.includes(code.trim())) {
      frames[0].column =
        source.indexOf(code.trim()) + extra[caret]!.indexOf('^') - code.indexOf(code.trim()) + 1;
    }
  }
  const suggestion = extra.find((line) => /^Did you mean\?/.test(line));
  const kind = head[5] ?? head[4]!;
  const message = head[5] !== undefined ? head[4]! : '';
  return {
    kind: kind.split('::').at(-1)!,
    message: [message, suggestion?.replace(/\s+/g, ' ')].filter(Boolean).join(' '),
    frames,
  };
}

export const harness: ProgramHarness = {
  kind: 'programs',
  language: 'ruby',
  tools: [{ command: 'ruby', debianPackage: 'ruby' }],

  async prepare(programs: SnippetProgram[], workDir: string) {
    const problems: HarnessProblem[] = [];
    const ownFiles = sdkFiles();
    const checked = spawnSync(
      'ruby',
      ['-E', 'UTF-8', checkSyntax, ...programs.map((program) => program.file), ...ownFiles],
      { cwd: workDir, encoding: 'utf8' },
    );
    if (checked.error || checked.status !== 0) {
      problems.push({
        file: path.relative(siteDir, checkSyntax),
        message: `ruby could not check the snippets' syntax: ${checked.error?.message ?? checked.stderr.trim()}`,
      });
      return { runs: new Map<string, Command>(), problems };
    }
    const report = readSyntaxReport({
      stdout: checked.stdout,
      programs,
      sdkFiles: ownFiles,
      siteDir,
      languageLabel: 'Ruby',
    });
    problems.push(...report.problems);
    const { failed, sdkBroken } = report;
    const runs = new Map<string, Command>();
    for (const program of programs) {
      if (sdkBroken || failed.has(path.resolve(program.file))) continue;
      runs.set(program.id, {
        command: 'ruby',
        args: [
          ...RUBY_ARGS,
          '-r',
          path.join(sdkDir, 'tools', 'unbuffered_output.rb'),
          program.file,
        ],
        cwd: workDir,
      });
    }
    return { runs, problems };
  },

  locateError(stderr: string, program: SnippetProgram) {
    // Ruby lists the innermost frame first: the first frame in the snippet is where it failed.
    const snippet = path.resolve(program.file);
    for (const text of stderr.split('\n')) {
      const frame = FRAME.exec(text);
      if (frame && path.resolve(frame[1]!) === snippet) return { line: Number(frame[2]) };
    }
    return undefined;
  },

  readFailure: ({ stderr }, program) => readRubyFailure(stderr, program),
  // Interrupt is raised where the program is, and its backtrace printed.
  stopSignal: 'SIGINT',

  unitTests(workDir: string): Command {
    return {
      command: 'ruby',
      args: [
        ...RUBY_ARGS,
        '-I',
        path.join(sdkDir, 'test'),
        '-e',
        'Dir.glob(File.join(ARGV.shift, "**/*_test.rb")).sort.each { |file| require File.expand_path(file) }',
        path.join(sdkDir, 'test'),
      ],
      cwd: sdkDir,
      env: { RUBY_TEST_WORK_DIR: workDir },
    };
  },
};
