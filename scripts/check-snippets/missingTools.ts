import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Tool } from '../../languages/LanguageHarness';

/** The tools not on PATH (commands) or not on disk (absolute paths). */
export function missingTools(tools: Tool[]): Tool[] {
  return tools.filter((tool) =>
    path.isAbsolute(tool.command)
      ? !fs.existsSync(tool.command)
      : spawnSync('sh', ['-c', 'command -v "$0"', tool.command]).status !== 0,
  );
}
