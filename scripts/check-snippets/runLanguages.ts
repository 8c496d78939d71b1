/**
 * Runs the registry's snippets in every SDK language whose harness runs programs (the in-process
 * one, the reference language's, runs in checkSnippets.ts): each language gets its own
 * HTTP mock server (same handlers as the page), its harness compiles the snippets once, and each
 * program then runs on a freshly reset server and is held to its meta.json `run.expect` lines,
 * the same patterns the TypeScript run must print.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LanguageKey } from '../../languages';
import type { SnippetEntry } from '../../src/plugins/snippet-registry/loadRegistry';
import { demo } from '../../sandbox/mock-server';
import { startHttpMockServer } from '../mock-server/startHttpMockServer';
import type { CheckProblem } from './CheckProblem';
import { judgeRun } from './judgeRun';
import type { RunContext } from './checks/checkRun';
import { languages as registered } from '../../languages';
import { loadHarness } from '../../languages/loadHarness';
import type {
  HarnessEnvironment,
  ProgramHarness,
  SnippetProgram,
} from '../../languages/LanguageHarness';
import { missingTools } from './missingTools';
import { runProgram } from './runProgram';
import { demoUrls } from './recording/demoUrls';
import { recordingKey } from './recording/recordingKey';
import { recordRun } from './recording/recordRun';
import { settleRecording } from './recording/settleRecording';
import { recordingPath } from '../../src/plugins/snippet-registry/recordingPath';

/** A snippet program's time limit: generous for a JVM or Mono start on a busy 2-core machine. */
const PROGRAM_TIMEOUT_MS = 15_000;
/** Languages prepared at once: compilers are CPU-bound and CI has 2 cores. */
const CONCURRENT_LANGUAGES = 3;

export interface RunInLanguagesOptions {
  siteDir: string;
  entries: SnippetEntry[];
  languages: LanguageKey[];
  /** Progress lines (one per language). */
  log?: (line: string) => void;
  /** Each program's time limit; default 15 s. */
  programTimeoutMs?: number;
  /** The folder of each language's harness; default `languages/<key>/` in `siteDir`. */
  folderOf?: (key: string) => string;
  /** Each language's SDK names and keywords, for "did you mean" in run failures. */
  sdk?: Partial<Record<string, Pick<RunContext, 'sdkNames' | 'keywordsOf'>>>;
  /** Writes each passing run's recording beside its snippet instead of comparing with it. */
  record?: boolean;
}

/**
 * Runs `entries` in each of `languages` whose harness runs programs (an in-process harness is
 * skipped: checkSnippets.ts runs it).
 */
export async function runInLanguages(options: RunInLanguagesOptions): Promise<CheckProblem[]> {
  const { languages } = options;
  // Problems come out in the languages' order, whichever language finishes first.
  const problems: CheckProblem[][] = languages.map(() => []);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < languages.length; index = next++) {
      problems[index] = await runLanguage(options, languages[index]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_LANGUAGES }, worker));
  return problems.flat();
}

