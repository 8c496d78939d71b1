/** The command that records `id` in `language` again (it needs that language's toolchain). */
export function refreshCommand(id: string, language: string): string {
  return `npm run check-snippets -- ${id} --language ${language} --record`;
}
