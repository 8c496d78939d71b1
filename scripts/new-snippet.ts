/**
 * `npm run new-snippet -- <grant>/<operation>`: scaffolds a registry entry in snippets/ with the
 * seven language files and a meta.json to fill in, then says what to do next.
 */
import { scaffoldSnippet, ScaffoldError } from './scaffoldSnippet';

const id = process.argv[2];
try {
  const { existed, files } = scaffoldSnippet(process.cwd(), id);
  console.log(
    existed
      ? `Added the missing files to snippets/${id}/ (the others are untouched):`
      : `Created snippets/${id}/:`,
  );
  for (const file of files) console.log(`  ${file}`);
  console.log(`
Next:
  1. Replace every TODO: in meta.json the title (the name screen readers announce for the code;
     the page shows no title) and the description (the caption below the code; every key is in
     the README's "meta.json" table), the operation in each language
     (typescript.ts runs in the page; the other six must use the same credentials, scopes and
     redirect URI, and only names their reference SDK in languages/<language>/ has).
  2. Set meta.json "run.expect" to lines the TypeScript run prints ("run": false + "runNote" if it
     cannot run; "run.consent" if it shows a consent screen).
  3. Show it on a page: <Snippet id="${id}" />
  4. Check it: npm run check-snippets -- ${id}
     (one file:line:column line per problem; add --language <key> to check one language)`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`new-snippet: ${error.message}`);
  process.exitCode = 1;
}