async function runLanguage(
  {
    siteDir,
    entries,
    log,
    programTimeoutMs = PROGRAM_TIMEOUT_MS,
    folderOf,
    sdk,
    record = false,
  }: RunInLanguagesOptions,
  language: LanguageKey,
): Promise<CheckProblem[]> {
  const harness = await loadHarness(siteDir, language, folderOf?.(language));
  if (typeof harness === 'string') return [{ file: `languages/${language}`, message: harness }];
  if (harness.kind === 'in-process') return [];
  const missing = missingTools(harness.tools);
  if (missing.length > 0) {
    return missing.map((tool) => ({
      file: `languages/${language}/harness.ts`,
      message: `${language} snippets need \`${tool.command}\`, which is not installed: apt-get install ${tool.debianPackage} (.ci/run installs it)`,
    }));
  }
  const programs: SnippetProgram[] = entries
    .filter((entry) => entry.meta.run !== false)
    .map((entry) => {
      const file = entry.files[language];
      return {
        id: entry.id,
        path: file.path,
        file: path.join(siteDir, file.path),
        source: file.source,
      };
    });
  if (programs.length === 0) return [];

  const started = performance.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `check-snippets-${language}-`));
  const server = await startHttpMockServer();
  try {
    const prepared = await harness.prepare(programs, workDir);
    const preparedAt = performance.now();
    const problems: CheckProblem[] = [...prepared.problems];
    for (const program of programs) {
      const command = prepared.runs.get(program.id);
      if (command === undefined) continue; // prepare() reported why
      const entry = entries.find((candidate) => candidate.id === program.id)!;
      const context: Omit<RunContext, 'failure'> = {
        label: registered.find((known) => known.key === language)?.label ?? language,
        timeLimitMs: programTimeoutMs,
        ...sdk?.[language],
      };
      problems.push(
        ...(await runOne(harness, server, program, command, entry, programTimeoutMs, context, {
          siteDir,
          record,
          languageDir: folderOf?.(language),
        })),
      );
    }
    log?.(
      `${language}: ${programs.length} snippets compiled in ${seconds(preparedAt - started)}, run in ${seconds(performance.now() - preparedAt)}`,
    );
    return problems;
  } finally {
    await server.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function runOne(
  harness: ProgramHarness,
  server: Awaited<ReturnType<typeof startHttpMockServer>>,
  program: SnippetProgram,
  command: Parameters<typeof runProgram>[0],
  entry: SnippetEntry,
  timeoutMs: number,
  context: Omit<RunContext, 'failure'>,
  recording: { siteDir: string; record: boolean; languageDir: string | undefined },
): Promise<CheckProblem[]> {
  if (entry.meta.run === false) return [];
  const expectations = entry.meta.run;
  server.mock.control.reset();
  server.requests.clear();
  const env: HarnessEnvironment = {
    MOCK_SERVER_URL: server.url,
    SDK_AUTH_SERVER_URL: server.authServerUrl,
    SDK_API_BASE_URL: server.apiBaseUrl,
    ...(expectations.consent && { SANDBOX_CONSENT: expectations.consent }),
  };
  const rewrite = demoUrls(server);
  server.recorder.start(server.url, rewrite, expectations.consent);
  const started = performance.now();
  const outcome = await runProgram(command, env, timeoutMs, harness.stopSignal);
  const durationMs = performance.now() - started;
  const traffic = await server.recorder.stop();
  const problems = judgeRun({
    // The program printed the loopback server's URLs; a reader's run (and run.expect) has the
    // demo hosts there.
    outcome: {
      ...outcome,
      stdout: outcome.stdout
        .replaceAll(server.apiBaseUrl, demo.apiBaseUrl)
        .replaceAll(server.authServerUrl, demo.authServerUrl),
    },
    expectations,
    consentScreens: server.requests.consentScreens(),
    location: outcome.exitCode === 0 ? undefined : harness.locateError(outcome.stderr, program),
    files: {
      snippet: program.path,
      meta: `snippets/${program.id}/meta.json`,
      source: program.source,
    },
    failure:
      outcome.exitCode === 0 && !outcome.timedOut
        ? undefined
        : harness.readFailure?.(outcome, program),
    context,
  });
  const language = harness.language;
  // Nothing to write and nothing to compare with (a fixture site): the run's checks are all.
  const committed = path.join(recording.siteDir, recordingPath(program.id, language));
  if (!recording.record && !fs.existsSync(committed)) return problems;
  const key = recordingKey({
    language,
    source: program.source,
    ...(recording.languageDir !== undefined && { languageDir: recording.languageDir }),
  });
  return [
    ...problems,
    ...settleRecording({
      siteDir: recording.siteDir,
      recording: recordRun({
        id: program.id,
        language,
        key,
        outcome,
        durationMs,
        traffic,
        rewrite,
        siteDir: recording.siteDir,
      }),
      record: recording.record,
      runPassed: problems.length === 0,
    }),
  ];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
