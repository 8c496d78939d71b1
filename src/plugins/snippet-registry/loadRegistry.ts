import fs from 'node:fs';
import path from 'node:path';
import { languages, type Language, type LanguageKey } from '../../../languages';
import { grantIds, isGrant } from '../../../snippets/grants';
import { didYouMean } from './closestName';
import {
  jsonErrorPosition,
  jsonLocations,
  locateJsonPath,
  type TextPosition,
} from './jsonLocations';
import { listSnippetFolders } from './listSnippetFolders';
import { describeIssues, metaSchema, type SnippetMeta } from './metaSchema';
import { isValidId, normaliseId } from './snippetId';
import { recordedFolder } from './recordingPath';

export interface SnippetFile {
  /** Path relative to the repository root, e.g. `snippets/client-credentials/fetch-token/go.go`. */
  path: string;
  source: string;
}

export interface SnippetEntry {
  /** `<grant>/<operation>`, the folder path under `snippets/`. */
  id: string;
  meta: SnippetMeta;
  files: Record<LanguageKey, SnippetFile>;
}

/**
 * One thing wrong with the registry: the file it is about and what to do. `file` carries the line
 * and column when known, as `snippets/x/y/meta.json:3:5` (how every check here reports them).
 */
export interface RegistryProblem {
  file: string;
  message: string;
}

/** `file:line:column`, or just `file` when the position is unknown. */
export const at = (file: string, position: TextPosition | undefined) =>
  position === undefined ? file : `${file}:${position.line}:${position.column}`;

export class RegistryError extends Error {
  readonly problems: RegistryProblem[];

  constructor(problems: RegistryProblem[]) {
    super(
      `The snippet registry has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${problem.file}: ${problem.message}`).join('\n'),
    );
    this.name = 'RegistryError';
    this.problems = problems;
  }
}

/**
 * The grants' ids, for the writer's checks (moving to scripts/check-snippets/) that test any
 * folder name with `includes`: `snippets/grants.ts` is their home; new code imports from there.
 */
export const grants: readonly string[] = grantIds;
/** The walk of `snippets/`, re-exported for the same checks: its home is listSnippetFolders.ts. */
export { listSnippetFolders };

const metaFile = 'meta.json';

function maxLine(ranges: string): number {
  return Math.max(...ranges.split(/[,-]/).map(Number));
}

/**
 * Reads and validates `snippets/<grant>/<operation>/`. Returns every entry, or throws one
 * {@link RegistryError} listing every problem with the file it is in and how to fix it.
 *
 * Synchronous on purpose: the remark plugin calls it while compiling MDX, and it reads ~250 small files.
 */
export function loadRegistry(
  siteDir: string,
  snippetsDirName = 'snippets',
  languageList: readonly Language[] = languages,
): SnippetEntry[] {
  const { entries, problems } = readRegistry(siteDir, snippetsDirName, languageList);
  if (problems.length > 0) throw new RegistryError(problems);
  return entries;
}

/**
 * What {@link loadRegistry} checks, without throwing: the valid entries and every problem found.
 * The per-entry registry tests use it so one broken folder fails its own test, not all of them.
 */
