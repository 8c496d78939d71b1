import { demo } from '../../../sandbox/mock-server';
import type { Grant } from '../../../languages/LanguageTooling';
import {
  loadAllTooling,
  registeredLanguages,
  type LanguageSet,
} from '../../../languages/loadTooling';

/**
 * The starting point of a new snippet (`npm run new-snippet`): for each grant, a small program per
 * language (its tooling's `template`, in `languages/<key>/tooling.ts`) that creates the client with
 * the mock server's demo credentials and does one thing that prints a result. Every file passes the
 * registry checks as written (grammar, types, shared values, SDK names), so a writer starts green
 * and edits towards the operation the page needs. The `TODO` markers make the unfinished parts fail
 * the registry tests until they are replaced.
 *
 * The tests build their fixture registries from these templates too, so a template that drifts
 * from the checks fails them.
 */

export type { Grant };

export const todo = 'TODO';

/** The comment each template puts where the operation goes. */
const todoLine = `${todo}: replace this with the operation the snippet shows.`;

/** Every language's file of a new `<grant>/<operation>` snippet, by language key. */
export function snippetTemplates(
  grant: Grant,
  operation: string,
  set: LanguageSet = registeredLanguages,
): Record<string, string> {
  const tooling = loadAllTooling(set);
  return Object.fromEntries(
    set.languages.map(({ key }) => [
      key,
      tooling[key]!.template({ grant, operation, todo: todoLine, demo }),
    ]),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The meta.json of a new snippet: valid, runnable, and with TODOs where the writer's words go. */
export function metaTemplate(grant: Grant): string {
  const meta = {
    title: `${todo}: a short name, e.g. "Fetch a token" (screen readers announce it; not shown)`,
    description: `${todo}: one or two sentences, shown as the caption below the code.`,
    run: {
      expect:
        grant === 'authorization-code'
          ? [`^Authorization URL: ${escapeRegExp(demo.authServerUrl)}/oauth2/authorize\\?`]
          : ['^Access token: \\S+'],
    },
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}
