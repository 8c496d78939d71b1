/**
 * `code` as a fenced code block in `language`, its fence longer than any run of backticks inside
 * the code (CommonMark §4.5), so no source can close it early.
 */
export function fence(code: string, language: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const marker = '`'.repeat(Math.max(3, longestRun + 1));
  return `${marker}${language}\n${code.replace(/\n+$/, '')}\n${marker}`;
}