export function readRegistry(
  siteDir: string,
  snippetsDirName = 'snippets',
  /** The languages whose files a snippet has: the registered ones unless a test adds one. */
  languageList: readonly Language[] = languages,
): {
  entries: SnippetEntry[];
  problems: RegistryProblem[];
  /**
   * Folders whose meta.json is broken: their files can still be checked (syntax, types, shared
   * values), so a writer sees every problem at once, not the meta.json ones first.
   */
  withoutMeta: Omit<SnippetEntry, 'meta'>[];
} {
  const snippetsDir = path.join(siteDir, snippetsDirName);
  const expectedFiles = new Set<string>([
    metaFile,
    ...languageList.map((language) => language.file),
  ]);
  const relative = (...parts: string[]) => path.posix.join(snippetsDirName, ...parts);
  const problems: RegistryProblem[] = [];
  const entries: SnippetEntry[] = [];
  const withoutMeta: Omit<SnippetEntry, 'meta'>[] = [];
  /** A folder's seven files, trailing blank lines trimmed; an empty one is a problem. */
  const readFiles = (grant: string, operation: string) => {
    const files = {} as Record<LanguageKey, SnippetFile>;
    for (const language of languageList as readonly (Language & { key: LanguageKey })[]) {
      const filePath = relative(grant, operation, language.file);
      const source = fs.readFileSync(
        path.join(snippetsDir, grant, operation, language.file),
        'utf8',
      );
      if (source.trim() === '') {
        problems.push({ file: filePath, message: 'empty: write the snippet or delete the folder' });
      }
      files[language.key] = { path: filePath, source: source.replace(/\s+$/, '') + '\n' };
    }
    return files;
  };
  const seen = new Map<string, string>();

  if (!fs.existsSync(snippetsDir)) {
    return {
      entries,
      withoutMeta,
      problems: [
        {
          file: snippetsDirName,
          message: 'the snippets folder is missing: create it at the site root',
        },
      ],
    };
  }

  const folders = listSnippetFolders(siteDir, snippetsDirName)
    // Well-spelt ids first, so that of "fetch-token" and "Fetch-Token" the second is the duplicate.
    .sort((a, b) => Number(!isValidId(...a)) - Number(!isValidId(...b)));

  for (const [grant, operation] of folders) {
    const id = `${grant}/${operation}`;
    const folder = relative(grant, operation);
    const dir = path.join(snippetsDir, grant, operation);

    const twin = seen.get(normaliseId(id));
    if (twin !== undefined) {
      problems.push({
        file: folder,
        message: `the id "${id}" is defined twice (also as "${twin}"): merge the two folders or rename one`,
      });
      continue;
    }
    seen.set(normaliseId(id), id);
    if (!isValidId(grant, operation)) {
      problems.push({
        file: folder,
        message: `"${id}" is not a valid id: use lower-case words joined by "-" for both folders (e.g. client-credentials/fetch-token)`,
      });
      continue;
    }
    if (!isGrant(grant)) {
      problems.push({
        file: folder,
        message: `"${grant}" is not a grant the guide documents: move the folder under one of ${grantIds.join(', ')}.${didYouMean(grant, grantIds)}`,
      });
      continue;
    }

    const present = new Set(fs.readdirSync(dir));
    for (const name of present) {
      // Its recorded runs (check-snippets --record) sit beside the code they came from.
      if (!expectedFiles.has(name) && name !== recordedFolder) {
        problems.push({
          file: relative(grant, operation, name),
          message: `unexpected file: a snippet folder holds only ${[...expectedFiles].join(', ')}`,
        });
      }
    }

    const missing = [...expectedFiles].filter((name) => !present.has(name));
    for (const name of missing) {
      problems.push({
        file: relative(grant, operation, name),
        message: `missing: every snippet needs all seven languages and a meta.json (run \`npm run new-snippet -- ${id}\` to scaffold the missing files)`,
      });
    }
    if (missing.length > 0) continue;

    const metaPath = relative(grant, operation, metaFile);
    const metaText = fs.readFileSync(path.join(dir, metaFile), 'utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(metaText);
    } catch (error) {
      const message = (error as Error).message;
      problems.push({
        file: at(metaPath, jsonErrorPosition(metaText, message)),
        message: `not valid JSON (${message}): fix the syntax`,
      });
      withoutMeta.push({ id, files: readFiles(grant, operation) });
      continue;
    }
    const locations = jsonLocations(metaText);
    const parsed = metaSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of describeIssues(parsed.error)) {
        const where = issue.path !== '' ? `"${issue.path}"` : 'the file';
        problems.push({
          file: at(metaPath, locateJsonPath(locations, issue.path)),
          message: `${where}: ${issue.message}`,
        });
      }
      withoutMeta.push({ id, files: readFiles(grant, operation) });
      continue;
    }

    const files = readFiles(grant, operation);
    for (const language of languageList as readonly (Language & { key: LanguageKey })[]) {
      const ranges = parsed.data.highlight?.[language.key];
      const lineCount = files[language.key].source.split('\n').length - 1;
      if (ranges !== undefined && maxLine(ranges) > lineCount) {
        problems.push({
          file: at(metaPath, locateJsonPath(locations, `highlight.${language.key}`)),
          message: `"highlight.${language.key}" names line ${maxLine(ranges)}, but ${language.file} has ${lineCount} lines`,
        });
      }
    }
    entries.push({ id, meta: parsed.data, files });
  }

  return { entries, problems, withoutMeta };
}
