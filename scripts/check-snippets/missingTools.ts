import { spawnSync } from 'node:child_process';
import type { Tool } from './LanguageHarness';

/** The tools not found on PATH. */
export function missingTools(tools: Tool[]): Tool[] {
  return tools.filter(
    (tool) => spawnSync('sh', ['-c', `command -v "$0"`, tool.command]).status !== 0,
  );
}
