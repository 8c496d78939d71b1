/**
 * The real registry under snippets/: one test per snippet folder (`it.each(entries)('$id')`), so a
 * writer sees exactly which snippet fails and why, with every problem as "file:line: what to do".
 * The checks themselves are proven against fixture registries in the other *.test.ts files here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages, runnableLanguage } from '../languages';
import { grants, readRegistry, type RegistryProblem, type SnippetEntry } from '../loadRegistry';
import { checkRun, createSnippetRunner } from './runSnippet';
import { findScaffoldLeftovers } from './scaffoldLeftovers';
import { checkSdkSurface, loadSdkSurface } from './sdkSurface';
import { checkSharedValues } from './sharedValues';
import { snippetTemplates, type Grant } from './snippetTemplates';
import { checkSnippetUsage, findSnippetUsages } from './snippetUsage';
import { findSyntaxErrors } from './syntaxErrors';
import { loadParsers, type Parsers } from './treeSitter';
import { typeCheckSnippets } from './typeCheck';

const siteDir = process.cwd();
const registry = readRegistry(siteDir);
const surface = loadSdkSurface(siteDir);
const usages = findSnippetUsages(siteDir);

/** Every folder under snippets/<grant>/, broken ones included, so each fails under its own id. */
const folders = fs.existsSync(path.join(siteDir, 'snippets'))
  ? fs
      .readdirSync(path.join(siteDir, 'snippets'), { withFileTypes: true })
      .filter((grant) => grant.isDirectory())
      .flatMap((grant) =>
        fs
          .readdirSync(path.join(siteDir, 'snippets', grant.name), { withFileTypes: true })
          .filter((operation) => operation.isDirectory())
          .map((operation) => ({ id: `${grant.name}/${operation.name}` })),
      )
  : [];

const byId = new Map<string, SnippetEntry>(registry.entries.map((entry) => [entry.id, entry]));
const belongsTo = (id: string) => (problem: RegistryProblem) =>
  problem.file === `snippets/${id}` || problem.file.startsWith(`snippets/${id}/`);
const format = (problems: RegistryProblem[]) =>
  problems.map((problem) => `${problem.file}: ${problem.message}`);

let parsers: Parsers;
let typeProblems: RegistryProblem[];
const runner = createSnippetRunner();

beforeAll(async () => {
  parsers = await loadParsers();
  // One compiler program for every TypeScript snippet.
  typeProblems = typeCheckSnippets(
    siteDir,
    siteDir,
    registry.entries.map((entry) => entry.files[runnableLanguage].path),
  );
}, 120_000); // creating a compiler program takes seconds, more on a busy CI machine
afterAll(() => runner.close());

describe('the snippet registry', () => {
  it('has snippets', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('has an SDK surface for every language', () => {
    expect(format(surface.problems)).toEqual([]);
  });

  it('has no page naming an unknown snippet', () => {
    const known = folders.map((folder) => folder.id);
    const unknown = checkSnippetUsage(known, usages).filter((problem) =>
      problem.file.startsWith('docs/'),
    );
    expect(format(unknown)).toEqual([]);
  });

  it.each(grants)('scaffolds %s snippets that use only SDK names the surface lists', (grant) => {
    const sources = snippetTemplates(grant as Grant, 'new-operation');
    const files = Object.fromEntries(
      languages.map((language) => [
        language.key,
        { path: `scripts/new-snippet (${grant}) ${language.file}`, source: sources[language.key] },
      ]),
    ) as SnippetEntry['files'];
    expect(format(checkSdkSurface(parsers, files, surface.surface))).toEqual([]);
  });

  it.each(folders)('$id', { timeout: 30_000 }, async ({ id }) => {
    const problems = registry.problems.filter(belongsTo(id));
    const entry = byId.get(id);
    if (entry !== undefined) {
      const files = languages.map((language) => entry.files[language.key]);
      problems.push(
        ...checkSnippetUsage([id], usages).filter(belongsTo(id)),
        ...findScaffoldLeftovers([
          ...files,
          {
            path: `snippets/${id}/meta.json`,
            source: fs.readFileSync(path.join(siteDir, 'snippets', id, 'meta.json'), 'utf8'),
          },
        ]),
        ...languages
          .filter((language) => language.key !== runnableLanguage) // tsc parses TypeScript
          .flatMap((language) => {
            const file = entry.files[language.key];
            return findSyntaxErrors(parsers, language.key, file.path, file.source);
          }),
        ...typeProblems.filter(belongsTo(id)),
        ...checkSharedValues(parsers, entry.files),
        ...checkSdkSurface(parsers, entry.files, surface.surface),
      );
      if (entry.meta.run !== false) {
        const run = await runner.run(entry.files[runnableLanguage].source, entry.meta.run.consent);
        problems.push(
          ...checkRun(run, entry.meta.run, {
            snippet: entry.files[runnableLanguage].path,
            meta: `snippets/${id}/meta.json`,
          }),
        );
      }
    }
    expect(format(problems)).toEqual([]);
  });
});
