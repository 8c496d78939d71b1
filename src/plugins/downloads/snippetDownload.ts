import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../languages';
import type { LanguageDownload } from '../../../languages/LanguageDownload';
import type { SnippetEntry } from '../snippet-registry/loadRegistry';
import { downloadNameOf } from './downloadPathOf';
import type { ZipEntry } from './zipFiles';

/** Files a project never needs: tests, caches, editor and OS droppings. */
const LEFT_OUT =
  /(^|\/)(tests?|Tests|__pycache__|node_modules|\.[^/]*)(\/|$)|(\.test\.[^/]+|_test\.[^/]+|Test\.[^/]+|\.pyc)$/;

/** Every file under `from` (a folder or one file), by its path relative to `from`'s parent. */
function walk(root: string, from: string): string[] {
  const full = path.join(root, from);
  if (!fs.existsSync(full)) throw new Error(`${full} does not exist: fix the download recipe`);
  if (fs.statSync(full).isFile()) return [from];
  return (fs.readdirSync(full, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => path.join(from, file).split(path.sep).join('/'))
    .filter((file) => fs.statSync(path.join(root, file)).isFile())
    .sort();
}

/** `run.sh`: points the SDK at the mock server (unless the environment already does), then runs. */
function runScript(entry: SnippetEntry, language: Language, lines: string[]): string {
  return [
    '#!/bin/sh',
    `# Runs "${entry.meta.title}" (${language.label}) against the mock OAuth server: see README.md.`,
    'set -e',
    'cd "$(dirname "$0")"',
    '# Where the mock server listens (`node mock-server.mjs` prints it). Set MOCK_SERVER_URL for',
    '# another port, or SDK_AUTH_SERVER_URL and SDK_API_BASE_URL for another server.',
    'export MOCK_SERVER_URL="${MOCK_SERVER_URL:-http://127.0.0.1:4010}"',
    'export SDK_AUTH_SERVER_URL="${SDK_AUTH_SERVER_URL:-$MOCK_SERVER_URL/auth}"',
    'export SDK_API_BASE_URL="${SDK_API_BASE_URL:-$MOCK_SERVER_URL/api/v1}"',
    ...lines,
    '',
  ].join('\n');
}

function readme(options: {
  entry: SnippetEntry;
  language: Language;
  recipe: LanguageDownload;
  programFiles: string[];
  sdkFolders: string[];
  runLines: string[];
  pageUrl: string;
  mockServerUrl: string;
}): string {
  const { entry, language, recipe, programFiles, sdkFolders, runLines, pageUrl, mockServerUrl } =
    options;
  const run = entry.meta.run;
  const expected =
    run === false
      ? `This example is not meant to run on its own: ${entry.meta.runNote ?? 'see the page.'}`
      : [
          'It prints lines that match these patterns (regular expressions, checked in CI for this exact code):',
          '',
          ...run.expect.map((line) => `- \`${line}\``),
          ...(run.consent
            ? [
                '',
                `Its sign-in step answers the consent page with "${run.consent}" (the sandbox helper's default; set \`SANDBOX_CONSENT\` to \`approve\` or \`deny\` to choose).`,
              ]
            : []),
        ].join('\n');
  return `# ${entry.meta.title} (${language.label})

${entry.meta.description}

The example from ${pageUrl} as a project you run on your own machine, against the docs' mock OAuth
server: ${programFiles.map((file) => `\`${file}\``).join(', ')} (the code as the docs show it, and
what the toolchain needs beside it), and the ${language.label} reference SDK with its sandbox helper
(${sdkFolders.map((folder) => `\`${folder}\``).join(', ')}).

You need Node.js 20 or later (for the mock server) and ${recipe.requires}.

## 1. Start the mock OAuth server

In a terminal of its own, with [mock-server.mjs](${mockServerUrl}) (one file, no install) downloaded:

\`\`\`sh
node mock-server.mjs
\`\`\`

It listens on http://127.0.0.1:4010 (\`--port <N>\` for another port) until Ctrl+C. In a clone of
the docs' repository, \`npm run mock-server\` starts the same server.

## 2. Run the program

In this folder:

\`\`\`sh
sh run.sh
\`\`\`

\`run.sh\` points the SDK at the mock server (\`SDK_AUTH_SERVER_URL\`, \`SDK_API_BASE_URL\`; set
\`MOCK_SERVER_URL=http://127.0.0.1:<N>\` if you gave the server another port), then runs:

\`\`\`sh
${runLines.join('\n')}
\`\`\`

${expected}
`;
}

/**
 * One snippet in one language as a runnable project: the program (`recipe.program`), the SDK
 * (`recipe.sdk`, tests left out), `run.sh` and a README with the two commands, all in a folder
 * named after the snippet and language (`client-credentials-fetch-token-python/`).
 */
export function snippetDownload(options: {
  siteDir: string;
  entry: SnippetEntry;
  language: Language;
  recipe: LanguageDownload;
  /** The page that shows the snippet, for the README. */
  pageUrl: string;
  mockServerUrl: string;
}): ZipEntry[] {
  const { siteDir, entry, language, recipe } = options;
  const file = entry.files[language.key as keyof SnippetEntry['files']];
  const program = {
    id: entry.id,
    path: file.path,
    file: path.join(siteDir, file.path),
    source: file.source,
  };
  const folder = downloadNameOf(entry.id, language.key);
  const languageDir = path.join(siteDir, 'languages', language.key);
  const programFiles = recipe.program(program);
  const runLines = recipe.run(program);
  const sdk = recipe.sdk.flatMap(({ from, to }) =>
    walk(languageDir, from)
      .filter((relative) => !LEFT_OUT.test(relative))
      .map((relative) => ({
        path: `${folder}/${to}${relative.slice(from.length)}`,
        content: fs.readFileSync(path.join(languageDir, relative)),
      })),
  );
  return [
    {
      path: `${folder}/README.md`,
      content: readme({
        ...options,
        programFiles: programFiles.map((programFile) => programFile.path),
        sdkFolders: recipe.sdk.map(({ to }) => to),
        runLines,
      }),
    },
    { path: `${folder}/run.sh`, content: runScript(entry, language, runLines), executable: true },
    ...programFiles.map((programFile) => ({
      ...programFile,
      path: `${folder}/${programFile.path}`,
    })),
    ...sdk,
  ];
}
