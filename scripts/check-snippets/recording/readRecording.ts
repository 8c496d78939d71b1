import fs from 'node:fs';
import path from 'node:path';
import type { Recording } from '../../../sandbox/runner/core/Recording';

/** The committed recording at `file` (site-relative), undefined when there is none. */
export function readRecording(
  siteDir: string,
  file: string,
): { recording: Recording } | { missing: true } | { broken: string } {
  const full = path.join(siteDir, file);
  if (!fs.existsSync(full)) return { missing: true };
  try {
    return { recording: JSON.parse(fs.readFileSync(full, 'utf8')) as Recording };
  } catch (error) {
    return { broken: (error as Error).message };
  }
}
