import fs from 'node:fs';
import path from 'node:path';
import { closestName } from '../../src/plugins/snippet-registry/closestName';
import type { Language, LanguageKey } from '../../languages';
import { registeredLanguages, type LanguageSet } from '../../languages/loadTooling';
import {
  grants,
  listSnippetFolders,
  readRegistry,
  type RegistryProblem,
  type SnippetEntry,
} from '../../src/plugins/snippet-registry/loadRegistry';
import { loadHarness } from '../../languages/loadHarness';
import { checkRun } from './checks/checkRun';
import { checkRecordings } from './recording/checkRecordings';
import { findScaffoldLeftovers } from './checks/scaffoldLeftovers';
import { checkProseNames } from './checks/proseNames';
import { checkSdkSurface, loadSdkSurface } from './checks/sdkSurface';
import { sdkNameSets } from '../../src/plugins/sdk-names/sdkNameSets';
import { checkSharedValues } from './checks/sharedValues';
import { checkSdkKeywords, loadSdkKeywords } from './checks/sdkKeywords';
import type { RunContext } from './checks/checkRun';
import { snippetTemplates, type Grant } from './checks/snippetTemplates';
import { checkSnippetUsage, findSnippetUsages } from './checks/snippetUsage';
import { findSyntaxErrors } from './checks/syntaxErrors';
import { loadParsers } from './checks/treeSitter';
import { typeCheckSnippets } from './checks/typeCheck';
import type { CheckProblem } from './CheckProblem';
import { toCheckProblem } from './toCheckProblem';

export interface CheckSnippetsOptions {
  /** The site whose `snippets/` and `docs/` are checked. */
  siteDir: string;
  /** Where tsconfig.json is (the repository root); default `siteDir`. */
  projectDir?: string;
  /** Snippet ids (`<grant>/<operation>`); all when empty. */
  ids?: readonly string[];
  /** Languages to check; all seven when empty. */
  languages?: readonly LanguageKey[];
  /** The languages there are, and their folders; default the registered ones (languages/). */
  languageSet?: LanguageSet;
  /** The TypeScript run's time limit; default 10 s. */
  timeoutMs?: number;
  /**
   * Runs the other six languages' snippets (scripts/check-snippets/runLanguages.ts); left out, they
   * are only parsed and compared, not run.
   */
  runInLanguages?: (options: {
    siteDir: string;
    entries: SnippetEntry[];
    languages: LanguageKey[];
    log?: (line: string) => void;
    folderOf?: (key: string) => string;
    sdk?: Partial<Record<string, Pick<RunContext, 'sdkNames' | 'keywordsOf'>>>;
    record?: boolean;
  }) => Promise<CheckProblem[]>;
  /**
   * The recorded runs the page shows for the other languages (`snippets/<id>/recorded/`):
   * `check` (the command line's default) requires one per snippet and language, recorded from the
   * current code; `record` (`--record`) writes each passing run as the recording instead. Left
   * out (a test's fixture site, which has none), they are not looked at.
   */
  recordings?: 'check' | 'record';
  /** Progress, one line per phase. */
  log?: (line: string) => void;
}

export interface CheckSnippetsResult {
  problems: CheckProblem[];
  /** The ids that were checked. */
  ids: string[];
  languages: LanguageKey[];
}

/** The reference language's time limit per snippet (README states it; the page allows 15 s). */
const TYPESCRIPT_TIMEOUT_MS = 10_000;

/** `file:line`: where a problem is, to tell two problems at the same line apart from others. */
const lineKey = (problem: CheckProblem) => `${problem.file}:${problem.line ?? ''}`;

const belongsTo = (ids: ReadonlySet<string>) => (problem: RegistryProblem | CheckProblem) => {
  const match = /^snippets\/([^/:]+\/[^/:]+)/.exec(problem.file);
  return match !== null && ids.has(match[1] ?? '');
};

/**
 * Every check of the snippet registry, for the given snippets (all when none) and the pages that
 * use them: the registry's own rules (folders, meta.json schema, highlight lines), pages naming
 * snippets, scaffold leftovers, syntax in each language, TypeScript types against the SDK, shared
 * values across languages, SDK names, the TypeScript run against the mock server, and (with
 * `runInLanguages`) the run of every other language. Problems come back in `file:line:column`
 * form; nothing is thrown for a problem in the registry.
 */
