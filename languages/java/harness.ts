/**
 * Runs the Java snippets against the HTTP mock server with OpenJDK 17 (`javac`, `java`).
 *
 * Each snippet is a complete program whose public class has a name of its own
 * (`ClientCredentialsFetchToken`). Java wants that class in a file of the same name, so the
 * snippet is copied unchanged to `<workDir>/snippets/<grant>/<operation>/<Class>.java`: its line
 * numbers stay the snippet's own, and compile errors and stack traces need no mapping beyond the
 * file name. One `javac` builds the SDK and the sandbox helper (`src/main/java`), one more builds
 * every snippet against them (two classes of the same name cannot share an output folder, so
 * clashing names would each get a further call); a snippet that does not compile is left out of a
 * final call for the others.
 */
import { execFile } from 'node:child_process';
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

const sdkDir = path.dirname(fileURLToPath(import.meta.url));
const siteDir = path.resolve(sdkDir, '../..');

/** Debian's jars (libgoogle-gson-java, junit5): Java has no JSON parser of its own. */
const GSON_JAR = '/usr/share/java/gson.jar';
const JUNIT_JAR = '/usr/share/java/junit-platform-console-standalone.jar';

/** Snippets print `…`: the JVM must write UTF-8 whatever the locale (JDK 17 reads sun.stdout.encoding). */
const JAVA_FLAGS = [
  '-XX:TieredStopAtLevel=1',
  '-Xshare:auto',
  '-Dfile.encoding=UTF-8',
  '-Dsun.stdout.encoding=UTF-8',
  '-Dsun.stderr.encoding=UTF-8',
  '-Dstdout.encoding=UTF-8',
  '-Dstderr.encoding=UTF-8',
];
const JAVAC_FLAGS = [
  '-encoding',
  'UTF-8',
  '--release',
  '17',
  '-nowarn',
  // Local variable names in the class files: a NullPointerException then names the variable
  // that was null ("scope"), not "<local3>".
  '-g',
  '-implicit:none',
  '-Xmaxerrs',
  '1000',
];

/** The public class a snippet declares: the name its file must have (download.ts too). */
export const PUBLIC_CLASS = /^\s*public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_$][\w$]*)/m;

/** `path/File.java:12: error: message` */
const JAVAC_ERROR = /^(.+\.java):(\d+): error: (.*)$/;

/** One javac error: the file it names (absolute), line, the caret's column, message + details. */
export interface JavacError {
  file: string;
  line: number;
  column?: number;
  message: string;
}

interface Compiled {
  ok: boolean;
  errors: JavacError[];
  output: string;
}

/**
 * The errors in javac's output. javac follows each `file:line: error: message` with the source
 * line, a caret line under the column, then indented details (`symbol: ...`, `location: ...`)
 * until the next message; the details join the message, since "cannot find symbol" alone does
 * not say which.
 */
export function parseJavacOutput(output: string): JavacError[] {
  const lines = output.split('\n');
  const errors: JavacError[] = [];
  for (let index = 0; index < lines.length; index++) {
    const match = JAVAC_ERROR.exec(lines[index]!);
    if (!match) continue;
    const details: string[] = [];
    let column: number | undefined;
    for (let next = index + 1; next < lines.length && !JAVAC_ERROR.test(lines[next]!); next++) {
      const line = lines[next]!;
      if (/^\s*\^\s*$/.test(line) && column === undefined) column = line.indexOf('^') + 1;
      else if (/^\s+(symbol|location|required|found|reason):/.test(line)) details.push(line.trim());
      else if (/^\d+ errors?$/.test(line.trim())) break;
    }
    errors.push({
      file: path.resolve(match[1]!),
      line: Number(match[2]),
      ...(column !== undefined && { column }),
      message: [match[3]!, ...details].join('; ').replace(/\s+/g, ' '),
    });
  }
  return errors;
}

/** Runs javac with `args` (through an @argfile); resolves with its errors parsed. */
function javac(args: string[], argFile: string): Promise<Compiled> {
  // An @argfile: 29 snippet paths and 40 SDK files stay clear of any command-line length limit.
  fs.writeFileSync(argFile, args.map((arg) => `"${arg.replace(/\\/g, '\\\\')}"`).join('\n'));
  return new Promise((resolve, reject) => {
    execFile('javac', [`@${argFile}`], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      const output = `${stdout}${stderr}`;
      resolve({ ok: !error, errors: parseJavacOutput(output), output });
    });
  });
}

/** Every `.java` file under `dir`. */
function javaFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...javaFiles(full));
    else if (entry.name.endsWith('.java')) files.push(full);
  }
  return files;
}

/** Splits programs into rounds in which no two share a class name (usually a single round). */
export function rounds<T extends { className: string }>(items: T[]): T[][] {
  const result: T[][] = [];
  for (const item of items) {
    const round = result.find((candidate) =>
      candidate.every((other) => other.className !== item.className),
    );
    if (round) round.push(item);
    else result.push([item]);
  }
  return result;
}

/**
 * The JVM's report of an uncaught exception (`Exception in thread "main" <class>: <message>`, then
 * `\tat <method>(<File>.java:<line>)` frames innermost first), or the thread dump SIGQUIT prints
 * on stdout at the time limit (same frames). Frames are the snippet's own: the copy's file is
 * named after its public class.
 */
