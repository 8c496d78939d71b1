import type { LanguageDownload } from '../LanguageDownload';
import { dispatcher, REFERENCES, wrapSnippet } from './harness';

/** The snippet's file in the project: the code as the docs show it. */
const snippetFile = 'Example.cs';

/**
 * A downloaded C# example for Mono (`mcs`, C# 7): the snippet as the docs show it (`Example.cs`,
 * top-level statements, C# 9) and, as harness.ts compiles it, `Snippet.cs` wrapping it in a
 * method (with `#line` directives, so errors name `Example.cs` and its lines) and `Program.cs`
 * running it. `build.sh` builds the SDK and the sandbox helper.
 */
export const download: LanguageDownload = {
  language: 'csharp',
  requires:
    'Mono 6.8 or later (`mcs`, `mono`: Debian and Ubuntu `apt install mono-devel`). With the .NET SDK instead, put `Example.cs` in a console project that references the `Sdk` and `Sandbox` sources',
  sdk: [
    { from: 'Sdk', to: 'Sdk' },
    { from: 'Sandbox', to: 'Sandbox' },
    { from: 'build.sh', to: 'build.sh' },
  ],
  program: (program) => [
    { path: snippetFile, content: program.source },
    {
      path: 'Snippet.cs',
      content: wrapSnippet({ ...program, file: snippetFile }, 'Example'),
    },
    { path: 'Program.cs', content: dispatcher(new Map([[program.id, 'Example']])) },
  ],
  run: (program) => [
    'sh build.sh build',
    `mcs -debug -nologo -nowarn:1998,0105 -out:build/Example.exe -r:build/Sdk.dll -r:build/Sandbox.dll ${REFERENCES.map((name) => `-r:${name}`).join(' ')} Program.cs Snippet.cs`,
    `exec mono --debug build/Example.exe ${program.id}`,
  ],
};