export async function checkSnippets(options: CheckSnippetsOptions): Promise<CheckSnippetsResult> {
  const { siteDir, log = () => {} } = options;
  const projectDir = options.projectDir ?? siteDir;
  const set = options.languageSet ?? registeredLanguages;
  // Typed as the registered keys: a set from elsewhere (a test's fixture language) only adds keys
  // the type does not know, and the code below treats every key alike.
  const allLanguages = set.languages as readonly (Language & { key: LanguageKey })[];
  const runnableLanguage = allLanguages.find((language) => language.reference)!.key;
  const languages =
    options.languages !== undefined && options.languages.length > 0
      ? allLanguages.filter((language) => options.languages?.includes(language.key))
      : [...allLanguages];
  const checksLanguage = (key: LanguageKey) => languages.some((language) => language.key === key);
  const otherLanguageFiles = new Set<string>(
    allLanguages.filter((language) => !checksLanguage(language.key)).map((l) => l.file),
  );
  /** Drops problems in the files of languages not asked for. */
  const inCheckedLanguages = (problem: CheckProblem) =>
    !otherLanguageFiles.has(problem.file.split('/').at(-1) ?? '');

  const problems: (RegistryProblem | CheckProblem)[] = [];
  const folders = listSnippetFolders(siteDir).map(([grant, operation]) => `${grant}/${operation}`);
  const all = options.ids === undefined || options.ids.length === 0;
  const ids = all ? folders : [...new Set(options.ids)];
  for (const id of ids) {
    if (folders.includes(id)) continue;
    const suggestion = closestName(id, folders);
    problems.push({
      file: `snippets/${id}`,
      message:
        `no such snippet: ${suggestion !== undefined ? `did you mean "${suggestion}"? Or ` : ''}` +
        `create it with \`npm run new-snippet -- ${id}\``,
    });
  }
  const selected = new Set(ids);

  log(`Reading ${ids.length} snippet${ids.length === 1 ? '' : 's'}…`);
  const registry = readRegistry(siteDir, 'snippets', allLanguages);
  problems.push(...(all ? registry.problems : registry.problems.filter(belongsTo(selected))));
  const entries = registry.entries.filter((entry) => selected.has(entry.id));
  // A broken meta.json stops only the run (it needs run.expect): the files are checked anyway.
  const readable = [
    ...entries,
    ...registry.withoutMeta.filter((entry) => selected.has(entry.id)),
  ].sort((a, b) => a.id.localeCompare(b.id));

  // Pages: a registry entry no page shows, and a page naming an id the registry lacks (always,
  // as a misspelt id on a page is the usual reason a new snippet shows nowhere).
  const usages = await findSnippetUsages(siteDir);
  problems.push(
    ...checkSnippetUsage(folders, usages).filter(
      (problem) => problem.file.startsWith('docs/') || belongsTo(selected)(problem),
    ),
  );

  const parsers = await loadParsers(set);
  const surface = loadSdkSurface(siteDir, parsers);
  const keywords = loadSdkKeywords(siteDir, parsers);
  if (all) problems.push(...surface.problems);
  // SDK names in the pages' prose (`<Sdk name="…" />`): every language's SDK must have its name.
  if (surface.problems.length === 0) {
    let sets: ReturnType<typeof sdkNameSets> | undefined;
    problems.push(
      ...(await checkProseNames(
        siteDir,
        () => (sets ??= sdkNameSets(siteDir, parsers, surface.surface)),
      )),
    );
  }
  if (all) {
    // What `npm run new-snippet` writes must pass the surface check too.
    for (const grant of grants) {
      const sources = snippetTemplates(grant as Grant, 'new-operation', set);
      const files = Object.fromEntries(
        allLanguages.map((language) => [
          language.key,
          {
            path: `new-snippet ${grant}/${language.file}`,
            source: sources[language.key],
          },
        ]),
      ) as SnippetEntry['files'];
      // Lines of generated text, not of the template's file: named in the message instead.
      const templateOf = (file: string) =>
        allLanguages.find((language) => file.startsWith(`new-snippet ${grant}/${language.file}`));
      problems.push(
        ...checkSdkSurface(parsers, files, surface.surface).map((problem) => ({
          file: `languages/${templateOf(problem.file)?.key ?? '<key>'}/tooling.ts`,
          message: `what \`npm run new-snippet\` writes as ${problem.file.replace(/^new-snippet /, '')}: ${problem.message}`,
        })),
      );
    }
  }

  log('Checking syntax, shared values and SDK names…');
  for (const entry of readable) {
    const files = allLanguages
      .filter((language) => checksLanguage(language.key))
      .map((language) => entry.files[language.key]);
    const metaPath = `snippets/${entry.id}/meta.json`;
    problems.push(
      ...findScaffoldLeftovers([
        ...files,
        { path: metaPath, source: fs.readFileSync(path.join(siteDir, metaPath), 'utf8') },
      ]),
      ...allLanguages
        .filter((language) => language.key !== runnableLanguage && checksLanguage(language.key))
        .flatMap((language) => {
          const file = entry.files[language.key];
          return findSyntaxErrors(parsers, language.key, file.path, file.source);
        }),
      ...checkSharedValues(parsers, entry.files),
      ...checkSdkSurface(parsers, entry.files, surface.surface),
      ...checkSdkKeywords(parsers, entry.files, keywords, surface.surface),
    );
  }

  if (checksLanguage(runnableLanguage) && readable.length > 0) {
    log('Type-checking the TypeScript snippets against the SDK…');
    problems.push(
      ...typeCheckSnippets(
        projectDir,
        siteDir,
        readable.map((entry) => entry.files[runnableLanguage].path),
      ),
    );
    const runnable = entries.filter((entry) => entry.meta.run !== false);
    log(`Running ${runnable.length} TypeScript snippet${runnable.length === 1 ? '' : 's'}…`);
    const harness = await loadHarness(projectDir, runnableLanguage);
    if (typeof harness === 'string' || harness.kind !== 'in-process') {
      throw new Error(
        `languages/${runnableLanguage}/harness.ts must export an in-process harness: the reference language's snippets run as the page runs them (${typeof harness === 'string' ? harness : `it has kind '${harness.kind}'`})`,
      );
    }
    const runner = harness.createRunner({ timeoutMs: options.timeoutMs ?? TYPESCRIPT_TIMEOUT_MS });
    try {
      for (const entry of runnable) {
        if (entry.meta.run === false) continue;
        const snippet = entry.files[runnableLanguage].path;
        const run = await runner.run(entry.files[runnableLanguage].source, entry.meta.run.consent);
        const meta = `snippets/${entry.id}/meta.json`;
        const metaText = fs.readFileSync(path.join(siteDir, meta), 'utf8');
        problems.push(
          ...checkRun(
            run,
            entry.meta.run,
            { snippet, meta, metaText, source: entry.files[runnableLanguage].source },
            harness.advise,
            {
              label: allLanguages.find((language) => language.key === runnableLanguage)!.label,
              timeLimitMs: options.timeoutMs ?? TYPESCRIPT_TIMEOUT_MS,
            },
          ),
        );
      }
    } finally {
      await runner.close();
    }
  }

  const others = languages
    .map((language) => language.key)
    .filter((key) => key !== runnableLanguage);
  if (options.recordings === 'check') {
    // Read from the files alone: a machine without the toolchains still sees a stale recording.
    problems.push(
      ...checkRecordings({
        siteDir,
        entries,
        languages: others,
        ...(options.languageSet !== undefined && { folderOf: options.languageSet.folderOf }),
      }),
    );
  }
  if (options.runInLanguages !== undefined && others.length > 0 && entries.length > 0) {
    log(`Running the snippets in ${others.join(', ')}…`);
    const sdk = Object.fromEntries(
      others.map((key) => [
        key,
        {
          ...(surface.surface[key] !== undefined && { sdkNames: surface.surface[key] }),
          ...(keywords[key] !== undefined && { keywordsOf: keywords[key] }),
        },
      ]),
    );
    // A run that fails where a check above already pointed (a misspelt name or keyword) says
    // the same thing again: that line's first problem is enough.
    const reported = new Set(problems.map((problem) => toCheckProblem(problem)).map(lineKey));
    const runProblems = await options.runInLanguages({
      siteDir,
      entries,
      languages: others,
      log,
      sdk,
      ...(options.recordings === 'record' && { record: true }),
      // Harnesses of a given language set are in its folders; else in the site's languages/.
      ...(options.languageSet !== undefined && { folderOf: options.languageSet.folderOf }),
    });
    problems.push(...runProblems.filter((problem) => !reported.has(lineKey(problem))));
  }
  return {
    problems: problems.map(toCheckProblem).filter(inCheckedLanguages),
    ids,
    languages: languages.map((language) => language.key),
  };
}