export function readJavaFailure(
  output: { stdout: string; stderr: string },
  program: SnippetProgram,
): RunFailure | undefined {
  const className = PUBLIC_CLASS.exec(program.source)?.[1];
  const framesIn = (text: string): SnippetFrame[] =>
    className === undefined
      ? []
      : [...text.matchAll(/^\s+at (?:[\w$]+\.)*?([\w$<>]+)\(([\w$]+)\.java:(\d+)\)/gm)]
          .filter((frame) => frame[2] === className)
          .map((frame) => ({ line: Number(frame[3]), function: frame[1]! }));
  const uncaught = /^Exception in thread "[^"]*" ([\w.$]+)(?:: ([\s\S]*?))?\n\s+at /m.exec(
    output.stderr,
  );
  if (uncaught !== null) {
    return {
      kind: uncaught[1]!.split('.').at(-1)!,
      message: uncaught[2] ?? '',
      frames: framesIn(output.stderr),
    };
  }
  const dump = /^"main" [\s\S]*?\n\n/m.exec(output.stdout);
  if (dump !== null)
    return { kind: 'SIGQUIT', message: 'stopped at the time limit', frames: framesIn(dump[0]) };
  return undefined;
}

export const harness: ProgramHarness = {
  kind: 'programs',
  language: 'java',
  tools: [
    { command: 'javac', debianPackage: 'openjdk-17-jdk-headless' },
    { command: 'java', debianPackage: 'openjdk-17-jdk-headless' },
    { command: GSON_JAR, debianPackage: 'libgoogle-gson-java' },
    { command: JUNIT_JAR, debianPackage: 'junit5' },
  ],

  async prepare(programs, workDir) {
    const problems: HarnessProblem[] = [];
    const runs = new Map<string, Command>();

    const sdkClasses = path.join(workDir, 'classes', 'sdk');
    const sdk = await javac(
      [
        ...JAVAC_FLAGS,
        '-d',
        sdkClasses,
        '-cp',
        GSON_JAR,
        ...javaFiles(path.join(sdkDir, 'src', 'main', 'java')),
      ],
      path.join(workDir, 'sdk.args'),
    );
    if (!sdk.ok) {
      for (const error of sdk.errors) {
        problems.push({
          file: path.relative(siteDir, error.file),
          line: error.line,
          ...(error.column && { column: error.column }),
          message: error.message,
        });
      }
      if (sdk.errors.length === 0) {
        problems.push({
          file: 'languages/java/src/main/java',
          message: `javac failed on the SDK:\n${sdk.output.trim()}`,
        });
      }
      return { runs, problems };
    }

    const copies: { program: SnippetProgram; className: string; file: string }[] = [];
    for (const program of programs) {
      const className = PUBLIC_CLASS.exec(program.source)?.[1];
      if (className === undefined) {
        problems.push({
          file: program.path,
          message:
            'declares no public class: a Java snippet is a complete program, `public class <UniqueName> { public static void main(String[] args) { ... } }`',
        });
        continue;
      }
      const dir = path.join(workDir, 'snippets', ...program.id.split('/'));
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${className}.java`);
      fs.writeFileSync(file, program.source);
      copies.push({ program, className, file });
    }

    const classPath = (round: number) =>
      [path.join(workDir, 'classes', `snippets-${round}`), sdkClasses, GSON_JAR].join(
        path.delimiter,
      );
    for (const [index, round] of rounds(copies).entries()) {
      const output = path.join(workDir, 'classes', `snippets-${index}`);
      const compile = (items: typeof round) =>
        javac(
          [
            ...JAVAC_FLAGS,
            '-d',
            output,
            '-cp',
            [sdkClasses, GSON_JAR].join(path.delimiter),
            ...items.map((item) => item.file),
          ],
          path.join(workDir, `snippets-${index}.args`),
        );
      let compiled = await compile(round);
      let clean = round;
      if (!compiled.ok) {
        const broken = new Set<string>();
        for (const error of compiled.errors) {
          const copy = round.find((item) => item.file === error.file);
          if (copy) broken.add(copy.program.id);
          problems.push({
            file: copy ? copy.program.path : path.relative(siteDir, error.file),
            line: error.line,
            ...(error.column && { column: error.column }),
            message: error.message,
          });
        }
        if (broken.size === 0) {
          problems.push({
            file: 'languages/java/harness.ts',
            message: `javac failed on the snippets:\n${compiled.output.trim()}`,
          });
          continue;
        }
        clean = round.filter((item) => !broken.has(item.program.id));
        if (clean.length === 0) continue;
        compiled = await compile(clean);
        if (!compiled.ok) {
          problems.push({
            file: 'languages/java/harness.ts',
            message: `javac failed on snippets that compiled with the others:\n${compiled.output.trim()}`,
          });
          continue;
        }
      }
      for (const item of clean) {
        runs.set(item.program.id, {
          command: 'java',
          args: [...JAVA_FLAGS, '-cp', classPath(index), item.className],
          cwd: path.dirname(item.file),
        });
      }
    }
    return { runs, problems };
  },

  locateError(stderr, program) {
    // Stack frames name the copy by its file name, `(ClientCredentialsFetchToken.java:12)`,
    // innermost first: the first one is the snippet line closest to the error. The copy is the
    // snippet unchanged, so the line is the snippet's own.
    const className = PUBLIC_CLASS.exec(program.source)?.[1];
    if (className === undefined) return undefined;
    const frame = new RegExp(`\\(${className.replace(/\$/g, '\\$')}\\.java:(\\d+)\\)`).exec(stderr);
    return frame ? { line: Number(frame[1]) } : undefined;
  },

  readFailure: readJavaFailure,
  // The JVM prints every thread's stack on SIGQUIT (to stdout) and keeps running.
  stopSignal: 'SIGQUIT',

  unitTests(workDir) {
    return { command: 'sh', args: [path.join(sdkDir, 'run-tests.sh'), workDir], cwd: sdkDir };
  },
};
