import { languages, type Language, type LanguageKey } from '../../../languages';
import type { SnippetEntry } from '../snippet-registry/loadRegistry';
import { fence } from './fence';

/**
 * One snippet as Markdown: its title and description, then its code in every language, in tab
 * order, each a fenced block named by its language (the Shiki grammar name, which Markdown
 * renderers and coding assistants know) and preceded by the tab's label and the file's path.
 */
export function snippetMarkdown(
  entry: SnippetEntry,
  languageList: readonly Language[] = languages,
): string {
  const blocks = languageList.map((language) => {
    const file = entry.files[language.key as LanguageKey];
    return `${language.label} (\`${file.path}\`):\n\n${fence(file.source, language.grammar)}`;
  });
  return [`**${entry.meta.title}.** ${entry.meta.description}`, ...blocks].join('\n\n');
}
